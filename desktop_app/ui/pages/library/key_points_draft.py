"""The reader's key points drafted by the machine: proposed on request, shown as a draft the reader
edits, then accepts or discards. What is accepted is kept apart from the document's own key points
and shown as accepted by this reader, never as if the issuer wrote it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ....core.errors import SotayError
from ....core.keypoints import DraftPoint
from ....core.records import Document
from ....services import Services
from ... import i18n
from ...models import _esc
from ...widgets import Banner, button
from ...workers import Failure, Runner, run_call

DRAFT_COUNT = 5


class KeyPointsDraftPanel(QWidget):
    """The draft's box (hidden until asked) and the button that asks for it (the page places it)."""

    sig_changed = Signal(str)  # the document whose accepted key points changed

    FORGET_LINK = "keypoints:forget"

    def __init__(self, services: Services, runner: Runner | None, banner: Banner, parent: QWidget | None = None):
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.banner = banner
        self.doc_id: str | None = None
        self.drafted_text = ""

        # widgets
        self.draft_button = button(self.tr("Đề xuất ý chính"))
        self.draft_button.setToolTip(self.tr("Máy chọn những câu quan trọng nhất trong nội dung và tệp đính kèm"))
        draft_title = self.tr("Bản nháp do máy đề xuất")
        how = self.tr("(chưa ai duyệt): sửa nếu cần, mỗi dòng một ý, rồi chấp nhận hoặc bỏ.")
        self.label = QLabel(f"<b>{_esc(draft_title)}</b> {_esc(how)}")
        self.label.setObjectName("draft")
        self.label.setWordWrap(True)
        self.edit = QPlainTextEdit()
        line = self.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * 4 + 12)
        self.why = QPlainTextEdit()  # read-only and short: the reasons scroll rather than push the reader away
        self.why.setReadOnly(True)
        self.why.setObjectName("hint")
        self.why.setFixedHeight(line * 2 + 12)
        self.accept_button = button(self.tr("Chấp nhận"), "save")
        self.discard_button = button(self.tr("Bỏ bản nháp"))

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        layout.addWidget(self.why)
        row = QHBoxLayout()
        row.addWidget(self.accept_button)
        row.addWidget(self.discard_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

        # signals
        self.draft_button.clicked.connect(self.ask_draft)
        self.accept_button.clicked.connect(self.accept)
        self.discard_button.clicked.connect(self.discard)

    def show_for(self, doc: Document | None) -> None:
        """Another document: its draft, if any, is dropped unseen (nothing was stored)."""
        if doc is None or doc.id != self.doc_id:
            self.hide()
        self.doc_id = doc.id if doc else None
        self.draft_button.setEnabled(doc is not None)

    def ask_draft(self) -> None:
        doc_id = self.doc_id
        if doc_id is None:
            return
        self.draft_button.setEnabled(False)
        run_call(
            self.runner,
            self.services,
            lambda services, _progress, _cancel: services.assistant.draft_key_points(doc_id, DRAFT_COUNT),
            on_done=lambda points: self._drafted(doc_id, points),
            on_failed=self._failed,
            owner=self,
        )

    def _drafted(self, doc_id: str, points: list[DraftPoint]) -> None:
        self.draft_button.setEnabled(True)
        if doc_id != self.doc_id:
            return
        if not points:
            self.banner.show_message(self.tr("Tài liệu không có câu nào đủ dài để đề xuất ý chính."), "info")
            return
        self.drafted_text = "\n".join(p.text for p in points)
        self.edit.setPlainText(self.drafted_text)
        words = i18n.label_translation
        reasons = " · ".join(f"{n}. {', '.join(p.explained(words))}" for n, p in enumerate(points, 1))
        self.why.setPlainText(self.tr("Vì sao chọn: %1").replace("%1", reasons))
        self.show()
        self.edit.setFocus()

    def _failed(self, failure: Failure) -> None:
        self.draft_button.setEnabled(True)
        self.banner.show_message(self.tr("Chưa đề xuất được ý chính: %1").replace("%1", failure.message), "error")

    def accept(self) -> None:
        if self.doc_id is None:
            return
        text = self.edit.toPlainText()
        try:
            self.services.assistant.accept_key_points(
                self.doc_id, text.split("\n"), edited=text.strip() != self.drafted_text.strip()
            )
        except SotayError as exc:  # a refusal is shown; the draft stays to be fixed
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.hide()
        self.banner.show_message(self.tr("Đã lưu ý chính, ghi rõ là bạn chấp nhận từ bản nháp của máy."), "success")
        self.sig_changed.emit(self.doc_id)

    def discard(self) -> None:
        self.hide()
        self.edit.clear()
        self.banner.show_message(self.tr("Đã bỏ bản nháp ý chính; không có gì được lưu."), "info")

    def anchor_clicked(self, url: QUrl) -> None:
        """The reader's "Bỏ các ý này" link: the accepted key points forgotten (a draft can be asked again)."""
        if url.toString() != self.FORGET_LINK or self.doc_id is None:
            return
        self.services.assistant.discard_key_points(self.doc_id)
        self.banner.show_message(self.tr("Đã bỏ các ý chính bạn chấp nhận cho tài liệu này."), "info")
        self.sig_changed.emit(self.doc_id)

    def reader_section(self, doc: Document) -> str:
        """The key points this reader accepted, marked as such, for the reader's HTML."""
        choice = self.services.assistant.accepted(doc.id)
        if choice is None:
            return ""
        when = i18n.date(dt.date.fromisoformat(choice.accepted_at[:10]))
        mark = (
            self.tr("Bạn đã chấp nhận từ bản nháp do máy đề xuất, có sửa, ngày %1")
            if choice.edited
            else self.tr("Bạn đã chấp nhận từ bản nháp do máy đề xuất, ngày %1")
        ).replace("%1", when)
        head = self.tr("Ý chính bạn đã chấp nhận")
        items = "".join(f"<li>{_esc(p)}</li>" for p in choice.points)
        forget_words = self.tr("Bỏ các ý này")
        forget = f"<a href='{self.FORGET_LINK}'>{_esc(forget_words)}</a>"
        return f"<h3>{_esc(head)}</h3><p style='color:#555'><i>{_esc(mark)}</i> · {forget}</p><ul>{items}</ul>"
