"""Regularity figures: the talks of a period under a unit, by child unit (``top`` as in the
report) and week, and each unit's first and last active day and longest inner gap.

Read from the summary of sessions per unit and day (``summaries.DAY``, kept with the talks; for the
whole country, its roll-up per province): each child unit's days, then weeks (a day's Monday) and
spans worked out in one pass over those rows, each distinct day's date computed once (SQLite's date
functions and window functions over every unit's day cost more than the reading). Deleted talks
never count.
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from typing import TYPE_CHECKING

from . import summaries
from .report_figures import ALL, scope_cte

if TYPE_CHECKING:
    from .store import Store

WHOLE = ""  # the key of the root's own figures (every unit under it together)
_COUNTER = itertools.count(1)

WeekRow = tuple[str, str, int]  # (unit, Monday, activities)
SpanRow = tuple[str, str, str, int]  # (unit, first day, last day, longest gap between active days)


def activity(db: Store, root: str, start: str, end: str) -> tuple[list[WeekRow], list[SpanRow]]:
    """Per child unit of ``root`` and for the whole (key ``WHOLE``): activities by week, and spans."""
    n = next(_COUNTER)
    scope = f"temp.regularity_scope_{n}"
    cte, params = scope_cte(root)
    summaries.ensure_current(db)
    table = summaries.DAY.province_table if root == ALL else summaries.DAY.table  # per province: the country's
    try:
        db.execute(f"CREATE TEMP TABLE regularity_scope_{n} (code TEXT PRIMARY KEY, top TEXT NOT NULL)")
        db.execute(f"INSERT INTO {scope} WITH RECURSIVE {cte} SELECT code, top FROM scope", params)
        period = [start[:7], end[:7], start, end]
        in_period = "d.month BETWEEN ? AND ? AND d.day BETWEEN ? AND ?"
        # A child's own rows come in key order (no sorting); the rows of units under it are summed per day.
        own = db.execute(
            f"SELECT d.unit_code, d.day, d.sessions FROM main.{table} d WHERE d.unit_code IN "
            f"(SELECT code FROM {scope} WHERE code = top) AND {in_period} ORDER BY d.unit_code, d.month, d.day",
            period,
        ).fetchall()
        below = db.execute(
            f"SELECT s.top, d.day, sum(d.sessions) FROM main.{table} d JOIN {scope} s ON s.code = d.unit_code "
            f"WHERE d.unit_code IN (SELECT code FROM {scope} WHERE code != top) AND {in_period} "
            "GROUP BY s.top, d.day ORDER BY s.top, d.day",
            period,
        ).fetchall()
    finally:
        db.execute(f"DROP TABLE IF EXISTS {scope}")
    # a day of a child can come twice (its own talks and those under it): ``weeks_and_spans`` adds them
    return weeks_and_spans(list(heapq.merge(own, below)) if below else own)


def weeks_and_spans(days: list[tuple[str, str, int]]) -> tuple[list[WeekRow], list[SpanRow]]:
    """Weeks and spans of (unit, day, activities) rows ordered by unit and day (a unit's day may
    come in more than one row); each distinct day's number and Monday worked out once (tens of
    thousands of rows for a province's year)."""
    calendar: dict[str, tuple[int, str]] = {}  # day → (day number, its Monday)
    weeks: dict[tuple[str, str], int] = {}
    whole: dict[str, int] = {}
    spans: list[SpanRow] = []
    unit, first, last, gap, previous = "", "", "", 0, 0
    for top, day, count in days:
        if day not in calendar:
            date = dt.date.fromisoformat(day)
            calendar[day] = (date.toordinal(), (date - dt.timedelta(days=date.weekday())).isoformat())
        number, monday = calendar[day]
        weeks[(top, monday)] = weeks.get((top, monday), 0) + count
        whole[monday] = whole.get(monday, 0) + count
        if top != unit or not first:
            if first:
                spans.append((unit, first, last, gap))
            unit, first, gap = top, day, 0
        else:
            gap = max(gap, number - previous - 1)
        last, previous = day, number
    if first:
        spans.append((unit, first, last, gap))
        ordered = sorted(calendar.items())
        longest = max((b[0] - a[0] - 1 for (_d, a), (_e, b) in itertools.pairwise(ordered)), default=0)
        spans.append((WHOLE, ordered[0][0], ordered[-1][0], longest))
    week_rows = [(top, monday, count) for (top, monday), count in weeks.items()]
    week_rows += [(WHOLE, monday, count) for monday, count in whole.items()]
    return week_rows, spans
