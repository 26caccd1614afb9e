"""The code keeps one hand and one shape: `ruff check` and `ruff format --check` pass on the whole
repository, the layers of docs/architecture.md hold (import-linter, contracts in pyproject.toml) and
`mypy --strict` is clean where pyproject.toml asks it to be, so the README's test command (and CI)
holds every change to them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_passes_on_the_repository(command):
    result = run([sys.executable, "-m", "ruff", *command, "."])
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_layers_hold():
    result = run([str(BIN / "lint-imports"), "--no-cache"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_mypy_is_clean():
    result = run([sys.executable, "-m", "mypy"])
    assert result.returncode == 0, result.stdout + result.stderr
