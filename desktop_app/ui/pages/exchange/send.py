"""The exchange page's send box: write my log (changes since the last one, or a full copy) to a
folder or USB stick; when a receiver would refuse some stored records, list them to open and fix."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....services import Services
from ....services.exchange import ExportResult, RecordProblem, UnsendableRecords
from ... import i18n
from ...widgets import Ask, button
from ...workers import Failure, Runner, Worker, run_call
from .models import counts_text, stamp
from .work import export_call

OPENABLE = ("talks", "groups", "documents")  # records the window can open to fix
PROBLEM_ROLE = Qt.ItemDataRole.UserRole


def problem_text(problem: RecordProblem) -> str:
    """One record the receiver would refuse, as this reader reads it (the record as it is found in
    the window, then the problem in Vietnamese, or its English detail)."""
    return f"{problem.summary}: {i18n.error_text(problem)}"


def sections_in_order(services: Services, send: QWidget, receive: QWidget, *down: QWidget) -> list[QWidget]:
    """A commune sends its log first. An installation that sends down leads with receiving, then what
    it sends down, then its own log, shown only when there is a level above to send it to."""
    if not services.packs.sends_down():
        return [send, receive]
    send.setVisible(services.packs.has_level_above())
    return [receive, *down, send]


class SendBox(QGroupBox):
    sig_exported = Signal()
    sig_open_record = Signal(str, str)  # table, id: a record to fix before the log can be sent

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.worker: Worker | None = None

        # widgets
        self.setTitle(self.tr("Gửi nhật ký lên cấp trên"))
        self.send_hint = QLabel()
        self.send_hint.setWordWrap(True)
        self.snapshot = QCheckBox(self.tr("Bản đầy đủ (gửi lại toàn bộ nhật ký, khi cấp trên báo thiếu tệp)"))
        self.send_button = button(self.tr("Gửi nhật ký vào thư mục hoặc USB…"), "send", keys="Ctrl+E")
        self.send_result = QLabel()
        self.send_result.setWordWrap(True)
        self.send_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unsendable = QListWidget()  # records the receiver would refuse, when sending was refused
        self.unsendable.setWordWrap(True)
        self.unsendable.setMaximumHeight(self.fontMetrics().height() * 8)
        self.open_record_button = button(self.tr("Mở để sửa"))
        for w in (self.unsendable, self.open_record_button):
            w.hide()

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.send_hint)
        layout.addWidget(self.snapshot)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.send_result)
        layout.addWidget(self.unsendable)
        row = QHBoxLayout()
        row.addWidget(self.open_record_button)
        row.addStretch(1)
        layout.addLayout(row)

        # signals
        self.send_button.clicked.connect(self.choose_export_folder)
        self.unsendable.itemActivated.connect(self.open_record)
        self.unsendable.currentItemChanged.connect(self._record_chosen)
        self.open_record_button.clicked.connect(lambda: self.open_record(self.unsendable.currentItem()))

    def refresh(self, last_sent: dict[str, Any] | None) -> None:
        self.send_hint.setText(
            self.tr(
                "Tệp gửi đi chứa các buổi, nhóm và xác nhận đã đọc thay đổi kể từ lần gửi trước (%1). "
                "Tên và số điện thoại người liên hệ không được gửi. Gửi tệp qua Zalo hoặc chép vào USB."
            ).replace("%1", stamp(last_sent["created_at"]) if last_sent else self.tr("chưa gửi lần nào"))
        )

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def choose_export_folder(self) -> None:
        folder = Ask.folder(self, self.tr("Chọn thư mục hoặc USB để lưu tệp gửi đi"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        self.send_button.setEnabled(False)
        self.show_unsendable([])
        self.send_result.setText(self.tr("Đang tạo tệp…"))
        self.worker = run_call(
            self.runner,
            self.services,
            export_call(folder, self.snapshot.isChecked()),
            on_done=self._exported,
            on_failed=self._export_failed,
            unexpected="%1",
        )

    def _exported(self, result: ExportResult) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        counts = counts_text(orjson.dumps(result.counts).decode()) or self.tr("không có thay đổi mới")
        self.send_result.setText(
            self.tr("Đã tạo tệp: %1\nNội dung: %2\nThư mục: %3")
            .replace("%1", result.path.name)
            .replace("%2", counts)
            .replace("%3", str(result.path.parent))
        )
        self.sig_exported.emit()

    def _export_failed(self, failure: Failure) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        exc = failure.error
        if isinstance(exc, UnsendableRecords) and exc.problems:
            records = len({(p.table, p.id) for p in exc.problems})
            self.send_result.setText(
                self.tr(
                    "Chưa tạo được tệp: %1 bản ghi lưu từ phiên bản cũ vượt quy định mà nơi nhận kiểm tra, nên nơi "
                    "nhận sẽ từ chối cả tệp. Mở từng bản ghi (bấm đúp hoặc “Mở để sửa”), sửa chỗ được nêu, lưu rồi "
                    "gửi lại."
                ).replace("%1", i18n.number(records))
            )
            self.show_unsendable(exc.problems)
            return
        self.send_result.setText(self.tr("Chưa tạo được tệp: %1").replace("%1", failure.message))

    def show_unsendable(self, problems: list[RecordProblem]) -> None:
        """The records that stopped the export, one line per record and field."""
        self.unsendable.clear()
        for problem in problems:
            item = QListWidgetItem(problem_text(problem))
            item.setData(PROBLEM_ROLE, (problem.table, problem.id))
            if problem.table not in OPENABLE:
                item.setToolTip(self.tr("Bản ghi này không mở được trong cửa sổ."))
            self.unsendable.addItem(item)
        self.unsendable.setVisible(bool(problems))
        self.open_record_button.setVisible(bool(problems))
        if problems:
            self.unsendable.setCurrentRow(0)
            self.unsendable.setFocus()

    def _record_chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        table = item.data(PROBLEM_ROLE)[0] if item is not None else ""
        self.open_record_button.setEnabled(table in OPENABLE)

    def open_record(self, item: QListWidgetItem | None) -> None:
        """Opens the talk, group or document where it can be fixed (the main window routes it)."""
        if item is None:
            return
        table, record_id = item.data(PROBLEM_ROLE)
        if table in OPENABLE:
            self.sig_open_record.emit(table, record_id)
