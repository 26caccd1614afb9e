"""Regularity of outreach: per unit under a root and for the whole, over a period: the weeks with
activity, the longest gap, the share in peak weeks (around the calendar's great days) and the
"chỉ cao điểm" flag (rule in ``core/regularity.py``); also the unit × week grid the heatmap draws."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from ..core.calendar import CalendarEntry
from ..core.regularity import Regularity, measure, peak_weeks, weeks_in
from ..core.text import sort_key
from ..reports.heatmap import HeatmapSpec, draw_heatmap, heatmap_height
from ..reports.periods import Period
from ..reports.regularity import (
    TOPIC_MONTH_TITLE,
    UNIT_WEEK_TITLE,
    RegularityReport,
    TopicMonths,
    UnitRegularity,
    topic_month_heatmap,
    unit_week_heatmap,
)
from ..storage import calendar as calendar_repo
from ..storage import regularity as repo
from ..storage import reporting_status
from ..storage import units as units_repo
from .session import Session

if TYPE_CHECKING:
    from ..storage.store import Store

__all__ = [
    "HeatmapSpec",
    "Period",
    "RegularityReport",
    "RegularityService",
    "TOPIC_MONTH_TITLE",
    "TopicMonths",
    "UNIT_WEEK_TITLE",
    "UnitRegularity",
    "draw_heatmap",
    "heatmap_height",
    "topic_month_heatmap",
    "unit_week_heatmap",
]


def great_days(entries: list[CalendarEntry], start: dt.date, end: dt.date) -> list[dt.date]:
    """The great days of the years the period touches, and of the next (its week before may fall inside)."""
    return [
        dt.date(year, int(item.start[:2]), int(item.start[3:]))
        for item in entries
        if item.major
        for year in range(start.year, end.year + 2)
    ]


class RegularityService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def measure(self, root: str, period: Period) -> RegularityReport:
        """The period up to today when it is still running (days to come are no gap)."""
        db = self._session.db
        start, end = period.start, min(period.end, max(period.start, self._session.today))
        weeks = weeks_in(start, end)
        peaks = peak_weeks(great_days(calendar_repo.entries(db), start, end)) & frozenset(weeks)
        week_rows, span_rows = repo.activity(db, root, start.isoformat(), end.isoformat())
        per_week: dict[str, dict[dt.date, int]] = defaultdict(dict)
        for unit, monday, count in week_rows:
            per_week[unit][dt.date.fromisoformat(monday)] = count
        spans = {unit: (dt.date.fromisoformat(a), dt.date.fromisoformat(b), gap) for unit, a, b, gap in span_rows}

        def figures(unit: str) -> Regularity:
            first, last, gap = spans.get(unit, (None, None, 0))
            return measure(start, end, per_week.get(unit, {}), first, last, gap, peaks)

        names = {code: name for code, name, _kind in reporting_status.child_units(db, root)}
        names.update({unit: _name(db, unit) for unit in spans if unit not in names and unit != repo.WHOLE})
        units = [
            UnitRegularity(unit, names[unit], figures(unit), per_week.get(unit, {}))
            for unit in sorted(names, key=lambda code: sort_key(names[code]))
        ]
        return RegularityReport(root, period, end, weeks, peaks, figures(repo.WHOLE), units)


def _name(db: Store, code: str) -> str:
    unit = units_repo.find(db, code)
    return unit.name if unit is not None else code
