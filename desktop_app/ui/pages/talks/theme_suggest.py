"""The concern themes of a talk: as the cadre types what people asked, the closest themes of the
shared list are offered as buttons (with the words that called each); a click or Enter on one
confirms it (``ui/enter_clicks.py``: Enter on a button clicks it rather than saving the talk), and
only confirmed themes are saved. Nothing is chosen by itself."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ....services import Services


class ThemeSuggestions(QWidget):
    """Chosen themes (a click removes one) and the suggestions for the text typed (a click adds)."""

    sig_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self._chosen: list[str] = []
        self._text = ""
        self._tab_between: tuple[QWidget, QWidget] | None = None
        self.suggestion_buttons: list[QPushButton] = []
        self.chosen_buttons: list[QPushButton] = []

        # widgets
        self.chosen_label = QLabel(self.tr("Chủ đề ý kiến:"))
        self.suggest_label = QLabel(self.tr("Gợi ý (bấm để chọn):"))
        self.suggest_label.setObjectName("hint")
        self.none_label = QLabel(self.tr("chưa chọn"))
        self.none_label.setObjectName("hint")

        # layout: one button a line, so that long theme names never widen the form
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.chosen_label)
        heading.addWidget(self.none_label)
        heading.addStretch(1)
        self.chosen_column = QVBoxLayout()
        self.chosen_column.setContentsMargins(0, 0, 0, 0)
        self.suggest_column = QVBoxLayout()
        self.suggest_column.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(heading)
        layout.addLayout(self.chosen_column)
        layout.addWidget(self.suggest_label)
        layout.addLayout(self.suggest_column)
        self._show()

    def chosen(self) -> tuple[str, ...]:
        return tuple(self._chosen)

    def set_chosen(self, themes: tuple[str, ...] | list[str]) -> None:
        self._chosen = list(dict.fromkeys(themes))
        self._show()

    def clear(self) -> None:
        self._chosen = []
        self._text = ""
        self._show()

    def tab_between(self, before: QWidget, after: QWidget) -> None:
        """Tab goes from ``before`` through the suggestions to ``after``."""
        self._tab_between = (before, after)
        self._chain()

    def suggest_for(self, text: str) -> None:
        """Called at every keystroke in the questions box."""
        self._text = text
        self._show()

    def choose(self, name: str) -> None:
        if name not in self._chosen:
            self._chosen.append(name)
        self._show()
        self.sig_changed.emit()

    def remove(self, name: str) -> None:
        self._chosen = [n for n in self._chosen if n != name]
        self._show()
        self.sig_changed.emit()

    def _show(self) -> None:
        for old in self.suggestion_buttons + self.chosen_buttons:
            old.hide()
            old.deleteLater()
        self.chosen_buttons = []
        for name in self._chosen:
            chip = QPushButton(f"{name}  ×")
            chip.setToolTip(self.tr("Bỏ chủ đề này"))
            chip.clicked.connect(lambda _c=False, n=name: self.remove(n))
            self.chosen_column.addWidget(chip, 0, Qt.AlignmentFlag.AlignLeft)
            self.chosen_buttons.append(chip)
        self.none_label.setVisible(not self._chosen)
        suggestions = self.services.talks.suggest_themes(self._text) if self._text.strip() else []
        self.suggestion_buttons = []
        for suggestion in suggestions:
            name = suggestion.theme.name
            if name in self._chosen:
                continue
            offer = QPushButton(f"+ {name}")
            because = "; ".join(f"“{words}”" for words in suggestion.because)
            offer.setToolTip(self.tr("Gợi ý vì có: %1").replace("%1", because))
            offer.setAccessibleDescription(offer.toolTip())
            offer.clicked.connect(lambda _c=False, n=name: self.choose(n))
            self.suggest_column.addWidget(offer, 0, Qt.AlignmentFlag.AlignLeft)
            self.suggestion_buttons.append(offer)
        self.suggest_label.setVisible(bool(self.suggestion_buttons))
        self._chain()

    def _chain(self) -> None:
        if self._tab_between is None:
            return
        before, after = self._tab_between
        chain = [before, *self.suggestion_buttons, *self.chosen_buttons, after]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)
