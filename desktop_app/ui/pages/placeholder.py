"""The page shown when an optional module (reports, exchange) is not installed in this build."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..widgets import heading


class MissingPage(QWidget):
    def __init__(self, key: str, parent=None) -> None:
        super().__init__(parent)
        self.key = key
        title = self.tr("Báo cáo") if key == "reports" else self.tr("Trao đổi")
        text = (self.tr("Báo cáo tháng, quý, 6 tháng và năm được lập từ nhật ký trên máy này. "
                        "Trên dòng lệnh: “sotay report --help”.") if key == "reports" else
                self.tr("Gửi nhật ký và nhận tệp. Trên dòng lệnh: “sotay export --help” và "
                        "“sotay import --help”."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(title))
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addStretch(1)
