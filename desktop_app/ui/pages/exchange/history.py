"""The exchange page's history: bundles sent (with the receiver's receipt) and received, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTabWidget, QWidget

from .models import HistoryModel


class HistoryTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.sent_model = HistoryModel(True, self)
        self.received_model = HistoryModel(False, self)

        # widgets
        self.sent_table = self._table(self.sent_model)
        self.received_table = self._table(self.received_model)

        # layout
        self.addTab(self.sent_table, self.tr("Đã gửi"))
        self.addTab(self.received_table, self.tr("Đã nhận"))

    @staticmethod
    def _table(model: HistoryModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def refresh(self, sent: list[dict[str, Any]], received: list[dict[str, Any]]) -> None:
        self.sent_model.set_records(sent)
        self.received_model.set_records(sorted(received, key=lambda r: r.get("applied_at") or "", reverse=True))
