"""Enter clicks the focused button, everywhere in the window.

Qt clicks a focused push or tool button on Space only, except a dialog's push buttons (auto-default)
which also take Enter; Windows users press Enter. One filter on the application does it for every
button the dialogs do not already handle, so line edits, tables and a dialog's default button keep
their own Enter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


class EnterClicks(QObject):
    """An application event filter: Enter or Return on a focused, enabled button clicks it (key
    events go to the focused widget, so the button that receives one is the focused one)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, (QPushButton, QToolButton)):
            return False
        if not isinstance(event, QKeyEvent) or event.key() not in _ENTER:
            return False
        if event.modifiers() not in _PLAIN or event.isAutoRepeat():
            return False
        if isinstance(watched, QPushButton) and (watched.autoDefault() or watched.isDefault()):
            return False  # Qt clicks these itself (in dialogs), once
        if not watched.isEnabled():
            return False
        watched.click()
        return True


def install(app: QApplication) -> None:
    """Once per application (the window is rebuilt when the language or text size changes)."""
    if app.findChild(EnterClicks) is None:
        app.installEventFilter(EnterClicks(app))
