"""Tổng quan: what needs attention now, and this month's counts; for an aggregator, first who has
reported for the current reporting period, what was set aside, and the packs sent down and read.
An aggregator's "Cần làm ngay" lists its own follow-ups; the units' overdue ones are a count per
unit, each opening the talk log on that unit."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.enums import Role
from ...core.errors import SotayError
from ...core.filters import DocumentFilter, TalkFilter
from ...services import Services
from .. import i18n
from ..widgets import Ask, Card, button, fill_with_scrolled, heading
from .calendar_reminders import CalendarReminders
from .follow_up_done import FollowUpDoneDialog
from .orientation_card import OrientationCard
from .urgent_concerns import UrgentSend, received_html

if TYPE_CHECKING:  # the exchange package loads on first use, after the first paint
    from ...services.exchange import ExchangeStatus
    from ...services.reports import Completeness, Period
    from ..workers import Runner
    from .reports.status_line import StatusLine


def link(href: str, text: str) -> str:
    safe = text.replace("&", "&amp;").replace("<", "&lt;")
    return f"<a href='{href}'>{safe}</a>"


class HomePage(QWidget):
    sig_open = Signal(str)  # a page key
    sig_open_document = Signal(str)
    sig_open_status = Signal(object)  # the Period whose reporting status to show
    sig_open_unit_talks = Signal(str)  # a unit code: the talk log filtered to that unit
    sig_plan_talk = Signal(object, str)  # a calendar day and its title: a new talk on that day

    def __init__(self, services: Services, parent: QWidget | None = None, runner: Runner | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.aggregator = services.identity.installation.role == Role.AGGREGATOR

        # widgets
        self.greeting = heading("")
        self.attention = QLabel()
        self.month = QLabel()
        self.year = QLabel()
        for label in (self.attention, self.month, self.year):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setOpenExternalLinks(False)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.new_button = button(self.tr("Ghi buổi mới"), primary=True, keys="Ctrl+N")
        self.send_button = button(self.tr("Gửi nhật ký"), "send", keys="Ctrl+E")
        self.read_button = button(self.tr("Đọc tài liệu"), "library", keys="Alt+2")
        self.receive_button = button(self.tr("Nhận tệp"), primary=True)
        self.period = QLabel()
        self.period.setTextFormat(Qt.TextFormat.RichText)
        self.period_card = Card(self.tr("Kỳ báo cáo"))
        self.status_line: StatusLine | None = None
        if self.aggregator:
            self.status_line = self._status_line()
            self.period_card.add(self.status_line)
            self.period_card.add(self.period)

        self.attention_card = Card(self.tr("Cần làm ngay"))
        self.urgent_send = UrgentSend(services, runner)
        if not self.aggregator:
            self.attention_card.add(self.urgent_send)
        self.attention_card.add(self.attention)
        self.month_card = Card(self.tr("Tháng này"))
        self.month_card.add(self.month)
        self.year_card = Card(self.tr("Từ đầu năm"))
        self.year_card.add(self.year)
        self.calendar_card = CalendarReminders(services)
        self.calendar_card.sig_plan_talk.connect(self.sig_plan_talk)
        self.orientation_card = OrientationCard(services, self)
        self.orientation_card.sig_open_document.connect(self.sig_open_document)

        # layout
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(12)
        layout.addWidget(self.greeting)
        actions = QHBoxLayout()
        commune_buttons = (self.new_button, self.send_button, self.read_button)
        for b in (self.receive_button, self.read_button) if self.aggregator else commune_buttons:
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)
        grid = QGridLayout()
        grid.setSpacing(12)
        if self.aggregator:  # the period's status first, then what needs attention
            grid.addWidget(self.period_card, 0, 0)
            grid.addWidget(self.attention_card, 1, 0)
        else:
            grid.addWidget(self.attention_card, 0, 0, 2, 1)
        grid.addWidget(self.month_card, 0, 1)
        grid.addWidget(self.year_card, 1, 1)
        grid.addWidget(self.calendar_card, 2, 0, 1, 2)
        if not self.aggregator:  # the month's orientation from above, under what needs attention
            grid.addWidget(self.orientation_card, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        layout.addLayout(grid)
        layout.addStretch(1)
        fill_with_scrolled(self, inner)

        # signals
        for label in (self.attention, self.month, self.year):
            label.linkActivated.connect(self._link)
        unused = (self.new_button, self.send_button) if self.aggregator else (self.receive_button, self.period_card)
        for widget in unused:  # not laid out for this role
            widget.setParent(self)
            widget.hide()
        self.receive_button.clicked.connect(lambda: self.sig_open.emit("exchange"))
        self.new_button.clicked.connect(lambda: self.sig_open.emit("new_talk"))
        self.send_button.clicked.connect(lambda: self.sig_open.emit("exchange"))
        self.read_button.clicked.connect(lambda: self.sig_open.emit("library"))
        # the figures are filled by ``activated()`` (the window calls it when the page is shown)

    def _status_line(self) -> StatusLine:
        from .reports.status_line import StatusLine

        line = StatusLine(self.services, with_view=True)
        line.sig_view.connect(self.sig_open_status)
        return line

    def activated(self) -> None:
        self.refresh()

    def exchange_status(self) -> ExchangeStatus:
        return self.services.exchange.status(count_waiting=False)

    def _link(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "doc":
            self.sig_open_document.emit(value)
        elif kind == "unit":
            self.sig_open_unit_talks.emit(value)
        elif kind == "done":
            self.mark_done(value)
        elif kind == "status":
            reporting = self.exchange_status().reporting
            if reporting is not None:
                self.sig_open_status.emit(reporting.period)
        else:
            self.sig_open.emit(value)

    def mark_done(self, talk_id: str) -> None:
        """Asks how the follow-up ended (answered, today, unless changed), then records it."""
        s = self.services
        answer = FollowUpDoneDialog.ask(self, s.talks.get(talk_id), s.session.today)
        if answer is None:
            return
        try:
            s.talks.resolve_follow_up(talk_id, *answer)
        except SotayError as exc:
            Ask.inform(self, self.tr("Chưa lưu được"), str(exc), self.tr("Đóng"))
            return
        self.refresh()

    def refresh(self) -> None:
        s = self.services
        inst = s.identity.installation
        unit = s.units.get(inst.unit_code)
        self.greeting.setText(
            self.tr("Chào %1 · %2").replace("%1", inst.display_name).replace("%2", unit.full_name)
            if inst.display_name
            else self.tr("Xin chào · %1").replace("%1", unit.full_name)  # never greets the unit as a person
        )
        today = s.session.today
        items: list[str] = [received_html(s)] if self.aggregator else []
        self.urgent_send.refresh()

        unread = s.library.documents(DocumentFilter(required_only=True, unread_only=True, valid_on=today))
        if unread:
            docs = "".join(f"<li>{link('doc:' + d.id, d.title)}</li>" for d in unread[:5])
            items.append(
                self.tr("<b>%Ln tài liệu bắt buộc chưa đọc</b>", "", len(unread))
                + f"<ul style='margin:2px'>{docs}</ul>"
            )
        due = s.talks.follow_ups_due(today + dt.timedelta(days=7), limit=5, own_only=self.aggregator)
        if due:
            done = self.tr("Đã xong…")
            lines = "".join(
                f"<li>{i18n.date(t.follow_up_due)} · {link('page:talks', t.follow_up_text[:80])}"
                f" ({t.place or i18n.format_label(t.format)}) · {link('done:' + t.id, done)}</li>"
                for t in due
            )
            items.append(self.tr("<b>Việc cần theo dõi đến hạn</b>") + f"<ul style='margin:2px'>{lines}</ul>")
        overdue = s.talks.overdue_elsewhere() if self.aggregator else []
        if overdue:
            items.append(self._overdue_elsewhere(overdue))
        status = self.exchange_status()
        last_month_end = today.replace(day=1) - dt.timedelta(days=1)
        if inst.role == Role.COMMUNE and s.talks.count() == 0:  # day one: nothing to send yet
            items.append(
                self.tr("Chưa có buổi nào. %1").replace(
                    "%1", link("page:new_talk", self.tr("Ghi buổi đầu tiên (Ctrl+N)"))
                )
            )
        elif inst.role == Role.COMMUNE and (status.last_export_day is None or status.last_export_day <= last_month_end):
            items.append(
                self.tr("Nhật ký %1 chưa được gửi lên. %2")
                .replace("%1", i18n.month_name(last_month_end))
                .replace("%2", link("page:exchange", self.tr("Gửi ngay")))
            )
        if status.reporting is not None:
            self._show_period(status.reporting)
            if status.not_reported:
                items.append(self._not_reported(status))
            else:
                items.append(
                    self.tr("Nhận tệp của các đơn vị ở trang %1.").replace(
                        "%1", link("page:exchange", self.tr("Trao đổi"))
                    )
                )
        items = [item for item in items if item]
        if not items and not self.urgent_send.isVisibleTo(self):
            items.append(self.tr("Không có việc gì cần làm ngay. Tốt lắm!"))
        self.attention.setText("<br>".join(items))
        self.calendar_card.refresh()

        first = today.replace(day=1)
        self.month.setText(self._totals(TalkFilter(date_from=first, date_to=today)))
        title = self.month_card.findChild(QLabel, "h2")
        if title is not None:
            title.setText(self.tr("Tháng này (%1)").replace("%1", i18n.month_name(today)))
        self.year.setText(self._totals(TalkFilter(date_from=dt.date(today.year, 1, 1), date_to=today)))
        if not self.aggregator:
            self.orientation_card.refresh()

    def _not_reported(self, status: ExchangeStatus) -> str:
        names = ", ".join(status.not_reported[:10])
        more = len(status.not_reported) - 10
        return (
            self.tr("<b>%Ln đơn vị chưa báo cáo kỳ này:</b> ", "", len(status.not_reported))
            + names
            + (self.tr(" và %1 đơn vị khác").replace("%1", str(more)) if more > 0 else "")
            + " "
            + link("status:", self.tr("Xem"))
        )

    def _overdue_elsewhere(self, overdue: list[tuple[str, int]], shown: int = 5) -> str:
        """The units' overdue follow-ups as a count per unit, each a link to that unit's talk log."""
        names = {u.code: u.name for u in self.services.units.own()}
        lines = "".join(
            f"<li>{names.get(code, code)}: "
            + link("unit:" + code, self.tr("%1 việc quá hạn").replace("%1", i18n.number(count)))
            + "</li>"
            for code, count in overdue[:shown]
        )
        more = len(overdue) - shown
        return (
            self.tr("<b>Việc theo dõi quá hạn ở %Ln đơn vị cấp dưới</b>", "", len(overdue))
            + f"<ul style='margin:2px'>{lines}</ul>"
            + (self.tr("và %Ln đơn vị khác", "", more) if more > 0 else "")
        )

    def _show_period(self, reporting: Completeness) -> None:
        """The aggregator's card: who has reported for the period, what was set aside, packs sent."""
        s = self.services
        title = self.period_card.findChild(QLabel, "h2")
        if title is not None:
            title.setText(self.tr("Kỳ báo cáo: %1").replace("%1", _period_name(reporting.period)))
        if self.status_line is not None:
            self.status_line.set_status(reporting)
        packs = [e for e in s.exchange.exports() if e.get("kind") == "pack"]
        documents = s.exchange.read_counts()
        rows = [
            (self.tr("Đã nhận"), f"{i18n.number(reporting.received)}/{i18n.number(reporting.expected)}"),
            (self.tr("Đúng hạn"), i18n.number(reporting.on_time)),
            (self.tr("Trễ hạn"), i18n.number(reporting.count("late"))),
            (self.tr("Chưa báo cáo"), i18n.number(reporting.count("missing", "partial"))),
            (self.tr("Chưa đến hạn"), i18n.number(reporting.count("pending"))),
            (self.tr("Bản ghi tạm giữ"), i18n.number(s.quarantine.count())),
            (self.tr("Gói tài liệu đã gửi"), i18n.number(len(packs))),
            (self.tr("Gói đã có biên nhận"), i18n.number(sum(1 for p in packs if p.get("receipt_at")))),
            (
                self.tr("Tài liệu đã có đơn vị đọc"),
                f"{i18n.number(sum(1 for d in documents if d['readers']))}/{i18n.number(len(documents))}",
            ),
        ]
        self.period.setText(_table(rows))

    def _totals(self, flt: TalkFilter) -> str:
        t = self.services.talks.totals(flt)
        rows = [
            (self.tr("Số buổi"), t.sessions),
            (self.tr("Lượt người dự"), t.attendance),
            (self.tr("Lượt xem trực tuyến"), t.views),
            (self.tr("Lượt thích, chia sẻ"), t.likes + t.shares),
            (self.tr("Điểm cầu"), t.points),
        ]
        return _table([(label, i18n.number(value)) for label, value in rows])


def _period_name(period: Period) -> str:
    """A reporting month as the window writes months ("tháng 10/2026"), a cycle by its two dates."""
    if period.kind == "month":
        return i18n.month_name(period.start)
    return f"{i18n.date(period.start)} – {i18n.date(period.end)}"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td>{label}</td><td align='right' style='padding-left:16px'><b>{value}</b></td></tr>"
        for label, value in rows
    )
    return f"<table cellspacing='4'>{cells}</table>"
