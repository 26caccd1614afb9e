"""Small read-only queries the window needs: totals for a period and open follow-ups.

Kept apart from ``records_repo`` so the window's needs stay visible in one place. No Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.records import Talk
from .records_repo import TalkFilter, talks_by_ids

if TYPE_CHECKING:
    from .store import Store


@dataclass(frozen=True)
class TalkTotals:
    sessions: int = 0
    attendance: int = 0
    views: int = 0
    likes: int = 0
    shares: int = 0
    comments: int = 0
    points: int = 0

    @property
    def online_reach(self) -> int:
        return self.views


def talk_totals(db: Store, flt: TalkFilter | None = None) -> TalkTotals:
    where, params = (flt or TalkFilter()).where()
    row = db.execute(
        "SELECT count(*), coalesce(sum(attendance), 0), coalesce(sum(online_views), 0), "
        "coalesce(sum(online_likes), 0), coalesce(sum(online_shares), 0), "
        f"coalesce(sum(online_comments), 0), coalesce(sum(online_points), 0) FROM talks t WHERE {where}",
        params).fetchone()
    return TalkTotals(*row)


def follow_ups_due(db: Store, until: dt.date, limit: int = 20) -> list[Talk]:
    """Open follow-ups whose due date is on or before ``until``, oldest first."""
    ids = [r[0] for r in db.execute(
        "SELECT id FROM talks WHERE deleted = 0 AND follow_up_status = 'open' "
        "AND follow_up_due IS NOT NULL AND follow_up_due <= ? ORDER BY follow_up_due LIMIT ?",
        [until.isoformat(), limit]).fetchall()]
    return talks_by_ids(db, ids)


def group_talk_count(db: Store, group_id: str) -> int:
    return db.execute("SELECT count(*) FROM talk_groups g JOIN talks t ON t.id = g.talk_id "
                      "WHERE g.group_id = ? AND t.deleted = 0", [group_id]).fetchone()[0]


def changed_since(db: Store, owner_unit: str, watermark: str) -> int:
    """Talks and groups of this unit changed after the last log sent (what the next file will carry)."""
    return sum(db.execute(f"SELECT count(*) FROM {table} WHERE owner_unit = ? AND hlc > ?",
                          [owner_unit, watermark]).fetchone()[0] for table in ("talks", "groups"))
