"""The CLI prints Vietnamese through any output encoding: a Windows pipe or file gets the ANSI code
page (cp1252 on English Windows, cp1258 on Vietnamese Windows), where "Đ" or "ế" cannot be encoded.
Simulated on every platform with PYTHONIOENCODING; the locale is pinned to UTF-8 so that, as on
Windows, the Vietnamese arguments arrive whole whatever locale the machine running the tests has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def sotay(tmp_path: Path, encoding: str, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHONUTF8", "SOTAY_"))}
    env.update(PYTHONIOENCODING=encoding, PYTHONPATH=str(ROOT), PYTHONUTF8="0", LC_ALL="C.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(tmp_path / "data"), *args],
        capture_output=True,
        env=env,
        timeout=120,
    )


@pytest.mark.parametrize("encoding", ["cp1252", "cp1258", "ascii"])
def test_vietnamese_output_through_a_legacy_code_page(tmp_path, encoding):
    done = sotay(tmp_path, encoding, "init", "--unit", "30130", "--name", "Đặng Thị Liễu")
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in done.stderr
    out = done.stdout.decode("utf-8")
    assert "Xã Thanh Bình" in out

    # a refusal goes to stderr in UTF-8 too, with its Vietnamese message whole
    again = sotay(tmp_path, encoding, "init", "--unit", "30130")
    assert again.returncode == 1
    assert b"Traceback" not in again.stderr
    assert any(ch in again.stderr.decode("utf-8") for ch in "ăâđêôơưĐ")
