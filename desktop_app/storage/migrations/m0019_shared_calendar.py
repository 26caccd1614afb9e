"""Migration ``0019_shared_calendar``: the calendar entries an aggregator adds (issue 16), which
travel down in its packs: one row per entry, recurring each year on ``start_md`` (``MM-DD``) to
``end_md``. A receiver shows them as from above; it may hide one (a row of ``calendar_entries``),
never change it.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0019_shared_calendar"

SQL = """
        CREATE TABLE shared_calendar (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            start_md TEXT NOT NULL,
            end_md TEXT NOT NULL,
            major INTEGER NOT NULL DEFAULT 0,
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX shared_calendar_hlc ON shared_calendar(owner_unit, hlc);
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
