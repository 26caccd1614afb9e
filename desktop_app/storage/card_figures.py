"""What a talk preparation card reads about one audience group: its talks in a period, the last
talk there on a topic, and the concern themes raised there with their follow-ups (themes and
counts only: no person, no free text)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import orjson

from ..core.enums import FollowUpStatus, TalkFormat

if TYPE_CHECKING:
    from .store import Store

_IN_GROUP = "t.deleted = 0 AND t.id IN (SELECT talk_id FROM talk_groups WHERE group_id = ?)"


def group_figures(db: Store, group_id: str, start: dt.date, end: dt.date) -> tuple[int, int]:
    """Talks held with the group from ``start`` to ``end`` (both included) and their attendance."""
    row = db.execute(
        f"SELECT count(*), coalesce(sum(t.attendance), 0) FROM talks t WHERE {_IN_GROUP} AND t.held_on BETWEEN ? AND ?",
        [group_id, start.isoformat(), end.isoformat()],
    ).fetchone()
    return int(row[0]), int(row[1])


def last_talk_on(db: Store, group_id: str, topic_id: str, until: dt.date) -> tuple[dt.date, TalkFormat, int] | None:
    """The latest talk with the group on the topic, on or before ``until``: its day, format, attendance."""
    row = db.execute(
        f"SELECT t.held_on, t.format, t.attendance FROM talks t WHERE {_IN_GROUP} AND t.held_on <= ? "
        "AND t.id IN (SELECT talk_id FROM talk_topics WHERE topic_id = ?) ORDER BY t.held_on DESC, t.id DESC LIMIT 1",
        [group_id, until.isoformat(), topic_id],
    ).fetchone()
    return (dt.date.fromisoformat(row[0]), TalkFormat(row[1]), int(row[2])) if row else None


def concern_themes(db: Store, group_id: str, start: dt.date, end: dt.date) -> list[tuple[str, int, int, int]]:
    """Each concern theme raised with the group in the period: the talks it came up in, and of those
    how many have a follow-up still open and how many done; most raised first."""
    rows = db.execute(
        f"SELECT t.question_themes, t.follow_up_status FROM talks t WHERE {_IN_GROUP} AND t.held_on BETWEEN ? AND ?",
        [group_id, start.isoformat(), end.isoformat()],
    ).fetchall()
    counts: dict[str, list[int]] = {}
    for themes, status in rows:
        for theme in dict.fromkeys(orjson.loads(themes or "[]")):
            c = counts.setdefault(theme, [0, 0, 0])
            c[0] += 1
            c[1] += status == FollowUpStatus.OPEN
            c[2] += status == FollowUpStatus.DONE
    return sorted(((t, *c) for t, c in counts.items()), key=lambda x: (-x[1], x[0]))  # type: ignore[misc]
