"""Chuẩn bị buổi nói chuyện: a topic and an audience group chosen, the talk card previewed, then
saved as PDF or Word or printed. Opened from the talk log and from a group."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import SotayError
from ..services import Services
from . import i18n
from .widgets import Ask, Banner, button
from .workers import Failure, Runner, run_call

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from ..services.assistant import TalkCard


class TalkCardDialog(QDialog):
    def __init__(
        self,
        services: Services,
        runner: Runner | None = None,
        group_id: str | None = None,
        topic: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.card: TalkCard | None = None
        self.asked = 0  # the latest request: an answer to an older choice is dropped
        self.setWindowTitle(self.tr("Chuẩn bị buổi nói chuyện"))

        # widgets
        self.topic = QComboBox()
        for name in services.library.topics():
            self.topic.addItem(name, name)
        self.group = QComboBox()
        for g in services.groups.list(include_inactive=False):
            self.group.addItem(g.name, g.id)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A5 (nửa tờ A4)"), "a5")
        self.paper.addItem(self.tr("A4"), "a4")
        self.hint = QLabel(
            self.tr(
                "Thẻ gồm ý chính của tài liệu theo chuyên đề, ý kiến bà con đã nêu ở nhóm này, "
                "lần nói trước và số liệu năm nay."
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.banner = Banner(self)
        self.preview = QTextBrowser()
        fm = self.fontMetrics()
        self.preview.setMinimumSize(fm.horizontalAdvance("M") * 30, fm.lineSpacing() * 12)
        self.pdf_button = button(self.tr("Lưu PDF…"), "save", primary=True)
        self.docx_button = button(self.tr("Lưu Word…"), "save")
        self.print_button = button(self.tr("In…"))
        self.close_button = button(self.tr("Đóng"))

        # layout
        form = QFormLayout()
        form.addRow(self.tr("Chuyên đề"), self.topic)
        form.addRow(self.tr("Nhóm đối tượng"), self.group)
        form.addRow(self.tr("Khổ giấy"), self.paper)
        row = QHBoxLayout()
        for b in (self.pdf_button, self.docx_button, self.print_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)

        # signals
        if group_id is not None and self.group.findData(group_id) >= 0:
            self.group.setCurrentIndex(self.group.findData(group_id))
        if topic is not None and self.topic.findData(topic) >= 0:
            self.topic.setCurrentIndex(self.topic.findData(topic))
        for box in (self.topic, self.group, self.paper):
            box.currentIndexChanged.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.docx_button.clicked.connect(lambda: self.save("docx"))
        self.print_button.clicked.connect(self.print_card)
        self.close_button.clicked.connect(self.accept)
        self._fit_screen(fm.horizontalAdvance("M") * 48, fm.lineSpacing() * 40)
        self.refresh()

    def _fit_screen(self, width: int, height: int) -> None:
        """Room for the page's preview, within the screen (1366×768 laptops, 150 % text)."""
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() - 40), min(height, screen.height() - 60))

    def refresh(self) -> None:
        topic, group_id = self.topic.currentData(), self.group.currentData()
        self.card = None
        self._enable(False)
        if topic is None or group_id is None:
            missing = self.tr("Cần có ít nhất một chuyên đề và một nhóm đối tượng.")
            self.preview.setHtml(f"<p>{escape(missing)}</p>")
            return
        self.asked += 1
        asked = self.asked
        run_call(
            self.runner,
            self.services,
            lambda services, _progress, _cancel: services.assistant.talk_card(topic, group_id),
            on_done=lambda card: self._built(asked, card),
            on_failed=self._failed,
            owner=self,
        )

    def _enable(self, on: bool) -> None:
        for b in (self.pdf_button, self.docx_button, self.print_button):
            b.setEnabled(on)

    def _built(self, asked: int, card: TalkCard) -> None:
        if asked != self.asked:
            return  # the choice changed meanwhile: its own card follows
        self.card = card
        self.banner.hide()
        self.preview.setHtml(self.services.assistant.card_html(card, self.paper.currentData()))
        self._enable(True)

    def _failed(self, failure: Failure) -> None:
        self.banner.show_message(self.tr("Chưa lập được thẻ: %1").replace("%1", failure.message), "error")

    def ask_path(self, file_format: str) -> Path | None:
        """Where to save; tests replace this method."""
        suffix = ".pdf" if file_format == "pdf" else ".docx"
        kind = self.tr("PDF (*.pdf)") if file_format == "pdf" else self.tr("Word (*.docx)")
        path = Ask.save_file(self, self.tr("Lưu thẻ chuẩn bị"), "the-chuan-bi" + suffix, kind)
        return path.with_suffix(suffix) if path is not None and path.suffix.lower() != suffix else path

    def ask_printer(self) -> QPrinter | None:
        """The print dialog; a configured printer, or None when closed. Tests replace this method."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In thẻ chuẩn bị"))
        return printer if dialog.exec() else None

    def save(self, file_format: str) -> None:
        path = self.ask_path(file_format) if self.card is not None else None
        if path is None or self.card is None:
            return
        try:
            self.services.assistant.save_card(self.card, path, file_format, self.paper.currentData())
        except (SotayError, OSError) as exc:
            self.banner.show_message(self.tr("Chưa lưu được thẻ: %1").replace("%1", i18n.error_text(exc)), "error")
            return
        self.banner.show_message(self.tr("Đã lưu thẻ vào %1").replace("%1", str(path)), "success")

    def print_card(self) -> None:
        printer = self.ask_printer() if self.card is not None else None
        if printer is None or self.card is None:
            return
        self.services.assistant.print_card(self.card, printer, printer.resolution(), self.paper.currentData())
        self.banner.show_message(self.tr("Đã gửi thẻ tới máy in."), "success")

    @staticmethod
    def show_for(
        parent: QWidget, services: Services, runner: Runner | None, group_id: str | None, topic: str | None
    ) -> None:
        """The dialog, modal; tests replace this method."""
        dialog = TalkCardDialog(services, runner, group_id, topic, parent)
        dialog.exec()
        dialog.deleteLater()
