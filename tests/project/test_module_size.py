"""No module of the package grows past 400 lines: a module that long does more than one job and is
split by what it does (docs/architecture.md, Where a change goes). The released migrations are the
only exception, because their SQL text is frozen byte for byte as it was released."""

from __future__ import annotations

from pathlib import Path

from desktop_app.storage.migrations import RELEASED

ROOT = Path(__file__).resolve().parents[2]
LIMIT = 400


def modules_over(package: Path, limit: int, exempt: set[str]) -> dict[str, int]:
    """Line counts of the ``.py`` files under ``package`` longer than ``limit``, by path relative to
    the package's parent, leaving out the paths in ``exempt``."""
    counts = {}
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package.parent).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > limit and name not in exempt:
            counts[name] = lines
    return counts


def frozen_sql_modules() -> set[str]:
    """The modules that hold a released migration's SQL text."""
    return {module.__name__.replace(".", "/") + ".py" for module in RELEASED}


def test_no_module_of_the_package_is_over_400_lines():
    assert modules_over(ROOT / "desktop_app", LIMIT, frozen_sql_modules()) == {}


def test_only_the_released_migrations_are_exempt():
    assert frozen_sql_modules()  # the import found them
    assert all(name.startswith("desktop_app/storage/migrations/m") for name in frozen_sql_modules())


def test_the_check_finds_a_long_module_and_spares_only_the_exempt(tmp_path):
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "short.py").write_text("x = 1\n" * LIMIT, encoding="utf-8")
    (package / "sub" / "long.py").write_text("x = 1\n" * (LIMIT + 1), encoding="utf-8")
    (package / "frozen.py").write_text("x = 1\n" * (LIMIT + 50), encoding="utf-8")
    assert modules_over(package, LIMIT, {"pkg/frozen.py"}) == {"pkg/sub/long.py": LIMIT + 1}
