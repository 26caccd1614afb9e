"""What an import looks at in ``talks`` rows beyond their fields: a follow-up's resolved day not
still to come (``core.follow_up``; a day before the talk is refused by the row checker), so a file
cannot carry a time to answer this installation would refuse to save; and how many urgent concerns
a file brings (the import result's "1 ý kiến khẩn")."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.follow_up import resolution_problem
from ..core.validation import label
from ..storage import merge
from ..storage.store import Store
from .errors import BundleRefused
from .rows import SPECS

_COLUMNS = SPECS["talks"].columns
HELD_AT = _COLUMNS.index("held_on")
RESOLVED_AT = _COLUMNS.index("follow_up_resolved_on")
_HLC_AT, _DELETED_AT = _COLUMNS.index("hlc"), _COLUMNS.index("deleted")
_STATUS_AT, _URGENT_AT = _COLUMNS.index("follow_up_status"), _COLUMNS.index("urgent")
# a sender's calendar may run ahead of this one by a day or two (as for a talk's own date)
LEEWAY = dt.timedelta(days=2)


def check_talk(row: tuple[Any, ...], line: int, name: str, today: dt.date) -> None:
    resolved = row[RESOLVED_AT]
    if resolved is None:
        return
    problem = resolution_problem(dt.date.fromisoformat(row[HELD_AT]), dt.date.fromisoformat(resolved), today + LEEWAY)
    if problem is not None:
        reason_vi, detail = problem
        raise BundleRefused(
            "invalid_record",
            f"{name} line {line}: {detail}",
            field="follow_up_resolved_on",
            line=line,
            name=name,
            problem=f"{label('follow_up_resolved_on')}: {reason_vi}",
        )


def urgent_arriving(db: Store, rows: dict[str, tuple[Any, ...]]) -> int:
    """Talks of the file marked urgent, not deleted and not yet resolved, that are new here or
    newer than the version here (read before they are merged)."""
    urgent = {
        rid: row[_HLC_AT]
        for rid, row in rows.items()
        if row[_URGENT_AT] and not row[_DELETED_AT] and row[_STATUS_AT] != "done"
    }
    if not urgent:
        return 0
    here = merge.existing_versions(db, "talks", "id", list(urgent))
    return sum(1 for rid, hlc in urgent.items() if rid not in here or hlc > here[rid][0])
