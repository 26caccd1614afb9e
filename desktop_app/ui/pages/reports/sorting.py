"""The report page's tables sorted by a click on a header, and the units with nothing yet hidden on
request: a proxy over ``RowsModel`` that compares values, not the text shown."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QVBoxLayout, QWidget

from ....core.text import sort_key
from ....services.reports import fmt
from .models import RowsModel

Index = QModelIndex | QPersistentModelIndex
_DATE = re.compile(r"(\d{2})/(\d{2})/(\d{4})(.*)")
_PIECES = re.compile(r"(\d+)")


def value_key(value: Any) -> tuple[Any, ...]:
    """Nothing ("—", empty) below every number, numbers as numbers, dates (dd/MM/yyyy) by day, text
    in Vietnamese order with the numbers inside it as numbers ("tháng 2" before "tháng 10")."""
    if value is None or value in ("", fmt.DASH):
        return (0,)
    if isinstance(value, int | float):
        return (1, value)
    text = str(value)
    date = _DATE.fullmatch(text)
    if date:
        day, month, year, rest = date.groups()
        return (2, int(year), int(month), int(day), rest)
    pieces = _PIECES.split(text)
    return (3, tuple((int(p), ()) if p.isdigit() else (-1, sort_key(p)) for p in pieces if p))


class ReportSortProxy(QSortFilterProxyModel):
    """Sorts by value (``value_key``); with ``hide_empty`` keeps only rows with some figure."""

    def __init__(self, source: RowsModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows_model = source
        self.hide_empty = False
        self.setSourceModel(source)
        self.setSortRole(Qt.ItemDataRole.UserRole)

    def set_hide_empty(self, hide: bool) -> None:
        self.beginFilterChange()
        self.hide_empty = hide
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 - Qt API
        rows = self.rows_model.rows
        a, b = rows[left.row()][left.column()], rows[right.row()][right.column()]
        return value_key(a) < value_key(b)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        if not self.hide_empty:
            return True
        return any(value is not None for value in self.rows_model.rows[source_row][1:])


def report_table(source: RowsModel) -> tuple[ReportSortProxy, QTableView]:
    """A read-only table over ``source`` that sorts on a header click; the rows keep the report's
    order until the first click."""
    proxy = ReportSortProxy(source, source)
    view = QTableView()
    view.setModel(proxy)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    header.setSortIndicatorClearable(True)  # a third click gives the report's order back
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    return proxy, view


def above(option: QWidget, table: QTableView) -> QWidget:
    """A tab holding ``option`` over ``table`` (the per-unit tab's "hide units with nothing yet")."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.addWidget(option)
    layout.addWidget(table, 1)
    return tab
