"""``sotay`` itself, in a subprocess (a second QApplication in one process aborts)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SOTAY_DATA_DIR", None)
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_demo_opens_and_quits(tmp_path):
    result = run(["--demo", "--quit-after", "1"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "demo").is_dir()
    # a second run opens the same demo straight into the window
    result = run(["--demo", "--quit-after", "0.5", "--lang", "en"], tmp_path)
    assert result.returncode == 0, result.stderr


def test_first_run_shows_the_wizard_and_quits(tmp_path):
    result = run(["--quit-after", "1"], tmp_path)
    assert result.returncode == 0, result.stderr
