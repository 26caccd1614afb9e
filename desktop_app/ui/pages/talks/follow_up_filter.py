"""The talk log's follow-up filter: every talk, those whose follow-up is still open, or the overdue
ones (home's "Cần làm ngay" opens the log on a unit's overdue follow-ups)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QWidget

from ....core.filters import FollowUpScope, follow_up_scope


class FollowUpFilter(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("Mọi buổi"), None)
        self.addItem(self.tr("Còn việc theo dõi"), "open")
        self.addItem(self.tr("Việc theo dõi quá hạn"), "overdue")

    def choose(self, key: str | None) -> None:
        """Set without filtering yet: the page filters once, after every choice is set."""
        with QSignalBlocker(self):
            self.setCurrentIndex(max(self.findData(key), 0))

    def scope(self, today: dt.date) -> FollowUpScope:
        return follow_up_scope(self.currentData(), today)
