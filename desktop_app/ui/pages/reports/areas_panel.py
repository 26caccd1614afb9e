"""The audience tab's second table: talks and attendance in priority areas (a tagged unit or group)
against the rest, direct and online, as the written report and the XLSX give them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from ....services.reports import Report
from .models import RowsModel
from .sorting import report_table


class AreasPanel(QWidget):
    """``groups_view`` (the audience breakdown) over the priority-area comparison."""

    def __init__(self, groups_view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel(self)
        _proxy, self.view = report_table(self.model)
        self.caption = QLabel(self.tr("Vùng ưu tiên so với địa bàn còn lại"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(groups_view, 1)
        layout.addWidget(self.caption)
        layout.addWidget(self.view)

    def set_report(self, report: Report) -> None:
        headers = [
            self.tr("Địa bàn"),
            self.tr("Số cuộc trực tiếp"),
            self.tr("Lượt người dự"),
            self.tr("Hoạt động trên mạng"),
            self.tr("Lượt người dự trực tuyến"),
        ]
        rows = [
            [
                self.tr("Vùng ưu tiên") if a.tagged else self.tr("Còn lại"),
                a.direct_talks,
                a.direct_attendance,
                a.online_talks,
                a.online_attendance,
            ]
            for a in report.areas
        ]
        self.model.set_rows(headers, rows)
        view = self.view  # two rows: as tall as they are, no scroll bar
        view.setFixedHeight(
            view.horizontalHeader().sizeHint().height() + view.verticalHeader().length() + 2 * view.frameWidth()
        )
