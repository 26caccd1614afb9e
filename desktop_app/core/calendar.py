"""The calendar of national days, anniversaries and campaign periods, and which of them are near.

Entries recur every year on a solar day (``MM-DD``); a campaign period also has an end day. A lunar
date (Tết, Giỗ Tổ) cannot recur this way: it is added locally for the year it falls in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from .errors import ValidationError

TITLE_MAX = 200


class EntryKind(StrEnum):
    HOLIDAY = "holiday"
    ANNIVERSARY = "anniversary"
    CAMPAIGN = "campaign"


@dataclass(frozen=True)
class CalendarEntry:
    id: str
    kind: EntryKind
    title: str
    start: str  # MM-DD
    end: str  # MM-DD, the same as ``start`` for a single day
    shipped: bool = False
    major: bool = False  # a great national day: its week and the week before are peak weeks
    from_above: str = ""  # the unit that sent it down in a pack; it may be hidden here, not changed


@dataclass(frozen=True)
class Reminder:
    entry: CalendarEntry
    on: dt.date
    days_left: int
    from_orientation: bool = False  # a key date of an orientation from above, not a calendar entry

    @property
    def text(self) -> str:
        """ "còn 10 ngày đến 19/5: Ngày sinh Chủ tịch Hồ Chí Minh" (today: "hôm nay 19/5: ...")."""
        when = "hôm nay" if self.days_left == 0 else f"còn {self.days_left} ngày đến"
        return f"{when} {self.on.day}/{self.on.month}: {self.entry.title}"


def month_day(text: str, field: str = "start") -> str:
    """``MM-DD`` from ``19/5``, ``19/05`` or ``05-19``; 29 February is refused (it does not recur)."""
    text = text.strip()
    if found := re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})", text):
        day, month = int(found[1]), int(found[2])
    elif found := re.fullmatch(r"([0-9]{2})-([0-9]{2})", text):
        month, day = int(found[1]), int(found[2])
    else:
        raise ValidationError(
            f"Ngày “{text}” không đúng dạng ngày/tháng (ví dụ 19/5).", f"{field}: expected D/M or MM-DD", field=field
        )
    try:
        dt.date(2001, month, day)
    except ValueError:
        raise ValidationError(
            f"Ngày “{text}” không có trong năm (mỗi mục lặp lại hằng năm, không nhận 29/2).",
            f"{field}: no such day in a common year",
            field=field,
        ) from None
    return f"{month:02d}-{day:02d}"


def is_month_day(text: object) -> bool:
    """``MM-DD`` of a day that recurs every year (29 February does not)."""
    if not isinstance(text, str) or not re.fullmatch(r"[0-9]{2}-[0-9]{2}", text):
        return False
    try:
        dt.date(2001, int(text[:2]), int(text[3:]))
    except ValueError:
        return False
    return True


def entry(
    id: str, kind: str, title: str, start: str, end: str | None = None, shipped: bool = False, major: bool = False
) -> CalendarEntry:
    """A checked entry: a known kind, a title, and days that exist."""
    try:
        entry_kind = EntryKind(kind)
    except ValueError:
        raise ValidationError(
            f"Loại mục lịch “{kind}” không có (chỉ: ngày lễ, ngày kỷ niệm, đợt vận động).",
            f"kind: {kind!r} not in {[k.value for k in EntryKind]}",
            field="kind",
        ) from None
    title = " ".join(title.split())
    if not title or len(title) > TITLE_MAX:
        raise ValidationError(
            f"Tên mục lịch phải có từ 1 đến {TITLE_MAX} ký tự.", f"title: length {len(title)}", field="title"
        )
    first = month_day(start, "start")
    last = month_day(end, "end") if end else first
    return CalendarEntry(id, entry_kind, title, first, last, shipped, major)


def _on(year: int, md: str) -> dt.date:
    return dt.date(year, int(md[:2]), int(md[3:]))


def next_occurrence(item: CalendarEntry, today: dt.date) -> dt.date:
    """The entry's first day this year, or next year once it has passed."""
    this_year = _on(today.year, item.start)
    return this_year if this_year >= today else _on(today.year + 1, item.start)


def upcoming(entries: list[CalendarEntry], today: dt.date, within_days: int) -> list[Reminder]:
    """The entries that begin within ``within_days`` days of today (today included), nearest first."""
    reminders = []
    for item in entries:
        on = next_occurrence(item, today)
        days_left = (on - today).days
        if days_left <= within_days:
            reminders.append(Reminder(item, on, days_left))
    return sorted(reminders, key=lambda r: (r.on, r.entry.title))


def dated_reminders(days: list[tuple[dt.date, str]], today: dt.date, within_days: int) -> list[Reminder]:
    """Reminders of one-off days (an orientation's key dates) within ``within_days`` of today; each
    stands as an entry of its own so the home lists it beside the calendar's."""
    reminders = []
    for on, title in dict.fromkeys(days):
        days_left = (on - today).days
        if 0 <= days_left <= within_days:
            md = f"{on.month:02d}-{on.day:02d}"
            item = CalendarEntry(f"key-date:{on.isoformat()}:{title}", EntryKind.ANNIVERSARY, title, md, md)
            reminders.append(Reminder(item, on, days_left, from_orientation=True))
    return reminders
