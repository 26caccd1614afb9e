"""Migration ``0003_reports``: period locks (approved figures, lock and unlock events, talks changed
after approval, with the triggers that note them) and the covering indexes the reports read.

Frozen: the SQL here is the text this migration ran when it was released. Never edit it (a
database migrated before the edit would differ from one migrated after); change the schema in a
new migration. ``tests/storage/test_migrations.py`` holds the checksum of what it runs.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0003_reports"

SQL = """
    -- An approved (locked) period for a unit, with the figures as approved; unlocking keeps the row.
    CREATE TABLE period_locks (
        id TEXT PRIMARY KEY,
        unit_code TEXT NOT NULL,
        period TEXT NOT NULL,
        start_on TEXT NOT NULL,
        end_on TEXT NOT NULL,
        status TEXT NOT NULL,             -- locked | unlocked
        locked_at TEXT NOT NULL,
        locked_by TEXT NOT NULL DEFAULT '',
        snapshot TEXT NOT NULL DEFAULT '{}',
        unlocked_at TEXT,
        unlocked_by TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX period_locks_unit ON period_locks(unit_code, period, status);
    -- The units a lock covers, fixed when it was made, so a trigger can test a talk in one lookup.
    CREATE TABLE period_lock_units (
        unit_code TEXT NOT NULL, lock_id TEXT NOT NULL, PRIMARY KEY (unit_code, lock_id)
    ) WITHOUT ROWID;
    -- Every lock and unlock, in order: who, when, why.
    CREATE TABLE period_lock_events (
        seq INTEGER PRIMARY KEY,
        lock_id TEXT NOT NULL,
        unit_code TEXT NOT NULL,
        period TEXT NOT NULL,
        action TEXT NOT NULL,             -- lock | unlock
        at TEXT NOT NULL,
        by TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    );
    -- Talks added, changed or deleted for a locked period after it was approved (late bundles,
    -- late edits): written by the triggers below whatever the path, so nothing changes silently.
    CREATE TABLE period_late_changes (
        seq INTEGER PRIMARY KEY,
        lock_id TEXT NOT NULL,
        talk_id TEXT NOT NULL,
        owner_unit TEXT NOT NULL,
        unit_code TEXT NOT NULL,
        held_on TEXT NOT NULL,
        hlc TEXT NOT NULL,
        change TEXT NOT NULL,             -- insert | update | delete
        noticed_at TEXT NOT NULL,
        acknowledged_at TEXT
    );
    CREATE INDEX period_late_changes_lock ON period_late_changes(lock_id, seq);

    -- Reports read a unit's talks of a period from this index alone (no table visits); completeness
    -- reads each sender's figures of a month from the second.
    -- (Not partial indexes: SQLite 3.40 does not count a partial index's WHERE column as covered.)
    CREATE INDEX talks_report ON talks(unit_code, held_on, deleted, format, attendance, online_views, online_likes,
        online_shares, online_comments, online_points, questions_count, question_themes, follow_up_status,
        follow_up_due, id);
    CREATE INDEX talks_report_owner ON talks(held_on, owner_unit, deleted, attendance);

    CREATE TRIGGER talks_period_lock_insert AFTER INSERT ON talks
    WHEN EXISTS (SELECT 1 FROM period_lock_units) BEGIN
        INSERT INTO period_late_changes(lock_id, talk_id, owner_unit, unit_code, held_on, hlc, change, noticed_at)
        SELECT DISTINCT l.id, new.id, new.owner_unit, new.unit_code, new.held_on, new.hlc,
               CASE WHEN new.deleted THEN 'delete' ELSE 'insert' END,
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM period_lock_units lu JOIN period_locks l ON l.id = lu.lock_id
        WHERE lu.unit_code IN (new.unit_code, new.owner_unit) AND l.status = 'locked'
          AND new.held_on BETWEEN l.start_on AND l.end_on;
    END;
    CREATE TRIGGER talks_period_lock_update AFTER UPDATE ON talks
    WHEN EXISTS (SELECT 1 FROM period_lock_units) AND (new.hlc != old.hlc OR new.deleted != old.deleted
      OR new.held_on != old.held_on OR new.attendance != old.attendance OR new.unit_code != old.unit_code) BEGIN
        INSERT INTO period_late_changes(lock_id, talk_id, owner_unit, unit_code, held_on, hlc, change, noticed_at)
        SELECT DISTINCT l.id, new.id, new.owner_unit, new.unit_code, new.held_on, new.hlc,
               CASE WHEN new.deleted AND NOT old.deleted THEN 'delete' ELSE 'update' END,
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM period_lock_units lu JOIN period_locks l ON l.id = lu.lock_id
        WHERE l.status = 'locked' AND (
            (lu.unit_code IN (new.unit_code, new.owner_unit) AND new.held_on BETWEEN l.start_on AND l.end_on)
            OR (lu.unit_code IN (old.unit_code, old.owner_unit) AND old.held_on BETWEEN l.start_on AND l.end_on));
    END;
"""


def apply(db: Database) -> None:
    db.executescript(SQL)
