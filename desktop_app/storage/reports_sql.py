"""Every SQL statement of the reports: roll-ups over the unit tree, completeness from the exchange
ledger, and the period locks (tables created by migration ``0003_reports``).

Functions take the store and plain values and return plain tuples and dicts; the ``reports``
package turns them into report objects. Deleted (tombstoned) talks never count.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .store import Store

ALL = "VN"  # pseudo unit: the whole country (every province)

# Figures of a set of talks, in this order everywhere: sessions, attendance, then online reach.
FIGURES = """count(*), coalesce(sum(t.attendance), 0), coalesce(sum(t.online_views), 0),
    coalesce(sum(t.online_likes), 0), coalesce(sum(t.online_shares), 0),
    coalesce(sum(t.online_comments), 0), coalesce(sum(t.online_points), 0),
    coalesce(sum(t.questions_count), 0)"""
FIGURE_NAMES = ("sessions", "attendance", "views", "likes", "shares", "comments", "points", "questions")


def scope_cte(root: str) -> tuple[str, list[Any]]:
    """``scope(code, top)``: every unit under ``root`` with the child of ``root`` it rolls up to.

    The root itself maps to itself (talks logged directly at the root's level).
    """
    if root == ALL:
        return (
            "scope(code, top) AS (SELECT code, code FROM units WHERE kind = 'province' "
            "UNION SELECT u.code, s.top FROM units u JOIN scope s ON u.parent_code = s.code)"
        ), []
    return (
        "scope(code, top) AS (SELECT ?, ? UNION SELECT u.code, CASE WHEN s.code = ? THEN u.code "
        "ELSE s.top END FROM units u JOIN scope s ON u.parent_code = s.code)"
    ), [root, root, root]


_COUNTER = itertools.count(1)

# Every column here is in the index ``talks_report`` (migration 0003): the selection is read from the
# index alone, without visiting the table.
SELECTED = """t.id, s.top, substr(t.held_on, 1, 7) AS month, t.format, t.attendance, t.online_views,
    t.online_likes, t.online_shares, t.online_comments, t.online_points, t.questions_count, t.question_themes,
    t.follow_up_status, t.follow_up_due"""


class Selection:
    """The talks of a period under a unit, read once into a temporary table (one pass over the
    talks, whatever the number of breakdowns); every breakdown groups that table.

    Temporary tables belong to the connection: the window's worker opens its own. Use as a context
    manager so the table is dropped.
    """

    def __init__(self, db: Store, root: str, start: str, end: str) -> None:
        self.db = db
        n = next(_COUNTER)
        self.scope, self.table = f"temp.report_scope_{n}", f"temp.report_sel_{n}"
        cte, params = scope_cte(root)
        db.execute(f"CREATE TEMP TABLE report_scope_{n} (code TEXT PRIMARY KEY, top TEXT NOT NULL)")
        db.execute(f"INSERT INTO {self.scope} WITH RECURSIVE {cte} SELECT code, top FROM scope", params)
        # The talks are read through ``IN`` (a covering index search) and only then joined to their
        # top unit: a plain join lets SQLite add a Bloom filter that visits the table for every row.
        columns = SELECTED.replace("s.top, ", "t.unit_code, ")
        db.execute(
            f"CREATE TEMP TABLE report_sel_{n} AS WITH r AS MATERIALIZED (SELECT {columns} FROM talks t "
            f"WHERE t.unit_code IN (SELECT code FROM {self.scope}) AND t.held_on BETWEEN ? AND ? AND t.deleted = 0) "
            f"SELECT s.top, r.* FROM r JOIN {self.scope} s ON s.code = r.unit_code",
            [start, end],
        )

    def __enter__(self) -> Selection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.execute(f"DROP TABLE IF EXISTS {self.table}")
        self.db.execute(f"DROP TABLE IF EXISTS {self.scope}")

    def totals(self) -> tuple:
        return tuple(self.db.execute(f"SELECT {FIGURES}, count(DISTINCT t.top) FROM {self.table} t").fetchone())

    def by_key(self, key: str) -> list[tuple]:
        """Figures grouped by ``unit`` (child of root), ``month`` or ``format``; rows (key, *figures)."""
        expr = {"unit": "t.top", "month": "t.month", "format": "t.format"}[key]
        return [
            tuple(r)
            for r in self.db.execute(f"SELECT {expr} AS k, {FIGURES} FROM {self.table} t GROUP BY k ORDER BY k")
        ]

    def by_unit_month(self) -> list[tuple]:
        return [
            tuple(r)
            for r in self.db.execute(
                f"SELECT t.top, t.month, count(*), coalesce(sum(t.attendance), 0) FROM {self.table} t "
                "GROUP BY t.top, t.month"
            )
        ]

    def by_topic(self) -> list[tuple]:
        """(topic id, topic name, *figures, units); a talk on two topics counts under each. id '' = none."""
        return [
            tuple(r)
            for r in self.db.execute(f"""
            SELECT coalesce(tt.topic_id, '') AS k, coalesce(tp.name, ''), {FIGURES}, count(DISTINCT t.top)
            FROM {self.table} t LEFT JOIN talk_topics tt ON tt.talk_id = t.id
            LEFT JOIN topics tp ON tp.id = tt.topic_id GROUP BY k ORDER BY count(*) DESC, k""")
        ]

    def by_group_kind(self) -> list[tuple]:
        """(group kind, *figures); a talk reaching several groups of one kind counts once. '' = none."""
        return [
            tuple(r)
            for r in self.db.execute(f"""
            WITH kinds AS (SELECT DISTINCT tg.talk_id, g.kind FROM {self.table} x
                           JOIN talk_groups tg ON tg.talk_id = x.id JOIN groups g ON g.id = tg.group_id)
            SELECT coalesce(k.kind, '') AS kk, {FIGURES} FROM {self.table} t LEFT JOIN kinds k ON k.talk_id = t.id
            GROUP BY kk ORDER BY count(*) DESC, kk""")
        ]

    def concerns(self, today: str) -> list[tuple]:
        """(theme, top unit, talks, questions, open follow-ups, overdue). Themes only, never text."""
        return [
            tuple(r)
            for r in self.db.execute(
                f"""
            SELECT j.value AS theme, t.top, count(*), coalesce(sum(t.questions_count), 0),
                   sum(t.follow_up_status = 'open'),
                   sum(t.follow_up_status = 'open' AND t.follow_up_due IS NOT NULL AND t.follow_up_due < ?)
            FROM {self.table} t, json_each(t.question_themes) j
            WHERE t.question_themes != '[]' GROUP BY theme, t.top""",
                [today],
            )
        ]

    def document_use(self) -> list[tuple]:
        """(document id, top unit, sessions, attendance) for talks that used a document."""
        return [
            tuple(r)
            for r in self.db.execute(f"""
            SELECT td.document_id, t.top, count(*), coalesce(sum(t.attendance), 0)
            FROM {self.table} t JOIN talk_documents td ON td.talk_id = t.id GROUP BY td.document_id, t.top""")
        ]


def totals(db: Store, root: str, start: str, end: str) -> tuple:
    with Selection(db, root, start, end) as sel:
        return sel.totals()


def documents_in_force(db: Store, start: str, end: str) -> list[tuple]:
    """(id, title, number, issuer, issued_on, required) of documents valid during the period."""
    return [
        tuple(r)
        for r in db.execute(
            "SELECT id, title, number, issuer, issued_on, required FROM documents WHERE deleted = 0 "
            "AND (issued_on IS NULL OR issued_on <= ?) AND (valid_until IS NULL OR valid_until >= ?) "
            "ORDER BY required DESC, issued_on DESC",
            [end, start],
        )
    ]


def readers(db: Store, root: str, document_ids: list[str]) -> dict[str, set[str]]:
    """Document id → the child units of ``root`` whose read receipts came back."""
    if not document_ids or not db.table_exists("read_receipts"):
        return {}
    cte, params = scope_cte(root)
    marks = ",".join("?" * len(document_ids))
    out: dict[str, set[str]] = {}
    for doc, top in db.execute(
        f"WITH RECURSIVE {cte} SELECT DISTINCT r.document_id, s.top FROM read_receipts r "
        f"JOIN scope s ON s.code = r.owner_unit WHERE r.deleted = 0 AND r.document_id IN ({marks})",
        params + document_ids,
    ):
        out.setdefault(doc, set()).add(top)
    return out


def locally_read(db: Store, document_ids: list[str]) -> set[str]:
    marks = ",".join("?" * len(document_ids))
    return (
        {
            r[0]
            for r in db.execute(
                f"SELECT document_id FROM document_local WHERE read_at IS NOT NULL AND document_id IN ({marks})",
                document_ids,
            )
        }
        if document_ids
        else set()
    )


# --- units ------------------------------------------------------------------------------------


def child_units(db: Store, root: str) -> list[tuple[str, str, str]]:
    """(code, name, kind) of the units directly under ``root`` (provinces for the whole country)."""
    if root == ALL:
        sql, params = "SELECT code, name, kind FROM units WHERE kind = 'province' AND deleted = 0", []
    else:
        sql, params = "SELECT code, name, kind FROM units WHERE parent_code = ? AND deleted = 0", [root]
    return [tuple(r) for r in db.execute(sql, params)]


def expected_reporters(db: Store, root: str) -> list[tuple[str, str, str]]:
    """(code, name, top) of the communes under ``root`` that are expected to send reports."""
    cte, params = scope_cte(root)
    return [
        tuple(r)
        for r in db.execute(
            f"WITH RECURSIVE {cte} SELECT u.code, u.name, s.top FROM scope s JOIN units u ON u.code = s.code "
            "WHERE u.kind = 'commune' AND u.deleted = 0",
            params,
        )
    ]


def unit_names(db: Store, codes: Iterable[str]) -> dict[str, str]:
    codes = list(codes)
    if not codes:
        return {}
    out: dict[str, str] = {}
    for i in range(0, len(codes), 500):
        part = codes[i : i + 500]
        out.update(
            db.execute(f"SELECT code, name FROM units WHERE code IN ({','.join('?' * len(part))})", part).fetchall()
        )
    return out


def talks_per_sender(db: Store, codes: list[str], start: str, end: str) -> dict[str, tuple[int, int]]:
    """(sessions, attendance) in the period of the talks each of these units owns (what its
    bundles brought, wherever in its tree they were held)."""
    wanted = set(codes)
    if len(wanted) <= 200:
        sql = (
            f"SELECT owner_unit, count(*), coalesce(sum(attendance), 0) FROM talks WHERE deleted = 0 "
            f"AND owner_unit IN ({','.join('?' * len(wanted))}) AND held_on BETWEEN ? AND ? GROUP BY owner_unit"
        )
        params: list[Any] = [*sorted(wanted), start, end]
    else:
        sql = (
            "SELECT owner_unit, count(*), coalesce(sum(attendance), 0) FROM talks "
            "WHERE held_on BETWEEN ? AND ? AND deleted = 0 GROUP BY owner_unit"
        )
        params = [start, end]
    return {owner: (n, att) for owner, n, att in db.execute(sql, params) if owner in wanted}


# --- completeness: the exchange ledger ----------------------------------------------------------


def ledger_ready(db: Store) -> bool:
    return db.table_exists("exchange_ledger")


def ledger_summary(db: Store, senders: list[str], closing_after: str) -> dict[str, dict[str, Any]]:
    """Per sender: bundle count, last bundle (id, created, applied), the first bundle made after the
    period closed (``created_at >= closing_after``), and chain gaps (a previous bundle never seen and
    not healed by a later snapshot). Only the senders' logs count (kinds ``log`` and ``snapshot``).

    A few grouped scans of the ledger, filtered in Python: cheaper than 3,321 bound parameters."""
    if not ledger_ready(db) or not senders:
        return {}
    wanted = set(senders)
    small = len(wanted) <= 200
    where = "kind IN ('log', 'snapshot')"
    params: list[Any] = []
    if small:
        where += f" AND sender_unit IN ({','.join('?' * len(wanted))})"
        params = sorted(wanted)
    out: dict[str, dict[str, Any]] = {}
    # bare columns with max(): SQLite takes them from the row holding the maximum
    for sender, n, last_created, bundle_id, applied in db.execute(
        f"SELECT sender_unit, count(*), max(created_at), bundle_id, applied_at FROM exchange_ledger "
        f"WHERE {where} GROUP BY sender_unit",
        params,
    ):
        if sender in wanted:
            out[sender] = {
                "bundles": n,
                "last_created": last_created,
                "last_bundle": bundle_id,
                "last_applied": applied,
                "gaps": [],
            }
    for sender, created, bundle_id in db.execute(
        f"SELECT sender_unit, min(created_at), bundle_id FROM exchange_ledger WHERE {where} "
        f"AND created_at >= ? GROUP BY sender_unit",
        [*params, closing_after],
    ):
        if sender in out:
            out[sender].update(closing_created=created, closing_bundle=bundle_id)
    lwhere = "l." + where.replace(" AND ", " AND l.")
    for sender, missing in db.execute(
        f"SELECT l.sender_unit, l.previous_bundle_id FROM exchange_ledger l WHERE {lwhere} "
        "AND l.previous_bundle_id IS NOT NULL AND l.previous_bundle_id != '' "
        "AND NOT EXISTS (SELECT 1 FROM exchange_ledger p WHERE p.sender_unit = l.sender_unit "
        "AND p.bundle_id = l.previous_bundle_id) "
        "AND NOT EXISTS (SELECT 1 FROM exchange_ledger h WHERE h.sender_unit = l.sender_unit "
        "AND h.kind = 'snapshot' AND h.created_at >= coalesce(l.previous_created_at, ''))",
        params,
    ):
        if sender in out:
            out[sender]["gaps"].append(missing)
    return out


# --- period locks -----------------------------------------------------------------------------

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
    ledger = ledger_ready(db)
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


def count_late_changes(db: Store, after_seq: int = 0) -> int:
    """How many late changes were recorded after ``after_seq`` (for an import's summary)."""
    if not locks_ready(db):
        return 0
    return db.execute("SELECT count(*) FROM period_late_changes WHERE seq > ?", [after_seq]).fetchone()[0]


def last_late_change_seq(db: Store) -> int:
    if not locks_ready(db):
        return 0
    return db.execute("SELECT coalesce(max(seq), 0) FROM period_late_changes").fetchone()[0]
