"""Period locks: approved figures of a period (tables and triggers of migration ``0003_reports``),
their lock and unlock events, and the talks changed for a locked period afterwards.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypedDict, cast

if TYPE_CHECKING:
    from .store import Store


def note_late_changes(conn: sqlite3.Connection, stage: str) -> None:
    """What ``talks_period_lock_insert`` and ``_update`` note, for a bulk merge that lifted them.

    ``stage`` holds talks about to be merged into ``talks`` by last writer wins (storage/merge.py
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


class LockRow(TypedDict):
    """A row of ``period_locks``."""

    id: str
    unit_code: str
    period: str
    start_on: str
    end_on: str
    status: str  # locked | unlocked
    locked_at: str
    locked_by: str
    snapshot: str  # JSON of the approved figures
    unlocked_at: str | None
    unlocked_by: str | None
    note: str


class LockEvent(TypedDict):
    """A row of ``period_lock_events``: a lock or an unlock, who, when, why."""

    seq: int
    lock_id: str
    unit_code: str
    period: str
    action: str  # lock | unlock
    at: str
    by: str
    note: str


class LateChange(TypedDict):
    """A talk changed for a locked period after approval, with the bundle that brought it if known."""

    seq: int
    talk_id: str
    owner_unit: str
    unit_code: str
    held_on: str
    hlc: str
    change: str  # insert | update | delete
    noticed_at: str
    bundle_id: str | None
    file_name: str | None


def _lock_row(row: Sequence[Any]) -> LockRow:
    # the columns of LOCK_COLUMNS in order, as SQLite returns them (text, NULL for unlocked_*)
    return cast(LockRow, dict(zip(LOCK_COLUMNS, row, strict=True)))


def find_lock(db: Store, unit_code: str, period: str) -> LockRow | None:
    """The active lock of this unit and period, if any."""
    if not locks_ready(db):
        return None
    row = db.execute(
        f"SELECT {', '.join(LOCK_COLUMNS)} FROM period_locks WHERE unit_code = ? AND period = ? AND status = 'locked'",
        [unit_code, period],
    ).fetchone()
    return _lock_row(row) if row else None


def lock_by_id(db: Store, lock_id: str) -> LockRow:
    """A lock (active or not) known to exist: the one just made or changed."""
    row = db.execute(f"SELECT {', '.join(LOCK_COLUMNS)} FROM period_locks WHERE id = ?", [lock_id]).fetchone()
    return _lock_row(row)


def list_locks(db: Store, unit_code: str | None = None) -> list[LockRow]:
    if not locks_ready(db):
        return []
    where, params = ("WHERE unit_code = ?", [unit_code]) if unit_code else ("", [])
    return [
        _lock_row(r)
        for r in db.execute(
            f"SELECT {', '.join(LOCK_COLUMNS)} FROM period_locks {where} ORDER BY start_on DESC, locked_at DESC", params
        )
    ]


def lock_events(db: Store, unit_code: str | None = None) -> list[LockEvent]:
    if not locks_ready(db):
        return []
    cols = ("seq", "lock_id", "unit_code", "period", "action", "at", "by", "note")
    where, params = ("WHERE unit_code = ?", [unit_code]) if unit_code else ("", [])
    return [
        cast(LockEvent, dict(zip(cols, r, strict=True)))  # the columns of LockEvent, as SQLite returns them
        for r in db.execute(f"SELECT {', '.join(cols)} FROM period_lock_events {where} ORDER BY seq", params)
    ]


def locked_period_for(db: Store, unit_code: str, day: str) -> LockRow | None:
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
    return _lock_row(row) if row else None


def late_changes(db: Store, lock_id: str) -> list[LateChange]:
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
        cast(LateChange, dict(zip(cols, r, strict=True)))  # the columns of LateChange, as SQLite returns them
        for r in db.execute(
            f"SELECT c.seq, c.talk_id, c.owner_unit, c.unit_code, c.held_on, c.hlc, c.change, c.noticed_at, "
            f"{bundle}, {fname} FROM period_late_changes c WHERE c.lock_id = ? ORDER BY c.seq",
            [lock_id],
        )
    ]
