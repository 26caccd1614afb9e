"""The language a talk was given in: Vietnamese unless changed, the usual ethnic-minority languages
and the installation's own (Settings) offered, any other typed. It sits after the notes, so logging
a talk in Vietnamese costs no key."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QWidget

from ....core.languages import VIETNAMESE, talk_language
from ....core.rules import rule


class LanguageBox(QComboBox):
    """``offered()``: the languages after Vietnamese, read again when the list opens (Settings may
    have added one since the form was made)."""

    def __init__(self, offered: Callable[[], tuple[str, ...]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offered = offered
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems([VIETNAMESE, *offered()])
        line = self.lineEdit()
        if line is not None:
            line.setMaxLength(rule("talks", "language").cap)

    def showPopup(self) -> None:  # noqa: N802 - Qt API
        offered = [VIETNAMESE, *self.offered()]
        if [self.itemText(i) for i in range(self.count())] != offered:
            text = self.currentText()
            self.clear()
            self.addItems(offered)
            self.setCurrentText(text)
        super().showPopup()

    def language(self) -> str | None:
        """None for Vietnamese, as the talk stores it."""
        return talk_language(self.currentText())

    def set_language(self, language: str | None) -> None:
        self.setCurrentText(language or VIETNAMESE)
