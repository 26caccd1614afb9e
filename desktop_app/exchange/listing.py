"""The records behind an import's counts: for each record counted new, updated, older than the one
here (conflicting) or set aside, what the window and ``--json`` show of it (its day, its place or
name, its unit), why it was counted so, and for an updated or conflicting one the fields that differ
between the version here and the one in the file. Made while the file is merged, so a preview (which
is rolled back) lists exactly what the import would write."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import orjson

from ..core.enums import QuarantineReason
from ..storage import merge
from ..storage.store import Store
from .record_list import RecordList
from .rows import SPECS

# why a record was counted where it was: the words are the window's (and the CLI's) to choose
WHY = {"new": "not_here", "updated": "newer_in_file", "conflicting": "older_in_file"}

_DAY = ("held_on", "read_at", "issued_on")
_NAME = ("place", "name", "title", "code")
# versions, fields this version does not know, and a group's contact or a member's phone (they stay
# on this machine)
_SKIP = {"id", "hlc", "extra", "contact_name", "contact_phone", "phone"}


def _first(row: Mapping[str, Any], names: Sequence[str]) -> str:
    for name in names:
        if row.get(name):
            return str(row[name])
    return ""


def entry(
    count: str, table: str, row: Mapping[str, Any], reason: str, here: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """One record behind a count, as plain data (``FileOutcome.records``)."""
    out: dict[str, Any] = {
        "count": count,
        "table": table,
        "id": row.get("id") or row.get("code"),
        "day": _first(row, _DAY)[:10],
        "name": _first(row, _NAME),
        "unit": row.get("unit_code") or row.get("owner_unit") or "",
        "reason": reason,
    }
    if here is not None:
        out["changes"] = [
            {"field": k, "here": _text(here.get(k)), "file": _text(v)}
            for k, v in row.items()
            if k not in _SKIP and _text(here.get(k)) != _text(v)
        ]
    return out


def set_aside(table: str, sent: str, reason: str) -> dict[str, Any]:
    """A record set aside (quarantine), from the row kept for it."""
    return entry("quarantined", table, orjson.loads(sent), reason)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return orjson.dumps(value).decode() if isinstance(value, (list, dict)) else str(value)


def _picks(table: str) -> tuple[int, tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Where a table's row holds what ``entry`` shows: the id, and the candidate columns of the day,
    the name and the unit in the order ``entry`` tries them."""
    cols = SPECS[table].columns

    def at(names: Sequence[str]) -> tuple[int, ...]:
        return tuple(cols.index(n) for n in names if n in cols)

    return at(("id", "code"))[0], at(_DAY), at(_NAME), at(("unit_code", "owner_unit"))


_PICKS = {table: _picks(table) for table in SPECS}


def _pick(row: Sequence[Any], at: tuple[int, ...]) -> str:
    for i in at:
        if row[i]:
            return str(row[i])
    return ""


def _column(rows: list[tuple[Any, ...]], at: tuple[int, ...]) -> list[str]:
    """``_pick`` over many rows (one comprehension when a single column holds it)."""
    if len(at) == 1:
        i = at[0]
        return [str(v) if (v := row[i]) else "" for row in rows]
    return [_pick(row, at) for row in rows]


def list_merged(
    db: Store,
    table: str,
    rows: Mapping[str, tuple[Any, ...]],
    new: Sequence[str],
    replaced: Sequence[str],
    lost: Sequence[tuple[Any, ...]],
    quarantined: Sequence[tuple[str, str, QuarantineReason, str]],
    listed: RecordList,
) -> None:
    """Adds to ``listed`` every record of one table's merge, read before it is written (the version
    here is the one the file's is compared with). A new record is listed straight from its row, as
    ``entry`` would list it: an import lists every one of them."""
    spec = SPECS[table]
    cols = spec.columns
    compared = [*replaced, *(row[0] for row in lost)]
    here = merge.current_rows(db, table, spec.key, cols, compared) if compared else {}
    if new:
        id_at, day_at, name_at, unit_at = _PICKS[table]
        fresh = [rows[rid] for rid in new]
        days = [day[:10] for day in _column(fresh, day_at)]
        ids = [row[id_at] for row in fresh]
        listed.add_many("new", table, WHY["new"], ids, days, _column(fresh, name_at), _column(fresh, unit_at))
    for rid in replaced:
        listed.append(
            entry("updated", table, dict(zip(cols, rows[rid], strict=True)), WHY["updated"], here.get(rid, {}))
        )
    for row in lost:
        older = dict(zip(cols, row, strict=True))
        listed.append(entry("conflicting", table, older, WHY["conflicting"], here.get(row[0], {})))
    for _rid, _hlc, why, sent in quarantined:
        listed.append(set_aside(table, sent, why.value))
