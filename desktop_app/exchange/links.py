"""Links between received rows: a course, a conference, a channel or a post names a roster member or
a channel of its own unit.

A row whose link names a record of another unit (in the same file or already here) is set aside
(``foreign_link``), as a row whose id belongs to another unit is: a file may not count one unit's
course or conference for another unit's member, nor file a post under another unit's channel. A link
to a record not known here is kept: logs are incremental and import in any order, so the member may
come in a file not imported yet; the figures count a link only when it names a record of the row's
own unit (``core.force.trained_in``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import orjson

from ..core.enums import QuarantineReason
from ..storage import merge
from .rows import SPECS
from .run import row_json

if TYPE_CHECKING:
    from ..storage.store import Store
    from .parse import Plan

# (table, column, the table it names); a list column holds several ids
LINKS: tuple[tuple[str, str, str], ...] = (
    ("force_trainings", "member_id", "force_members"),
    ("force_conferences", "attendee_ids", "force_members"),
    ("channels", "admin_member_id", "force_members"),
    ("talks", "channel_id", "channels"),
    ("channel_snapshots", "channel_id", "channels"),
)


def set_aside_foreign_links(db: Store, plan: Plan) -> None:
    """Move the rows whose link names another unit's record from ``plan.tables`` to its quarantine."""
    for table, column, target in LINKS:
        rows = plan.tables.get(table)
        if not rows:
            continue
        cols = SPECS[table].columns
        at, owner_at, hlc_at = cols.index(column), cols.index("owner_unit"), cols.index("hlc")
        named = {rid: _ids(row[at]) for rid, row in rows.items()}
        wanted = sorted({i for ids in named.values() for i in ids})
        if not wanted:
            continue
        owners = _owners(db, plan, target, wanted)
        for rid, ids in named.items():
            row = rows[rid]
            if any(owners.get(i, row[owner_at]) != row[owner_at] for i in ids):
                del rows[rid]
                plan.quarantine[table].append((rid, row[hlc_at], QuarantineReason.FOREIGN_LINK, row_json(cols, row)))


def _ids(value: str | None) -> list[str]:
    """The ids one link column holds: none, one, or a JSON list of them (as the row checker stores it)."""
    if not value:
        return []
    if value.startswith("["):
        return [str(i) for i in orjson.loads(value)]
    return [value]


def _owners(db: Store, plan: Plan, table: str, ids: list[str]) -> dict[str, str]:
    """id -> owner_unit of the named records, from this file first, then from what is stored here."""
    spec = SPECS[table]
    found = {rid: owner for rid, (_hlc, owner) in merge.existing_versions(db, table, spec.key, ids).items()}
    owner_at = spec.columns.index("owner_unit")
    sent = plan.tables.get(table, {})
    found.update({rid: sent[rid][owner_at] for rid in ids if rid in sent})
    return found
