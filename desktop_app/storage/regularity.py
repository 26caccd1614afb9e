"""Regularity figures: the talks of a period under a unit, by child unit (``top`` as in the
report) and week, and each unit's first and last active day and longest inner gap.

Read through the covering index ``talks_report`` (unit, date, deleted): one pass into a temporary
table of active days, then two groupings. A Monday is ``date(day, '-6 days', 'weekday 1')``.
Deleted talks never count. ``topic_months`` groups a report's selection (the talks the report
already read) by topic and month.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

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
    try:
        db.execute(f"CREATE TEMP TABLE regularity_scope_{n} (code TEXT PRIMARY KEY, top TEXT NOT NULL)")
        db.execute(f"INSERT INTO {scope} WITH RECURSIVE {cte} SELECT code, top FROM scope", params)
        db.execute(
            f"CREATE TEMP TABLE regularity_days_{n} AS WITH r AS MATERIALIZED (SELECT t.unit_code, t.held_on, "
            f"count(*) AS n FROM talks t WHERE t.unit_code IN (SELECT code FROM {scope}) "
            "AND t.held_on BETWEEN ? AND ? AND t.deleted = 0 GROUP BY t.unit_code, t.held_on) "
            f"SELECT s.top, r.held_on AS day, sum(r.n) AS n FROM r JOIN {scope} s ON s.code = r.unit_code "
            "GROUP BY s.top, r.held_on",
            [start, end],
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


TopicMonthRow = tuple[str, str, int]  # (topic name, month "2026-07", talks)


def topic_months(db: Store, selected_table: str) -> list[TopicMonthRow]:
    """Talks per named topic and month over a report's selected talks
    (``report_figures.Selection.table``): a talk on two topics counts under each, a talk with no
    topic under none."""
    return [
        (str(r[0]), str(r[1]), int(r[2]))
        for r in db.execute(
            f"SELECT coalesce(tp.name, tt.topic_id), t.month, count(*) FROM {selected_table} t "
            "JOIN talk_topics tt ON tt.talk_id = t.id LEFT JOIN topics tp ON tp.id = tt.topic_id "
            "GROUP BY tt.topic_id, t.month ORDER BY tt.topic_id, t.month"
        )
    ]
