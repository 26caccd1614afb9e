"""Migration ``0013_calendar``: this installation's changes to the shipped calendar (issue 16).

A row either adds an entry of its own, replaces a shipped entry of the same id, or hides one
(``hidden``). The rows stay on this machine: they do not travel in bundles.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0013_calendar"

SQL = """
        CREATE TABLE calendar_entries (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            title TEXT NOT NULL,
            start_md TEXT NOT NULL,
            end_md TEXT NOT NULL,
            major INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0
        );
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
