"""How a talk's follow-up ended (still followed, answered, transferred) and on which day, and the
urgent mark on its concerns: the talk form's widgets for them (issue 16, item 5). They sit after
the language in the Tab order, so logging an ordinary talk costs no key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from ....core.enums import FollowUpOutcome, FollowUpStatus
from ....core.records import Talk
from ... import i18n
from ...forms import DateEdit


class FollowUpBox(QWidget):
    """The outcome to pick and the day it was answered or transferred (today when first picked)."""

    def __init__(self, today: Callable[[], dt.date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self._today = today

        # widgets
        self.outcome = QComboBox()
        self.outcome.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.outcome.setMinimumContentsLength(12)  # a long outcome must not widen the form
        self.outcome.addItem(self.tr("Đang theo dõi"), None)
        for outcome in FollowUpOutcome:
            self.outcome.addItem(i18n.enum_label(outcome), outcome.value)
        self.resolved_on = DateEdit(today)
        self.on_label = QLabel(self.tr("ngày"))
        self.urgent = QCheckBox(self.tr("Ý kiến khẩn: gửi lên cấp trên ngay"))

        # layout
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.outcome, 1)
        row.addWidget(self.on_label)
        row.addWidget(self.resolved_on)
        self._set_enabled()

        # signals
        self.outcome.currentIndexChanged.connect(self._outcome_changed)

    def _outcome_changed(self) -> None:
        if self.outcome.currentData() is not None and not self.resolved_on.text():
            self.resolved_on.set_date(self._today())
        self._set_enabled()

    def _set_enabled(self) -> None:
        resolved = self.outcome.currentData() is not None
        self.resolved_on.setEnabled(resolved)
        self.on_label.setEnabled(resolved)
        if not resolved:
            self.resolved_on.clear()

    def clear(self) -> None:
        self.outcome.setCurrentIndex(0)
        self.resolved_on.clear()
        self.urgent.setChecked(False)

    def load(self, talk: Talk) -> None:
        outcome = talk.follow_up_outcome if talk.follow_up_status == FollowUpStatus.DONE else None
        self.outcome.setCurrentIndex(max(self.outcome.findData(outcome.value if outcome else None), 0))
        self.resolved_on.set_date(talk.follow_up_resolved_on)
        self._set_enabled()
        self.urgent.setChecked(talk.urgent)

    def fields(self) -> dict[str, Any]:
        """The talk's fields as shown: an outcome makes the follow-up done, none keeps it followed."""
        outcome = self.outcome.currentData()
        return {
            "follow_up_status": FollowUpStatus.DONE if outcome else FollowUpStatus.OPEN,
            "follow_up_outcome": outcome,
            "follow_up_resolved_on": (self.resolved_on.text() or None) if outcome else None,
            "urgent": self.urgent.isChecked(),
        }
