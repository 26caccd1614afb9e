"""Settings' guided change of unit: the same search and confirmation as at set-up; free before
anything was sent, after that explained and done with a new key; the window follows the new unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.ui.pages.change_unit import CONFIRM, DONE, SEARCH


def open_dialog(window, qtbot):
    window.open_page("settings")
    dialog = window.pages["settings"].change_unit()
    qtbot.waitExposed(dialog)
    return dialog


def choose(dialog, text: str) -> None:
    QTest.keyClicks(dialog.finder.search, text)
    assert dialog.finder.unit_code() is not None  # one result: highlighted
    QTest.keyClick(dialog.finder.search, Qt.Key.Key_Return)


def test_before_anything_was_sent_the_records_move_and_the_window_follows(app_controller, window, qtbot):
    services = window.services
    assert not services.exchange.exports()
    talks = services.talks.count()
    dialog = open_dialog(window, qtbot)
    choose(dialog, "30178")
    assert dialog.stack.currentIndex() == CONFIRM
    assert dialog.question.text() == "Xã Mỹ An Hưng, tỉnh Đồng Tháp — mã 30178 — đúng đơn vị của bạn?"
    assert "chưa gửi tệp nào" in dialog.explanation.text() and dialog.change_button.text() == "Đổi đơn vị"
    assert services.identity.installation.unit_code == "30130"  # nothing changed before the button
    QTest.keyClick(dialog, Qt.Key.Key_Return)  # "Đổi đơn vị" is the default button: the change runs in the background
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DONE, timeout=10000)
    assert dialog.stack.currentIndex() == DONE and "bản ghi đã chuyển" in dialog.outcome.text()
    assert services.identity.installation.unit_code == "30178"
    assert services.talks.count() == talks  # the log moved with the unit
    dialog.close_button.click()
    qtbot.waitUntil(lambda: app_controller.window is not window, timeout=3000)
    assert "Xã Mỹ An Hưng" in app_controller.window.unit_label.text()


def test_after_a_file_was_sent_the_change_is_explained_and_the_key_rotated(window, qtbot, tmp_path):
    services = window.services
    services.exchange.export_log(tmp_path / "sent.sotay")
    old_key = services.identity.installation.fingerprint
    dialog = open_dialog(window, qtbot)
    choose(dialog, "30178")
    text = dialog.explanation.text()
    assert "đã gửi tệp lên với tên Xã Thanh Bình, tỉnh Đồng Tháp" in text
    assert "vẫn thuộc Xã Thanh Bình" in text and "khoá mới" in text
    assert dialog.change_button.text() == "Đổi đơn vị và thay khoá"
    dialog.back_button.click()  # second thoughts: back to the search, nothing changed
    assert dialog.stack.currentIndex() == SEARCH and services.identity.installation.unit_code == "30130"
    QTest.keyClick(dialog.finder.search, Qt.Key.Key_Return)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DONE, timeout=10000)
    inst = services.identity.installation
    assert inst.unit_code == "30178" and inst.fingerprint != old_key
    assert inst.fingerprint in dialog.outcome.text()


def test_choosing_the_unit_it_already_is_says_so(window, qtbot):
    dialog = open_dialog(window, qtbot)
    choose(dialog, "30130")
    assert dialog.stack.currentIndex() == SEARCH
    assert dialog.error.isVisibleTo(dialog) and "không có gì để đổi" in dialog.error.text()
    dialog.close_button.click()
    assert window.services.identity.installation.unit_code == "30130"


def test_the_dialog_stays_on_the_screen_at_150_percent(app_controller, window, qtbot):
    app_controller.apply_font(150)
    dialog = open_dialog(window, qtbot)
    screen = dialog.screen().availableGeometry()
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    dialog.close_button.click()
