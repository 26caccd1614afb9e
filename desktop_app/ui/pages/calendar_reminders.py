"""Home's "Sắp đến" card: the calendar's days within the days set (those sent from above marked
so), and the key dates of the orientations here (marked as such), each with a link that opens a new
talk dated that day with the day's title as its topic."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...core.calendar import Reminder
from ...services import Services
from ..widgets import Card


class CalendarReminders(Card):
    sig_plan_talk = Signal(object, str)  # the day (a datetime.date), the topic

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sắp đến"), parent)
        self.services = services
        self.reminders: list[Reminder] = []
        self.lines = QLabel()
        self.lines.setObjectName("calendar_reminders")
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.add(self.lines)
        self.lines.linkActivated.connect(self._plan)

    def refresh(self) -> None:
        self.reminders = self.services.calendar.reminders()
        self.setVisible(bool(self.reminders))
        lines = (f"<p style='margin:2px 0'>{self._line(i, r)}</p>" for i, r in enumerate(self.reminders))
        self.lines.setText("".join(lines))

    def _line(self, index: int, reminder: Reminder) -> str:
        day = f"{reminder.on.day}/{reminder.on.month}"
        title = reminder.entry.title.replace("&", "&amp;").replace("<", "&lt;")
        when = (
            self.tr("hôm nay %1").replace("%1", day)
            if reminder.days_left == 0
            else self.tr("còn %Ln ngày đến %2", "", reminder.days_left).replace("%2", day)
        )
        plan = self.tr("Lên kế hoạch buổi nói chuyện")
        source = " · " + self.tr("theo định hướng") if reminder.from_orientation else ""
        if reminder.entry.from_above:
            source = " · " + self.tr("lịch của cấp trên")
        return f"<b>{when}</b>: {title}{source} · <a href='plan:{index}'>{plan}</a>"

    def _plan(self, href: str) -> None:
        reminder = self.reminders[int(href.partition(":")[2])]
        self.sig_plan_talk.emit(reminder.on, reminder.entry.title)
