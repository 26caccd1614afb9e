"""The records behind a file's counts: one "Xem" button per count (new, updated, older, set aside)
for the file chosen in the result table, and the list it opens, each record with its day, its place
or name, its unit and a plain reason, and for an updated or older one the fields that differ, the
version here beside the one in the file. Works the same on a preview and on a result: the outcome
carries the records (``FileOutcome.records``)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.labels import quarantine_reason_text
from ....services.exchange import FileOutcome
from ... import i18n
from ...i18n import tr
from .models import OutcomeModel

SHOWN = ("new", "updated", "conflicting", "quarantined")  # the counts that open their records
COLUMN_OF = {3: "new", 4: "updated", 6: "conflicting"}  # a double-click on these count cells
MAX_LISTED = 500  # a list the eye can read; the rest is said as a number


def count_title(count: str) -> str:
    return {
        "new": tr("Mới"),
        "updated": tr("Cập nhật"),
        "conflicting": tr("Xung đột"),
        "quarantined": tr("Tạm giữ"),
    }[count]


def reason_words(reason: str) -> str:
    """Why a record was counted where it was, in a sentence of the window's language."""
    words = {
        "not_here": tr("Chưa có ở đây: thêm mới."),
        "newer_in_file": tr("Bản trong tệp mới hơn: thay bản ở đây (bản cũ lưu trong lịch sử)."),
        "older_in_file": tr("Bản trong tệp cũ hơn bản ở đây: giữ bản ở đây, bản trong tệp lưu trong lịch sử."),
    }
    return words.get(reason) or quarantine_reason_text(reason, i18n.label_translation) + "."


def _day(text: str) -> str:
    try:
        return i18n.date(dt.date.fromisoformat(text))
    except ValueError:
        return text or "—"


class RecordsDialog(QDialog):
    """The records behind one count of one file."""

    def __init__(self, outcome: FileOutcome, count: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        records = [r for r in outcome.records if r.get("count") == count]
        self.records = records

        # widgets
        self.setWindowTitle(
            self.tr("%1: %2 bản ghi — %3")
            .replace("%1", count_title(count))
            .replace("%2", i18n.number(len(records)))
            .replace("%3", Path(outcome.path).name)
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Loại"), self.tr("Ngày"), self.tr("Nơi, tên"), self.tr("Đơn vị"), self.tr("Lý do")]
        )
        self.tree.setWordWrap(True)
        self.tree.setRootIsDecorated(False)  # the differing fields stay open under their record
        for record in records[:MAX_LISTED]:
            self.tree.addTopLevelItem(self._item(record))
        self.tree.expandAll()
        for column in range(4):
            self.tree.resizeColumnToContents(column)
        self.more = QLabel(
            self.tr("Hiện %1 trên %2 bản ghi.")
            .replace("%1", i18n.number(MAX_LISTED))
            .replace("%2", i18n.number(len(records)))
        )
        self.more.setVisible(len(records) > MAX_LISTED)
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.close)

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.more)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 28)

    def _item(self, record: dict[str, Any]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(
            [
                i18n.table_label(str(record.get("table", ""))),
                _day(str(record.get("day") or "")),
                str(record.get("name") or "—"),
                str(record.get("unit") or "—"),
                reason_words(str(record.get("reason", ""))),
            ]
        )
        for change in record.get("changes", []):
            item.addChild(
                QTreeWidgetItem(
                    [
                        "",
                        i18n.field_label(change["field"]),
                        self.tr("Ở đây: %1").replace("%1", change["here"] or "—"),
                        "",
                        self.tr("Trong tệp: %1").replace("%1", change["file"] or "—"),
                    ]
                )
            )
        return item


class RecordsBar(QWidget):
    """ "Xem" per count for the file selected in the result table (a double-click on a count opens it too)."""

    def __init__(self, table: QTableView, model: OutcomeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.table = table
        self.model = model
        self.dialog: RecordsDialog | None = None

        # widgets
        self.label = QLabel(self.tr("Xem bản ghi của tệp đã chọn:"))
        self.buttons = {count: QPushButton() for count in SHOWN}

        # layout
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        for b in self.buttons.values():
            row.addWidget(b)
        row.addStretch(1)

        # signals
        for count, b in self.buttons.items():
            b.clicked.connect(lambda _=False, c=count: self.open(c))
        model.modelReset.connect(self._first_file)
        table.selectionModel().selectionChanged.connect(self._update)
        table.doubleClicked.connect(self._double_clicked)
        self._update()

    def selected(self) -> FileOutcome | None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.record(rows[0].row()) if rows else None
        return record if isinstance(record, FileOutcome) else None

    def _first_file(self) -> None:
        """A new result: a list open on the old one closes, and the first file is chosen, so its
        counts can be opened at once."""
        self._close_list()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._update()

    def _close_list(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _update(self) -> None:
        outcome = self.selected()
        for count, b in self.buttons.items():
            n = sum(1 for r in outcome.records if r.get("count") == count) if outcome else 0
            b.setText(self.tr("Xem %1 (%2)").replace("%1", count_title(count).lower()).replace("%2", i18n.number(n)))
            b.setEnabled(n > 0)
        self.setVisible(self.model.rowCount() > 0)

    def _double_clicked(self, index: QModelIndex) -> None:
        count = COLUMN_OF.get(index.column())
        if count is not None and self.buttons[count].isEnabled():
            self.open(count)

    def open(self, count: str) -> None:
        """The list behind ``count`` for the selected file, in a window of its own (not modal)."""
        outcome = self.selected()
        if outcome is None:
            return
        self._close_list()
        self.dialog = RecordsDialog(outcome, count, self)
        self.dialog.show()
