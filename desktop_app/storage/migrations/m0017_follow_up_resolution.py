"""Migration ``0017_follow_up_resolution``: how a talk's follow-up ended, and urgent concerns (issue 16, item 5).

``talks.follow_up_outcome`` is NULL while a follow-up is open (and on every talk logged before),
else ``answered`` or ``transferred``; ``talks.follow_up_resolved_on`` is the day it was answered or
transferred (NULL: not known); ``talks.urgent`` marks concerns the commune sent up at once. All
three travel up with the talk; files of earlier versions read as not resolved and not urgent.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0017_follow_up_resolution"

SQL = """
        ALTER TABLE talks ADD COLUMN follow_up_outcome TEXT;
        ALTER TABLE talks ADD COLUMN follow_up_resolved_on TEXT;
        ALTER TABLE talks ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
        CREATE INDEX talks_urgent ON talks(urgent, held_on) WHERE urgent = 1;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
