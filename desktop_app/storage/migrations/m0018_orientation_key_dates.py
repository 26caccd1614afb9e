"""Migration ``0018_orientation_key_dates``: the key dates an orientation topic carries (issue 16),
a JSON array of ``YYYY-MM-DD:label`` texts; NULL (every row before, and rows from senders that
knew no key dates) means none.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0018_orientation_key_dates"

SQL = """
        ALTER TABLE orientations ADD COLUMN key_dates TEXT;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
