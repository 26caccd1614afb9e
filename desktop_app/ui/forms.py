"""Form building blocks: a date field with shortcut keys, labelled rows with an inline error line,
multi-value fields with completion that suggests but never fills by itself."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QStandardItem, QStandardItemModel, QValidator
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from ..core import validation
from ..core.errors import ValidationError
from ..core.rules import rule
from ..core.text import fold
from . import i18n


class DateEdit(QLineEdit):
    """dd/mm/yyyy text. Keys: H = today (hôm nay), Q = yesterday (hôm qua), Up/Down = one day."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.setPlaceholderText("dd/mm/yyyy")
        self.setMaxLength(10)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("88/88/8888") + 24)

    def set_date(self, day: dt.date | None) -> None:
        self.setText(i18n.date(day))

    def date(self, field: str = "held_on") -> dt.date | None:
        """The date typed, or None when empty; raises ValidationError for text that is not a date."""
        return validation.parse_date(field, self.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        if plain and key == Qt.Key.Key_H:
            self.set_date(self._today())
            return
        if plain and key == Qt.Key.Key_Q:
            self.set_date(self._today() - dt.timedelta(days=1))
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            try:
                day = self.date() or self._today()
            except ValidationError:
                day = self._today()
            self.set_date(day + dt.timedelta(days=1 if key == Qt.Key.Key_Up else -1))
            return
        super().keyPressEvent(event)


class MultiCompleter(QCompleter):
    """Completes the last item of a '; '-separated list, from anywhere in the name, ignoring case,
    accents and đ (``lua dao`` suggests “Phòng, chống lừa đảo qua mạng”). It suggests; only the
    user's choice fills the field."""

    SEPARATOR = ";"
    FOLDED_ROLE = Qt.ItemDataRole.UserRole + 10

    def __init__(self, items: list[str], parent: QWidget | None = None, multiple: bool = True) -> None:
        super().__init__(parent)
        self.multiple = multiple
        self.items = QStandardItemModel(self)
        self.setModel(self.items)
        self.setCompletionRole(self.FOLDED_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(8)
        self.set_items(items)

    def set_items(self, items: list[str]) -> None:
        self.items.clear()
        for text in items:
            item = QStandardItem(text)
            item.setData(fold(text), self.FOLDED_ROLE)
            item.setEditable(False)
            self.items.appendRow(item)

    def splitPath(self, path: str) -> list[str]:
        last = path.split(self.SEPARATOR)[-1] if self.multiple else path
        return [fold(last.strip())]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        chosen = index.data(Qt.ItemDataRole.DisplayRole) or ""
        widget = self.widget()
        if not self.multiple or not isinstance(widget, QLineEdit):
            return chosen
        head = [p.strip() for p in widget.text().split(self.SEPARATOR)[:-1] if p.strip()]
        return "; ".join(head + [chosen])


def split_items(text: str) -> list[str]:
    return [p.strip() for p in text.split(MultiCompleter.SEPARATOR) if p.strip()]


def line_edit(table: str, field: str) -> QLineEdit:
    """A one-line text field that takes no more characters than the shared rule of ``table.field``
    allows: the limit is met while typing, never by a receiver refusing the record."""
    edit = QLineEdit()
    edit.setMaxLength(rule(table, field).cap)
    return edit


class NumberBox(QSpinBox):
    """A count with Vietnamese grouping (1.234) that keeps what was typed: "-5" or 99999999 stay on
    screen and ``value()`` returns them, so the form shows the error at the field instead of a
    spin box turning them into 5 or 9.999 without a word. ``setValue`` still stays within the range;
    Enter is left to the form (it saves)."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, maximum)
        self.setGroupSeparatorShown(True)
        self.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setAccelerated(True)

    def _typed(self, text: str) -> int | None:
        """The whole number in ``text`` (group separators allowed), or None."""
        digits = text.replace(self.locale().groupSeparator(), "").replace(" ", "")
        return int(digits) if _WHOLE_NUMBER.fullmatch(digits) else None

    def value(self) -> int:
        """The number on screen, in range or not (0 when the box is empty)."""
        typed = self._typed(self.text())
        return super().value() if typed is None else typed

    def out_of_range(self) -> bool:
        typed = self._typed(self.text())
        return typed is not None and not self.minimum() <= typed <= self.maximum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        typed = self._typed(text)
        if typed is None:
            bare = text.strip()
            state = QValidator.State.Intermediate if bare in ("", "-") else QValidator.State.Invalid
        elif self.minimum() <= typed <= self.maximum():
            state = QValidator.State.Acceptable
        else:
            state = QValidator.State.Intermediate  # kept as typed; the form says what is wrong
        return state, text, pos

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.selectAll()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        if self.out_of_range():  # the spin box would put back the previous or the nearest value
            QWidget.focusOutEvent(self, event)
            return
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.ignore()  # let the form see Enter: it saves (and reads the text as typed)
            return
        super().keyPressEvent(event)


_WHOLE_NUMBER = re.compile(r"-?[0-9]{1,10}")


class Field(QWidget):
    """A label, its widget and an error line under it (never only a tooltip)."""

    sig_changed = Signal()

    def __init__(self, label: str, widget: QWidget, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.label = QLabel(label)
        self.label.setWordWrap(True)
        self.label.setBuddy(widget)
        self.hint = QLabel(hint)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(bool(hint))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(widget)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.widget.setProperty("invalid", bool(message))
        self.widget.style().unpolish(self.widget)
        self.widget.style().polish(self.widget)
