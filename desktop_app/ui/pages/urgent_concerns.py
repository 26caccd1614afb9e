"""Urgent concerns on home (issue 16, item 5). At a commune: "Gửi ngay ý kiến khẩn" once a talk
marked urgent waits to be sent; it writes the log of what changed since the last file right away
(the exchange page's export, into a folder the user picks) and says where the file is. At an
aggregator: the urgent concerns received, newest first, as the first group of "Cần làm ngay"
(their themes and unit, never the text of a concern)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...services import Services
from .. import i18n
from ..i18n import tr
from ..widgets import Ask, button
from ..workers import Failure, Runner, Worker, run_call

if TYPE_CHECKING:  # the exchange package loads on first use, after home's first paint
    from ...services.exchange import ExportResult

SHOWN = 5  # urgent concerns listed on the aggregator's home


class UrgentSend(QWidget):
    """The commune's button and what became of the file."""

    sig_sent = Signal()

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.worker: Worker | None = None

        # widgets
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.send_button = button(self.tr("Gửi ngay ý kiến khẩn"), "send", primary=True)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waiting)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.hide()

        # signals
        self.send_button.clicked.connect(self.send)

    def refresh(self) -> None:
        waiting = self.services.talks.urgent_unsent()
        self.waiting.setText(self.tr("<b>%Ln ý kiến khẩn chưa gửi lên cấp trên.</b>", "", waiting))
        self.waiting.setVisible(waiting > 0)
        self.send_button.setVisible(waiting > 0)
        self.result.setVisible(bool(self.result.text()))
        self.setVisible(waiting > 0 or bool(self.result.text()))

    def send(self) -> None:
        folder = Ask.folder(self, self.tr("Chọn thư mục hoặc USB để lưu tệp gửi đi"))
        if folder is None:
            return
        from .exchange.work import export_call

        self.send_button.setEnabled(False)
        self.result.setText(self.tr("Đang tạo tệp…"))
        self.result.show()
        self.worker = run_call(
            self.runner,
            self.services,
            export_call(folder, False),
            on_done=self._sent,
            on_failed=self._failed,
            unexpected="%1",
        )

    def _sent(self, result: ExportResult) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        self.result.setText(
            self.tr("Đã ghi tệp %1 vào thư mục %2. Gửi ngay tệp này lên cấp trên qua Zalo hoặc USB.")
            .replace("%1", result.path.name)
            .replace("%2", str(result.path.parent))
        )
        self.refresh()
        self.sig_sent.emit()

    def _failed(self, failure: Failure) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        self.result.setText(
            self.tr("Chưa tạo được tệp: %1 Mở trang Trao đổi để xem chi tiết.").replace("%1", failure.message)
        )


def received_html(services: Services) -> str:
    """The aggregator's first group of "Cần làm ngay": urgent concerns from the units below, newest
    first, each with its day, themes and unit; empty when there are none."""
    urgent = services.talks.urgent(limit=SHOWN, others_only=True)
    if not urgent:
        return ""
    names = {u.code: u.name for u in services.units.own()}
    no_theme = tr("chưa ghi chủ đề")
    lines = "".join(
        f"<li>{i18n.date(t.held_on)} · {escape(', '.join(t.question_themes) or no_theme)}"
        f" · <a href='unit:{escape(t.unit_code)}'>{escape(names.get(t.unit_code, t.unit_code))}</a></li>"
        for t in urgent
    )
    return tr("<b>Ý kiến khẩn từ đơn vị cấp dưới</b>") + f"<ul style='margin:2px'>{lines}</ul>"
