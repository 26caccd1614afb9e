"""The window's start on a data folder it cannot use: a damaged database (with the good backups to
restore from), a read-only folder, a database another copy of the program holds, a full disk.

Each gets its own plain sentence and what to do; file paths and the English detail stay in the
"Chi tiết" area, so the main text reads the same on every computer. The modal entry is
``StorageProblemDialog.ask``, which tests replace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import DatabaseDamaged, DatabaseLocked, DiskFull, ReadOnlyStorage, StorageError
from ..services import BackupCopy
from .i18n import error_text, tr
from .widgets import Banner, button, heading

BACKUP_ROLE = Qt.ItemDataRole.UserRole


def reason_label(reason: str) -> str:
    """What a backup was made for, in words (the reason written in its file name)."""
    return {
        "manual": tr("Sao lưu bằng tay"),
        "before-import": tr("Trước khi nhập tệp"),
        "before-migration": tr("Trước khi nâng cấp chương trình"),
        "before-restore": tr("Trước khi khôi phục"),
        "before-clock-reset": tr("Trước khi chỉnh lại đồng hồ"),
        "before-release": tr("Trước khi nhận các bản ghi bị giữ lại"),
    }.get(reason, reason)


def made_at_text(copy: BackupCopy) -> str:
    return copy.made_at.strftime("%d/%m/%Y %H:%M") if copy.made_at else tr("không rõ thời điểm")


def backup_label(copy: BackupCopy) -> str:
    return f"{made_at_text(copy)} — {reason_label(copy.reason)}"


def restored_text(copy: BackupCopy) -> str:
    """What the window says once it opens on restored data: from which backup, and what is missing."""
    return (
        tr(
            "Đã khôi phục dữ liệu từ bản sao lưu %1 (%2). Những gì ghi sau thời điểm đó (buổi, nhóm, "
            "tài liệu, tệp đã nhập) không có trong dữ liệu này: hãy kiểm tra và ghi hoặc nhập lại nếu "
            "cần. Tệp hỏng được giữ lại trong thư mục sao lưu, không bị xoá."
        )
        .replace("%1", made_at_text(copy))
        .replace("%2", reason_label(copy.reason))
    )


def problem_words(problem: StorageError, offer: bool) -> tuple[str, str]:
    """The heading and the sentence for ``problem``: what happened and what to do, no paths."""
    if offer:
        return tr("Dữ liệu bị hỏng"), tr(
            "Tệp dữ liệu của Sổ tay bị hỏng (thường do mất điện khi đang ghi hoặc ổ đĩa bị lỗi), nên "
            "chương trình không dùng tiếp được. Hãy chọn một bản sao lưu tốt để khôi phục; thường nên "
            "chọn bản mới nhất."
        )
    if isinstance(problem, DatabaseDamaged):
        return tr("Dữ liệu bị hỏng"), tr(
            "Tệp dữ liệu của Sổ tay bị hỏng và không có bản sao lưu tốt nào để khôi phục. Hãy giữ "
            "nguyên thư mục dữ liệu, đừng xoá hay chép đè tệp nào, và liên hệ bộ phận hỗ trợ (đưa họ "
            "thư mục ghi trong phần Chi tiết). Chương trình sẽ đóng lại."
        )
    if isinstance(problem, DatabaseLocked):
        return tr("Chương trình đang mở ở một cửa sổ khác"), tr(
            "Một cửa sổ Sổ tay khác (hoặc một lệnh sotay) đang dùng dữ liệu này. Chưa có gì bị thay "
            "đổi. Hãy chuyển sang cửa sổ đó để làm tiếp, hoặc đóng nó rồi mở lại chương trình."
        )
    if isinstance(problem, ReadOnlyStorage):
        return tr("Thư mục dữ liệu không cho ghi"), tr(
            "Thư mục dữ liệu chỉ đọc được, không ghi được (ổ chỉ đọc, thẻ nhớ hoặc USB bị gạt khoá "
            "ghi, hoặc tài khoản này thiếu quyền ghi). Dữ liệu không bị hỏng. Hãy mở khoá ghi hoặc "
            "nhờ người quản trị máy cấp quyền ghi, rồi mở lại chương trình."
        )
    if isinstance(problem, DiskFull):
        return tr("Ổ đĩa đã đầy"), tr(
            "Ổ đĩa chứa dữ liệu của Sổ tay đã hết chỗ trống nên chương trình không mở được. Những gì "
            "đã lưu không bị mất. Hãy xoá bớt tệp không cần (và dọn Thùng rác) rồi mở lại chương "
            "trình."
        )
    return tr("Không mở được dữ liệu"), error_text(problem)


def problem_details(problem: StorageError, data_dir: Path, backups: list[BackupCopy]) -> str:
    """The paths and the English detail, for support."""
    lines = [tr("Thư mục dữ liệu: %1").replace("%1", str(data_dir)), problem.detail]
    lines += [line for line in getattr(problem, "problems", [])[:10] if line not in problem.detail]
    if backups:
        lines.append(tr("Các bản sao lưu tốt:"))
        lines += [str(copy.path) for copy in backups]
    return "\n".join(line for line in lines if line)


class StorageProblemDialog(QDialog):
    """Names the problem; for a damaged database lists the good backups, newest first, with one
    primary action that restores from the chosen one. "Thoát" changes nothing."""

    def __init__(
        self,
        problem: StorageError,
        data_dir: Path,
        backups: list[BackupCopy],
        error: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.chosen: BackupCopy | None = None
        offer = isinstance(problem, DatabaseDamaged) and bool(backups)
        self.setWindowTitle(self.tr("Sổ tay Tuyên truyền"))
        self.setObjectName("storage_problem")

        self.icon = QLabel()
        size = self.fontMetrics().height() * 3
        self.icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.title, text = problem_words(problem, offer)
        self.heading = heading(self.title)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.error = Banner(self)
        if error:
            self.error.show_message(error, "error")
        self.backups = QListWidget()
        for copy in backups if offer else []:
            item = QListWidgetItem(backup_label(copy))
            item.setData(BACKUP_ROLE, copy)
            self.backups.addItem(item)
        self.backups.setCurrentRow(0)
        self.backups.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)
        self.backups.setMaximumHeight(self.fontMetrics().height() * 9)
        self.details_button = QPushButton(self.tr("Chi tiết"))
        self.details_button.setCheckable(True)
        self.details_button.setAutoDefault(False)
        self.details = QPlainTextEdit(problem_details(problem, data_dir, backups if offer else []))
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(self.fontMetrics().height() * 8)
        self.details.hide()
        self.restore_button = button(self.tr("Khôi phục từ bản sao lưu này"), primary=True)
        self.quit_button = button(self.tr("Thoát"), primary=not offer)
        if offer:
            self.quit_button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(self.heading)
        words.addWidget(self.text)
        top.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        if offer:
            label = QLabel(self.tr("Các bản sao lưu tốt (mới nhất ở trên):"))
            label.setBuddy(self.backups)
            layout.addWidget(label)
            layout.addWidget(self.backups)
            lost = QLabel(
                self.tr(
                    "Những gì ghi sau thời điểm của bản sao lưu sẽ không có trong dữ liệu khôi phục. "
                    "Tệp hỏng được giữ lại, không bị xoá."
                )
            )
            lost.setWordWrap(True)
            lost.setObjectName("hint")
            layout.addWidget(lost)
        else:
            self.backups.hide()
            self.restore_button.hide()
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.quit_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 44)

        self.details_button.toggled.connect(self._show_details)
        self.restore_button.clicked.connect(self._restore)
        self.quit_button.clicked.connect(self.reject)
        self.backups.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        (self.backups if offer else self.quit_button).setFocus()

    def _show_details(self, shown: bool) -> None:
        """Shows or hides the details and resizes to fit, so the wrapped text above is never cut."""
        self.details.setVisible(shown)
        self.adjustSize()

    def _restore(self) -> None:
        item = self.backups.currentItem()
        if item is not None:
            self.chosen = item.data(BACKUP_ROLE)
            self.accept()

    @staticmethod
    def ask(
        parent: QWidget | None, problem: StorageError, data_dir: Path, backups: list[BackupCopy], error: str = ""
    ) -> BackupCopy | None:
        """The backup to restore from, or None for "Thoát" (or when there is nothing to restore)."""
        dialog = StorageProblemDialog(problem, data_dir, backups, error, parent)
        dialog.exec()
        return dialog.chosen
