"""Cài đặt → "Địa bàn ưu tiên": the units this installation sees (itself and its hamlets at a commune,
its communes at an aggregator), one column per priority-area tag offered, a tick saved at once. The
tags stay on this machine, as ``sotay units tag`` keeps them. A line above filters the units by
name, accents and đ ignored."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...core.errors import SotayError
from ...core.text import fold
from ...services import Services
from ...services.areas import TaggedUnit
from .. import i18n
from ..area_tags import area_label

Index = QModelIndex | QPersistentModelIndex
ROWS_SHOWN = 8  # the table's height in rows; more scroll


def header_lines(text: str) -> str:
    """A long tag name on two lines, split at the space nearest its middle."""
    if len(text) <= 14 or " " not in text:
        return text
    middle = len(text) // 2
    cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1 :]


class UnitTagsModel(QAbstractTableModel):
    """Rows: units; column 0 the name, then one checkable column per tag offered. ``sig_saved``
    carries "" after a tick is saved, the refusal's message when it is not."""

    sig_saved = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.units: list[TaggedUnit] = []
        self.tags: tuple[str, ...] = ()

    def load(self) -> None:
        self.beginResetModel()
        self.units = self.services.areas.tagged_units()
        self.tags = self.services.areas.offered()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else 1 + len(self.tags)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.tr("Đơn vị") if section == 0 else header_lines(area_label(self.tags[section - 1]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        if index.column() == 0:
            return unit.name if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.CheckStateRole:
            tagged = self.tags[index.column() - 1] in unit.tags
            return Qt.CheckState.Checked if tagged else Qt.CheckState.Unchecked
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsUserCheckable if index.column() > 0 else base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() == 0:
            return False
        unit, tag = self.units[index.row()], self.tags[index.column() - 1]
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        wanted = (*unit.tags, tag) if ticked else tuple(t for t in unit.tags if t != tag)
        try:  # the unit's other tags, hidden or typed ones included, are kept
            saved = self.services.units.set_tags(unit.code, wanted)
        except SotayError as exc:
            self.sig_saved.emit(i18n.error_text(exc))
            return False
        self.units[index.row()] = TaggedUnit(unit.code, unit.name, saved)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.sig_saved.emit("")
        return True


class UnitFilter(QSortFilterProxyModel):
    """Units whose name holds the typed words, accents and đ ignored."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = ""

    def set_words(self, text: str) -> None:
        self.beginFilterChange()
        self.words = fold(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 - Qt API
        model = self.sourceModel()
        if not self.words or not isinstance(model, UnitTagsModel):
            return True
        return self.words in fold(model.units[source_row].name)


class UnitTagsBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.model = UnitTagsModel(services, self)
        self.proxy = UnitFilter(self)
        self.proxy.setSourceModel(self.model)

        # widgets
        self.setTitle(self.tr("Địa bàn ưu tiên"))
        hint = QLabel(
            self.tr(
                "Đánh dấu đơn vị thuộc vùng ưu tiên; báo cáo so sánh hoạt động ở các vùng này với địa bàn còn lại. "
                "Chỉ lưu trên máy này."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Lọc theo tên, có dấu hoặc không dấu"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(self.error)

        # signals
        self.filter.textChanged.connect(self.proxy.set_words)
        self.model.sig_saved.connect(self._show_failure)
        self.model.modelReset.connect(self._fit)
        self.refresh()

    def refresh(self) -> None:
        """The units and the tag list read again (Settings' lists or an import may have changed them)."""
        self.model.load()

    def _show_failure(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def _fit(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = min(ROWS_SHOWN, max(1, self.model.rowCount()))
        self.table.setFixedHeight(
            header.sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize() + 4
        )
