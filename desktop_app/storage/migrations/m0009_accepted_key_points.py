"""Migration ``0009_accepted_key_points``: key points a reader accepted from a machine draft (issue 17).

Local to this installation and never sent: one row per document, the points as the reader accepted
or edited them, when, and whether they were edited. The document's own key points (written by the
unit that issued it) stay where they are; the two are shown apart.

Frozen once released: the SQL here is the text this migration ran. Change the schema in a new one.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0009_accepted_key_points"

SQL = """
        CREATE TABLE accepted_key_points (
            document_id TEXT PRIMARY KEY,
            points TEXT NOT NULL DEFAULT '[]',
            accepted_at TEXT NOT NULL,
            edited INTEGER NOT NULL DEFAULT 0
        );
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
