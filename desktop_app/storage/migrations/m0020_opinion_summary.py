"""Migration ``0020_opinion_summary``: what the opinion section reads, kept like the other report
summaries (issue 18), so a country's year no longer reads every talk that raised a question.

``summary_opinion`` holds, per unit, month and question theme, the talks that raised it and their
questions, a talk counted once per theme even when it lists the theme twice (the section's rule;
``summary_theme`` counts each listing). It is filled here from the talks; afterwards
``storage/summaries.py`` keeps it with the others. The talks with a follow-up (open or done) get a
partial index by day: the section reads those one by one (days to answer), never every talk.
``talks_owner_day`` finds the talks a few senders own in a period (who has reported, under a
province) without reading every year of their history.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0020_opinion_summary"

SQL = """
        CREATE TABLE summary_opinion (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, theme TEXT NOT NULL,
            talks INTEGER NOT NULL, questions INTEGER NOT NULL, PRIMARY KEY (unit_code, month, theme)
        ) WITHOUT ROWID;
        INSERT INTO summary_opinion (unit_code, month, theme, talks, questions)
            SELECT t.unit_code, substr(t.held_on, 1, 7) AS m, j.value AS theme, count(*),
                coalesce(sum(t.questions_count), 0)
            FROM talks t, json_each(t.question_themes) j
            WHERE t.deleted = 0 AND t.question_themes != '[]'
                AND NOT EXISTS (SELECT 1 FROM json_each(t.question_themes) d WHERE d.value = j.value AND d.key < j.key)
            GROUP BY t.unit_code, m, theme;
        CREATE INDEX talks_follow_ups ON talks(held_on) WHERE follow_up_status != 'none' AND deleted = 0;
        CREATE INDEX talks_owner_day ON talks(owner_unit, held_on, deleted, attendance);
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
