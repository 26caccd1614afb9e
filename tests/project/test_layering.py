"""The layers (docs/architecture.md, Layers), checked: core, storage, exchange and reports never import the window.

Two ways: the source is read with ``ast`` (every import statement, also the ones inside functions),
and each package is imported in a fresh interpreter whose ``sys.modules`` must then hold no
PySide6. Reports may draw PDFs with ``PySide6.QtGui`` (QPdfWriter, QPainter) but never QtWidgets.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "desktop_app"
HEADLESS = ("core", "storage", "exchange", "reports")


def imports_of(path: Path, root: Path = PACKAGE.parent) -> list[tuple[int, str]]:
    """Every module ``path`` imports, relative imports resolved against its place under ``root``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:  # relative: resolve against the file's package
                parts = path.relative_to(root).with_suffix("").parts[: -node.level]
                module = ".".join((*parts, module)) if module else ".".join(parts)
                found += [(node.lineno, f"{module}.{a.name}") for a in node.names] if not node.module else []
            found.append((node.lineno, module))
    return found


def forbidden(package: str, module: str) -> bool:
    if module.startswith("desktop_app.ui") or module == "desktop_app.ui":
        return True
    if not module.startswith(("PySide6", "shiboken6")):
        return False
    if package == "reports":
        return not (
            module in ("PySide6", "PySide6.QtGui", "PySide6.QtCore")
            or module.startswith(("PySide6.QtGui.", "PySide6.QtCore."))
        )
    return True


@pytest.mark.parametrize("package", HEADLESS)
def test_source_never_imports_the_window(package):
    sources = sorted((PACKAGE / package).rglob("*.py"))
    assert sources, f"desktop_app/{package} has no source to check"  # a moved layer is not a clean one
    bad = [
        f"{path.relative_to(PACKAGE.parent)}:{line} imports {module}"
        for path in sources
        for line, module in imports_of(path)
        if forbidden(package, module)
    ]
    assert not bad, "\n".join(bad)


CHECK = """
import importlib, json, pkgutil, sys
import desktop_app.{package} as pkg
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(info.name)
import desktop_app.services, desktop_app.cli  # the headless entry points too
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "desktop_app.ui")))))
"""


@pytest.mark.parametrize("package", HEADLESS)
def test_importing_loads_no_widgets(package):
    out = subprocess.run(
        [sys.executable, "-c", CHECK.format(package=package)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PACKAGE.parent,
    )
    assert out.returncode == 0, out.stderr
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    if package == "reports":
        loaded = [
            m
            for m in loaded
            if m not in ("PySide6", "PySide6.QtCore", "PySide6.QtGui", "shiboken6", "shiboken6.Shiboken")
            and not m.startswith("shiboken6.")
        ]
    assert loaded == [], f"importing desktop_app.{package} loaded {loaded}"


def test_the_checker_sees_imports_inside_functions(tmp_path):
    """The probe sits in a copy of the package layout under tmp_path, never in the source tree."""
    sample = tmp_path / "desktop_app" / "core" / "_layering_probe.py"
    sample.parent.mkdir(parents=True)
    sample.write_text("def f():\n    from PySide6.QtWidgets import QWidget\n    from ..ui import main\n")
    found = [m for _, m in imports_of(sample, root=tmp_path)]
    assert "PySide6.QtWidgets" in found and "desktop_app.ui" in found
    assert all(forbidden("core", m) for m in ("PySide6.QtWidgets", "desktop_app.ui"))
