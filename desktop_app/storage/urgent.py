"""Talks whose concerns were marked urgent (issue 16): the aggregator's first group in "Cần làm
ngay", ``sotay talks list --urgent``. Read through the partial index ``talks_urgent`` (migration
0015), so the question stays cheap however many talks there are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..core.records import Talk
from .records_repo import talks_by_ids

if TYPE_CHECKING:
    from .store import Store


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
