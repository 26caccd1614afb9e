"""Migration ``0022_flat_history``: what a report reads of the exchange ledger and of the follow-ups
no longer grows with the years of history (issue 18).

``ledger_senders`` holds, per sender, its logs and snapshots received, the newest of them, and when
it was applied; ``ledger_gaps`` the bundles whose predecessor never arrived and that no later
snapshot has healed. Triggers keep both as ledger rows are added (the ledger is only ever added to):
a row closes the gap it fills, a snapshot heals the gaps before it. "Who has reported" reads these
few rows instead of every bundle of every year.
``summary_follow_up`` (and its roll-up per province) holds where the matters raised stand, per unit
and month, for the opinion section: talks with a follow-up by state and days to answer, and the
talks marked urgent; filled here, kept by ``storage/summaries.py`` with the other summaries. A partial
index reads the oldest overdue matters first (open follow-ups with a due day); 0020's index of the
follow-ups by day, which the section no longer reads, goes.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0022_flat_history"

_GAP = """SELECT {row}.sender_unit, {row}.bundle_id, {row}.previous_bundle_id, {row}.previous_created_at
            FROM {source} WHERE {row}.kind IN ('log', 'snapshot') AND {row}.previous_bundle_id IS NOT NULL
            AND {row}.previous_bundle_id != ''
            AND NOT EXISTS (SELECT 1 FROM exchange_ledger p WHERE p.sender_unit = {row}.sender_unit
                            AND p.bundle_id = {row}.previous_bundle_id)
            AND NOT EXISTS (SELECT 1 FROM exchange_ledger h WHERE h.sender_unit = {row}.sender_unit
                            AND h.kind = 'snapshot' AND h.created_at >= coalesce({row}.previous_created_at, ''))"""

SQL = f"""
        CREATE TABLE ledger_senders (
            sender_unit TEXT PRIMARY KEY, bundles INTEGER NOT NULL, last_created TEXT NOT NULL,
            last_bundle TEXT NOT NULL, last_applied TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE ledger_gaps (
            sender_unit TEXT NOT NULL, bundle_id TEXT NOT NULL, missing_bundle_id TEXT NOT NULL,
            previous_created_at TEXT, PRIMARY KEY (sender_unit, bundle_id)
        ) WITHOUT ROWID;
        CREATE INDEX exchange_ledger_logs ON exchange_ledger(sender_unit, created_at)
            WHERE kind IN ('log', 'snapshot');

        CREATE TRIGGER exchange_ledger_senders AFTER INSERT ON exchange_ledger
        WHEN new.kind IN ('log', 'snapshot') BEGIN
            INSERT INTO ledger_senders VALUES (new.sender_unit, 1, new.created_at, new.bundle_id, new.applied_at)
            ON CONFLICT (sender_unit) DO UPDATE SET bundles = bundles + 1,
                last_bundle = CASE WHEN excluded.last_created > last_created THEN excluded.last_bundle
                                   ELSE last_bundle END,
                last_applied = CASE WHEN excluded.last_created > last_created THEN excluded.last_applied
                                    ELSE last_applied END,
                last_created = max(last_created, excluded.last_created);
        END;
        CREATE TRIGGER exchange_ledger_gaps AFTER INSERT ON exchange_ledger BEGIN
            DELETE FROM ledger_gaps WHERE sender_unit = new.sender_unit AND missing_bundle_id = new.bundle_id;
            DELETE FROM ledger_gaps WHERE sender_unit = new.sender_unit AND new.kind = 'snapshot'
                AND coalesce(previous_created_at, '') <= new.created_at;
            INSERT INTO ledger_gaps {_GAP.format(row="new", source="(SELECT 1)")};
        END;

        INSERT INTO ledger_senders
            SELECT sender_unit, count(*), max(created_at), bundle_id, applied_at FROM exchange_ledger
            WHERE kind IN ('log', 'snapshot') GROUP BY sender_unit;
        INSERT INTO ledger_gaps {_GAP.format(row="l", source="exchange_ledger l")};

        CREATE TABLE summary_follow_up (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, state TEXT NOT NULL, days INTEGER NOT NULL,
            urgent INTEGER NOT NULL, talks INTEGER NOT NULL, PRIMARY KEY (unit_code, month, state, days, urgent)
        ) WITHOUT ROWID;
        CREATE TABLE summary_follow_up_province (
            unit_code TEXT NOT NULL, month TEXT NOT NULL, state TEXT NOT NULL, days INTEGER NOT NULL,
            urgent INTEGER NOT NULL, talks INTEGER NOT NULL, PRIMARY KEY (unit_code, month, state, days, urgent)
        ) WITHOUT ROWID;
        INSERT INTO summary_follow_up (unit_code, month, state, days, urgent, talks)
            SELECT unit_code, substr(held_on, 1, 7) AS m, CASE WHEN follow_up_status = 'none' THEN 'none'
                WHEN follow_up_status != 'done' THEN 'open' WHEN follow_up_outcome = 'transferred' THEN 'transferred'
                ELSE 'answered' END AS st,
                CASE WHEN follow_up_status = 'done' AND follow_up_resolved_on IS NOT NULL
                THEN CAST(julianday(follow_up_resolved_on) - julianday(held_on) AS INTEGER) ELSE -1 END AS d,
                urgent, count(*)
            FROM talks WHERE deleted = 0 AND (follow_up_status != 'none' OR urgent = 1)
            GROUP BY unit_code, m, st, d, urgent;
        INSERT OR IGNORE INTO summary_rollup_stale VALUES (1);
        DROP INDEX IF EXISTS talks_follow_ups;
        CREATE INDEX talks_open_due ON talks(held_on, id, unit_code, follow_up_due)
            WHERE follow_up_status = 'open' AND deleted = 0 AND follow_up_due IS NOT NULL;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
