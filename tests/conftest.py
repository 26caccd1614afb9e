"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("SOTAY_DATA_DIR", None)

from desktop_app.core.enums import Role  # noqa: E402
from desktop_app.services import Services  # noqa: E402

TODAY = dt.date(2026, 11, 20)
COMMUNE = "30130"  # Xã Thanh Bình, Đồng Tháp


def fixed_today() -> dt.date:
    return TODAY


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def services(data_dir: Path):
    """A commune installation for Xã Thanh Bình with an empty log."""
    s = Services.open(data_dir, today=fixed_today)
    s.identity.init(COMMUNE, Role.COMMUNE, "Nguyễn Văn Hùng")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """A demo database built once per session; tests copy it rather than rebuilding it."""
    from desktop_app.services.demo import fill_demo

    folder = tmp_path_factory.mktemp("demo-template")
    s = Services.open(folder, today=fixed_today)
    fill_demo(s, seed=7)
    s.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    return folder


@pytest.fixture
def demo_services(demo_template: Path, data_dir: Path):
    """A commune installation filled with the demo year (a copy of the session template)."""
    import shutil

    shutil.copytree(demo_template, data_dir)
    s = Services.open(data_dir, today=fixed_today)
    yield s
    s.close()
