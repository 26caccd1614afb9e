"""Hội nghị: the periodic báo cáo viên conferences (date, topic, connection point) and who of the
roster attended."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import SotayError
from ....core.force import TEXT_CAP, Conference, MemberStatus
from ....services import Services
from ... import i18n
from ...forms import DateEdit, Field
from ...widgets import Banner, button, heading, record_table
from .models import ConferenceTableModel
from .roster import text_box


class ConferencesTab(QWidget):
    sig_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services

        # widgets
        self.banner = Banner(self)
        self.held_on = DateEdit(lambda: services.session.today)
        self.topic = text_box(TEXT_CAP)
        self.point = text_box(TEXT_CAP)
        self.attendees = QListWidget()
        self.add_button = button(self.tr("Ghi hội nghị"), "add", primary=True)
        self.fields = {
            "held_on": Field(self.tr("Ngày"), self.held_on),
            "topic": Field(self.tr("Chủ đề"), self.topic),
            "connection_point": Field(self.tr("Điểm cầu"), self.point),
            "attendee_ids": Field(self.tr("Người dự (đánh dấu)"), self.attendees),
        }
        self.model = ConferenceTableModel(self)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the newest conference first
        self.table.setSortingEnabled(True)

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading(self.tr("Ghi một hội nghị báo cáo viên"), 2))
        layout.addWidget(self.banner)
        grid = QGridLayout()
        f = self.fields
        grid.addWidget(f["held_on"], 0, 0)
        grid.addWidget(f["topic"], 0, 1)
        grid.addWidget(f["connection_point"], 1, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addLayout(grid)
        left.addLayout(buttons)
        left.addStretch(1)
        form = QHBoxLayout()
        form.addLayout(left, 3)
        form.addWidget(f["attendee_ids"], 2)
        self.attendees.setMaximumHeight(self.fontMetrics().height() * 10)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)

        # signals
        self.add_button.clicked.connect(self.add)
        self.topic.returnPressed.connect(self.add)

    def refresh(self) -> None:
        self.attendees.clear()
        for row in self.services.force.list(status=MemberStatus.ACTIVE):
            item = QListWidgetItem(row.member.name)
            item.setData(Qt.ItemDataRole.UserRole, row.member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendees.addItem(item)
        self.model.set_records(self.services.force.conferences())
        self.table.resizeColumnsToContents()

    def checked_ids(self) -> list[str]:
        items = (self.attendees.item(n) for n in range(self.attendees.count()))
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def add(self) -> Conference | None:
        for f in self.fields.values():
            f.set_error("")
        try:
            conference = self.services.force.add_conference(
                held_on=self.held_on.text() or None,
                topic=self.topic.text(),
                connection_point=self.point.text(),
                attendee_ids=self.checked_ids(),
            )
        except SotayError as exc:
            field = self.fields.get(exc.field or "")
            if field is not None:
                field.set_error(i18n.error_text(exc))
                field.widget.setFocus()
            self.banner.show_message(self.tr("Chưa lưu: %1").replace("%1", i18n.error_text(exc)), "error")
            return None
        self.topic.clear()
        self.refresh()
        self.banner.show_message(
            self.tr("Đã ghi hội nghị ngày %1: %2 người dự.")
            .replace("%1", i18n.date(conference.held_on))
            .replace("%2", i18n.number(len(conference.attendee_ids))),
            "success",
        )
        self.sig_changed.emit()
        return conference
