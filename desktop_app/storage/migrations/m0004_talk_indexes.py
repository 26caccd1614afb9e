"""Migration ``0004_talk_indexes``: drop the two talk indexes of 0001 that 0003's covering indexes made
redundant.

``talks_unit_date`` (unit, date, format, attendance) is a prefix of ``talks_report`` and
``talks_date`` (date, id) is served by ``talks_report_owner`` (date first): since 0003 the query
planner picks the 0003 index for every talk query of the window, the reports and the exchange
(EXPLAIN QUERY PLAN, benchmarks/README.md), so these two were only written, never read. Each cost
an index insertion per talk; ``talks_date`` in particular puts every talk of a bundle on a
different page (dates spread over the year), which made bulk imports write and journal about
twice the pages.

Frozen: the SQL here is the text this migration ran when it was released. Never edit it (a
database migrated before the edit would differ from one migrated after); change the schema in a
new migration. ``tests/storage/test_migrations.py`` holds the checksum of what it runs.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0004_talk_indexes"

STATEMENTS = (
    "DROP INDEX IF EXISTS talks_unit_date",
    "DROP INDEX IF EXISTS talks_date",
)


def apply(db: Database) -> None:
    for statement in STATEMENTS:
        db.execute(statement)
