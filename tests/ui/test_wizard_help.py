"""F1 in the first-run wizard opens the guide at its part on the setup, in the wizard's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_wizard import make_wizard


def test_f1_in_the_wizard_opens_the_setup_part_of_the_guide(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    wizard.next()  # on the unit page, its search box focused
    QTest.keyClick(wizard.currentPage(), Qt.Key.Key_F1)
    guide = wizard.help_window
    assert guide is not None and guide.isVisible()
    item = guide.contents.currentItem()
    assert item.data(Qt.ItemDataRole.UserRole) == "setup" and item.text() == "Thiết lập lần đầu"
    assert not services.identity.initialised  # the guide needs no installation
    guide.close()
    services.close()
