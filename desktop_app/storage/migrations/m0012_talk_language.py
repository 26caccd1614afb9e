"""Migration ``0012_talk_language``: the language a talk was given in (issue 16, priority areas).

``talks.language`` is NULL for Vietnamese (every talk logged before), else the name of an
ethnic-minority language such as "Khmer" or "H'Mông"; it travels up with the talk.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0012_talk_language"

SQL = """
        ALTER TABLE talks ADD COLUMN language TEXT;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
