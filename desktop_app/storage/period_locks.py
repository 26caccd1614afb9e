"""Period locks: approved figures of a period (tables and triggers of migration ``0003_reports``),
their lock and unlock events, and the talks changed for a locked period afterwards.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

REPORTS_SCHEMA = """
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


def note_late_changes(conn: Any, stage: str) -> None:
    """What ``talks_period_lock_insert`` and ``_update`` note, for a bulk merge that lifted them.

    ``stage`` holds talks about to be merged into ``talks`` by last writer wins (storage/sync.py
    ``upsert_staged``); each one that is new, or newer than the stored version, and falls in a
    locked period (by its new or its old unit and date) is noted, as the triggers would note it.
    """
    if conn.execute("SELECT 1 FROM period_lock_units LIMIT 1").fetchone() is None:
        return
    conn.execute(
        f"""
        INSERT INTO period_late_changes(lock_id, talk_id, owner_unit, unit_code, held_on, hlc, change, noticed_at)
        SELECT DISTINCT l.id, s.id, s.owner_unit, s.unit_code, s.held_on, s.hlc,
               CASE WHEN t.id IS NULL THEN CASE WHEN s.deleted THEN 'delete' ELSE 'insert' END
                    WHEN s.deleted AND NOT t.deleted THEN 'delete' ELSE 'update' END,
               strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM {stage} s LEFT JOIN main.talks t ON t.id = s.id
        JOIN period_lock_units lu JOIN period_locks l ON l.id = lu.lock_id
        WHERE l.status = 'locked' AND (t.id IS NULL OR s.hlc > t.hlc) AND (
            (lu.unit_code IN (s.unit_code, s.owner_unit) AND s.held_on BETWEEN l.start_on AND l.end_on)
            OR (lu.unit_code IN (t.unit_code, t.owner_unit) AND t.held_on BETWEEN l.start_on AND l.end_on))
        ORDER BY s.rowid, l.id
        """
    )


def locks_ready(db: Store) -> bool:
    return db.table_exists("period_locks")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def insert_lock(
    db: Store,
    lock_id: str,
    unit_code: str,
    period: str,
    start: str,
    end: str,
    by: str,
    snapshot: str,
    units: list[str],
    note: str = "",
) -> None:
    now = _now()
    with db.atomic():
        db.execute(
            "INSERT INTO period_locks(id, unit_code, period, start_on, end_on, status, locked_at, locked_by, "
            "snapshot, note) VALUES (?, ?, ?, ?, ?, 'locked', ?, ?, ?, ?)",
            [lock_id, unit_code, period, start, end, now, by, snapshot, note],
        )
        db.executemany(
            "INSERT OR IGNORE INTO period_lock_units(unit_code, lock_id) VALUES (?, ?)", [(u, lock_id) for u in units]
        )
        db.execute(
            "INSERT INTO period_lock_events(lock_id, unit_code, period, action, at, by, note) "
            "VALUES (?, ?, ?, 'lock', ?, ?, ?)",
            [lock_id, unit_code, period, now, by, note],
        )


def unlock(db: Store, lock_id: str, by: str, note: str) -> None:
    now = _now()
    with db.atomic():
        row = db.execute("SELECT unit_code, period FROM period_locks WHERE id = ?", [lock_id]).fetchone()
        db.execute(
            "UPDATE period_locks SET status = 'unlocked', unlocked_at = ?, unlocked_by = ? WHERE id = ?",
            [now, by, lock_id],
        )
        db.execute("DELETE FROM period_lock_units WHERE lock_id = ?", [lock_id])
        db.execute(
            "INSERT INTO period_lock_events(lock_id, unit_code, period, action, at, by, note) "
            "VALUES (?, ?, ?, 'unlock', ?, ?, ?)",
            [lock_id, row[0], row[1], now, by, note],
        )


LOCK_COLUMNS = (
    "id",
    "unit_code",
    "period",
    "start_on",
    "end_on",
    "status",
    "locked_at",
    "locked_by",
    "snapshot",
    "unlocked_at",
    "unlocked_by",
    "note",
)


def find_lock(db: Store, unit_code: str, period: str) -> dict[str, Any] | None:
    """The active lock of this unit and period, if any."""
    if not locks_ready(db):
        return None
    row = db.execute(
        f"SELECT {', '.join(LOCK_COLUMNS)} FROM period_locks WHERE unit_code = ? AND period = ? AND status = 'locked'",
        [unit_code, period],
    ).fetchone()
    return dict(zip(LOCK_COLUMNS, row, strict=True)) if row else None


def list_locks(db: Store, unit_code: str | None = None) -> list[dict[str, Any]]:
    if not locks_ready(db):
        return []
    where, params = ("WHERE unit_code = ?", [unit_code]) if unit_code else ("", [])
    return [
        dict(zip(LOCK_COLUMNS, r, strict=True))
        for r in db.execute(
            f"SELECT {', '.join(LOCK_COLUMNS)} FROM period_locks {where} ORDER BY start_on DESC, locked_at DESC", params
        )
    ]


def lock_events(db: Store, unit_code: str | None = None) -> list[dict[str, Any]]:
    if not locks_ready(db):
        return []
    cols = ("seq", "lock_id", "unit_code", "period", "action", "at", "by", "note")
    where, params = ("WHERE unit_code = ?", [unit_code]) if unit_code else ("", [])
    return [
        dict(zip(cols, r, strict=True))
        for r in db.execute(f"SELECT {', '.join(cols)} FROM period_lock_events {where} ORDER BY seq", params)
    ]


def locked_period_for(db: Store, unit_code: str, day: str) -> dict[str, Any] | None:
    """The active lock covering a talk of ``unit_code`` held on ``day`` (ISO), or None.

    For an import preview; the flagging itself is done by triggers on ``talks``.
    """
    if not locks_ready(db):
        return None
    row = db.execute(
        f"SELECT {', '.join('l.' + c for c in LOCK_COLUMNS)} FROM period_lock_units lu "
        "JOIN period_locks l ON l.id = lu.lock_id WHERE lu.unit_code = ? AND l.status = 'locked' "
        "AND ? BETWEEN l.start_on AND l.end_on ORDER BY l.start_on LIMIT 1",
        [unit_code, day],
    ).fetchone()
    return dict(zip(LOCK_COLUMNS, row, strict=True)) if row else None


def late_changes(db: Store, lock_id: str) -> list[dict[str, Any]]:
    """Changes after approval, with the bundle that brought each (matched by sender and version)."""
    cols = (
        "seq",
        "talk_id",
        "owner_unit",
        "unit_code",
        "held_on",
        "hlc",
        "change",
        "noticed_at",
        "bundle_id",
        "file_name",
    )
    ledger = db.table_exists("exchange_ledger")
    bundle = (
        (
            "(SELECT b.bundle_id FROM exchange_ledger b WHERE b.sender_unit = c.owner_unit "
            "AND c.hlc BETWEEN b.hlc_min AND b.hlc_max ORDER BY b.created_at LIMIT 1)"
        )
        if ledger
        else "NULL"
    )
    fname = (
        (
            "(SELECT b.file_name FROM exchange_ledger b WHERE b.sender_unit = c.owner_unit "
            "AND c.hlc BETWEEN b.hlc_min AND b.hlc_max ORDER BY b.created_at LIMIT 1)"
        )
        if ledger
        else "NULL"
    )
    return [
        dict(zip(cols, r, strict=True))
        for r in db.execute(
            f"SELECT c.seq, c.talk_id, c.owner_unit, c.unit_code, c.held_on, c.hlc, c.change, c.noticed_at, "
            f"{bundle}, {fname} FROM period_late_changes c WHERE c.lock_id = ? ORDER BY c.seq",
            [lock_id],
        )
    ]
