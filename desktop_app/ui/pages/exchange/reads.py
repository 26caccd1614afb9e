"""The pack box's record of what went down: per document issued here, how many units have read it
(from the read receipts their logs bring up), opening the units that read it and those that have
not; and the packs sent, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....services import Services
from ....services.packs import DocumentReaders, DocumentReading
from ... import i18n
from ...models import RecordTableModel
from ...widgets import button, row
from .models import counts_text, stamp


class ReadingModel(RecordTableModel):
    """One row per document issued here: “Đã đọc 3/102” and how many read the latest version."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Tài liệu"), self.tr("Ban hành"), self.tr("Đã đọc"), self.tr("Đọc bản mới nhất"))

    def cell(self, r: DocumentReading, column: int) -> str:
        of = f"/{i18n.number(r.expected)}" if r.expected else ""
        values = (
            r.title,
            i18n.date(r.issued_on) if r.issued_on else "—",
            f"{i18n.number(r.readers)}{of}",
            i18n.number(r.readers_latest),
        )
        return values[column]


class SentPacksModel(RecordTableModel):
    """The packs written here, newest first, with the receipt when the receiver sent one back."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Thời gian"), self.tr("Gửi cho"), self.tr("Tệp"), self.tr("Nội dung"))

    @staticmethod
    def _id(record: dict[str, Any]) -> str:
        return str(record.get("bundle_id", ""))

    def cell(self, r: dict[str, Any], column: int) -> str:
        values = (
            stamp(r.get("created_at")),
            self.tr("Mọi đơn vị cấp dưới") if r.get("receiver") == "*" else str(r.get("receiver") or ""),
            str(r.get("file_name") or ""),
            counts_text(r.get("counts")),
        )
        return values[column]


class ReadersDialog(QDialog):
    """The units that read one document (when, and whether the latest version) and those that have
    not; a window of its own, not modal, so the table stays usable behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # widgets
        self.setWindowTitle(self.tr("Đơn vị đã đọc tài liệu"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.read_label, self.unread_label = QLabel(), QLabel()
        self.read, self.unread = QListWidget(), QListWidget()
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        lists = QHBoxLayout()
        for label, listing in ((self.read_label, self.read), (self.unread_label, self.unread)):
            column = QVBoxLayout()
            column.addWidget(label)
            column.addWidget(listing)
            lists.addLayout(column)
        layout.addLayout(lists)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 100, self.fontMetrics().height() * 24)

        # signals
        buttons.rejected.connect(self.reject)

    def show_readers(self, readers: DocumentReaders) -> None:
        self.title.setText(self.tr("Tài liệu: %1").replace("%1", readers.title))
        self.read_label.setText(self.tr("Đã đọc (%1)").replace("%1", i18n.number(len(readers.read))))
        self.unread_label.setText(self.tr("Chưa đọc (%1)").replace("%1", i18n.number(len(readers.not_read))))
        self.read.clear()
        for r in readers.read:
            version = self.tr("bản mới nhất") if r.latest else self.tr("bản cũ hơn")
            self.read.addItem(f"{r.name} — {stamp(r.read_at)} ({version})")
        self.unread.clear()
        self.unread.addItems([r.name for r in readers.not_read])


class PackReads(QTabWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.reading_model = ReadingModel(self)
        self.sent_model = SentPacksModel(self)
        self.dialog: ReadersDialog | None = None

        # widgets
        self.reading_table = _table(self.reading_model, stretch_first=True)
        self.readers_button = button(self.tr("Xem đơn vị đã đọc…"))
        self.sent_table = _table(self.sent_model, stretch_first=False)

        # layout
        reading = QWidget()
        layout = QVBoxLayout(reading)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.reading_table)
        layout.addLayout(row(self.readers_button))
        self.addTab(reading, self.tr("Đơn vị đã đọc"))
        self.addTab(self.sent_table, self.tr("Gói đã gửi"))
        self.setMinimumHeight(self.fontMetrics().height() * 12)

        # signals
        self.reading_table.activated.connect(self.open_readers)
        self.readers_button.clicked.connect(lambda: self.open_readers(self.reading_table.currentIndex()))

    def refresh(self) -> None:
        self.reading_model.set_records(self.services.packs.reading())
        self.sent_model.set_records(self.services.packs.sent())
        self.readers_button.setEnabled(self.reading_model.rowCount() > 0)

    def open_readers(self, index: QModelIndex) -> None:
        """The units that read the document of ``index`` (the first one when none is selected)."""
        reading: DocumentReading | None = self.reading_model.record(index.row() if index.isValid() else 0)
        if reading is None:
            return
        if self.dialog is None:
            self.dialog = ReadersDialog(self)
        self.dialog.show_readers(self.services.packs.readers(reading.id))
        self.dialog.show()
        self.dialog.raise_()


def _table(model: RecordTableModel, stretch_first: bool) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_first:
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    else:
        header.setStretchLastSection(True)
    return table
