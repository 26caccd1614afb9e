"""Regression: PySide6 6.12.0 on Python < 3.12 drops None's reference count in calls that return
nothing, and the process dies with `none_dealloc` after a few thousand calls (FACTS.md). On the
Python we require, None is immortal; this test makes tens of thousands of such calls to prove it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel

pytestmark = pytest.mark.gui


class _SparseModel(QAbstractTableModel):
    """Half its cells are empty, so data() returns None as often as a value."""

    def rowCount(self, parent=QModelIndex()):  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else 200

    def columnCount(self, parent=QModelIndex()):  # noqa: B008, N802
        return 0 if parent.isValid() else 5

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and (index.row() + index.column()) % 2:
            return f"{index.row()}:{index.column()}"
        return None


def test_tens_of_thousands_of_calls_returning_nothing(qtbot):
    assert sys.version_info >= (3, 12)
    model = _SparseModel()
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for n in range(30_000):
        index = model.index(n % 200, n % 5)
        model.data(index, Qt.ItemDataRole.DisplayRole)
        model.data(index, Qt.ItemDataRole.ToolTipRole)
        model.headerData(n % 5, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        label.setText("Nhật ký")
        label.setObjectName(f"l{n % 7}")
    assert sys.getrefcount(None) >= before
