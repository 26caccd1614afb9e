"""Nhật ký: keyboard-only entry, inline validation, the duplicate warning, delete and undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.storage import records_repo as repo


class Keyboard:
    """Sends keys to whatever has focus, and counts every key press."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def focused(self):
        return QApplication.focusWidget()

    def key(self, key: Qt.Key, times: int = 1) -> None:
        for _ in range(times):
            widget = self.focused()
            popup = widget.completer().popup() if hasattr(widget, "completer") and widget.completer() else None
            target = popup if popup is not None and popup.isVisible() else widget
            QTest.keyClick(target, key)
            self.count += 1

    def type(self, text: str) -> None:
        for char in text:
            widget = self.focused()
            if char.isascii():
                QTest.keyClicks(widget, char)
            else:  # QTest only knows ASCII keys: send the typed character as a real key event would
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
            self.count += 1


def open_talks(window, qtbot):
    window.new_talk()  # Ctrl+N does this; tested below
    page = window.pages["talks"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.date)
    return page


def test_ctrl_n_opens_the_form(window, qtbot):
    window.open_page("home")
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "talks"
    assert QApplication.focusWidget() is window.pages["talks"].form.date


def test_a_talk_entered_with_the_keyboard_alone_is_saved_and_shown(window, qtbot, demo_services):
    page = open_talks(window, qtbot)
    before = repo.count_talks(demo_services.session.db)
    kb = Keyboard(qtbot)
    kb.key(Qt.Key.Key_Q)  # yesterday
    kb.key(Qt.Key.Key_Tab)  # format: sticky from the last entry
    kb.key(Qt.Key.Key_Tab)  # place, completed from the places used before
    kb.type("tan my")
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_Return)  # takes the suggestion (the popup eats this Enter)
    kb.key(Qt.Key.Key_Tab)  # topics, completed from the list
    kb.type("lua dao")
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_Return)  # takes the suggestion (the popup eats this Enter)
    kb.key(Qt.Key.Key_Tab)  # attendance
    kb.type("45")
    kb.key(Qt.Key.Key_Return)  # saves
    if page.form.duplicates.isVisible():  # a similar talk that day: Enter again confirms
        kb.key(Qt.Key.Key_Return)
    assert repo.count_talks(demo_services.session.db) == before + 1, page.form.summary.label.text()
    saved = page.model.talk_at(page.table.selectionModel().selectedRows()[0].row())
    assert saved.held_on == demo_services.session.today - dt.timedelta(days=1)
    assert saved.place == "Nhà văn hóa ấp Tân Mỹ"
    assert saved.topics == ("Phòng, chống lừa đảo qua mạng",)
    assert saved.attendance == 45
    print(f"\nkey presses for a typical talk: {kb.count}")
    assert kb.count <= 30
    # the form is ready for the next one, with date, format and place kept
    assert page.form.place.text() == "Nhà văn hóa ấp Tân Mỹ"
    assert page.form.date.text() == (demo_services.session.today - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    assert page.form.topics.text() == ""


def test_a_future_date_is_refused_inline_and_nothing_is_saved(window, qtbot, demo_services):
    page = open_talks(window, qtbot)
    before = repo.count_talks(demo_services.session.db)
    page.form.date.setText("01/01/2030")
    QTest.keyClick(page.form.date, Qt.Key.Key_Return)
    assert repo.count_talks(demo_services.session.db) == before
    error = page.form.fields["date"].error
    assert error.isVisible() and "chưa tới" in error.text()
    assert page.form.summary.isVisible()
    assert QApplication.focusWidget() is page.form.date


def test_an_unknown_group_is_refused_next_to_its_field(window, qtbot, demo_services):
    page = open_talks(window, qtbot)
    page.form.groups.setText("Nhóm không có")
    assert page.form.save() is None
    assert page.form.fields["groups"].error.isVisible()


def test_a_similar_talk_warns_without_blocking(window, qtbot, demo_services):
    page = open_talks(window, qtbot)
    existing = demo_services.talks.list(limit=1)[0]
    page.form.load(existing, as_copy=True)
    page.form.date.setText(existing.held_on.strftime("%d/%m/%Y"))
    before = repo.count_talks(demo_services.session.db)
    assert page.form.save() is None
    assert page.form.duplicates.isVisible()
    assert "Buổi tương tự đã có" in page.form.duplicates.label.text()
    page.form.duplicates.action_button("save").click()
    assert repo.count_talks(demo_services.session.db) == before + 1
    assert not page.form.duplicates.isVisible()


def test_edit_copy_delete_and_undo(window, qtbot, demo_services):
    page = open_talks(window, qtbot)
    page.table.selectRow(0)
    talk = page.selected_talk()
    page.edit_selected()
    assert page.form.editing.id == talk.id
    page.form.notes.setText("Đã sửa")
    page.form.save()
    assert demo_services.talks.get(talk.id).notes == "Đã sửa"
    page.select_talk(talk.id)
    before = repo.count_talks(demo_services.session.db)
    page.delete_selected()
    assert repo.count_talks(demo_services.session.db) == before - 1
    assert demo_services.talks.get(talk.id).deleted
    page.banner.action_button("undo").click()
    assert not demo_services.talks.get(talk.id).deleted
    assert repo.count_talks(demo_services.session.db) == before


def test_filters_narrow_the_table(window, qtbot, demo_services):
    page = open_talks(window, qtbot)
    total = page.model.total
    page.format_filter.setCurrentIndex(page.format_filter.findData("loudspeaker"))
    assert 0 < page.model.total < total
    assert all(page.model.talk_at(r).format.value == "loudspeaker" for r in range(page.model.rowCount()))
    page.period.setCurrentIndex(page.period.findData("this_month"))
    first = demo_services.session.today.replace(day=1)
    assert all(page.model.talk_at(r).held_on >= first for r in range(page.model.rowCount()))
    page.format_filter.setCurrentIndex(0)
    page.period.setCurrentIndex(0)
    assert page.model.total == total


def test_sorting_by_attendance(window, qtbot):
    page = open_talks(window, qtbot)
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    values = [page.model.talk_at(r).attendance for r in range(min(50, page.model.rowCount()))]
    assert values == sorted(values, reverse=True)
