"""Bản ghi tạm giữ: the rows imports set aside, each with its reason in plain words, the sender, the
kind of record and the date it claims; release (time reasons only) or drop the selected ones.

Release and drop run in a worker with their own connection (release takes a backup first); the
services refuse what may not be released, and the refusal is shown as it is in the CLI.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import QuarantineReason
from ..core.labels import label_of, quarantine_reason_text
from ..core.vntime import shown_time
from ..services import Services
from ..services.quarantine import QuarantinedRecord
from . import i18n
from .models import RecordTableModel
from .widgets import Ask, Banner, button, heading
from .workers import Cancel, Failure, Progress, Runner, ServiceCall, Worker, run_call


def reason_label(reason: str) -> str:
    """A few words for the table's reason column (a code from a newer version as it is)."""
    return i18n.label_translation(label_of(QuarantineReason, reason))


def reason_text(reason: str) -> str:
    """The reason a row was set aside, in a sentence, in the reader's language (the CLI's words)."""
    return quarantine_reason_text(reason, i18n.label_translation)


def _listing(services: Services, progress: Progress, cancel: Cancel) -> list[QuarantinedRecord]:
    return services.quarantine.list()


def _releasing(ids: list[str]) -> ServiceCall:
    def call(services: Services, progress: Progress, cancel: Cancel) -> dict[str, Any]:
        return services.quarantine.release(ids)

    return call


def _dropping(ids: list[str]) -> ServiceCall:
    def call(services: Services, progress: Progress, cancel: Cancel) -> int:
        return services.quarantine.drop(ids)

    return call


class QuarantineModel(RecordTableModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Lý do"),
            self.tr("Xử lý được"),
            self.tr("Đơn vị gửi"),
            self.tr("Loại"),
            self.tr("Bản ghi"),
            self.tr("Ngày ghi"),
            self.tr("Nhận lúc"),
        )

    def cell(self, q: QuarantinedRecord, column: int) -> str:
        if column == 0:
            return reason_label(q.reason)
        if column == 1:
            return self.tr("Giải phóng hoặc bỏ") if q.releasable else self.tr("Chỉ bỏ được")
        if column == 2:
            return q.sender_name
        if column == 3:
            return i18n.table_label(q.table)
        if column == 4:
            return q.summary or q.record_id
        if column == 5:
            return q.version_date.strftime("%d/%m/%Y") if q.version_date else "—"
        return _local_time(q.received_at)


def _local_time(stamp: str) -> str:
    return shown_time(stamp, missing=stamp)


class QuarantineDialog(QDialog):
    """Non-modal, so the exchange page stays usable; ``sig_changed`` after a release or a drop."""

    sig_changed = Signal()

    def __init__(self, services: Services, runner: Runner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.worker: Worker | None = None  # a release or a drop
        self.loader: Worker | None = None  # the listing (thousands of rows take a moment)

        # widgets
        self.setWindowTitle(self.tr("Bản ghi tạm giữ"))
        self.hint = QLabel(
            self.tr(
                "Khi nhập, các bản ghi có ngày giờ bất thường (máy gửi chạy nhanh đồng hồ, ngày ở tương lai) hoặc "
                "không thuộc quyền của đơn vị gửi được tạm giữ, chưa ghi vào dữ liệu. Giải phóng: ghi bản ghi vào "
                "dữ liệu như một lần nhập (bản mới hơn thắng, bản cũ giữ trong lịch sử, có sao lưu trước). Chỉ "
                "giải phóng được bản ghi tạm giữ vì ngày giờ; bản ghi tạm giữ vì quyền ghi chỉ bỏ được."
            )
        )
        self.hint.setWordWrap(True)
        self.banner = Banner(self)
        self.model = QuarantineModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.reason_label = QLabel()  # the selected row's reason in a sentence
        self.reason_label.setWordWrap(True)
        self.count_label = QLabel()
        self.release_button = button(self.tr("&Giải phóng"), primary=True)
        self.drop_button = button(self.tr("&Bỏ"), "delete")
        self.close_button = button(self.tr("Đóng"))

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Bản ghi tạm giữ")))
        layout.addWidget(self.hint)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.count_label)
        row = QHBoxLayout()
        for b in (self.release_button, self.drop_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(em * 80, self.fontMetrics().height() * 30)

        # signals
        self.release_button.clicked.connect(self.release_selected)
        self.drop_button.clicked.connect(self.drop_selected)
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.drop_selected)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)
        self.refresh()

    def refresh(self) -> None:
        if self.loader is not None:
            return
        self.loader = run_call(self.runner, self.services, _listing, on_done=self._listed, on_failed=self._failed)
        self._selection_changed()

    @property
    def busy(self) -> bool:
        return self.worker is not None or self.loader is not None

    def _listed(self, rows: list[QuarantinedRecord]) -> None:
        self.loader = None
        self.model.set_records(rows)
        releasable = sum(q.releasable for q in rows)
        self.count_label.setText(
            self.tr("%Ln bản ghi tạm giữ, %2 giải phóng được.", "", len(rows)).replace("%2", i18n.number(releasable))
        )
        if rows:
            self.table.selectRow(0)
        self.table.setFocus()
        self._selection_changed()

    def selected(self) -> list[QuarantinedRecord]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record(r) for r in rows if self.model.record(r) is not None]

    def select_ids(self, ids: list[str]) -> None:
        """Select these rows (by their short id), as a person would with Ctrl+click."""
        self.table.clearSelection()
        flag = self.table.selectionModel().SelectionFlag
        for rid in ids:
            row = self.model.row_of(rid)
            if row >= 0:
                self.table.selectionModel().select(self.model.index(row, 0), flag.Select | flag.Rows)

    def _selection_changed(self, *_args: QItemSelection) -> None:
        current = self.model.record(self.table.currentIndex().row())
        self.reason_label.setText(reason_text(current.reason) + "." if current is not None else "")
        chosen = bool(self.selected()) and not self.busy
        self.release_button.setEnabled(chosen)
        self.drop_button.setEnabled(chosen)

    def release_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.busy:
            return
        if not Ask.confirm(
            self,
            self.tr("Giải phóng bản ghi tạm giữ"),
            self.tr(
                "Ghi %Ln bản ghi vào dữ liệu? Bản ghi nào mới hơn bản đang có sẽ thay bản đó (bản cũ được "
                "giữ trong lịch sử). Dữ liệu được sao lưu trước.",
                "",
                len(chosen),
            ),
            self.tr("Giải phóng"),
            self.tr("Thôi"),
        ):
            return
        self._run(_releasing([q.id for q in chosen]), self._released)

    def drop_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self.busy:
            return
        if not Ask.confirm(
            self,
            self.tr("Bỏ bản ghi tạm giữ"),
            self.tr(
                "Bỏ hẳn %Ln bản ghi tạm giữ? Chúng sẽ không được ghi vào dữ liệu; đơn vị gửi có thể gửi lại.",
                "",
                len(chosen),
            ),
            self.tr("Bỏ"),
            self.tr("Thôi"),
        ):
            return
        self._run(_dropping([q.id for q in chosen]), self._dropped)

    def _run(self, call: ServiceCall, on_done: Callable[[Any], None]) -> None:
        self.worker = run_call(self.runner, self.services, call, on_done=on_done, on_failed=self._failed)
        self._selection_changed()

    def _released(self, result: dict[str, Any]) -> None:
        self.worker = None
        c = result["counts"]
        self.banner.show_message(
            self.tr(
                "Đã giải phóng %Ln bản ghi: %2 mới, %3 cập nhật, %4 không đổi, %5 cũ hơn bản đang có.",
                "",
                result["released"],
            )
            .replace("%2", i18n.number(c["new"]))
            .replace("%3", i18n.number(c["updated"]))
            .replace("%4", i18n.number(c["unchanged"]))
            .replace("%5", i18n.number(c["conflicting"])),
            "success",
        )
        self.refresh()
        self.sig_changed.emit()

    def _dropped(self, count: int) -> None:
        self.worker = None
        self.banner.show_message(self.tr("Đã bỏ %Ln bản ghi tạm giữ.", "", count), "success")
        self.refresh()
        self.sig_changed.emit()

    def _failed(self, failure: Failure) -> None:
        self.worker = self.loader = None
        self.banner.show_message(failure.message, "error")
        self._selection_changed()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        for work in (self.worker, self.loader):
            if work is not None:
                work.cancel()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
