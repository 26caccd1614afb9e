"""One window per data folder: a second start (a .sotay file double-clicked while the window is
open) hands its file to the first window, which previews its import, and exits."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.ui.single_instance import LOCK_NAME, REQUESTS_DIR, SingleInstance

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def test_the_second_claim_fails_and_its_requests_reach_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "Dữ liệu của tôi")
    assert first.acquire()
    second = SingleInstance(tmp_path / "Dữ liệu của tôi")
    assert not second.acquire()
    received = []
    first.sig_open.connect(received.append)
    second.hand_over(str(tmp_path / "a b.sotay"))
    second.hand_over(None)
    qtbot.waitUntil(lambda: len(received) == 2, timeout=5000)
    assert received == [str(tmp_path / "a b.sotay"), ""]
    assert list((tmp_path / "Dữ liệu của tôi" / REQUESTS_DIR).iterdir()) == []
    first.release()
    third = SingleInstance(tmp_path / "Dữ liệu của tôi")
    assert third.acquire()  # the folder is free once the first window has gone
    third.release()


def test_another_folder_is_another_window(tmp_path):
    one, other = SingleInstance(tmp_path / "a"), SingleInstance(tmp_path / "b")
    assert one.acquire() and other.acquire()
    one.release()
    other.release()


def test_a_handed_over_bundle_opens_its_import_preview(app_controller, qtbot, demo_services, tmp_path):
    from desktop_app.exchange import export_log

    (tmp_path / "out").mkdir()
    bundle = export_log(demo_services.session.exchange_context(), tmp_path / "out").path
    window = app_controller.window
    qtbot.waitExposed(window)
    window.showMinimized()
    first = SingleInstance(tmp_path / "folder")
    assert first.acquire()
    first.sig_open.connect(app_controller.bring_forward)
    SingleInstance(tmp_path / "folder").hand_over(str(bundle))
    qtbot.waitUntil(lambda: window.current_page() == "exchange", timeout=5000)
    assert window.pages["exchange"].paths == [bundle]
    assert not window.isMinimized()
    first.release()


def test_two_starts_of_the_program(tmp_path):
    """The real program twice on one folder: the second returns at once, the first takes its file."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("SOTAY_DATA_DIR", None)
    data = tmp_path / "data"
    cmd = [sys.executable, "-m", "desktop_app", "--data-dir", str(data)]
    first = subprocess.Popen([*cmd, "--demo", "--quit-after", "12"], env=env, stderr=subprocess.PIPE, text=True)
    try:
        lock = data / "demo" / LOCK_NAME
        deadline = time.monotonic() + 60
        while not lock.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert lock.exists(), "the first window never claimed its folder"
        bundle = tmp_path / "Tệp nhận được.sotay"
        bundle.write_bytes(b"not a bundle: the preview says so")
        second = subprocess.run([*cmd, "--demo", str(bundle)], env=env, capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        requests = data / "demo" / REQUESTS_DIR
        deadline = time.monotonic() + 10
        while any(requests.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(requests.iterdir()), "the first window did not take the file"
    finally:
        _, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert "Traceback" not in err
