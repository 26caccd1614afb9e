"""Trao đổi: send my log to a folder or USB stick; receive files (preview first, then apply with a
progress bar and cancel); confirm a new sender's key by its fingerprint; the history both ways.

The sequence follows UX.md: choose files → automatic dry run → the user decides → apply → result.
Nothing is written before the user presses “Nhập”. All exchange work runs in a worker with its own
database connection.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import orjson
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services import Services
from .. import i18n
from ..i18n import tr
from ..models import RecordTableModel
from ..widgets import Ask, Banner, button, fill_with_scrolled, heading, icon

COUNT_KEYS = ("new", "updated", "unchanged", "conflicting", "invalid")
OPENABLE = ("talks", "groups", "documents")  # records the window can open to fix
PROBLEM_ROLE = Qt.ItemDataRole.UserRole


# --- work done in a worker (plain functions, own connection) -----------------------------------


def export_work(data_dir: Path, folder: Path, snapshot: bool, progress=None, cancel=None):
    from ...exchange import export_log

    services = Services.open(data_dir)
    try:
        return export_log(
            services.session.exchange_context(),
            to=folder,
            snapshot=snapshot,
            progress=(lambda d, t: progress(d, t, "")) if progress else None,
        )
    finally:
        services.close()


def import_work(
    data_dir: Path,
    paths: list[Path],
    dry_run: bool,
    trusted: set[str],
    passphrases: dict[str, str] | None = None,
    progress=None,
    cancel=None,
):
    """Imports (or previews) every file; files whose sender key the user confirmed go with trust,
    files the user gave a passphrase for go with it (one batch per trust and passphrase)."""
    from ...exchange import import_paths
    from ...exchange.importer import expand_paths

    passphrases = passphrases or {}
    services = Services.open(data_dir)
    try:
        files = expand_paths(paths)
        batches: dict[tuple[bool, str | None], list[Path]] = {}
        for f in files:
            batches.setdefault((str(f) in trusted, passphrases.get(str(f))), []).append(f)
        outcomes: dict[str, Any] = {}
        summaries = []
        for (trust, passphrase), batch in sorted(batches.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
            summary = import_paths(
                services.session.exchange_context(),
                batch,
                progress=progress,
                cancel=cancel,
                dry_run=dry_run,
                trust=trust,
                passphrase=passphrase,
                index=False,
            )
            summaries.append(summary)
            for outcome in summary.files:
                outcomes[outcome.path] = outcome
        if not dry_run:  # once for every batch, with its own progress (a million talks take a while)
            label = tr("cập nhật chỉ mục tìm kiếm")
            services.maintenance.complete_search_index(
                cancel=cancel, progress=(lambda done, total: progress(done, total, label)) if progress else None
            )
        result = summaries[0] if summaries else None
        if result is not None:
            result.files = [outcomes[str(f)] for f in files if str(f) in outcomes]
            result.gaps = summaries[-1].gaps
        return result
    finally:
        services.close()


# --- models -------------------------------------------------------------------------------------


def status_word(outcome) -> tuple[str, str]:
    """A word (never colour alone) and an icon name for one file's outcome."""
    warn = any(outcome.counts.get(k, 0) for k in ("conflicting", "invalid", "quarantined")) or outcome.warnings
    if outcome.status == "refused" and outcome.reason == "unknown_key":
        return tr("Cần xác nhận khoá"), "warning"
    return {
        "applied": (tr("Đã nhập, có cảnh báo") if warn else tr("Đã nhập"), "warning" if warn else "ok"),
        "previewed": (tr("Sẵn sàng, có cảnh báo") if warn else tr("Sẵn sàng nhập"), "warning" if warn else "ok"),
        "already_imported": (tr("Đã nhập trước đây"), "ok"),
        "refused": (tr("Bị từ chối"), "warning"),
        "cancelled": (tr("Đã dừng"), "warning"),
    }.get(outcome.status, (outcome.status, "warning"))


class OutcomeModel(RecordTableModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Tệp"),
            self.tr("Đơn vị gửi"),
            self.tr("Kết quả"),
            self.tr("Mới"),
            self.tr("Cập nhật"),
            self.tr("Không đổi"),
            self.tr("Xung đột"),
            self.tr("Lỗi"),
            self.tr("Lý do, ghi chú"),
        )

    @staticmethod
    def _id(record) -> str:
        return record.path

    def cell(self, o, column: int) -> str:
        if column == 0:
            return Path(o.path).name
        if column == 1:
            return o.sender_name or o.sender_unit or "—"
        if column == 2:
            return status_word(o)[0]
        if 3 <= column <= 7:
            value = o.counts.get(COUNT_KEYS[column - 3], 0)
            return i18n.number(value) if o.status not in ("refused", "cancelled") else "—"
        notes = [i18n.error_text(o)] if o.message else []
        notes += list(o.warnings or [])
        if o.key_action == "trust_new":
            notes.append(self.tr("Khoá mới được xác nhận: %1").replace("%1", o.fingerprint or ""))
        return " ".join(n for n in notes if n)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == 2
            and 0 <= index.row() < len(self._records)
        ):
            return icon(status_word(self._records[index.row()])[1])
        return super().data(index, role)


def _stamp(text: str | None) -> str:
    if not text:
        return "—"
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _counts(text: str | None) -> str:
    try:
        counts = orjson.loads(text or "{}")
    except orjson.JSONDecodeError:
        return ""
    if isinstance(counts, dict) and all(isinstance(v, int) for v in counts.values()):
        return ", ".join(f"{i18n.number(v)} {i18n.table_label(k)}" for k, v in counts.items() if v)
    if isinstance(counts, dict):
        return ", ".join(f"{i18n.table_label(k)}" for k in counts)
    return ""


class HistoryModel(RecordTableModel):
    """Exports (sent) and the ledger (received), newest first, as plain dicts."""

    def __init__(self, sent: bool, parent=None) -> None:
        super().__init__(parent)
        self.sent = sent

    def headers(self) -> tuple[str, ...]:
        if self.sent:
            return (
                self.tr("Thời gian"),
                self.tr("Gửi cho"),
                self.tr("Loại"),
                self.tr("Tệp"),
                self.tr("Nội dung"),
                self.tr("Cấp trên đã nhận"),
            )
        return (
            self.tr("Thời gian nhận"),
            self.tr("Từ đơn vị"),
            self.tr("Loại"),
            self.tr("Tệp"),
            self.tr("Nội dung"),
            self.tr("Lập lúc"),
        )

    @staticmethod
    def _id(record) -> str:
        return record.get("bundle_id", "")

    def cell(self, r: dict, column: int) -> str:
        kinds = {
            "log": self.tr("Nhật ký"),
            "snapshot": self.tr("Bản đầy đủ"),
            "pack": self.tr("Gói tài liệu"),
            "receipt": self.tr("Giấy báo nhận"),
            "keys": self.tr("Khoá"),
        }
        if self.sent:
            values = (
                _stamp(r.get("created_at")),
                r.get("receiver") if r.get("receiver") != "*" else self.tr("Cấp trên (bất kỳ)"),
                kinds.get(r.get("kind"), r.get("kind")),
                r.get("file_name"),
                _counts(r.get("counts")),
                _stamp(r.get("receipt_at")) if r.get("receipt_at") else "—",
            )
        else:
            values = (
                _stamp(r.get("applied_at")),
                r.get("sender_name") or r.get("sender_unit"),
                kinds.get(r.get("kind"), r.get("kind")),
                r.get("file_name"),
                _counts(r.get("counts")),
                _stamp(r.get("created_at")),
            )
        return str(values[column] or "")


# --- the trust question -------------------------------------------------------------------------


class ConfirmTrustDialog:
    """Asks whether a new sender's key is genuine. Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, sender: str, fingerprint: str) -> bool:
        return Ask.confirm(
            parent,
            tr("Xác nhận khoá của đơn vị gửi"),
            tr(
                "Đây là tệp đầu tiên từ %1.\n\nDấu vân tay khoá của tệp:\n\n    %2\n\n"
                "Hãy gọi điện cho người gửi và nhờ họ đọc dấu vân tay trong trang Cài đặt của họ. "
                "Chỉ xác nhận khi hai dãy giống hệt nhau."
            )
            .replace("%1", sender)
            .replace("%2", fingerprint),
            tr("Giống hệt, xác nhận"),
            tr("Không giống, bỏ qua"),
        )


PASSPHRASE_REASONS = ("need_passphrase", "wrong_passphrase")


class PassphraseDialog:
    """Asks for the passphrase of an encrypted file; None when the user gives up. Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, file_name: str, wrong: bool) -> str | None:
        from PySide6.QtWidgets import QInputDialog, QLineEdit

        dialog = QInputDialog(parent)
        dialog.setWindowTitle(tr("Tệp có mật khẩu"))
        dialog.setLabelText(
            (
                tr("Mật khẩu vừa nhập không mở được tệp “%1”. Hãy hỏi lại người gửi rồi nhập lại:")
                if wrong
                else tr("Tệp “%1” được khoá bằng mật khẩu. Nhập mật khẩu người gửi đã báo cho bạn:")
            ).replace("%1", file_name)
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setOkButtonText(tr("Mở tệp"))
        dialog.setCancelButtonText(tr("Bỏ qua tệp này"))
        if dialog.exec() and dialog.textValue():
            return dialog.textValue()
        return None


# --- the page -----------------------------------------------------------------------------------


def problem_text(problem) -> str:
    """One record the receiver would refuse, as this reader reads it (the record as it is found in
    the window, then the problem in Vietnamese, or its English detail)."""
    return f"{problem.summary}: {i18n.error_text(problem)}"


class ExchangePage(QWidget):
    sig_changed = Signal()
    sig_open_record = Signal(str, str)  # table, id: a record to fix before the log can be sent

    def __init__(self, services: Services, runner=None, parent=None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.paths: list[Path] = []
        self.trusted: set[str] = set()
        self.passphrases: dict[str, str] = {}  # path -> the passphrase the user typed
        self.declined: set[str] = set()  # encrypted files the user chose to leave out
        self.summary = None
        self.worker = None
        self.applied = False
        self.setAcceptDrops(True)

        # widgets: send
        self.send_hint = QLabel()
        self.send_hint.setWordWrap(True)
        self.snapshot = QCheckBox(self.tr("Bản đầy đủ (gửi lại toàn bộ nhật ký, khi cấp trên báo thiếu tệp)"))
        self.send_button = button(self.tr("Gửi nhật ký vào thư mục hoặc USB…"), "send")
        self.send_button.setToolTip("Ctrl+E")
        self.send_result = QLabel()
        self.send_result.setWordWrap(True)
        self.send_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unsendable = QListWidget()  # records the receiver would refuse, when sending was refused
        self.unsendable.setWordWrap(True)
        self.unsendable.setMaximumHeight(self.fontMetrics().height() * 8)
        self.open_record_button = button(self.tr("Mở để sửa"))
        for w in (self.unsendable, self.open_record_button):
            w.hide()

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
        self.quarantine_dialog = None
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
        self.trust_button = button(self.tr("Xác nhận khoá…"), "ok")
        self.apply_button = button(self.tr("Nhập"), primary=True)
        self.save_report = button(self.tr("Lưu báo cáo kết quả…"), "save")
        self.clear_button = button(self.tr("Làm lại"))
        for b in (self.trust_button, self.apply_button, self.save_report, self.clear_button):
            b.hide()

        # widgets: history
        self.sent_model = HistoryModel(True, self)
        self.received_model = HistoryModel(False, self)
        self.sent_table = self._history_table(self.sent_model)
        self.received_table = self._history_table(self.received_model)

        # layout
        send = QGroupBox(self.tr("Gửi nhật ký lên cấp trên"))
        sl = QVBoxLayout(send)
        sl.addWidget(self.send_hint)
        sl.addWidget(self.snapshot)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        sl.addLayout(row)
        sl.addWidget(self.send_result)
        sl.addWidget(self.unsendable)
        row = QHBoxLayout()
        row.addWidget(self.open_record_button)
        row.addStretch(1)
        sl.addLayout(row)
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
        row = QHBoxLayout()
        for b in (self.apply_button, self.trust_button, self.save_report, self.clear_button):
            row.addWidget(b)
        row.addStretch(1)
        rl.addLayout(row)
        self.history = QTabWidget()
        self.history.addTab(self.sent_table, self.tr("Đã gửi"))
        self.history.addTab(self.received_table, self.tr("Đã nhận"))
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Trao đổi tệp")))
        layout.addWidget(send)
        layout.addWidget(receive, 3)
        layout.addWidget(heading(self.tr("Lịch sử"), 2))
        layout.addWidget(self.history, 2)
        receive.setMinimumHeight(self.fontMetrics().height() * 16)
        self.history.setMinimumHeight(self.fontMetrics().height() * 9)
        fill_with_scrolled(self, inner)

        # signals
        self.send_button.clicked.connect(self.choose_export_folder)
        self.unsendable.itemActivated.connect(self.open_record)
        self.unsendable.currentItemChanged.connect(self._record_chosen)
        self.open_record_button.clicked.connect(lambda: self.open_record(self.unsendable.currentItem()))
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button.clicked.connect(self.choose_folder)
        self.quarantine_button.clicked.connect(self.open_quarantine)
        self.cancel_button.clicked.connect(self.cancel)
        self.apply_button.clicked.connect(self.apply)
        self.trust_button.clicked.connect(self.confirm_keys)
        self.save_report.clicked.connect(self.save_result)
        self.clear_button.clicked.connect(self.reset)
        self.refresh()

    def _history_table(self, model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def activated(self) -> None:
        self.refresh()

    def focus_export(self) -> None:
        self.send_button.setFocus()

    def shutdown(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def refresh(self) -> None:
        sent = self.services.exchange_log.exports()
        self.sent_model.set_records(sent)
        received = sorted(self.services.exchange_log.ledger(), key=lambda r: r.get("applied_at") or "", reverse=True)
        for r in received:
            r["sender_name"] = self._unit_name(r["sender_unit"])
        self.received_model.set_records(received)
        held = self.services.quarantine.count()
        self.quarantine_button.setText(self.tr("Bản ghi tạm giữ (%1)…").replace("%1", i18n.number(held)))
        last = sent[0] if sent else None
        self.send_hint.setText(
            self.tr(
                "Tệp gửi đi chứa các buổi, nhóm và xác nhận đã đọc thay đổi kể từ lần gửi trước (%1). "
                "Tên và số điện thoại người liên hệ không được gửi. Gửi tệp qua Zalo hoặc chép vào USB."
            ).replace("%1", _stamp(last["created_at"]) if last else self.tr("chưa gửi lần nào"))
        )

    def open_quarantine(self) -> None:
        """The rows imports set aside, to release or drop (a window of its own, not modal)."""
        from ..quarantine import QuarantineDialog

        if self.quarantine_dialog is None:
            self.quarantine_dialog = QuarantineDialog(self.services, self.runner, self)
            self.quarantine_dialog.sig_changed.connect(self.refresh)
            self.quarantine_dialog.sig_changed.connect(self.sig_changed)
        else:
            self.quarantine_dialog.refresh()
        self.quarantine_dialog.show()
        self.quarantine_dialog.raise_()
        self.quarantine_dialog.activateWindow()

    def _unit_name(self, code: str) -> str:
        try:
            return self.services.units.get(code).name
        except Exception:  # an unknown unit code: show the code
            return code

    # --- sending --------------------------------------------------------------------------------

    def choose_export_folder(self) -> None:
        folder = Ask.folder(self, self.tr("Chọn thư mục hoặc USB để lưu tệp gửi đi"))
        if folder is not None:
            self.export_to(folder)

    def export_to(self, folder: Path) -> None:
        self.send_button.setEnabled(False)
        self.show_unsendable([])
        self.send_result.setText(self.tr("Đang tạo tệp…"))
        self._run(
            export_work,
            self.services.data_dir,
            folder,
            self.snapshot.isChecked(),
            on_done=self._exported,
            on_failed=self._export_failed,
        )

    def _exported(self, result) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        counts = _counts(orjson.dumps(result.counts).decode()) or self.tr("không có thay đổi mới")
        self.send_result.setText(
            self.tr("Đã tạo tệp: %1\nNội dung: %2\nThư mục: %3")
            .replace("%1", result.path.name)
            .replace("%2", counts)
            .replace("%3", str(result.path.parent))
        )
        self.refresh()
        self.sig_changed.emit()

    def _export_failed(self, exc: Exception) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        problems = getattr(exc, "problems", None)
        if problems:
            records = len({(p.table, p.id) for p in problems})
            self.send_result.setText(
                self.tr(
                    "Chưa tạo được tệp: %1 bản ghi lưu từ phiên bản cũ vượt quy định mà nơi nhận kiểm tra, nên nơi "
                    "nhận sẽ từ chối cả tệp. Mở từng bản ghi (bấm đúp hoặc “Mở để sửa”), sửa chỗ được nêu, lưu rồi "
                    "gửi lại."
                ).replace("%1", i18n.number(records))
            )
            self.show_unsendable(problems)
            return
        self.send_result.setText(self.tr("Chưa tạo được tệp: %1").replace("%1", i18n.error_text(exc)))

    def show_unsendable(self, problems: list) -> None:
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

    def _record_chosen(self, item, _previous=None) -> None:
        table = item.data(PROBLEM_ROLE)[0] if item is not None else ""
        self.open_record_button.setEnabled(table in OPENABLE)

    def open_record(self, item) -> None:
        """Opens the talk, group or document where it can be fixed (the main window routes it)."""
        if item is None:
            return
        table, record_id = item.data(PROBLEM_ROLE)
        if table in OPENABLE:
            self.sig_open_record.emit(table, record_id)

    # --- receiving ------------------------------------------------------------------------------

    def choose_files(self) -> None:
        files = Ask.open_files(self, self.tr("Chọn tệp nhận được"), self.tr("Tệp trao đổi (*.sotay);;Mọi tệp (*)"))
        if files:
            self.receive(files)

    def choose_folder(self) -> None:
        folder = Ask.folder(self, self.tr("Chọn thư mục chứa các tệp nhận được"))
        if folder is not None:
            self.receive([folder])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.receive(paths)

    def receive(self, paths: list[Path]) -> None:
        """New files: forget the previous batch and preview (a dry run: nothing is written)."""
        self.paths = list(paths)
        self.trusted = set()
        self.passphrases, self.declined = {}, set()
        self.applied = False
        self.preview()

    def preview(self) -> None:
        self.banner.show_message(self.tr("Đang kiểm tra các tệp (chưa ghi gì vào dữ liệu)…"), "info")
        self._busy(True)
        self._run(
            import_work,
            self.services.data_dir,
            self.paths,
            True,
            set(self.trusted),
            dict(self.passphrases),
            on_done=self._previewed,
            on_failed=self._failed,
        )

    def apply(self) -> None:
        if not self.paths:
            return
        self.banner.show_message(self.tr("Đang nhập… Dữ liệu được sao lưu trước."), "info")
        self._busy(True)
        self._run(
            import_work,
            self.services.data_dir,
            self.paths,
            False,
            set(self.trusted),
            dict(self.passphrases),
            on_done=self._applied,
            on_failed=self._failed,
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.progress_label.setText(self.tr("Đang dừng…"))

    def _run(self, fn, *args, on_done, on_failed) -> None:
        if self.runner is None:
            try:
                on_done(fn(*args))
            except Exception as exc:  # noqa: BLE001 - shown to the user
                on_failed(exc)
            return
        self.worker = self.runner.start(fn, *args, on_done=on_done, on_failed=on_failed, on_progress=self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
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

    def _failed(self, exc: Exception) -> None:
        self.worker = None
        self._busy(False)
        self.banner.show_message(
            self.tr("Không đọc được các tệp: %1").replace("%1", getattr(exc, "message", str(exc))), "error"
        )

    def _show(self, summary) -> None:
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
        needs_key = [o for o in files if o.status == "refused" and o.reason == "unknown_key"]
        self.trust_button.setVisible(bool(needs_key) and not self.applied)
        self.clear_button.setVisible(bool(files))
        self.save_report.setVisible(bool(files))

    def _previewed(self, summary) -> None:
        self.worker = None
        self._busy(False)
        self._show(summary)
        files = summary.files if summary else []
        ready = [o for o in files if o.status == "previewed"]
        refused = [o for o in files if o.status == "refused"]
        warn = any(status_word(o)[1] == "warning" for o in ready)
        self.apply_button.setVisible(bool(ready))
        self.apply_button.setEnabled(bool(ready))
        if not files:
            self.banner.show_message(self.tr("Không có tệp nào trong những gì bạn chọn."), "warning")
        elif ready:
            self.banner.show_message(
                self.tr("%1 tệp sẵn sàng nhập, %2 tệp bị từ chối%3. Xem bảng dưới rồi bấm “Nhập”.")
                .replace("%1", str(len(ready)))
                .replace("%2", str(len(refused)))
                .replace("%3", self.tr(", có cảnh báo") if warn else ""),
                "warning" if refused or warn else "info",
            )
        else:
            self.banner.show_message(self.tr("Không có tệp nào để nhập. Lý do ở cột cuối của bảng."), "warning")
        self.ask_passphrases()

    def ask_passphrases(self) -> None:
        """Encrypted files refused for want of the right passphrase: ask for it, then preview again."""
        files = self.summary.files if self.summary else []
        changed = False
        for o in files:
            if o.status == "refused" and o.reason in PASSPHRASE_REASONS and o.path not in self.declined:
                answer = PassphraseDialog.ask(self, Path(o.path).name, o.reason == "wrong_passphrase")
                if answer:
                    self.passphrases[o.path] = answer
                    changed = True
                else:
                    self.declined.add(o.path)
        if changed:
            self.preview()

    def _applied(self, summary) -> None:
        self.worker = None
        self.applied = True
        self._busy(False)
        self._show(summary)
        self.apply_button.hide()
        files = summary.files if summary else []
        applied = [o for o in files if o.status == "applied"]
        refused = [o for o in files if o.status in ("refused", "cancelled")]
        warn = any(status_word(o)[1] == "warning" for o in applied)
        text = (
            self.tr("Đã nhập %1 tệp; %2 tệp không nhập.")
            .replace("%1", str(len(applied)))
            .replace("%2", str(len(refused)))
        )
        if warn:
            text += " " + self.tr("Có cảnh báo: xem cột cuối.")
        held = sum(o.counts.get("quarantined", 0) for o in applied)
        if held:
            text += " " + self.tr("%1 bản ghi bị tạm giữ: xem “Bản ghi tạm giữ”.").replace("%1", i18n.number(held))
        if summary and summary.backup:
            text += " " + self.tr("Bản sao lưu trước khi nhập: %1").replace("%1", Path(summary.backup).name)
        for gap in summary.gaps if summary else []:
            text += "\n" + gap.get("message", "")
        self.banner.show_message(text, "warning" if refused or warn else "success")
        self.refresh()
        self.sig_changed.emit()

    def confirm_keys(self) -> None:
        files = self.summary.files if self.summary else []
        changed = False
        for o in files:
            if o.status == "refused" and o.reason == "unknown_key" and o.path not in self.trusted:
                if ConfirmTrustDialog.ask(
                    self, o.sender_name or o.sender_unit or Path(o.path).name, o.fingerprint or ""
                ):
                    self.trusted.add(o.path)
                    changed = True
        if changed:
            self.preview()

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
            f"ket-qua-nhap-{dt.date.today():%Y%m%d}.txt",
            self.tr("Văn bản (*.txt)"),
        )
        if path is not None:
            self.write_report(path)

    def write_report(self, path: Path) -> None:
        lines = [
            self.tr("Kết quả nhập tệp — %1").replace("%1", dt.datetime.now().strftime("%d/%m/%Y %H:%M")),
            self.totals.text(),
            "",
        ]
        for o in self.summary.files:
            counts = " · ".join(
                f"{self.outcomes.headers()[n + 3]} {o.counts.get(k, 0)}" for n, k in enumerate(COUNT_KEYS)
            )
            lines.append(
                f"{Path(o.path).name}\t{o.sender_name or o.sender_unit or '—'}\t"
                f"{status_word(o)[0]}\t{counts}\t{i18n.error_text(o) if o.message else ''}"
            )
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        self.banner.show_message(self.tr("Đã lưu báo cáo vào %1").replace("%1", str(path)), "success")
