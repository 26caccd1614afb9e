"""The report page's questions: where to save a file, which printer, whether to lock, why unlock.
Each wraps a modal dialog, so a test replaces the one method instead of fighting a modal loop."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from ...widgets import Ask

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


class ReportDialogs(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent

    def save_path(self, kind: str, suggested: str) -> Path | None:
        """Where to write the report as ``kind`` (xlsx, docx, pdf); the suffix is added when missing."""
        filters = {
            "xlsx": self.tr("Bảng tính Excel (*.xlsx)"),
            "docx": self.tr("Văn bản Word (*.docx)"),
            "pdf": self.tr("Tệp PDF (*.pdf)"),
        }[kind]
        path = Ask.save_file(self.window, self.tr("Lưu báo cáo"), suggested, filters)
        if path is not None and path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        return path

    def printer(self) -> QPrinter | None:
        """The print dialog; a configured printer, or None when the person closed it."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("In báo cáo"))
        return printer if dialog.exec() else None

    def confirm_lock(self, period_label: str) -> bool:
        return Ask.confirm(
            self.window,
            self.tr("Chốt số liệu"),
            self.tr("Chốt số liệu %1? Số liệu gửi đến sau sẽ được đánh dấu, không thay đổi âm thầm.").replace(
                "%1", period_label
            ),
            self.tr("Chốt"),
            self.tr("Không"),
        )

    def unlock_reason(self) -> str | None:
        """Why the period is unlocked; None when the person gave up."""
        text, ok = QInputDialog.getText(self.window, self.tr("Mở khóa kỳ"), self.tr("Lý do mở khóa:"))
        return text if ok else None
