"""Theo đơn vị: an aggregating installation's view of the force of every unit below it, with the
unit filter the talk log has."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from ....services import Services
from ...unit_filter import UnitFilterBox
from ...widgets import record_table
from .models import UnitForceTableModel


class UnitsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services

        # widgets
        self.unit_filter = UnitFilterBox()
        self.unit_caption = QLabel(self.tr("Đơn vị"))
        self.unit_caption.setBuddy(self.unit_filter)
        self.note = QLabel(
            self.tr("Không tính người đã thôi. “Có hoạt động”: được ghi là người trình bày ít nhất một buổi trong năm.")
        )
        self.note.setWordWrap(True)
        self.model = UnitForceTableModel(self)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # units in Vietnamese order
        self.table.setSortingEnabled(True)

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        row = QHBoxLayout()
        row.addWidget(self.unit_caption)
        row.addWidget(self.unit_filter, 1)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)

        # signals
        self.unit_filter.currentIndexChanged.connect(self.refresh)

    def refresh(self) -> None:
        self.unit_filter.set_units(self.services.units.own())  # the chosen unit stays chosen
        self.model.set_records(self.services.force.rollup(unit_codes=self.unit_filter.selected_codes()))
