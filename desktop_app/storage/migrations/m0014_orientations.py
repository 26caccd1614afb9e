"""Migration ``0014_orientations``: the topics an aggregator sets its units for a month or quarter
(issue 16, định hướng tuyên truyền), one row per topic with its priority, due date, briefing
documents (library ids) and expected formats.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0014_orientations"

SQL = """
        CREATE TABLE orientations (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            period TEXT NOT NULL,
            topic TEXT NOT NULL,
            priority TEXT NOT NULL DEFAULT 'normal',
            due_on TEXT,
            document_ids TEXT NOT NULL DEFAULT '[]',
            formats TEXT NOT NULL DEFAULT '[]',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX orientations_period ON orientations(period);
        CREATE INDEX orientations_hlc ON orientations(owner_unit, hlc);
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
