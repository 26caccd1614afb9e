"""How regularly a unit works over a period, and whether it works only around the great days.

Weeks are ISO weeks (Monday to Sunday) of Vietnam dates; a period counts every week that has at
least one of its days. The longest gap is the longest run of the period's days without an activity,
counting the days before the first activity and after the last one. Peak weeks are the week of each
great national day (``CalendarEntry.major``) and the week before it.

"Chỉ cao điểm" (peak only): at least ``PEAK_SHARE_MIN`` of the activity falls in peak weeks and
activity happens in at most ``ACTIVE_WEEKS_MAX`` of the weeks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

PEAK_SHARE_MIN = 0.70
ACTIVE_WEEKS_MAX = 0.40
WEEK = dt.timedelta(days=7)


def week_of(day: dt.date) -> dt.date:
    """The Monday that starts ``day``'s ISO week."""
    return day - dt.timedelta(days=day.weekday())


def weeks_in(start: dt.date, end: dt.date) -> list[dt.date]:
    """The Mondays of every week with at least one day in the period."""
    monday, last = week_of(start), week_of(end)
    weeks = []
    while monday <= last:
        weeks.append(monday)
        monday += WEEK
    return weeks


def peak_weeks(great_days: Iterable[dt.date]) -> frozenset[dt.date]:
    """The week of each great day and the week before it."""
    return frozenset(week for day in great_days for week in (week_of(day), week_of(day) - WEEK))


@dataclass(frozen=True)
class Regularity:
    weeks_active: int
    weeks_total: int
    longest_gap_days: int
    activities: int
    peak_activities: int

    @property
    def peak_share(self) -> float:
        return self.peak_activities / self.activities if self.activities else 0.0

    @property
    def active_share(self) -> float:
        return self.weeks_active / self.weeks_total if self.weeks_total else 0.0

    @property
    def peak_only(self) -> bool:
        return self.activities > 0 and self.peak_share >= PEAK_SHARE_MIN and self.active_share <= ACTIVE_WEEKS_MAX


def measure(
    start: dt.date,
    end: dt.date,
    per_week: Mapping[dt.date, int],
    first: dt.date | None,
    last: dt.date | None,
    inner_gap: int,
    peaks: frozenset[dt.date],
) -> Regularity:
    """``per_week``: activities by Monday; ``first``/``last``: the first and last active days;
    ``inner_gap``: the longest run of inactive days between two active days."""
    activities = sum(per_week.values())
    if first is None or last is None:
        gap = (end - start).days + 1
    else:
        gap = max(inner_gap, (first - start).days, (end - last).days)
    return Regularity(
        weeks_active=sum(1 for count in per_week.values() if count > 0),
        weeks_total=len(weeks_in(start, end)),
        longest_gap_days=gap,
        activities=activities,
        peak_activities=sum(count for week, count in per_week.items() if week in peaks),
    )
