"""Where things live: the data folder (platformdirs, overridable) and the bundled resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "sotay"
ENV_DATA_DIR = "SOTAY_DATA_DIR"


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def data_dir(override: str | os.PathLike[str] | None = None, demo: bool = False) -> Path:
    """--data-dir wins, then SOTAY_DATA_DIR, then the user data dir; the demo gets its own folder."""
    if override:
        base = Path(override)
    elif os.environ.get(ENV_DATA_DIR):
        base = Path(os.environ[ENV_DATA_DIR])
    else:
        base = default_data_dir()
    return (base / "demo" if demo else base).expanduser().resolve()


def resource_path(*parts: str) -> Path:
    """Resources next to the package in a checkout, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    root = Path(bundle) if bundle else Path(__file__).resolve().parents[2]
    return root.joinpath("resources", *parts)
