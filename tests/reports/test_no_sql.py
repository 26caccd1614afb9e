"""The reports read the database only through storage functions: no statement is run here."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app.reports

SQL_CALLS = {"execute", "executemany", "executescript"}


def test_no_module_of_the_reports_runs_sql():
    found = []
    for path in sorted(Path(desktop_app.reports.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
                found.append(f"{path.name}:{node.lineno}")
    assert found == []
