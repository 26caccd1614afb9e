"""Trao đổi: send my log to a folder or USB stick; receive files (preview first, then apply with a
progress bar and cancel); confirm a new sender's key by its fingerprint; the history both ways.

The sequence: choose files → automatic dry run → the user decides → apply → result.
Nothing is written before the user presses “Nhập”. What to do with each file (trust its new key, the
passphrase that opens it) is gathered here and handed to ``services.exchange`` as the import's plan,
in a worker with its own database connection (``work``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ....core.vntime import vn_now
from ....services import Services
from ....services.exchange import ImportSummary
from ....services.import_batch import INDEXING_STEP
from ... import i18n
from ...widgets import Ask, Banner, button, fill_with_scrolled, heading
from ...workers import Failure, Runner, Worker, run_call
from .banner_text import BatchCounts, preview_banner, result_banner
from .dialogs import ask_passphrases, confirm_outside
from .history import HistoryTabs
from .models import COUNT_KEYS, OutcomeModel
from .packs import PackBox
from .records import RecordsBar
from .send import SendBox, sections_in_order
from .trust import KEY_REASONS, KeyQuestions, waiting_text
from .work import import_call

if TYPE_CHECKING:
    from ...quarantine import QuarantineDialog


class ExchangePage(KeyQuestions, QWidget):
    sig_changed = Signal()
    sig_open_record = Signal(str, str)  # table, id: a record to fix before the log can be sent

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.paths: list[Path] = []
        self.trusted: set[str] = set()  # files whose new sender key the user confirmed
        self.passphrases: dict[str, str] = {}  # path -> the passphrase the user typed
        self.declined: set[str] = set()  # encrypted files the user chose to leave out
        self.outside: dict[str, bool] = {}  # files from outside this unit's tree asked about: kept?
        self.summary: ImportSummary | None = None
        self.worker: Worker | None = None
        self.applied = self.writing = False
        self.setAcceptDrops(True)

        # widgets: send (the box's widgets are the page's, for the window and its tests)
        self.sending = SendBox(services, runner)
        self.send_button, self.send_result = self.sending.send_button, self.sending.send_result
        self.unsendable, self.open_record_button = self.sending.unsendable, self.sending.open_record_button
        self.packs = PackBox(services, runner)  # shown where this installation sends documents down

        # widgets: receive
        self.drop = QLabel(self.tr("Kéo thả các tệp .sotay (hoặc cả thư mục tải về từ Zalo) vào đây"))
        self.drop.setObjectName("dropzone")
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(self.fontMetrics().height() * 3)
        self.drop.setStyleSheet(
            "QLabel#dropzone { border: 2px dashed #9fb6d6; border-radius: 6px; background: #f6f9fd; color: #1f3b63; }"
        )
        self.files_button = button(self.tr("Chọn tệp…"), "receive")
        self.folder_button = button(self.tr("Chọn thư mục…"), "folder")
        self.quarantine_button = button("", "warning")  # its text holds the count (refresh)
        self.quarantine_dialog: QuarantineDialog | None = None
        self.progress = QProgressBar()
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()  # shown with the bar while files are read (``_busy``)
        self.cancel_button = QPushButton(self.tr("Huỷ"))
        self.cancel_button.hide()
        self.banner = Banner(self)
        self.outcomes = OutcomeModel(self)
        self.table = QTableView()
        self.table.setModel(self.outcomes)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(8, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        self.records_bar = RecordsBar(self.table, self.outcomes)
        self.trust_button = button(self.tr("Xác nhận khoá…"), "ok")
        self.apply_button = button(self.tr("Nhập"), primary=True)
        self.save_report = button(self.tr("Lưu báo cáo kết quả…"), "save")
        self.clear_button = button(self.tr("Làm lại"))
        for b in (self.trust_button, self.apply_button, self.save_report, self.clear_button):
            b.hide()

        # widgets: history
        self.history = HistoryTabs()
        self.sent_model, self.received_model = self.history.sent_model, self.history.received_model

        # layout
        receive = QGroupBox(self.tr("Nhận tệp"))
        rl = QVBoxLayout(receive)
        rl.addWidget(self.drop)
        row = QHBoxLayout()
        row.addWidget(self.files_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.quarantine_button)
        rl.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.progress_label)
        row.addWidget(self.cancel_button)
        rl.addLayout(row)
        rl.addWidget(self.banner)
        rl.addWidget(self.table, 1)
        rl.addWidget(self.totals)
        rl.addWidget(self.records_bar)
        row = QHBoxLayout()
        for b in (self.apply_button, self.trust_button, self.save_report, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        rl.addLayout(row)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Trao đổi tệp")))
        for section in sections_in_order(services, self.sending, receive, self.packs):
            layout.addWidget(section, 3 if section is receive else 0)
        layout.addWidget(heading(self.tr("Lịch sử"), 2))
        layout.addWidget(self.history, 2)
        receive.setMinimumHeight(self.fontMetrics().height() * 16)
        self.history.setMinimumHeight(self.fontMetrics().height() * 9)
        fill_with_scrolled(self, inner)

        # signals
        self.sending.sig_exported.connect(self._exported)
        self.packs.sig_saved.connect(self._exported)
        self.sig_changed.connect(self.packs.refresh_if_shown)
        self.sending.sig_open_record.connect(self.sig_open_record)
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.quarantine_button.clicked.connect(self.open_quarantine)
        self.cancel_button.clicked.connect(self.cancel)
        self.apply_button.clicked.connect(self.apply)
        self.trust_button.clicked.connect(self.confirm_keys)
        self.save_report.clicked.connect(self.save_result)
        self.clear_button.clicked.connect(self.reset)
        self.refresh()

    def activated(self) -> None:
        self.refresh()

    def focus_export(self) -> None:
        self.send_button.setFocus()

    def shutdown(self) -> None:
        self.sending.shutdown()
        if self.worker is not None:
            self.worker.cancel()

    def refresh(self) -> None:
        sent = self.services.exchange.exports()
        self.history.refresh(sent, self.services.exchange.ledger())
        held = self.services.quarantine.count()
        self.quarantine_button.setText(self.tr("Bản ghi tạm giữ (%1)…").replace("%1", i18n.number(held)))
        self.sending.refresh(sent[0] if sent else None)

    def _exported(self) -> None:
        self.refresh()
        self.sig_changed.emit()

    def open_quarantine(self) -> None:
        """The rows imports set aside, to release or drop (a window of its own, not modal)."""
        from ...quarantine import QuarantineDialog

        if self.quarantine_dialog is None:
            self.quarantine_dialog = QuarantineDialog(self.services, self.runner, self)
            self.quarantine_dialog.sig_changed.connect(self.refresh)
            self.quarantine_dialog.sig_changed.connect(self.sig_changed)
        else:
            self.quarantine_dialog.refresh()
        self.quarantine_dialog.show()
        self.quarantine_dialog.raise_()
        self.quarantine_dialog.activateWindow()

    # --- receiving ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        files = Ask.open_files(self, self.tr("Chọn tệp nhận được"), self.tr("Tệp trao đổi (*.sotay);;Mọi tệp (*)"))
        if files:
            self.receive(files)

    def choose_folder(self) -> None:
        folder = Ask.folder(self, self.tr("Chọn thư mục chứa các tệp nhận được"))
        if folder is not None:
            self.receive([folder])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.receive(paths)

    def receive(self, paths: list[Path]) -> None:
        """New files: forget the previous batch and preview (a dry run: nothing is written)."""
        self.paths = list(paths)
        self.trusted = set()
        self.passphrases, self.declined, self.outside = {}, set(), {}
        self.applied = False
        self.preview()

    def preview(self) -> None:
        self.banner.show_message(self.tr("Đang kiểm tra các tệp (chưa ghi gì vào dữ liệu)…"), "info")
        self._import(True, self._previewed)

    def apply(self) -> None:
        if self.paths:
            self.banner.show_message(self.tr("Đang nhập… Dữ liệu được sao lưu trước."), "info")
            self._import(False, self._applied)

    def _import(self, dry_run: bool, on_done: Callable[[ImportSummary], None]) -> None:
        """The files under the choices made so far (keys confirmed, passphrases typed)."""
        self._busy(True)
        self.writing = not dry_run  # the window asks before closing during a real import
        call = import_call(list(self.paths), dry_run, set(self.trusted), dict(self.passphrases), dict(self.outside))
        self.worker = run_call(
            self.runner,
            self.services,
            call,
            on_done=on_done,
            on_failed=self._failed,
            on_progress=self._progress,
            unexpected="%1",
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.progress_label.setText(self.tr("Đang dừng…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if text == INDEXING_STEP:
            text = self.tr("cập nhật chỉ mục tìm kiếm")
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(f"{i18n.number(done)}/{i18n.number(total)} {text}" if total else text)

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.progress_label.setVisible(busy)
        for b in (
            self.files_button,
            self.folder_button,
            self.apply_button,
            self.trust_button,
            self.save_report,
            self.clear_button,
        ):
            b.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)
            self.progress_label.setText("")

    def _failed(self, failure: Failure) -> None:
        self.worker = None
        self._busy(False)
        self.banner.show_message(self.tr("Không đọc được các tệp: %1").replace("%1", failure.message), "error")

    def _show(self, summary: ImportSummary | None) -> None:
        self.summary = summary
        files = summary.files if summary else []
        self.outcomes.set_records(files)
        self.table.resizeRowsToContents()
        t = summary.totals if summary else dict.fromkeys(COUNT_KEYS, 0)
        self.totals.setText(
            self.tr("Thêm mới %1 · Cập nhật %2 · Không đổi %3 · Xung đột %4 · Lỗi %5")
            .replace("%1", i18n.number(t["new"]))
            .replace("%2", i18n.number(t["updated"]))
            .replace("%3", i18n.number(t["unchanged"]))
            .replace("%4", i18n.number(t["conflicting"]))
            .replace("%5", i18n.number(t["invalid"]))
        )
        needs_key = [o for o in files if o.status == "refused" and o.reason in KEY_REASONS]
        self.trust_button.setVisible(bool(needs_key) and not self.applied)
        self.clear_button.setVisible(bool(files))
        self.save_report.setVisible(bool(files))

    def _previewed(self, summary: ImportSummary) -> None:
        self.worker = None
        self._busy(False)
        self._show(summary)
        files = summary.files
        ready = [o for o in files if o.status == "previewed"]
        refused = [o for o in files if o.status == "refused"]
        self.apply_button.setVisible(bool(ready))
        self.apply_button.setEnabled(bool(ready))
        if not files:
            self.banner.show_message(self.tr("Không có tệp nào trong những gì bạn chọn."), "warning")
        elif ready:
            self.banner.show_message(*preview_banner(BatchCounts.of(files, "previewed", ("refused",))))
        elif waiting_text(refused):
            self.banner.show_message(waiting_text(refused), "warning")
        else:
            self.banner.show_message(self.tr("Không có tệp nào để nhập. Lý do ở cột cuối của bảng."), "warning")
        self.ask_passphrases()
        if self.worker is None and confirm_outside(self, files, self.outside):  # kept: preview them too
            self.preview()

    def ask_passphrases(self) -> None:
        """Encrypted files refused for want of the right passphrase: ask for it, then preview again."""
        given = ask_passphrases(self, self.summary.files if self.summary else [], self.declined)
        if given:
            self.passphrases.update(given)
            self.preview()

    def _applied(self, summary: ImportSummary) -> None:
        self.worker = None
        self.applied = True
        self._busy(False)
        self._show(summary)
        self.apply_button.hide()
        text, kind = result_banner(BatchCounts.of(summary.files, "applied", ("refused", "cancelled")))
        if summary.backup:
            text += " " + self.tr("Bản sao lưu trước khi nhập: %1").replace("%1", Path(summary.backup).name)
        for gap in summary.gaps:
            text += "\n" + gap.get("message", "")
        self.banner.show_message(text, kind)
        self.refresh()
        self.sig_changed.emit()

    def reset(self) -> None:
        self.paths, self.trusted, self.summary, self.applied = [], set(), None, False
        self.passphrases, self.declined = {}, set()
        self.outcomes.set_records([])
        self.totals.clear()
        self.banner.hide()
        for b in (self.trust_button, self.apply_button, self.save_report, self.clear_button):
            b.hide()

    def save_result(self) -> None:
        if self.summary is None:
            return
        path = Ask.save_file(
            self,
            self.tr("Lưu báo cáo kết quả"),
            f"ket-qua-nhap-{vn_now():%Y%m%d}.txt",
            self.tr("Văn bản (*.txt)"),
        )
        if path is not None:
            self.write_report(path)

    def write_report(self, path: Path) -> None:
        path.write_text(self.outcomes.report_text(self.totals.text()), encoding="utf-8")
        self.banner.show_message(self.tr("Đã lưu báo cáo vào %1").replace("%1", str(path)), "success")
