"""The talk form's warning before saving: a likely duplicate shown as up to three readable cards
(date · format · place · topic · attendance), nobody counted at a meeting, and the two explicit
answers "Vẫn lưu" and "Mở buổi đã có". It warns; it never blocks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ....core.records import Talk
from ....core.talk_rules import FORMATS_WITH_ATTENDANCE, is_bare
from ... import i18n
from ...widgets import icon

MAX_CARDS = 3


class SaveWarning(QFrame):
    """A warning over the whole width of the form: a sentence, the cards under it, the buttons last
    (side by side with the text they squeezed it into a narrow column)."""

    sig_action = Signal(str)  # "save" or "open"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.candidates: list[Talk] = []
        # widgets
        self.setObjectName("banner")
        self.setProperty("kind", "warning")
        self.icon = QLabel()
        self.icon.setPixmap(icon("warning").pixmap(20, 20))
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.cards: list[QLabel] = []
        for _ in range(MAX_CARDS):
            card = QLabel()
            card.setObjectName("card")
            card.setWordWrap(True)
            card.setTextFormat(Qt.TextFormat.PlainText)
            card.setContentsMargins(8, 4, 8, 4)
            self.cards.append(card)
        self.save_button = QPushButton(self.tr("Vẫn lưu"))
        self.save_button.setObjectName("banner_save")
        self.open_button = QPushButton(self.tr("Mở buổi đã có"))
        self.open_button.setObjectName("banner_open")
        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.label, 1)
        layout.addLayout(top)
        for card in self.cards:
            layout.addWidget(card)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # signals
        self.save_button.clicked.connect(lambda: self.sig_action.emit("save"))
        self.open_button.clicked.connect(lambda: self.sig_action.emit("open"))
        self.hide()

    def show_for(self, talk: Talk, similar: list[Talk], exact: bool, nobody: bool) -> None:
        """The warning for ``talk``: alike to ``similar`` (``exact``: Enter alone does not save it,
        an exact copy or a likeness with nothing typed), and/or ``nobody`` counted at a meeting."""
        lines = []
        if exact and is_bare(talk):
            lines.append(
                self.tr("Buổi tương tự đã có; buổi này chưa ghi chuyên đề, số người. Bấm “Vẫn lưu” nếu là buổi khác.")
            )
        elif exact:
            lines.append(
                self.tr("Buổi tương tự đã có, giống hệt buổi này. Nếu là buổi khác, bấm “Vẫn lưu”; Enter không lưu.")
            )
        elif similar:
            lines.append(
                self.tr("Buổi tương tự đã có. Sửa rồi Enter, hoặc “Vẫn lưu” (Enter lần nữa) nếu là buổi khác:")
            )
        if nobody:
            lines.append(
                self.tr(
                    "Chưa ghi số người dự (%1). Nhập số người dự, hoặc Enter lần nữa nếu đúng là không có ai."
                ).replace("%1", i18n.format_label(talk.format))
            )
        self.show_warning("\n".join(lines), similar)

    def show_warning(self, text: str, candidates: list[Talk]) -> None:
        self.candidates = candidates[:MAX_CARDS]
        self.label.setText(text)
        for card, talk in zip(self.cards, self.candidates + [None] * MAX_CARDS, strict=False):
            card.setVisible(talk is not None)
            card.setText(self.card_text(talk) if talk is not None else "")
        self.open_button.setVisible(bool(self.candidates))
        self.show()

    def card_text(self, talk: Talk) -> str:
        when = i18n.date(talk.held_on) + (f" {talk.start_time}" if talk.start_time else "")
        parts = [when, i18n.format_label(talk.format), talk.place or "—", "; ".join(talk.topics) or "—"]
        if talk.attendance or talk.format in FORMATS_WITH_ATTENDANCE:  # a broadcast counts no audience
            parts.append(self.tr("%1 người dự").replace("%1", i18n.number(talk.attendance)))
        return " · ".join(parts)

    def action_button(self, key: str) -> QPushButton | None:
        return {"save": self.save_button, "open": self.open_button}.get(key)
