"""The exchange package stays headless: no Qt anywhere in it, and it imports without Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "desktop_app" / "exchange"
HEADLESS = [
    *PACKAGE.glob("*.py"),
    *(
        ROOT / "desktop_app" / "storage" / f"{name}.py"
        for name in ("merge", "quarantine", "deferred_index", "ledger", "blobs", "synced", "sql_parts")
    ),
    ROOT / "desktop_app" / "storage" / "keys.py",
    ROOT / "desktop_app" / "cli" / "exchange.py",
]


def test_no_qt_imports_in_exchange():
    for path in HEADLESS:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
                if node.level and node.module and node.module.startswith("ui"):
                    names.append("PySide6")
            for name in names:
                assert not name.startswith(("PySide6", "shiboken6", "PyQt")), f"{path.name} imports {name}"


def test_exchange_imports_without_loading_qt():
    code = (
        "import sys, desktop_app.exchange, desktop_app.cli.exchange; "
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "[]"
