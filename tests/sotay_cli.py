"""Running the real `sotay` command in a subprocess, as units script it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def sotay(*args: str, data_dir: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "desktop_app"]
    if data_dir is not None:
        cmd += ["--data-dir", str(data_dir)]
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(cmd + list(args), capture_output=True, text=True, env=full_env, timeout=120)
