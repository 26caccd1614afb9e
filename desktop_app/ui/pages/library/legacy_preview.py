"""Before and after of files typed in an old Vietnamese encoding (TCVN3, VNI), shown before they are
stored, so the user sees that the letters came out right and decides."""

from __future__ import annotations

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

from ....services.library import AttachedFile
from ...widgets import button


class LegacyPreviewDialog(QDialog):
    """One row per converted piece of text: the file, the letters as stored, the letters in Unicode."""

    def __init__(self, attached: list[AttachedFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        converted = [f for f in attached if f.legacy is not None]
        names = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI", "mixed": self.tr("TCVN3 và VNI")}

        # widgets
        self.setWindowTitle(self.tr("Chuyển chữ gõ bảng mã cũ"))
        self.why = QLabel(
            self.tr(
                "Các tệp dưới đây được gõ bằng bảng mã cũ. Chữ sẽ được chuyển sang Unicode để đọc và "
                "tìm được; xem cột “Sau khi chuyển” rồi bấm “Thêm”. Tệp gốc được giữ nguyên."
            )
        )
        self.why.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tệp"), self.tr("Bảng mã"), self.tr("Trong tệp"), self.tr("Sau khi chuyển")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        for f in converted:
            assert f.legacy is not None
            for before, after in f.legacy.samples:
                row = self.table.rowCount()
                self.table.insertRow(row)
                for column, text in enumerate((f.name, names[f.legacy.encoding], before, after)):
                    self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeRowsToContents()
        self.add_button = button(self.tr("Thêm"), primary=True)
        self.cancel_button = button(self.tr("Huỷ"))

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.why)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        width = self.fontMetrics().horizontalAdvance("M") * 60
        self.resize(width, self.fontMetrics().lineSpacing() * 24)

        # signals
        self.add_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row."""
        table = self.table
        cells = ((table.item(row, column) for column in range(table.columnCount())) for row in range(table.rowCount()))
        return [tuple(item.text() if item else "" for item in row) for row in cells]

    @staticmethod
    def ask(parent: QWidget | None, attached: list[AttachedFile]) -> bool:
        """Whether the user accepts the conversion; shown through ``show_modal`` (tests replace it)."""
        return LegacyPreviewDialog.show_modal(LegacyPreviewDialog(attached, parent))

    @staticmethod
    def show_modal(dialog: LegacyPreviewDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted
