"""Migration ``0006_unit_members``: the member units of a cluster or mass organisation (issue 12).

A custom unit owned by this installation (a cluster of communes, a mass organisation) lists the
units it gathers. The list is this installation's own knowledge: it never travels in a bundle, and
only widens the tree this installation receives files from and reports on.

Frozen: the SQL here is the text this migration ran when it was released. Never edit it; change the
schema in a new migration. ``tests/storage/test_migrations.py`` holds the checksum of what it runs.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0006_unit_members"

SQL = """
        CREATE TABLE unit_members (
            unit_code TEXT NOT NULL,
            member_code TEXT NOT NULL,
            PRIMARY KEY (unit_code, member_code)
        ) WITHOUT ROWID;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
