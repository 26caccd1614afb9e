"""The new senders of a batch in one table, to confirm after a phone check: the official unit name
(the name the file writes only when it differs), the code, the key's fingerprint in a monospaced
font, the files; a tick per row. The fingerprint sheet read over the phone is copied, saved as
text or PDF, or printed from here. ``SendersDialog.ask`` is the replaceable entry (tests replace it
or drive the dialog), as are ``ask_pdf_path`` and ``ask_printer``."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import SotayError
from ....core.vntime import vn_now
from ....services import Services
from ....services.exchange import WaitingSender, fingerprint_sheet
from ....services.key_sheet import print_key_sheet, write_key_sheet
from ... import i18n
from ...widgets import Ask, Banner, button

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

COLUMNS = 4  # unit (with its tick), code, fingerprint, files


def services_above(widget: QWidget | None) -> Services | None:
    """The services of the page that opened the dialog (the first widget up that holds them)."""
    while widget is not None:
        if isinstance(found := getattr(widget, "services", None), Services):
            return found
        widget = widget.parentWidget()
    return None


class SendersDialog(QDialog):
    def __init__(self, senders: list[WaitingSender], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.senders = list(senders)
        self.services = services_above(parent)

        # widgets
        self.setWindowTitle(self.tr("Xác nhận khoá của các đơn vị gửi"))
        self.explain = QLabel(
            self.tr(
                "Đây là lần đầu các đơn vị dưới đây gửi tệp đến máy này. Hãy gọi điện cho từng đơn vị, nhờ họ đọc "
                "dấu vân tay trong trang Cài đặt của họ, và chỉ đánh dấu đơn vị có dấu vân tay giống hệt. "
                "Tệp của đơn vị không được đánh dấu vẫn bị từ chối."
            )
        )
        self.explain.setWordWrap(True)
        self.banner = Banner(self)
        self.table = QTableWidget(len(self.senders), COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Đơn vị"), self.tr("Mã"), self.tr("Dấu vân tay khoá"), self.tr("Tệp")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.table.font().pointSizeF())  # the system's size would ignore the text size
        for row, sender in enumerate(self.senders):
            unit = QTableWidgetItem(self.unit_text(sender))
            unit.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            unit.setCheckState(Qt.CheckState.Unchecked)
            fingerprint = QTableWidgetItem(sender.fingerprint)
            fingerprint.setFont(mono)
            files = QTableWidgetItem(", ".join(Path(f).name for f in sender.files))
            for column, item in enumerate((unit, QTableWidgetItem(sender.unit_code), fingerprint, files)):
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMNS - 1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.all_button = button(self.tr("Chọn tất cả"))
        self.copy_button = button(self.tr("Sao chép danh sách"), "copy")
        self.save_button = button(self.tr("Lưu danh sách…"), "save")
        self.pdf_button = button(self.tr("Lưu PDF…"))
        self.print_button = button(self.tr("In…"))
        for b in (self.pdf_button, self.print_button):
            b.setVisible(self.services is not None)
        self.confirm_button = button(self.tr("Xác nhận các đơn vị đã chọn"), primary=True)
        self.close_button = button(self.tr("Đóng"))

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for b in (self.all_button, self.copy_button, self.save_button, self.pdf_button, self.print_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        em = self.fontMetrics().averageCharWidth()
        self.resize(em * 120, self.fontMetrics().height() * 28)

        # signals
        self.table.itemChanged.connect(self._ticks_changed)
        self.all_button.clicked.connect(self.tick_all)
        self.copy_button.clicked.connect(self.copy_sheet)
        self.save_button.clicked.connect(self.save_sheet)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_sheet)
        self.confirm_button.clicked.connect(self.accept)
        self.close_button.clicked.connect(self.reject)
        self._ticks_changed()

    def unit_text(self, sender: WaitingSender) -> str:
        if not sender.claimed_name:
            return sender.unit_name
        return self.tr("%1 (tên trong tệp: %2)").replace("%1", sender.unit_name).replace("%2", sender.claimed_name)

    def ticked(self, row: int) -> bool:
        item = self.table.item(row, 0)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def tick(self, row: int, on: bool = True) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def tick_all(self) -> None:
        for row in range(self.table.rowCount()):
            self.tick(row)

    def chosen(self) -> list[WaitingSender]:
        return [s for row, s in enumerate(self.senders) if self.ticked(row)]

    def _ticks_changed(self) -> None:
        count = len(self.chosen())
        self.confirm_button.setEnabled(count > 0)
        self.confirm_button.setText(
            self.tr("Xác nhận các đơn vị đã chọn (%1)").replace("%1", str(count))
            if count
            else self.tr("Xác nhận các đơn vị đã chọn")
        )

    def sheet(self) -> str:
        """The fingerprint sheet of every sender in the table (what is read over the phone)."""
        return fingerprint_sheet(self.senders)

    def copy_sheet(self) -> None:
        QGuiApplication.clipboard().setText(self.sheet())
        self.banner.show_message(self.tr("Đã chép danh sách dấu vân tay: dán vào tin nhắn hoặc văn bản."), "success")

    def save_sheet(self) -> None:
        path = Ask.save_file(
            self,
            self.tr("Lưu danh sách dấu vân tay"),
            f"dau-van-tay-{vn_now():%Y%m%d}.txt",
            self.tr("Văn bản (*.txt)"),
        )
        if path is not None:
            self.write_sheet(path)

    def write_sheet(self, path: Path) -> None:
        try:
            path.write_text(self.sheet(), encoding="utf-8")
        except OSError as exc:
            self.banner.show_message(
                self.tr("Không lưu được danh sách vào %1: %2").replace("%1", str(path)).replace("%2", str(exc)),
                "error",
            )
            return
        self.banner.show_message(self.tr("Đã lưu danh sách vào %1").replace("%1", str(path)), "success")

    def ask_pdf_path(self) -> Path | None:
        """Where to save the PDF; tests replace this method."""
        title, suggested = self.tr("Lưu danh sách dấu vân tay (PDF)"), f"dau-van-tay-{vn_now():%Y%m%d}.pdf"
        path = Ask.save_file(self, title, suggested, self.tr("PDF (*.pdf)"))
        return path.with_suffix(".pdf") if path is not None and path.suffix.lower() != ".pdf" else path

    def ask_printer(self) -> QPrinter | None:
        """The print dialog; a configured printer, or None when closed. Tests replace this method."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In danh sách dấu vân tay"))
        return printer if dialog.exec() else None

    def save_pdf(self) -> None:
        path = self.ask_pdf_path()
        if path is None or self.services is None:
            return
        try:
            write_key_sheet(self.services.exchange.key_sheet(self.senders), path)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.banner.show_message(self.tr("Đã lưu danh sách vào %1").replace("%1", str(path)), "success")

    def print_sheet(self) -> None:
        printer = self.ask_printer()
        if printer is None or self.services is None:
            return
        pages = print_key_sheet(self.services.exchange.key_sheet(self.senders), printer, printer.resolution())
        self.banner.show_message(self.tr("Đã gửi %Ln trang tới máy in.", "", pages), "success")

    @staticmethod
    def ask(parent: QWidget, senders: list[WaitingSender]) -> list[WaitingSender]:
        """The senders the user confirmed (none when the dialog is closed)."""
        dialog = SendersDialog(senders, parent)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
        dialog.deleteLater()
        return chosen
