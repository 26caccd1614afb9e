"""Who has reported, in one line ("5/102 đã báo cáo, đúng hạn 0, trễ 5"), with the reminder for
the units not heard from: shown on the reports page and on an aggregator's home, from the one
reporting status of ``services.reports``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ....services import Services
from ....services.reports import Completeness
from ... import i18n
from ...widgets import button


class ReminderDialog(QDialog):
    """The reminder text to paste into the units' Zalo group: editable, copied with one button."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # widgets
        self.setWindowTitle(self.tr("Lời nhắc các đơn vị chưa báo cáo"))
        hint = QLabel(self.tr("Sao chép rồi dán vào nhóm Zalo của các đơn vị. Có thể sửa trước khi sao chép."))
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.text = QPlainTextEdit(text)
        self.copied = QLabel()
        self.copy_button = button(self.tr("Sao chép"), primary=True)
        self.close_button = button(self.tr("Đóng"))
        metrics = self.fontMetrics()
        self.resize(metrics.horizontalAdvance("M") * 48, metrics.height() * 22)

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copied, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        # signals
        self.copy_button.clicked.connect(self.copy)
        self.close_button.clicked.connect(self.close)

    def copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.text.toPlainText())
        self.copied.setText(self.tr("Đã sao chép."))


class StatusLine(QWidget):
    sig_view = Signal(object)  # the Period whose status the user wants to see

    def __init__(self, services: Services, with_view: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.status: Completeness | None = None
        self.dialog: ReminderDialog | None = None

        # widgets
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.view_button = button(self.tr("Xem tình hình báo cáo"))
        self.view_button.setVisible(with_view)
        self.reminder_button = button(self.tr("Lời nhắc…"))
        self.reminder_button.setToolTip(self.tr("Lời nhắc các đơn vị chưa báo cáo, để dán vào nhóm Zalo"))

        # layout
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.view_button)
        row.addWidget(self.reminder_button)

        # signals
        self.view_button.clicked.connect(self._view)
        self.reminder_button.clicked.connect(self.show_reminder)
        self.hide()  # until a status is shown

    def set_status(self, status: Completeness | None) -> None:
        """Shows ``status`` (None: nothing to show, for a commune's own report)."""
        self.status = status
        self.setVisible(status is not None)
        if status is None:
            return
        self.label.setText(self.summary(status))
        self.reminder_button.setEnabled(bool(status.not_received))

    def summary(self, status: Completeness) -> str:
        return (
            self.tr("%1/%2 đã báo cáo, đúng hạn %3, trễ %4; chưa báo cáo %5 (hạn %6)")
            .replace("%1", i18n.number(status.received))
            .replace("%2", i18n.number(status.expected))
            .replace("%3", i18n.number(status.on_time))
            .replace("%4", i18n.number(status.count("late")))
            .replace("%5", i18n.number(len(status.not_received)))
            .replace("%6", i18n.date(status.deadline))
        )

    def reminder(self) -> str:
        return "" if self.status is None else self.services.reports.reminder(self.status)

    def show_reminder(self) -> None:
        """The reminder in a window that stays open beside the main one (not modal)."""
        if self.status is None:
            return
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = ReminderDialog(self.reminder(), self)
        self.dialog.show()

    def _view(self) -> None:
        if self.status is not None:
            self.sig_view.emit(self.status.period)
