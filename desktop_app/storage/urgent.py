"""Talks whose concerns were marked urgent (issue 16): the aggregator's first group in "Cần làm
ngay", ``sotay talks list --urgent``. Read through the partial index ``talks_urgent`` (migration
0015), so the question stays cheap however many talks there are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.records import Talk
from .records_repo import talks_by_ids

if TYPE_CHECKING:
    from .store import Store


def unsent_urgent(db: Store, owner_unit: str) -> int:
    """Urgent talks ``owner_unit`` wrote (or changed) since its last log was written: what the
    "Gửi ngay ý kiến khẩn" button would send."""
    row = db.execute(
        "SELECT count(*) FROM talks WHERE urgent = 1 AND deleted = 0 AND owner_unit = ? AND hlc > "
        "coalesce((SELECT max(watermark) FROM exchange_exports WHERE kind = 'log'), '')",
        [owner_unit],
    ).fetchone()
    return int(row[0])


def urgent_talks(db: Store, limit: int = 20, other_than: str | None = None) -> list[Talk]:
    """Urgent talks whose follow-up is not done, newest first, leaving out those ``other_than``
    wrote (an aggregator's own) when given."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM talks WHERE urgent = 1 AND deleted = 0 AND follow_up_status != 'done' "
            "AND (? IS NULL OR owner_unit != ?) "
            "ORDER BY held_on DESC, hlc DESC LIMIT ?",
            [other_than, other_than, limit],
        ).fetchall()
    ]
    return talks_by_ids(db, ids)
