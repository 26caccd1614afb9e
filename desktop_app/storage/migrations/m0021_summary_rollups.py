"""Migration ``0021_summary_rollups``: the report summaries rolled up per province, and the talks per
sender and month (issue 18), so the whole country's year reads a few thousand rows.

Each ``summary_*_province`` table holds its unit summary summed over every unit under a province (in
``unit_code``, the province's code; units reached from a province by ``parent_code``, as the
country's report scope rolls them up). ``storage/summaries.py`` moves them by what the cells it
recomputes changed, in the same flush; a change of the unit tree that can move talks between
provinces (a unit added under a unit with talks or units under it, moved, or removed) notes the
roll-ups stale in ``summary_rollup_stale`` and the next flush rebuilds them all.
``summary_owner`` holds the live talks each sender owns per month, what "who has reported" reads:
the talk triggers note (sender, month) cells in ``summary_owner_dirty`` like the unit cells, and the
flush recomputes them through ``talks_owner_day``.
Filled here: the talks per sender at once, the roll-ups by the first flush.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0021_summary_rollups"

_FIGURES = """sessions INTEGER NOT NULL, attendance INTEGER NOT NULL, views INTEGER NOT NULL,
            likes INTEGER NOT NULL, shares INTEGER NOT NULL, comments INTEGER NOT NULL,
            points INTEGER NOT NULL, questions INTEGER NOT NULL"""

_NOTE_OWNER = """INSERT INTO summary_owner_dirty SELECT {row}.owner_unit, substr({row}.held_on, 1, 7)
            WHERE NOT EXISTS (SELECT 1 FROM summary_owner_dirty
                              WHERE owner_unit = {row}.owner_unit AND month = substr({row}.held_on, 1, 7));"""

# a unit whose place in the tree matters to the roll-ups: a province, or one with talks or units under it
_HOLDS = """{row}.kind = 'province' OR EXISTS (SELECT 1 FROM talks WHERE unit_code = {row}.code)
            OR EXISTS (SELECT 1 FROM units WHERE parent_code = {row}.code)"""
_NOTE_STALE = "INSERT INTO summary_rollup_stale SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM summary_rollup_stale);"

SQL = f"""
        CREATE TABLE summary_format_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, format TEXT NOT NULL,
            {_FIGURES}, follow_up_questions INTEGER NOT NULL,
            PRIMARY KEY (unit_code, month, format)
        ) WITHOUT ROWID;
        CREATE TABLE summary_topic_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, topic_id TEXT NOT NULL,
            {_FIGURES}, PRIMARY KEY (unit_code, month, topic_id)
        ) WITHOUT ROWID;
        CREATE TABLE summary_group_kind_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, kind TEXT NOT NULL,
            {_FIGURES}, PRIMARY KEY (unit_code, month, kind)
        ) WITHOUT ROWID;
        CREATE TABLE summary_theme_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, theme TEXT NOT NULL,
            talks INTEGER NOT NULL, questions INTEGER NOT NULL, PRIMARY KEY (unit_code, month, theme)
        ) WITHOUT ROWID;
        CREATE TABLE summary_opinion_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, theme TEXT NOT NULL,
            talks INTEGER NOT NULL, questions INTEGER NOT NULL, PRIMARY KEY (unit_code, month, theme)
        ) WITHOUT ROWID;
        CREATE TABLE summary_document_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, document_id TEXT NOT NULL,
            sessions INTEGER NOT NULL, attendance INTEGER NOT NULL, PRIMARY KEY (unit_code, month, document_id)
        ) WITHOUT ROWID;
        CREATE TABLE summary_area_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, tagged INTEGER NOT NULL, online INTEGER NOT NULL,
            talks INTEGER NOT NULL, attendance INTEGER NOT NULL, PRIMARY KEY (unit_code, month, tagged, online)
        ) WITHOUT ROWID;
        CREATE TABLE summary_day_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, day TEXT NOT NULL, sessions INTEGER NOT NULL,
            PRIMARY KEY (unit_code, month, day)
        ) WITHOUT ROWID;
        CREATE TABLE summary_rollup_stale (stale INTEGER PRIMARY KEY CHECK (stale = 1));

        CREATE TABLE summary_owner (
            owner_unit TEXT NOT NULL, month TEXT NOT NULL, sessions INTEGER NOT NULL, attendance INTEGER NOT NULL,
            PRIMARY KEY (owner_unit, month)
        ) WITHOUT ROWID;
        CREATE INDEX summary_owner_month ON summary_owner(month, owner_unit, sessions, attendance);
        CREATE TABLE summary_owner_dirty (
            owner_unit TEXT NOT NULL, month TEXT NOT NULL, PRIMARY KEY (owner_unit, month)
        ) WITHOUT ROWID;

        CREATE TRIGGER talks_owner_summary_insert AFTER INSERT ON talks BEGIN
            {_NOTE_OWNER.format(row="new")}
        END;
        CREATE TRIGGER talks_owner_summary_update AFTER UPDATE OF owner_unit, held_on, deleted, attendance ON talks
        BEGIN
            {_NOTE_OWNER.format(row="old")}
            {_NOTE_OWNER.format(row="new")}
        END;
        CREATE TRIGGER talks_owner_summary_delete AFTER DELETE ON talks BEGIN
            {_NOTE_OWNER.format(row="old")}
        END;
        CREATE TRIGGER units_rollup_insert AFTER INSERT ON units WHEN {_HOLDS.format(row="new")} BEGIN
            {_NOTE_STALE}
        END;
        CREATE TRIGGER units_rollup_update AFTER UPDATE OF code, parent_code, kind ON units
        WHEN old.code IS NOT new.code OR old.parent_code IS NOT new.parent_code OR old.kind IS NOT new.kind BEGIN
            {_NOTE_STALE}
        END;
        CREATE TRIGGER units_rollup_delete AFTER DELETE ON units WHEN {_HOLDS.format(row="old")} BEGIN
            {_NOTE_STALE}
        END;

        INSERT INTO summary_owner (owner_unit, month, sessions, attendance)
            SELECT owner_unit, substr(held_on, 1, 7) AS m, count(*), coalesce(sum(attendance), 0)
            FROM talks WHERE deleted = 0 GROUP BY owner_unit, m;
        INSERT INTO summary_rollup_stale VALUES (1);
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
