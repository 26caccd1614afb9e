"""The calendar: the list shipped with the program, with this installation's rows (migration
``0013_calendar``) laid over it: an added entry, a shipped one replaced by id, or one hidden."""

from __future__ import annotations

import json
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


def entries(db: Store) -> list[CalendarEntry]:
    """Every entry in force here, in calendar order."""
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
    return sorted(result, key=lambda item: (item.start, item.title))


def find(db: Store, id_: str) -> CalendarEntry | None:
    return next((item for item in entries(db) if item.id == id_), None)


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
    """A shipped entry is hidden (it would come back from the file otherwise); an own one is deleted."""
    if item.shipped:
        db.execute(
            """INSERT INTO calendar_entries(id, kind, title, start_md, end_md, hidden) VALUES (?, ?, ?, ?, ?, 1)
               ON CONFLICT(id) DO UPDATE SET hidden = 1""",
            [item.id, item.kind.value, item.title, item.start, item.end],
        )
    else:
        db.execute("DELETE FROM calendar_entries WHERE id = ?", [item.id])
