"""Period locks: the aggregator approves a period's figures; later changes are flagged, never silent.

Locking stores the approved figures (totals and by unit) and the units it covers; triggers on
``talks`` record every talk added, changed or deleted for a locked period afterwards (a late
bundle, a late edit). Unlocking is recorded with who and why; the history stays.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson

from ..core.errors import ValidationError
from ..core.ids import uuid7
from ..storage import members as member_store
from ..storage import period_locks as q
from ..storage import units as units_repo
from ..storage.period_locks import LateChange, LockEvent, LockRow
from .build import ALL, build_report, unit_info
from .periods import Period, parse

if TYPE_CHECKING:
    from ..storage.store import Store


@dataclass(frozen=True)
class Lock:
    id: str
    unit_code: str
    period: Period
    status: str
    locked_at: str
    locked_by: str
    unlocked_at: str | None
    unlocked_by: str | None
    note: str
    approved: dict[str, Any]

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "unit_code": self.unit_code,
            "period": self.period.as_dict(),
            "status": self.status,
            "locked_at": self.locked_at,
            "locked_by": self.locked_by,
            "unlocked_at": self.unlocked_at,
            "unlocked_by": self.unlocked_by,
            "note": self.note,
            "approved_totals": self.approved.get("totals", {}),
        }


def _lock(row: LockRow) -> Lock:
    return Lock(
        row["id"],
        row["unit_code"],
        parse(row["period"]),
        row["status"],
        row["locked_at"],
        row["locked_by"],
        row["unlocked_at"],
        row["unlocked_by"],
        row["note"],
        orjson.loads(row["snapshot"] or "{}"),
    )


def lock_period(
    db: Store, root: str, period: Period, by: str = "", note: str = "", today: dt.date | None = None
) -> Lock:
    """Approve ``period`` for ``root``: store the figures as they are now and flag later changes."""
    if q.find_lock(db, root, period.code):
        raise ValidationError(
            f"Kỳ {period.label} của {unit_info(db, root)[0]} đã được chốt.",
            f"{period.code} already locked for {root}",
            field="period",
        )
    report = build_report(db, root, period, by=("unit",), today=today, extras=False)
    snapshot = {
        "totals": report.totals.as_dict(),
        "by_unit": {r.key: r.figures.as_dict() for r in report.breakdowns["unit"] if r.figures},
        "approved_on": (today or dt.date.today()).isoformat(),
    }
    if root == ALL:
        covered = units_repo.all_codes(db)
    else:  # a cluster's lock covers its members too: their late files are flagged like its own
        covered = list(dict.fromkeys([*units_repo.subtree_codes(db, root), *member_store.receiving_tree(db, root)]))
    lock_id = uuid7()
    q.insert_lock(
        db,
        lock_id,
        root,
        period.code,
        period.start.isoformat(),
        period.end.isoformat(),
        by,
        orjson.dumps(snapshot).decode(),
        covered,
        note,
    )
    return _lock(q.lock_by_id(db, lock_id))


def unlock_period(db: Store, root: str, period: Period, by: str = "", note: str = "") -> Lock:
    row = q.find_lock(db, root, period.code)
    if row is None:
        raise ValidationError(
            f"Kỳ {period.label} của {unit_info(db, root)[0]} chưa được chốt.",
            f"{period.code} not locked for {root}",
            field="period",
        )
    if not note.strip():
        raise ValidationError("Hãy ghi lý do mở khóa kỳ báo cáo (--reason).", "unlock needs a reason", field="reason")
    q.unlock(db, row["id"], by, note.strip())
    return _lock(q.lock_by_id(db, row["id"]))


def list_locks(db: Store, root: str | None = None) -> list[Lock]:
    return [_lock(r) for r in q.list_locks(db, root)]


def history(db: Store, root: str | None = None) -> list[LockEvent]:
    return q.lock_events(db, root)


def late_changes(db: Store, root: str, period: Period) -> list[LateChange]:
    row = q.find_lock(db, root, period.code)
    return q.late_changes(db, row["id"]) if row else []


def locked_period_for(db: Store, unit_code: str, day: dt.date | str) -> Lock | None:
    """The active lock covering a talk of ``unit_code`` held on ``day`` (for an import preview)."""
    row = q.locked_period_for(db, unit_code, day if isinstance(day, str) else day.isoformat())
    return _lock(row) if row else None
