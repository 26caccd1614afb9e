"""The cluster's member checklist works from the keyboard at once: Tab into the list, Space ticks the
first unit shown (no arrow key needed first), also after the filter hid the current one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.core.enums import UnitKind
from desktop_app.core.records import Unit
from desktop_app.ui.cluster import MemberChecklist

UNITS = [Unit(code, name, UnitKind.COMMUNE) for code, name in (("1", "Xã An Bình"), ("2", "Xã Bình Thành"))]


def _focused_list(qtbot) -> MemberChecklist:
    box = MemberChecklist()
    qtbot.addWidget(box)
    box.set_units(UNITS)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    box.filter.setFocus()
    qtbot.waitUntil(box.filter.hasFocus)
    return box


def test_space_ticks_the_first_unit_when_the_list_was_focused_before_it_was_filled(qtbot):
    box = _focused_list(qtbot)
    box.set_units([])
    QTest.keyClick(box.filter, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.units)
    box.set_units(UNITS)  # the units arrive once the parent unit is known
    QTest.keyClick(box.units, Qt.Key.Key_Space)
    assert box.checked_codes() == ["1"]


def test_the_first_unit_the_filter_shows_becomes_current(qtbot):
    box = _focused_list(qtbot)
    box.units.setCurrentRow(0)
    box.filter.setText("binh thanh")  # hides the current one
    QTest.keyClick(box.filter, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.units)
    QTest.keyClick(box.units, Qt.Key.Key_Space)
    assert box.checked_codes() == ["2"]
