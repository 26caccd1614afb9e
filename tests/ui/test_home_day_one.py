"""Day one of a commune: no talk yet, so nothing to send; home says what to do first instead of
"Nhật ký tháng … chưa được gửi lên"."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import QEvent


@pytest.fixture
def fresh_window(qapp, services, qm_dir, qtbot):
    """The window as ``sotay`` builds it right after set-up: an empty log."""
    with _window(qapp, services, qtbot) as window:
        yield window


@contextlib.contextmanager
def _window(qapp, services, qtbot):
    from desktop_app.ui.main import App

    controller = App(qapp, services, "vi")
    controller.start()
    qtbot.waitExposed(controller.window)
    yield controller.window
    controller.window.shutdown()
    controller.window.close()
    controller.window.deleteLater()
    controller.runner.cancel_all()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_day_one_home_says_to_log_the_first_talk(fresh_window, services, qtbot):
    page = fresh_window.pages["home"]
    qtbot.waitUntil(lambda: bool(page.attention.text()))
    text = page.attention.text()
    assert "Chưa có buổi nào" in text and "Ghi buổi đầu tiên (Ctrl+N)" in text
    assert "chưa được gửi" not in text
    page._link(text.split("href='")[1].split("'")[0])  # the link opens a new talk
    assert fresh_window.current_page() == "talks"

    services.talks.add(held_on=services.session.today, format="meeting", place="Ấp 1", attendance=20)
    page.refresh()  # once there is something to send, the reminder to send it comes back
    assert "chưa được gửi" in page.attention.text() and "Chưa có buổi nào" not in page.attention.text()


def test_home_never_greets_the_unit_as_a_person(qapp, data_dir, qm_dir, qtbot):
    from desktop_app.core.enums import Role
    from desktop_app.services import Services
    from tests.conftest import COMMUNE, fixed_today

    services = Services.open(data_dir, today=fixed_today)
    services.identity.init(COMMUNE, Role.COMMUNE, "")  # `sotay init` without --name
    with _window(qapp, services, qtbot) as window:
        page = window.pages["home"]
        qtbot.waitUntil(lambda: bool(page.greeting.text()))  # filled once the window has painted
        greeting = page.greeting.text()
        assert greeting == "Xin chào · Xã Thanh Bình, Tỉnh Đồng Tháp"
    services.close()
