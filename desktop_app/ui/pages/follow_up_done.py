"""Marking a follow-up done from home's "Cần làm ngay" (issue 16, item 5): the dialog asks how it
ended (answered unless changed) and on which day (today unless changed); ``ask`` is the one entry,
which a test replaces."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ...core.enums import FollowUpOutcome
from ...core.errors import SotayError
from ...core.records import Talk
from .. import i18n
from ..forms import DateEdit


class FollowUpDoneDialog(QDialog):
    def __init__(self, talk: Talk, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # widgets
        self.setWindowTitle(self.tr("Việc theo dõi đã xong"))
        self.what = QLabel(talk.follow_up_text)
        self.what.setWordWrap(True)
        self.outcome = QComboBox()
        for outcome in FollowUpOutcome:
            self.outcome.addItem(i18n.enum_label(outcome), outcome.value)
        self.day = DateEdit(lambda: today)
        self.day.set_date(today)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.done_button = self.buttons.addButton(self.tr("Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Huỷ"), QDialogButtonBox.ButtonRole.RejectRole)
        self.done_button.setDefault(True)

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        form = QFormLayout()
        form.addRow(self.tr("Kết quả:"), self.outcome)
        form.addRow(self.tr("Ngày giải quyết:"), self.day)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        # signals
        self.buttons.accepted.connect(self._accept_if_day)
        self.buttons.rejected.connect(self.reject)

    def _accept_if_day(self) -> None:
        try:
            self.day.date("follow_up_resolved_on")
        except SotayError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.accept()

    def answer(self) -> tuple[str, dt.date | None]:
        return self.outcome.currentData(), self.day.date("follow_up_resolved_on")

    @staticmethod
    def ask(parent: QWidget, talk: Talk, today: dt.date) -> tuple[str, dt.date | None] | None:
        """How and when the follow-up ended, or None when the user cancels."""
        dialog = FollowUpDoneDialog(talk, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.answer()
