"""Migration ``0016_summaries``: report figures kept per unit and month (issue 18), so a report
reads a few thousand summary rows instead of every talk.

Triggers note the (unit, month) cells a write touches, old and new values, in ``summary_dirty``;
``storage/summaries.py`` recomputes those cells from the talks before the transaction commits.
Every cell of the talks already here is noted at once, and the first write or report fills them.
The triggers test for a noted cell rather than ``INSERT OR IGNORE``: the conflict clause of the
statement that fires a trigger (an import's upsert) overrides the trigger's own.
Open follow-ups depend on today, so they are read from the talks through a partial index (which
holds its WHERE columns too: SQLite 3.40 does not count them as covered otherwise).

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0016_summaries"

_FIGURES = """sessions INTEGER NOT NULL, attendance INTEGER NOT NULL, views INTEGER NOT NULL,
            likes INTEGER NOT NULL, shares INTEGER NOT NULL, comments INTEGER NOT NULL,
            points INTEGER NOT NULL, questions INTEGER NOT NULL"""

SQL = f"""
        CREATE TABLE summary_dirty (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, PRIMARY KEY (unit_code, month)
        ) WITHOUT ROWID;
        CREATE TABLE summary_format (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, format TEXT NOT NULL,
            {_FIGURES}, follow_up_questions INTEGER NOT NULL,
            PRIMARY KEY (unit_code, month, format)
        ) WITHOUT ROWID;
        CREATE TABLE summary_topic (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, topic_id TEXT NOT NULL,
            {_FIGURES}, PRIMARY KEY (unit_code, month, topic_id)
        ) WITHOUT ROWID;
        CREATE TABLE summary_group_kind (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, kind TEXT NOT NULL,
            {_FIGURES}, PRIMARY KEY (unit_code, month, kind)
        ) WITHOUT ROWID;
        CREATE TABLE summary_theme (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, theme TEXT NOT NULL,
            talks INTEGER NOT NULL, questions INTEGER NOT NULL, PRIMARY KEY (unit_code, month, theme)
        ) WITHOUT ROWID;
        CREATE TABLE summary_document (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, document_id TEXT NOT NULL,
            sessions INTEGER NOT NULL, attendance INTEGER NOT NULL, PRIMARY KEY (unit_code, month, document_id)
        ) WITHOUT ROWID;
        CREATE TABLE summary_area (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, tagged INTEGER NOT NULL, online INTEGER NOT NULL,
            talks INTEGER NOT NULL, attendance INTEGER NOT NULL, PRIMARY KEY (unit_code, month, tagged, online)
        ) WITHOUT ROWID;
        CREATE TABLE summary_day (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, day TEXT NOT NULL, sessions INTEGER NOT NULL,
            PRIMARY KEY (unit_code, month, day)
        ) WITHOUT ROWID;

        CREATE INDEX talks_open_follow_ups ON talks(unit_code, held_on, deleted, follow_up_status, follow_up_due,
            questions_count, question_themes) WHERE follow_up_status = 'open' AND deleted = 0;

        CREATE TRIGGER talks_summary_insert AFTER INSERT ON talks BEGIN
            INSERT INTO summary_dirty SELECT new.unit_code, substr(new.held_on, 1, 7)
            WHERE NOT EXISTS (SELECT 1 FROM summary_dirty
                              WHERE unit_code = new.unit_code AND month = substr(new.held_on, 1, 7));
        END;
        CREATE TRIGGER talks_summary_update AFTER UPDATE ON talks BEGIN
            INSERT INTO summary_dirty SELECT old.unit_code, substr(old.held_on, 1, 7)
            WHERE NOT EXISTS (SELECT 1 FROM summary_dirty
                              WHERE unit_code = old.unit_code AND month = substr(old.held_on, 1, 7));
            INSERT INTO summary_dirty SELECT new.unit_code, substr(new.held_on, 1, 7)
            WHERE NOT EXISTS (SELECT 1 FROM summary_dirty
                              WHERE unit_code = new.unit_code AND month = substr(new.held_on, 1, 7));
        END;
        CREATE TRIGGER talks_summary_delete AFTER DELETE ON talks BEGIN
            INSERT INTO summary_dirty SELECT old.unit_code, substr(old.held_on, 1, 7)
            WHERE NOT EXISTS (SELECT 1 FROM summary_dirty
                              WHERE unit_code = old.unit_code AND month = substr(old.held_on, 1, 7));
        END;
        CREATE TRIGGER groups_summary_insert AFTER INSERT ON groups BEGIN
            INSERT INTO summary_dirty SELECT DISTINCT t.unit_code, substr(t.held_on, 1, 7)
            FROM talk_groups tg JOIN talks t ON t.id = tg.talk_id WHERE NOT EXISTS (SELECT 1 FROM summary_dirty d
            WHERE d.unit_code = t.unit_code AND d.month = substr(t.held_on, 1, 7)) AND tg.group_id = new.id;
        END;
        CREATE TRIGGER groups_summary_update AFTER UPDATE OF kind, tags, id ON groups
        WHEN old.kind IS NOT new.kind OR old.tags IS NOT new.tags OR old.id IS NOT new.id BEGIN
            INSERT INTO summary_dirty SELECT DISTINCT t.unit_code, substr(t.held_on, 1, 7)
            FROM talk_groups tg JOIN talks t ON t.id = tg.talk_id WHERE NOT EXISTS (SELECT 1 FROM summary_dirty d
            WHERE d.unit_code = t.unit_code AND d.month = substr(t.held_on, 1, 7)) AND tg.group_id IN (old.id, new.id);
        END;
        CREATE TRIGGER groups_summary_delete AFTER DELETE ON groups BEGIN
            INSERT INTO summary_dirty SELECT DISTINCT t.unit_code, substr(t.held_on, 1, 7)
            FROM talk_groups tg JOIN talks t ON t.id = tg.talk_id WHERE NOT EXISTS (SELECT 1 FROM summary_dirty d
            WHERE d.unit_code = t.unit_code AND d.month = substr(t.held_on, 1, 7)) AND tg.group_id = old.id;
        END;
        CREATE TRIGGER unit_tags_summary_insert AFTER INSERT ON unit_tags BEGIN
            INSERT INTO summary_dirty SELECT DISTINCT unit_code, substr(held_on, 1, 7)
            FROM talks WHERE NOT EXISTS (SELECT 1 FROM summary_dirty d
            WHERE d.unit_code = talks.unit_code AND d.month = substr(talks.held_on, 1, 7))
            AND unit_code = new.unit_code;
        END;
        CREATE TRIGGER unit_tags_summary_delete AFTER DELETE ON unit_tags BEGIN
            INSERT INTO summary_dirty SELECT DISTINCT unit_code, substr(held_on, 1, 7)
            FROM talks WHERE NOT EXISTS (SELECT 1 FROM summary_dirty d
            WHERE d.unit_code = talks.unit_code AND d.month = substr(talks.held_on, 1, 7))
            AND unit_code = old.unit_code;
        END;

        INSERT OR IGNORE INTO summary_dirty SELECT DISTINCT unit_code, substr(held_on, 1, 7) FROM talks;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
