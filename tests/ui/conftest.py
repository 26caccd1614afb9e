"""GUI fixtures: compiled translations in a temporary folder, a main window over demo data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread():
    """As the program does (ui/gc_collector.py): no automatic collection, which could run on a
    worker thread and free the GUI thread's Qt objects there; the test's own thread collects after."""
    import gc

    from desktop_app.ui.gc_collector import collect_if_due

    gc.disable()
    yield
    collect_if_due()


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory) -> Path:
    """The .ts files compiled with pyside6-lrelease (never committed), found through SOTAY_QM_DIR."""
    out = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in (ROOT / "resources" / "translations").glob("sotay_*.ts"):
        subprocess.run(
            [str(lrelease), "-silent", str(ts), "-qm", str(out / (ts.stem + ".qm"))], check=True, capture_output=True
        )
    os.environ["SOTAY_QM_DIR"] = str(out)
    return out


@pytest.fixture
def app_controller(qapp, demo_services, qm_dir):
    """The window as ``sotay`` builds it, over a copy of the demo data."""
    from desktop_app.ui.main import App

    controller = App(qapp, demo_services, "vi")
    controller.start()
    yield controller
    if controller.window is not None:
        controller.window.shutdown()
        controller.window.close()
        controller.window.deleteLater()
    controller.runner.cancel_all()
    if controller.lang != "vi":
        controller.apply_language("vi")
    controller.apply_font(100)
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # really delete the closed windows


@pytest.fixture
def window(app_controller, qtbot):
    win = app_controller.window
    qtbot.waitExposed(win)
    return win
