"""The SQL of exchange by file: merge (last writer wins by version), history, ledger, export
chains, quarantine, read receipts and the deferred search index. ``exchange`` calls these; no
other module writes the exchange tables.

Every function takes the connection handle (``Store`` or sqlite-utils ``Database``: anything with
``.conn``) and never commits on its own: the caller holds the transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

CHUNK = 500  # ids per IN (...) lookup, under SQLite's 999 host parameters


def _conn(db: Any) -> sqlite3.Connection:
    return db.conn  # type: ignore[no-any-return]


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


# --- transactions --------------------------------------------------------------------------------


def _dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    """Every row of ``cur`` as a dict keyed by column name."""
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def begin(db: Any) -> None:
    _conn(db).execute("BEGIN IMMEDIATE")


def commit(db: Any) -> None:
    _conn(db).execute("COMMIT")


def rollback(db: Any) -> None:
    conn = _conn(db)
    if conn.in_transaction:
        conn.execute("ROLLBACK")


# --- merge ---------------------------------------------------------------------------------------


def existing_versions(db: Any, table: str, key: str, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """id -> (hlc, owner_unit) of the rows already here among ``ids``."""
    conn = _conn(db)
    found: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        extra = " AND official = 0" if table == "units" else ""
        for rid, hlc, owner in conn.execute(
            f"SELECT {key}, hlc, owner_unit FROM {table} WHERE {key} IN ({marks}){extra}", list(chunk)
        ):
            found[rid] = (hlc, owner)
    return found


def topic_states(db: Any, ids: Sequence[str]) -> dict[str, tuple[str, int]]:
    """(name, deleted) of the topics here among ``ids``: what no import may change."""
    out: dict[str, tuple[str, int]] = {}
    for chunk in _chunks(ids):
        sql = f"SELECT id, name, deleted FROM topics WHERE id IN ({', '.join('?' * len(chunk))})"
        out.update((r[0], (r[1], r[2])) for r in _conn(db).execute(sql, list(chunk)))
    return out


def official_codes(db: Any, codes: Sequence[str]) -> set[str]:
    conn = _conn(db)
    out: set[str] = set()
    for chunk in _chunks(codes):
        marks = ",".join("?" * len(chunk))
        out.update(
            r[0] for r in conn.execute(f"SELECT code FROM units WHERE official = 1 AND code IN ({marks})", list(chunk))
        )
    return out


_JSON_COLS: dict[str, str] = {}


def _json_object(db: Any, table: str) -> str:
    if table not in _JSON_COLS:
        names = [r[1] for r in _conn(db).execute(f"PRAGMA table_info([{table}])")]
        _JSON_COLS[table] = ", ".join(f"'{n}', {n}" for n in names)
    return _JSON_COLS[table]


def keep_replaced(db: Any, table: str, key: str, ids: Sequence[str], reason: str, when: str) -> None:
    """Copy the current versions of ``ids`` into history (once per version) before they are replaced."""
    conn = _conn(db)
    cols = _json_object(db, table)
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"INSERT INTO history(table_name, record_id, hlc, row, replaced_at, reason) "
            f"SELECT ?, t.{key}, t.hlc, json_object({cols}), ?, ? FROM {table} t "
            f"WHERE t.{key} IN ({marks}) AND NOT EXISTS (SELECT 1 FROM history h "
            f"WHERE h.record_id = t.{key} AND h.table_name = ? AND h.hlc = t.hlc)",
            [table, when, reason, *chunk, table],
        )


def keep_lost(
    db: Any, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], key: str, reason: str, when: str
) -> None:
    """Keep incoming versions that lost the merge, as the same JSON ``keep_replaced`` would make
    (``json_object`` in table column order), so history does not depend on the import order."""
    names = [r[1] for r in _conn(db).execute(f"PRAGMA table_info([{table}])")]
    exprs = []
    for n in names:
        if n in columns:
            exprs.append(f"'{n}', :{n}")
        elif n == "folded":
            exprs.append(f"'{n}', sotay_fold(:name)")
        elif n == "official":
            exprs.append(f"'{n}', 0")
    _conn(db).executemany(
        f"INSERT INTO history(table_name, record_id, hlc, row, replaced_at, reason) "
        f"SELECT :_table, :{key}, :hlc, json_object({', '.join(exprs)}), :_when, :_reason "
        f"WHERE NOT EXISTS (SELECT 1 FROM history WHERE record_id = :{key} AND table_name = :_table "
        f"AND hlc = :hlc)",
        [dict(zip(columns, row, strict=True), _table=table, _when=when, _reason=reason) for row in rows],
    )


_UPSERT: dict[tuple[str, tuple[str, ...]], str] = {}


def upsert_sql(table: str, key: str, columns: Sequence[str]) -> str:
    """``INSERT ... ON CONFLICT DO UPDATE ... WHERE excluded.hlc > hlc``: last writer wins, an equal
    version changes nothing. Units: only custom rows, and ``folded`` is computed here."""
    cache_key = (table, tuple(columns))
    if cache_key not in _UPSERT:
        cols = list(columns)
        values = ["?"] * len(cols)
        guard = f"excluded.hlc > {table}.hlc"
        if table == "units":
            cols.append("folded")
            values.append(f"sotay_fold(?{cols.index('name') + 1})")
            guard += " AND units.official = 0"
        sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != key)
        _UPSERT[cache_key] = (
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(values)}) "
            f"ON CONFLICT({key}) DO UPDATE SET {sets} WHERE {guard}"
        )
    return _UPSERT[cache_key]


def upsert_rows(db: Any, table: str, key: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    _conn(db).executemany(upsert_sql(table, key, columns), rows)


_LINK_COLUMNS = (
    ("talk_topics", "topic_id", "topics"),
    ("talk_groups", "group_id", "group_ids"),
    ("talk_documents", "document_id", "document_ids"),
)

# From this many rows on, a paused merge of talks lifts the talk triggers for its one statement and
# does their work set-based (links, search backlog, period-lock notes): every trigger costs a call
# per row even when its WHEN clause says no (about 1 µs a talk for the six). Below it the saving is
# a few milliseconds at most (none at 300 rows), not worth a schema change that makes every other
# open connection re-read the schema.
BULK_TRIGGER_ROWS = 5_000
_TALK_TRIGGERS = (
    "talks_links_insert",
    "talks_links_update",
    "talks_search_insert",
    "talks_search_update",
    "talks_period_lock_insert",
    "talks_period_lock_update",
)


def upsert_staged(
    db: Any,
    table: str,
    key: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    index_kind: str | None = None,
    replaced: bool = True,
) -> None:
    """The same last-writer-wins upsert as ``upsert_rows``, set-based, for a bulk import.

    The rows go to a temporary table first (no index, no trigger), then into ``table`` with one
    ``INSERT ... SELECT ... ON CONFLICT DO UPDATE``. Row by row, every statement of an explicit
    transaction keeps a statement journal of each page it touches (a talk touches about 20 pages:
    the table and its indexes), which is what made a row-at-a-time ``executemany`` slow; one
    statement journals each page once. Inside a paused import (``pause_search``), ``index_kind``
    puts the rows in the search backlog and, for talks, the link rows are rebuilt with one
    ``INSERT ... SELECT ... json_each`` per link table (what the paused link triggers would do);
    ``replaced`` says some rows existed before, so their old link rows are deleted first. From
    ``BULK_TRIGGER_ROWS`` talks on, the talk triggers are lifted for the merge and the period-lock
    notes they would write are written set-based too (``period_locks.note_late_changes``).
    Not for ``units`` (its ``folded`` column and official guard: ``upsert_rows``)."""
    if table == "units":
        raise ValueError("units: use upsert_rows")
    conn = _conn(db)
    cols = ", ".join(columns)
    stage = f"sotay_stage_{table}"
    conn.execute(f"DROP TABLE IF EXISTS temp.{stage}")
    conn.execute(f"CREATE TEMP TABLE {stage} AS SELECT {cols} FROM main.{table} WHERE 0")
    lifted: list[str] = []
    try:
        conn.executemany(f"INSERT INTO temp.{stage} VALUES ({', '.join('?' * len(columns))})", rows)
        if (
            table == "talks"
            and index_kind is not None
            and conn.in_transaction
            and len(rows) >= BULK_TRIGGER_ROWS
            and {"deleted", "held_on", "unit_code", "owner_unit"} <= set(columns)
        ):
            lifted = _lift_triggers(conn, _TALK_TRIGGERS)
            from .period_locks import note_late_changes

            note_late_changes(conn, f"temp.{stage}")
        sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c != key)
        # ``WHERE true``: without a WHERE, SQLite would read ON CONFLICT as a join constraint.
        conn.execute(
            f"INSERT INTO main.{table} ({cols}) SELECT {cols} FROM temp.{stage} WHERE true "
            f"ON CONFLICT({key}) DO UPDATE SET {sets} WHERE excluded.hlc > {table}.hlc"
        )
        if table == "talks" and index_kind is not None:
            for link, column, source in _LINK_COLUMNS:
                if replaced:
                    conn.execute(f"DELETE FROM main.{link} WHERE talk_id IN (SELECT id FROM temp.{stage})")
                conn.execute(
                    f"INSERT OR IGNORE INTO main.{link}(talk_id, {column}) "
                    f"SELECT s.id, j.value FROM temp.{stage} s, json_each(s.{source}) j"
                )
        if index_kind is not None:
            conn.execute(
                f"INSERT OR IGNORE INTO main.search_backlog(kind, ref_id) SELECT ?, {key} FROM temp.{stage}",
                [index_kind],
            )
    finally:
        # After an error the caller rolls back, which brings lifted triggers back by itself; if
        # SQLite already ended the transaction, they are back and must not be created twice.
        if lifted and conn.in_transaction:
            for sql in lifted:
                conn.execute(sql)
        conn.execute(f"DROP TABLE IF EXISTS temp.{stage}")


def _lift_triggers(conn: sqlite3.Connection, names: Sequence[str]) -> list[str]:
    """Drop these triggers inside the caller's transaction; returns the SQL that re-creates them.

    Schema changes are transactional in SQLite: other connections never see the triggers gone,
    and a crash or a rollback before the commit leaves them as they were."""
    found = _schema_sql(conn, "trigger", names)
    for name, _ in found:
        conn.execute(f"DROP TRIGGER main.{name}")
    return [sql for _, sql in found]


def _schema_sql(conn: sqlite3.Connection, kind: str, names: Sequence[str]) -> list[tuple[str, str]]:
    """(name, CREATE statement) of those of ``names`` that exist, in the order they were created."""
    marks = ",".join("?" * len(names))
    return conn.execute(
        f"SELECT name, sql FROM main.sqlite_master WHERE type = ? AND name IN ({marks}) ORDER BY rowid",
        [kind, *names],
    ).fetchall()


def fill_contacts(db: Any, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """A full (unredacted) copy of a group at the same version fills contacts a redacted copy lacked.

    Rows are (contact_name, contact_phone, id, hlc); only empty contacts are filled, so the result is
    the same whichever copy arrives first."""
    _conn(db).executemany(
        "UPDATE groups SET contact_name = ?, contact_phone = ? WHERE id = ? AND hlc = ? "
        "AND contact_name = '' AND contact_phone = ''",
        rows,
    )


def held_contacts(db: Any, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """id -> (contact_name, contact_phone) of the groups here that hold a contact."""
    conn = _conn(db)
    found: dict[str, tuple[str, str]] = {}
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        for rid, name, phone in conn.execute(
            f"SELECT id, contact_name, contact_phone FROM groups WHERE id IN ({marks}) "
            "AND (contact_name != '' OR contact_phone != '')",
            list(chunk),
        ):
            found[rid] = (name, phone)
    return found


def forget_contacts(db: Any, group_ids: Sequence[str]) -> None:
    """Blank the contact (name, phone, consent date) of these groups in every version kept in
    history or set aside in quarantine: once a group is deleted or its contact withdrew consent, no
    old copy may keep them."""
    conn = _conn(db)
    for table in ("history", "exchange_quarantine"):
        for chunk in _chunks(group_ids):
            marks = ",".join("?" * len(chunk))
            conn.execute(
                f"UPDATE {table} SET row = json_set(row, '$.contact_name', '', '$.contact_phone', '', "
                f"'$.consent_date', NULL) WHERE table_name = 'groups' AND record_id IN ({marks}) "
                "AND (json_extract(row, '$.contact_name') != '' OR json_extract(row, '$.contact_phone') != '' "
                "OR json_extract(row, '$.consent_date') IS NOT NULL)",
                list(chunk),
            )


def store_blobs(db: Any, blobs: Iterable[tuple[str, int, str, bytes, str]]) -> None:
    _conn(db).executemany(
        "INSERT INTO blobs(sha256, size, media_type, data, text) VALUES (?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
        blobs,
    )


def have_blobs(db: Any, hashes: Sequence[str]) -> set[str]:
    conn = _conn(db)
    out: set[str] = set()
    for chunk in _chunks(hashes):
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in conn.execute(f"SELECT sha256 FROM blobs WHERE sha256 IN ({marks})", list(chunk)))
    return out


def quarantine(db: Any, items: Iterable[tuple[str, str, str, str, str, str, str]]) -> None:
    """(bundle id, table, record id, hlc, reason, row JSON, received at)."""
    _conn(db).executemany(
        "INSERT OR IGNORE INTO exchange_quarantine(bundle_id, table_name, record_id, hlc, reason, row, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        items,
    )


QUARANTINE_KEY = ("bundle_id", "table_name", "record_id")


def quarantine_entries(db: Any, sender_unit: str | None = None) -> list[dict[str, Any]]:
    """Every row set aside, oldest first, with the stored row and the unit that sent it (from the
    ledger; the bundle is recorded in the same transaction as its quarantined rows)."""
    sql = (
        "SELECT q.bundle_id, q.table_name, q.record_id, q.hlc, q.reason, q.row, q.received_at, "
        "l.sender_unit FROM exchange_quarantine q LEFT JOIN exchange_ledger l ON l.bundle_id = q.bundle_id"
    )
    params: list[Any] = []
    if sender_unit:
        sql += " WHERE l.sender_unit = ?"
        params.append(sender_unit)
    cur = _conn(db).execute(sql + " ORDER BY q.received_at, q.table_name, q.record_id", params)
    return _dicts(cur)


def quarantine_count(db: Any) -> int:
    return int(_conn(db).execute("SELECT count(*) FROM exchange_quarantine").fetchone()[0])


def drop_quarantined(db: Any, keys: Iterable[tuple[str, str, str]]) -> int:
    """Forget these set-aside rows, keyed (bundle id, table, record id); returns how many."""
    conn = _conn(db)
    before = conn.total_changes
    conn.executemany("DELETE FROM exchange_quarantine WHERE bundle_id = ? AND table_name = ? AND record_id = ?", keys)
    return conn.total_changes - before


def release_rows(
    db: Any, table: str, key: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], when: str
) -> dict[str, int]:
    """Apply rows that were set aside through the same last-writer-wins merge as an import, row by
    row so the search and link triggers index them: a newer version replaces the current one (kept
    in history), an older one goes to history, an equal one changes nothing. The caller checked
    ownership and holds the transaction. Returns counts by outcome."""
    counts = {"new": 0, "updated": 0, "unchanged": 0, "conflicting": 0}
    at = {c: n for n, c in enumerate(columns)}
    latest: dict[str, Sequence[Any]] = {}
    for row in rows:  # several set-aside versions of one record: the newest is applied, the rest kept
        rid = row[at[key]]
        if rid in latest and latest[rid][at["hlc"]] >= row[at["hlc"]]:
            keep_lost(db, table, columns, [row], key, "release", when)
            counts["conflicting"] += 1
            continue
        if rid in latest:
            keep_lost(db, table, columns, [latest[rid]], key, "release", when)
            counts["conflicting"] += 1
        latest[rid] = row
    existing = existing_versions(db, table, key, list(latest))
    write: list[Sequence[Any]] = []
    for rid, row in latest.items():
        here = existing.get(rid)
        if here is None:
            counts["new"] += 1
            write.append(row)
        elif row[at["hlc"]] > here[0]:
            keep_replaced(db, table, key, [rid], "release", when)
            counts["updated"] += 1
            write.append(row)
        elif row[at["hlc"]] == here[0]:
            counts["unchanged"] += 1
        else:
            keep_lost(db, table, columns, [row], key, "release", when)
            counts["conflicting"] += 1
    if write:
        upsert_rows(db, table, key, columns, write)
    return counts


def quarantined(db: Any, limit: int = 200) -> list[dict[str, Any]]:
    cur = _conn(db).execute(
        "SELECT bundle_id, table_name, record_id, hlc, reason, received_at FROM exchange_quarantine "
        "ORDER BY received_at DESC LIMIT ?",
        [limit],
    )
    return [dict(zip([d[0] for d in cur.description], r, strict=True)) for r in cur.fetchall()]


def waiting_for_units(db: Any, codes: Sequence[str]) -> list[tuple[str, str, str, str]]:
    """Rows set aside as ``outside_subtree`` whose unit (``unit_code``, or ``parent_code`` of a custom
    unit) is among ``codes``: (bundle id, table, record id, row JSON)."""
    out: list[tuple[str, str, str, str]] = []
    for chunk in _chunks(codes):
        marks = ",".join("?" * len(chunk))
        out += (
            _conn(db)
            .execute(
                "SELECT bundle_id, table_name, record_id, row FROM exchange_quarantine "
                "WHERE reason = 'outside_subtree' AND json_extract(row, CASE table_name WHEN 'units' "
                f"THEN '$.parent_code' ELSE '$.unit_code' END) IN ({marks})",
                list(chunk),
            )
            .fetchall()
        )
    return out


def unquarantine(db: Any, keys: Iterable[tuple[str, str, str]]) -> None:
    """Forget set-aside rows (bundle id, table, record id) once they were applied."""
    _conn(db).executemany(
        "DELETE FROM exchange_quarantine WHERE bundle_id = ? AND table_name = ? AND record_id = ?", keys
    )


# --- the deferred search index -------------------------------------------------------------------


def pause_search(db: Any) -> None:
    """Inside an import transaction: changed talks and groups go to the backlog, not the index."""
    _conn(db).execute("INSERT OR IGNORE INTO search_pause(one) VALUES (1)")


def defer_index(db: Any, kind: str, ids: Iterable[str]) -> None:
    """Inside the import transaction: these records must be (re)indexed after it."""
    _conn(db).executemany(
        "INSERT OR IGNORE INTO search_backlog(kind, ref_id) VALUES (?, ?)", ((kind, rid) for rid in ids)
    )


def resume_search(db: Any) -> None:
    _conn(db).execute("DELETE FROM search_pause")


def backlog_size(db: Any) -> int:
    return int(_conn(db).execute("SELECT count(*) FROM search_backlog").fetchone()[0])


_INDEX_SQL = {
    "talk": (
        "talks",
        "t.place || ' ' || t.topics",
        "t.presenters || ' ' || t.questions_text || ' ' || t.question_themes || ' ' || "
        "t.follow_up_text || ' ' || t.notes",
    ),
    "group": ("groups", "t.name", "t.channel_url || ' ' || t.notes"),
}


def index_backlog(
    db: Any,
    batch: int = 20_000,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Index what bulk imports deferred, one committed batch at a time; returns rows indexed.

    Must produce exactly what the search triggers of migration 0001 produce. Each batch is taken
    from the backlog into a temporary table and handled with one statement per step (remove the
    old entries, index the current rows, clear the backlog), not one look-up per record. A batch
    of 20,000 talks holds the write lock about half a second; FTS5 writes fewer, larger segments
    than with 5,000 (a million talks index in about 0.88 of the time)."""
    conn = _conn(db)
    total = backlog_size(db)
    done = 0
    while True:
        if cancel is not None and cancel():
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DROP TABLE IF EXISTS temp.sotay_index_batch")
            conn.execute(
                "CREATE TEMP TABLE sotay_index_batch AS SELECT kind, ref_id FROM main.search_backlog LIMIT ?", [batch]
            )
            taken = conn.execute("SELECT count(*) FROM temp.sotay_index_batch").fetchone()[0]
            if not taken:
                conn.execute("DROP TABLE temp.sotay_index_batch")
                conn.execute("COMMIT")
                break
            conn.execute(
                "DELETE FROM main.search_docs WHERE (kind, ref_id) IN (SELECT kind, ref_id FROM temp.sotay_index_batch)"
            )
            for kind, (table, title, body) in _INDEX_SQL.items():
                conn.execute(
                    f"INSERT INTO main.search_docs(kind, ref_id, title, body) SELECT ?, t.id, "
                    f"sotay_fold({title}), sotay_fold({body}) FROM temp.sotay_index_batch b "
                    f"JOIN main.{table} t ON t.id = b.ref_id WHERE b.kind = ? AND t.deleted = 0",
                    [kind, kind],
                )
            conn.execute(
                "DELETE FROM main.search_backlog WHERE (kind, ref_id) IN "
                "(SELECT kind, ref_id FROM temp.sotay_index_batch)"
            )
            conn.execute("DROP TABLE temp.sotay_index_batch")
            conn.execute("COMMIT")
        except BaseException:
            rollback(db)
            raise
        done += taken
        if progress is not None:
            progress(done, total)
    return done


# --- ledger --------------------------------------------------------------------------------------

LEDGER_COLUMNS = (
    "bundle_id",
    "file_sha256",
    "kind",
    "sender_unit",
    "sender_key_id",
    "receiver",
    "seq",
    "previous_bundle_id",
    "previous_created_at",
    "created_at",
    "hlc_min",
    "hlc_max",
    "file_name",
    "applied_at",
    "counts",
    "clock_skew_ms",
    "manifest_sha256",
)


def seen_file(db: Any, file_sha256: str) -> str | None:
    row = _conn(db).execute("SELECT bundle_id FROM exchange_seen_files WHERE file_sha256 = ?", [file_sha256]).fetchone()
    return row[0] if row else None


def seen_files(db: Any) -> dict[str, str]:
    return dict(_conn(db).execute("SELECT file_sha256, bundle_id FROM exchange_seen_files").fetchall())


def ledger_entry(db: Any, bundle_id: str, sender_unit: str | None = None) -> dict[str, Any] | None:
    """The ledger row of a sender's bundle (the ledger is keyed on sender and bundle id); without a
    sender, the first row with that bundle id (for a file recognised by its hash)."""
    if sender_unit is None:
        cur = _conn(db).execute("SELECT * FROM exchange_ledger WHERE bundle_id = ? LIMIT 1", [bundle_id])
    else:
        cur = _conn(db).execute(
            "SELECT * FROM exchange_ledger WHERE sender_unit = ? AND bundle_id = ?", [sender_unit, bundle_id]
        )
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def record_bundle(db: Any, entry: dict[str, Any]) -> None:
    conn = _conn(db)
    conn.execute(
        f"INSERT INTO exchange_ledger({', '.join(LEDGER_COLUMNS)}) VALUES ({', '.join('?' * len(LEDGER_COLUMNS))})",
        [entry.get(c) for c in LEDGER_COLUMNS],
    )
    remember_file(db, entry["file_sha256"], entry["bundle_id"])


def remember_file(db: Any, file_sha256: str, bundle_id: str) -> None:
    _conn(db).execute(
        "INSERT OR IGNORE INTO exchange_seen_files(file_sha256, bundle_id) VALUES (?, ?)", [file_sha256, bundle_id]
    )


def ledger(db: Any, sender_unit: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM exchange_ledger"
    params: list[Any] = []
    if sender_unit:
        sql += " WHERE sender_unit = ?"
        params.append(sender_unit)
    cur = _conn(db).execute(sql + " ORDER BY sender_unit, created_at", params)
    return _dicts(cur)


def chain_gaps(db: Any) -> list[dict[str, Any]]:
    """Bundles whose predecessor (same sender, same receiver chain) never arrived and that no later
    snapshot from that sender has healed."""
    cur = _conn(db).execute(
        """
        SELECT l.sender_unit, l.receiver, l.previous_bundle_id, l.previous_created_at,
               l.bundle_id, l.created_at, l.seq
        FROM exchange_ledger l
        WHERE l.previous_bundle_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM exchange_ledger p WHERE p.sender_unit = l.sender_unit
                          AND p.bundle_id = l.previous_bundle_id)
          AND NOT EXISTS (SELECT 1 FROM exchange_ledger s WHERE s.sender_unit = l.sender_unit
                          AND s.kind = 'snapshot' AND s.created_at >= l.previous_created_at)
        ORDER BY l.sender_unit, l.created_at
        """
    )
    return _dicts(cur)


def last_received(db: Any) -> dict[str, dict[str, Any]]:
    """sender unit -> its newest applied bundle (for “who has reported”)."""
    cur = _conn(db).execute(
        "SELECT sender_unit, max(created_at) AS created_at, count(*) AS bundles, max(applied_at) AS applied_at "
        "FROM exchange_ledger GROUP BY sender_unit"
    )
    return {r[0]: {"created_at": r[1], "bundles": r[2], "applied_at": r[3]} for r in cur.fetchall()}


# --- export --------------------------------------------------------------------------------------


def export_chain(db: Any, receiver: str) -> dict[str, Any] | None:
    """The newest bundle written for ``receiver``: its id, seq, time and watermark."""
    cur = _conn(db).execute(
        "SELECT bundle_id, seq, created_at, watermark FROM exchange_exports WHERE receiver = ? "
        "AND kind IN ('log', 'snapshot', 'pack') ORDER BY seq DESC LIMIT 1",
        [receiver],
    )
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def record_export(db: Any, entry: dict[str, Any]) -> None:
    cols = (
        "bundle_id",
        "receiver",
        "kind",
        "seq",
        "previous_bundle_id",
        "created_at",
        "watermark",
        "file_name",
        "file_sha256",
        "counts",
    )
    _conn(db).execute(
        f"INSERT INTO exchange_exports({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [entry[c] for c in cols],
    )


def exports(db: Any, receiver: str | None = None) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM exchange_exports", []
    if receiver:
        sql, params = sql + " WHERE receiver = ?", [receiver]
    cur = _conn(db).execute(sql + " ORDER BY created_at DESC", params)
    return _dicts(cur)


def rewind_export_watermarks(db: Any, ceiling: str) -> int:
    """Export chains whose watermark is above ``ceiling`` start again from it, so the next file
    carries every record versioned after it (used when this unit's clock is reset)."""
    conn = _conn(db)
    before = conn.total_changes
    conn.execute("UPDATE exchange_exports SET watermark = ? WHERE watermark > ?", [ceiling, ceiling])
    return conn.total_changes - before


def mark_receipts(db: Any, receipts: Iterable[tuple[str, str, str, str]], broadcast: bool) -> int:
    """(applied_at, receiver unit, outcome, bundle id): our exported bundles the receiver applied. A
    bundle written for one unit is marked only by that unit's receipt; one written for every unit
    ("*") only when ``broadcast`` (the receipt's sender is one this bundle was meant to reach)."""
    conn = _conn(db)
    before = conn.total_changes
    receivers = "receiver IN (?2, '*')" if broadcast else "receiver = ?2"
    conn.executemany(
        "UPDATE exchange_exports SET receipt_at = ?1, receipt_by = ?2, receipt_outcome = ?3 "
        f"WHERE bundle_id = ?4 AND receipt_at IS NULL AND {receivers}",
        receipts,
    )
    return conn.total_changes - before


def iter_rows(
    db: Any,
    table: str,
    columns: Sequence[str],
    owners: Sequence[str] | None,
    after_hlc: str = "",
    ids: Sequence[str] | None = None,
    batch: int = 5000,
) -> Iterator[dict[str, Any]]:
    """Rows of ``table`` owned by ``owners`` (None: any owner) with a version above ``after_hlc``."""
    clauses, params = ["hlc > ?"], [after_hlc]
    if table == "units":
        clauses.append("official = 0")
    if owners is not None:
        clauses.append(f"owner_unit IN ({','.join('?' * len(owners))})")
        params += list(owners)
    if ids is not None:
        clauses.append(f"id IN ({','.join('?' * len(ids))})")
        params += list(ids)
    cur = _conn(db).execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE {' AND '.join(clauses)} ORDER BY hlc", params
    )
    while True:
        chunk = cur.fetchmany(batch)
        if not chunk:
            return
        for row in chunk:
            yield dict(zip(columns, row, strict=True))


def max_hlc(db: Any, tables: Sequence[str], owners: Sequence[str]) -> str:
    conn = _conn(db)
    marks = ",".join("?" * len(owners))
    best = ""
    for table in tables:
        row = conn.execute(f"SELECT max(hlc) FROM {table} WHERE owner_unit IN ({marks})", list(owners)).fetchone()
        if row and row[0] and row[0] > best:
            best = row[0]
    return best


def blobs_for(db: Any, hashes: Sequence[str]) -> Iterator[tuple[str, bytes]]:
    conn = _conn(db)
    for chunk in _chunks(list(hashes)):
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(f"SELECT sha256, data FROM blobs WHERE sha256 IN ({marks})", list(chunk))


def document_ids_by_topic(db: Any, topic_ids: Sequence[str]) -> list[str]:
    marks = ",".join("?" * len(topic_ids))
    return [
        r[0]
        for r in _conn(db).execute(
            f"SELECT DISTINCT document_id FROM document_topics WHERE topic_id IN ({marks})", list(topic_ids)
        )
    ]


# --- read receipts -------------------------------------------------------------------------------


def refresh_read_receipts(
    db: Any,
    owner_unit: str,
    make_id: Callable[[str], str],
    next_version: Callable[[], str],
    stamp: Callable[[str], str],
) -> int:
    """Turn this reader's read marks on documents from other units into receipt records; returns
    how many receipts were made or changed."""
    conn = _conn(db)
    rows = conn.execute(
        """
        SELECT d.id, d.hlc, l.read_at, r.id, r.document_hlc, r.read_at, r.deleted
        FROM document_local l JOIN documents d ON d.id = l.document_id
        LEFT JOIN read_receipts r ON r.document_id = d.id AND r.owner_unit = ?
        WHERE d.owner_unit != ? AND l.read_at IS NOT NULL
        """,
        [owner_unit, owner_unit],
    ).fetchall()
    changed = 0
    for doc_id, doc_hlc, read_at, rid, r_doc_hlc, r_read_at, r_deleted in rows:
        read = stamp(read_at)
        if rid is not None and r_doc_hlc == doc_hlc and r_read_at == read and not r_deleted:
            continue
        conn.execute(
            "INSERT INTO read_receipts(id, owner_unit, hlc, deleted, extra, document_id, document_hlc, read_at) "
            "VALUES (?, ?, ?, 0, '{}', ?, ?, ?) ON CONFLICT(id) DO UPDATE SET hlc = excluded.hlc, "
            "deleted = 0, document_hlc = excluded.document_hlc, read_at = excluded.read_at",
            [rid or make_id(doc_id), owner_unit, next_version(), doc_id, doc_hlc, read],
        )
        changed += 1
    return changed


def read_counts(db: Any) -> list[dict[str, Any]]:
    """Per document issued here: how many units have read it (any version) and the latest one."""
    cur = _conn(db).execute(
        """
        SELECT d.id, d.title, d.hlc, count(DISTINCT r.owner_unit) AS readers,
               count(DISTINCT CASE WHEN r.document_hlc = d.hlc THEN r.owner_unit END) AS readers_latest
        FROM documents d LEFT JOIN read_receipts r ON r.document_id = d.id AND r.deleted = 0
        WHERE d.deleted = 0 GROUP BY d.id ORDER BY d.issued_on DESC
        """
    )
    return _dicts(cur)


def snapshot_dump(db: Any, tables: Sequence[str]) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of ``tables``, sorted: for tests and checks that compare two databases."""
    conn = _conn(db)
    return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}


# Indexes ordered by date put every talk of a bundle on a page of its own, so a folder of
# thousands of bundles rewrites most of such an index once per bundle. For a large batch they are
# dropped first and built once at the end. Their SQL is kept in settings in the same transaction
# as the drop, so a batch that is killed half-way gets them back at the next start (storage.db).
BULK_SUSPENDED_INDEXES = ("talks_report_owner",)
SUSPENDED_SETTING = "bulk.suspended_indexes"


def suspend_indexes(db: Any) -> list[str]:
    from . import settings

    conn = _conn(db)
    kept = [sql for _, sql in _schema_sql(conn, "index", BULK_SUSPENDED_INDEXES)]
    if not kept:
        return []
    with db.atomic():
        settings.put(db, SUSPENDED_SETTING, (settings.get(db, SUSPENDED_SETTING) or []) + kept)
        for name in BULK_SUSPENDED_INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
    return kept


def restore_indexes(db: Any) -> int:
    """Build again what ``suspend_indexes`` dropped (after the batch, or after a crash)."""
    from . import settings

    pending = settings.get(db, SUSPENDED_SETTING) or []
    if not pending:
        return 0
    conn = _conn(db)
    with db.atomic():
        for sql in pending:
            conn.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
        conn.execute("DELETE FROM settings WHERE key = ?", [SUSPENDED_SETTING])
    return len(pending)
