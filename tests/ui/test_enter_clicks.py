"""Enter or Return on a focused button clicks it, everywhere in the window (``ui/enter_clicks.py``),
once, and only a button: a dialog's own Enter and the talk form's Enter still work as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QToolButton


def test_enter_on_a_focused_page_button_clicks_it(window, qtbot):
    window.open_page("groups")
    page = window.pages["groups"]
    clicks: list[bool] = []
    page.new_button.clicked.connect(lambda: clicks.append(True))
    page.new_button.setFocus()
    qtbot.waitUntil(page.new_button.hasFocus)
    QTest.keyClick(page.new_button, Qt.Key.Key_Return)
    assert len(clicks) == 1 and page.name.hasFocus()  # what the button does: a new group's name
    page.new_button.setFocus()
    qtbot.waitUntil(page.new_button.hasFocus)
    QTest.keyClick(page.new_button, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert len(clicks) == 2


def test_a_tool_button_takes_enter_and_a_dialogs_button_is_clicked_once(window, qtbot):
    dialog = QDialog(window)
    line, push, tool = QLineEdit(), QPushButton("Lưu"), QToolButton()
    layout = QHBoxLayout(dialog)
    for w in (line, push, tool):
        layout.addWidget(w)
    pushed, tooled, accepted = [], [], []
    push.clicked.connect(lambda: pushed.append(True))
    tool.clicked.connect(lambda: tooled.append(True))
    dialog.accepted.connect(lambda: accepted.append(True))
    push.clicked.connect(dialog.accept)
    dialog.show()
    qtbot.waitExposed(dialog)
    tool.setFocus()
    qtbot.waitUntil(tool.hasFocus)
    QTest.keyClick(tool, Qt.Key.Key_Return)
    assert (len(tooled), pushed, accepted) == (1, [], [])
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    QTest.keyClick(line, Qt.Key.Key_Return)  # the dialog's default (auto-default) button, once
    assert (len(pushed), accepted) == (1, [True])
    dialog.show()
    push.setFocus()
    qtbot.waitUntil(push.hasFocus)
    QTest.keyClick(push, Qt.Key.Key_Return)
    assert len(pushed) == 2
    dialog.deleteLater()


def test_shift_enter_does_nothing(window, qtbot):
    window.open_page("groups")
    page = window.pages["groups"]
    clicks: list[bool] = []
    page.new_button.clicked.connect(lambda: clicks.append(True))
    page.new_button.setFocus()
    qtbot.waitUntil(page.new_button.hasFocus)
    QTest.keyClick(page.new_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert clicks == []
