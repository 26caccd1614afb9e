"""Small read-only queries the window needs: totals for a period and open follow-ups.

Kept apart from ``records_repo`` so the window's needs stay visible in one place. No Qt.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..core.filters import TalkFilter
from ..core.records import Figures, Talk
from .records_repo import talk_where, talks_by_ids
from .talk_order import ordered_ids_sql

if TYPE_CHECKING:
    from .store import Store


def talk_totals(db: Store, flt: TalkFilter | None = None) -> Figures:
    where, params = talk_where(flt or TalkFilter())
    row = db.execute(
        "SELECT count(*), coalesce(sum(attendance), 0), coalesce(sum(online_views), 0), "
        "coalesce(sum(online_likes), 0), coalesce(sum(online_shares), 0), "
        "coalesce(sum(online_comments), 0), coalesce(sum(online_points), 0), "
        f"coalesce(sum(questions_count), 0) FROM talks t WHERE {where}",
        params,
    ).fetchone()
    return Figures.of(row)


def follow_ups_due(db: Store, until: dt.date, limit: int = 20, owner_unit: str | None = None) -> list[Talk]:
    """Open follow-ups whose due date is on or before ``until``, oldest first; only those of talks
    ``owner_unit`` wrote when given."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM talks WHERE deleted = 0 AND follow_up_status = 'open' "
            "AND follow_up_due IS NOT NULL AND follow_up_due <= ? AND (? IS NULL OR owner_unit = ?) "
            "ORDER BY follow_up_due LIMIT ?",
            [until.isoformat(), owner_unit, owner_unit, limit],
        ).fetchall()
    ]
    return talks_by_ids(db, ids)


def overdue_by_owner(db: Store, today: dt.date, other_than: str) -> list[tuple[str, int]]:
    """Open follow-ups past their due date in talks written by units other than ``other_than``:
    (writing unit, count), most first."""
    return [
        (r[0], r[1])
        for r in db.execute(
            "SELECT owner_unit, count(*) AS n FROM talks WHERE deleted = 0 AND follow_up_status = 'open' "
            "AND follow_up_due IS NOT NULL AND follow_up_due < ? AND owner_unit != ? "
            "GROUP BY owner_unit ORDER BY n DESC, owner_unit",
            [today.isoformat(), other_than],
        ).fetchall()
    ]


def changed_since(db: Store, owner_unit: str, watermark: str) -> int:
    """Talks and groups of this unit changed after the last log sent (what the next file will carry)."""
    return sum(
        db.execute(
            f"SELECT count(*) FROM {table} WHERE owner_unit = ? AND hlc > ?", [owner_unit, watermark]
        ).fetchone()[0]
        for table in ("talks", "groups")
    )


def recent_values(db: Store, column: str, scan: int = 5000, limit: int = 200) -> list[str]:
    """Distinct values of a talk text column among the most recent talks, newest first (completion).

    Bounded by ``scan`` so it costs the same with a thousand talks or a million."""
    assert column in ("place", "presenters")
    rows = db.execute(
        f"SELECT {column} FROM (SELECT {column}, held_on FROM talks WHERE deleted = 0 "
        f"ORDER BY held_on DESC LIMIT ?) WHERE {column} != '' GROUP BY {column} "
        "ORDER BY max(held_on) DESC LIMIT ?",
        [scan, limit],
    ).fetchall()
    return [r[0] for r in rows]


def packed_talk_ids(db: Store, flt: TalkFilter, sort: str = "date", descending: bool = True) -> tuple[int, str] | None:
    """Every matching talk id in display order as one string of equal-width ids (width, text), or
    None when the ids differ in width. A million UUIDs take 36 MB this way instead of ~150 MB as a
    list of Python strings, and SQLite builds the string without a Python loop."""
    sql, params = ordered_ids_sql(db, flt, sort, descending)
    count, low, high, text = db.execute(
        f"SELECT count(*), min(length(id)), max(length(id)), group_concat(id, '') FROM ({sql})", params
    ).fetchone()
    if not count:
        return (1, "")
    if low != high:
        return None
    return (low, text)
