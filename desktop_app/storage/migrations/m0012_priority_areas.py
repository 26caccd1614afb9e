"""Migration ``0012_priority_areas``: priority areas and the language of a talk (issue 16, item 4).

``talks.language`` is NULL for Vietnamese (every talk logged before), else the name of an
ethnic-minority language such as "Tiếng Khmer"; it travels up with the talk. ``groups.tags`` (a
JSON array, NULL read as none) names the priority areas a group lives in (vùng sâu, vùng xa...); it
travels with the group. ``unit_tags`` holds the tags this installation gives a unit (a hamlet, or a
commune as the province sees it): they stay on this machine.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0012_priority_areas"

SQL = """
        ALTER TABLE talks ADD COLUMN language TEXT;
        ALTER TABLE groups ADD COLUMN tags TEXT;
        CREATE TABLE unit_tags (
            unit_code TEXT NOT NULL,
            tag TEXT NOT NULL,
            PRIMARY KEY (unit_code, tag)
        );
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
