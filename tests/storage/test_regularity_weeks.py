"""Weeks and spans of active days are worked out in Python (issue 18: SQLite's date and window
functions over every unit's day cost more than reading them): equal to the SQL definitions, a
Monday being ``date(day, '-6 days', 'weekday 1')`` and a gap the days between two active days."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3

import pytest

from desktop_app.storage.regularity import WHOLE, weeks_and_spans


def by_sql(days: list[tuple[str, str, int]]) -> tuple[list, list]:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE days (top TEXT, day TEXT, n INTEGER)")
    conn.executemany("INSERT INTO days VALUES (?, ?, ?)", days)
    weeks = conn.execute(
        "SELECT top, date(day, '-6 days', 'weekday 1') AS monday, sum(n) FROM days GROUP BY top, monday "
        "UNION ALL SELECT ?, date(day, '-6 days', 'weekday 1') AS monday, sum(n) FROM days GROUP BY monday",
        [WHOLE],
    ).fetchall()
    spans = conn.execute(
        "WITH g AS (SELECT top, day, julianday(day) - julianday(lag(day) OVER (PARTITION BY top "
        "ORDER BY day)) - 1 AS gap FROM days), w AS (SELECT DISTINCT day FROM days), "
        "wg AS (SELECT day, julianday(day) - julianday(lag(day) OVER (ORDER BY day)) - 1 AS gap FROM w) "
        "SELECT top, min(day), max(day), max(gap) FROM g GROUP BY top "
        "UNION ALL SELECT ?, min(day), max(day), max(gap) FROM wg HAVING count(*) > 0",
        [WHOLE],
    ).fetchall()
    return sorted(weeks), sorted((t, a, b, int(g or 0)) for t, a, b, g in spans)


@pytest.mark.parametrize("seed", range(20))
def testweeks_and_spans_equal_the_sql_definitions(seed):
    rng = random.Random(seed)
    start = dt.date(2025, 12, 1) + dt.timedelta(days=rng.randrange(60))
    units = [f"U{i}" for i in range(rng.randrange(0, 5))]
    days = sorted(
        {
            (unit, (start + dt.timedelta(days=rng.randrange(400))).isoformat()): rng.randrange(1, 9)
            for unit in units
            for _ in range(rng.randrange(1, 40))
        }.items()
    )
    rows = [(unit, day, n) for (unit, day), n in days]
    weeks, spans = weeks_and_spans(rows)
    assert (sorted(weeks), sorted(spans)) == by_sql(rows)
