"""The calendar: the list shipped with the program, the entries an aggregator shares down
(``shared_calendar``, migration 0019: its own, or received from above), with this installation's
rows (migration ``0013_calendar``) laid over them: an added entry, a shipped one replaced by id, or
one hidden."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.calendar import CalendarEntry, entry

if TYPE_CHECKING:
    from .store import Store

SHIPPED_FILE = Path(__file__).resolve().parents[1] / "resources" / "calendar" / "calendar.json"


@lru_cache(maxsize=1)
def shipped() -> tuple[CalendarEntry, ...]:
    data = json.loads(SHIPPED_FILE.read_text(encoding="utf-8"))
    return tuple(
        entry(row["id"], row["kind"], row["title"], row["start"], row.get("end"), True, row.get("major", False))
        for row in data["entries"]
    )


def entries(db: Store, own_unit: str = "") -> list[CalendarEntry]:
    """Every entry in force here, in calendar order; a shared one not owned by ``own_unit`` is
    marked as from above."""
    local = {
        row[0]: row
        for row in db.execute(
            "SELECT id, kind, title, start_md, end_md, major, hidden FROM calendar_entries"
        ).fetchall()
    }
    shipped_ids = {item.id for item in shipped()}
    result = [item for item in shipped() if item.id not in local]
    for id_, kind, title, start, end, major, hidden in local.values():
        if not hidden:
            result.append(entry(id_, kind, title, start, end, id_ in shipped_ids, bool(major)))
    for item in shared(db):
        if item.id not in local:  # a local row of a shared entry only ever hides it
            result.append(replace(item, from_above="") if item.from_above == own_unit else item)
    return sorted(result, key=lambda item: (item.start, item.title))


def shared(db: Store) -> list[CalendarEntry]:
    """The live shared entries, each marked with its owner (``from_above``; cleared by ``entries``
    for this installation's own)."""
    rows = db.execute(
        "SELECT id, owner_unit, kind, title, start_md, end_md, major FROM shared_calendar WHERE deleted = 0"
    ).fetchall()
    return [
        replace(entry(id_, kind, title, start, end, major=bool(major)), from_above=owner)
        for id_, owner, kind, title, start, end, major in rows
    ]


def save_shared(db: Store, item: CalendarEntry, owner: str, hlc: str, deleted: bool = False) -> None:
    """This installation's own shared entry, a new version (a tombstone when ``deleted``)."""
    db.execute(
        """INSERT OR REPLACE INTO shared_calendar(id, owner_unit, hlc, deleted, kind, title, start_md, end_md, major)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [item.id, owner, hlc, int(deleted), item.kind.value, item.title, item.start, item.end, int(item.major)],
    )


def find(db: Store, id_: str, own_unit: str = "") -> CalendarEntry | None:
    return next((item for item in entries(db, own_unit) if item.id == id_), None)


def is_shipped(id_: str) -> bool:
    return any(item.id == id_ for item in shipped())


def save(db: Store, item: CalendarEntry) -> None:
    db.execute(
        """INSERT INTO calendar_entries(id, kind, title, start_md, end_md, major, hidden) VALUES (?, ?, ?, ?, ?, ?, 0)
           ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, title = excluded.title,
               start_md = excluded.start_md, end_md = excluded.end_md, major = excluded.major, hidden = 0""",
        [item.id, item.kind.value, item.title, item.start, item.end, int(item.major)],
    )


def remove(db: Store, item: CalendarEntry) -> None:
    """A shipped entry or one from above is hidden (it would come back otherwise); a local one is
    deleted."""
    if item.shipped or item.from_above:
        db.execute(
            """INSERT INTO calendar_entries(id, kind, title, start_md, end_md, hidden) VALUES (?, ?, ?, ?, ?, 1)
               ON CONFLICT(id) DO UPDATE SET hidden = 1""",
            [item.id, item.kind.value, item.title, item.start, item.end],
        )
    else:
        db.execute("DELETE FROM calendar_entries WHERE id = ?", [item.id])
