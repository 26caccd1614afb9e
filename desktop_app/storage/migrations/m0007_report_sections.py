"""Migration ``0007_report_sections``: the written sections of a unit's periodic report (issue 13).

One row per unit, period and section (general situation, leadership, conferences, the force of
báo cáo viên, public opinion, assessment, direction, recommendations), versioned like every synced
record so a commune's sections travel up in its log bundles and the newest version wins.

Frozen: the SQL here is the text this migration ran when it was released. Never edit it; change
the schema in a new migration. ``tests/storage/test_migrations.py`` holds the checksum of what it runs.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0007_report_sections"

SQL = """
        CREATE TABLE report_sections (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            unit_code TEXT NOT NULL,
            period TEXT NOT NULL,
            section TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX report_sections_unit_period ON report_sections(unit_code, period, section);
        CREATE INDEX report_sections_hlc ON report_sections(owner_unit, hlc);
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
