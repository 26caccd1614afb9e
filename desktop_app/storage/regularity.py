"""Regularity figures: the talks of a period under a unit, by child unit (``top`` as in the
report) and week, and each unit's first and last active day and longest inner gap.

Read from the summary of sessions per unit and day (``summaries.DAY``, kept with the talks): one
pass into a temporary table of active days, then two groupings. A Monday is
``date(day, '-6 days', 'weekday 1')``. Deleted talks never count.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from . import summaries
from .report_figures import scope_cte

if TYPE_CHECKING:
    from .store import Store

WHOLE = ""  # the key of the root's own figures (every unit under it together)
_COUNTER = itertools.count(1)

WeekRow = tuple[str, str, int]  # (unit, Monday, activities)
SpanRow = tuple[str, str, str, int]  # (unit, first day, last day, longest gap between active days)


def activity(db: Store, root: str, start: str, end: str) -> tuple[list[WeekRow], list[SpanRow]]:
    """Per child unit of ``root`` and for the whole (key ``WHOLE``): activities by week, and spans."""
    n = next(_COUNTER)
    scope, days = f"temp.regularity_scope_{n}", f"temp.regularity_days_{n}"
    cte, params = scope_cte(root)
    summaries.ensure_current(db)
    try:
        db.execute(f"CREATE TEMP TABLE regularity_scope_{n} (code TEXT PRIMARY KEY, top TEXT NOT NULL)")
        db.execute(f"INSERT INTO {scope} WITH RECURSIVE {cte} SELECT code, top FROM scope", params)
        db.execute(
            f"CREATE TEMP TABLE regularity_days_{n} AS SELECT s.top, d.day, sum(d.sessions) AS n "
            f"FROM main.{summaries.DAY.table} d JOIN {scope} s ON s.code = d.unit_code "
            f"WHERE d.unit_code IN (SELECT code FROM {scope}) AND d.month BETWEEN ? AND ? AND d.day BETWEEN ? AND ? "
            "GROUP BY s.top, d.day",
            [start[:7], end[:7], start, end],
        )
        weeks = [
            (str(r[0]), str(r[1]), int(r[2]))
            for r in db.execute(
                f"SELECT top, date(day, '-6 days', 'weekday 1') AS monday, sum(n) FROM {days} GROUP BY top, monday "
                f"UNION ALL SELECT ?, date(day, '-6 days', 'weekday 1') AS monday, sum(n) FROM {days} GROUP BY monday",
                [WHOLE],
            )
        ]
        spans = [
            (str(r[0]), str(r[1]), str(r[2]), int(r[3] or 0))
            for r in db.execute(
                "WITH g AS (SELECT top, day, julianday(day) - julianday(lag(day) OVER (PARTITION BY top "
                f"ORDER BY day)) - 1 AS gap FROM {days}), w AS (SELECT DISTINCT day FROM {days}), "
                "wg AS (SELECT day, julianday(day) - julianday(lag(day) OVER (ORDER BY day)) - 1 AS gap FROM w) "
                "SELECT top, min(day), max(day), max(gap) FROM g GROUP BY top "
                "UNION ALL SELECT ?, min(day), max(day), max(gap) FROM wg HAVING count(*) > 0",
                [WHOLE],
            )
        ]
    finally:
        db.execute(f"DROP TABLE IF EXISTS {days}")
        db.execute(f"DROP TABLE IF EXISTS {scope}")
    return weeks, spans
