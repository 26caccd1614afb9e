"""The merge of imported rows (last writer wins by version) and the history it keeps: versions
already here, the upserts (row by row, or staged and set-based with the talk triggers lifted for a
bulk import), replaced and losing versions kept in ``history``, and group contacts across copies.

Every function writes inside the caller's transaction (``Store.atomic``) and never commits itself.
"""

from __future__ import annotations

import contextlib
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from .sql_parts import chunks, schema_sql
from .store import Store


class _Rehearsal(Exception):
    """Raised at the end of a dry run so the transaction around it rolls back."""


@contextmanager
def rolled_back(db: Store) -> Iterator[None]:
    """A dry run: everything written inside is written for real (the same merge, the same counts),
    then undone; nested in a transaction it becomes a savepoint rolled back."""
    try:
        with db.atomic():
            yield
            raise _Rehearsal
    except _Rehearsal:
        pass


def existing_versions(db: Store, table: str, key: str, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """id -> (hlc, owner_unit) of the rows already here among ``ids``."""
    conn = db.conn
    found: dict[str, tuple[str, str]] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        extra = " AND official = 0" if table == "units" else ""
        for rid, hlc, owner in conn.execute(
            f"SELECT {key}, hlc, owner_unit FROM {table} WHERE {key} IN ({marks}){extra}", list(chunk)
        ):
            found[rid] = (hlc, owner)
    return found


def current_rows(
    db: Store, table: str, key: str, columns: Sequence[str], ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """The versions here of ``ids``, by column name: what an updated or older incoming version is
    compared with, field by field."""
    out: dict[str, dict[str, Any]] = {}
    names = ", ".join(columns)
    for chunk in chunks(ids):
        sql = f"SELECT {names} FROM {table} WHERE {key} IN ({', '.join('?' * len(chunk))})"
        for row in db.conn.execute(sql, list(chunk)):
            out[row[0]] = dict(zip(columns, row, strict=True))
    return out


def topic_states(db: Store, ids: Sequence[str]) -> dict[str, tuple[str, int]]:
    """(name, deleted) of the topics here among ``ids``: what no import may change."""
    out: dict[str, tuple[str, int]] = {}
    for chunk in chunks(ids):
        sql = f"SELECT id, name, deleted FROM topics WHERE id IN ({', '.join('?' * len(chunk))})"
        out.update((r[0], (r[1], r[2])) for r in db.conn.execute(sql, list(chunk)))
    return out


def official_codes(db: Store, codes: Sequence[str]) -> set[str]:
    conn = db.conn
    out: set[str] = set()
    for chunk in chunks(codes):
        marks = ",".join("?" * len(chunk))
        out.update(
            r[0] for r in conn.execute(f"SELECT code FROM units WHERE official = 1 AND code IN ({marks})", list(chunk))
        )
    return out


_JSON_COLS: dict[str, str] = {}


def _json_object(db: Store, table: str) -> str:
    if table not in _JSON_COLS:
        names = [r[1] for r in db.conn.execute(f"PRAGMA table_info([{table}])")]
        _JSON_COLS[table] = ", ".join(f"'{n}', {n}" for n in names)
    return _JSON_COLS[table]


def keep_replaced(db: Store, table: str, key: str, ids: Sequence[str], reason: str, when: str) -> None:
    """Copy the current versions of ``ids`` into history (once per version) before they are replaced."""
    conn = db.conn
    cols = _json_object(db, table)
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        conn.execute(
            f"INSERT INTO history(table_name, record_id, hlc, row, replaced_at, reason) "
            f"SELECT ?, t.{key}, t.hlc, json_object({cols}), ?, ? FROM {table} t "
            f"WHERE t.{key} IN ({marks}) AND NOT EXISTS (SELECT 1 FROM history h "
            f"WHERE h.record_id = t.{key} AND h.table_name = ? AND h.hlc = t.hlc)",
            [table, when, reason, *chunk, table],
        )


def keep_lost(
    db: Store, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]], key: str, reason: str, when: str
) -> None:
    """Keep incoming versions that lost the merge, as the same JSON ``keep_replaced`` would make
    (``json_object`` in table column order), so history does not depend on the import order."""
    names = [r[1] for r in db.conn.execute(f"PRAGMA table_info([{table}])")]
    exprs = []
    for n in names:
        if n in columns:
            exprs.append(f"'{n}', :{n}")
        elif n == "folded":
            exprs.append(f"'{n}', sotay_fold(:name)")
        elif n == "official":
            exprs.append(f"'{n}', 0")
    db.conn.executemany(
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


def upsert_rows(db: Store, table: str, key: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    db.conn.executemany(upsert_sql(table, key, columns), rows)


def release_rows(
    db: Store, table: str, key: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], when: str
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
    "talks_summary_insert",
    "talks_summary_update",
    "talks_summary_delete",
    "talks_owner_summary_insert",
    "talks_owner_summary_update",
    "talks_owner_summary_delete",
)


def upsert_staged(
    db: Store,
    table: str,
    key: str,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    index_kind: str | None = None,
    replaced: bool = True,
    triggers_lifted: bool = False,
) -> None:
    """The same last-writer-wins upsert as ``upsert_rows``, set-based, for a bulk import.

    The rows go to a temporary table first (``_stage``: no index, no trigger), then into ``table`` with one
    ``INSERT ... SELECT ... ON CONFLICT DO UPDATE``. Row by row, every statement of an explicit
    transaction keeps a statement journal of each page it touches (a talk touches about 20 pages:
    the table and its indexes), which is what made a row-at-a-time ``executemany`` slow; one
    statement journals each page once. Inside a paused import (``pause_search``), ``index_kind``
    puts the rows in the search backlog and, for talks, the link rows are rebuilt with one
    ``INSERT ... SELECT ... json_each`` per link table (what the paused link triggers would do);
    ``replaced`` says some rows existed before, so their old link rows are deleted first. From
    ``BULK_TRIGGER_ROWS`` talks on, the talk triggers are lifted for the merge and the period-lock
    notes and dirty summary cells they would write are written set-based too
    (``period_locks.note_late_changes``, ``summaries.mark_staged``); ``triggers_lifted`` says the
    caller lifted them already for a group of merges (``lifted_talk_triggers``).
    Not for ``units`` (its ``folded`` column and official guard: ``upsert_rows``)."""
    if table == "units":
        raise ValueError("units: use upsert_rows")
    if triggers_lifted and (table != "talks" or index_kind is None):
        raise ValueError("the talk triggers are lifted for talks, whose links and search backlog need index_kind")
    conn = db.conn
    cols = ", ".join(columns)
    stage = _stage(conn, table, columns)
    lifting = contextlib.ExitStack()  # the talk triggers, lifted here for one big merge
    try:
        conn.executemany(f"INSERT INTO temp.{stage} VALUES ({', '.join('?' * len(columns))})", rows)
        big = index_kind is not None and conn.in_transaction and len(rows) >= BULK_TRIGGER_ROWS
        if (
            table == "talks"
            and (triggers_lifted or big)
            and {"deleted", "held_on", "unit_code", "owner_unit"} <= set(columns)
        ):
            if not triggers_lifted:
                lifting.enter_context(lifted_talk_triggers(db))
            from .period_locks import note_late_changes
            from .summaries import mark_staged

            note_late_changes(conn, f"temp.{stage}")
            mark_staged(db, f"temp.{stage}")
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
                    f"SELECT s.id, j.value FROM temp.{stage} s, json_each(s.{source}) j WHERE s.{source} != '[]'"
                )  # most talks name no group and no document: json_each is not even called for them
        if index_kind is not None:
            conn.execute(
                f"INSERT OR IGNORE INTO main.search_backlog(kind, ref_id) SELECT ?, {key} FROM temp.{stage}",
                [index_kind],
            )
    finally:
        lifting.close()
        conn.execute(f"DELETE FROM temp.{stage}")


def _stage(conn: sqlite3.Connection, table: str, columns: Sequence[str]) -> str:
    """The connection's staging table for these columns, made once and emptied after each merge
    (created and dropped per file, it changed the schema thousands of times in a national import)."""
    stage = f"sotay_stage_{table}_{zlib.crc32(','.join(columns).encode()):08x}"
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {stage} AS SELECT {', '.join(columns)} FROM main.{table} WHERE 0")
    return stage


@contextmanager
def lifted_talk_triggers(db: Store) -> Iterator[None]:
    """The talk triggers lifted in the caller's transaction (every talk written meanwhile goes
    through ``upsert_staged``, which does their work set-based) and put back at the end; after an
    error that ended the transaction, the rollback brought them back: they must not be made twice."""
    conn = db.conn
    lifted = _lift_triggers(conn, _TALK_TRIGGERS)
    try:
        yield
    finally:
        if lifted and conn.in_transaction:
            for sql in lifted:
                conn.execute(sql)


def _lift_triggers(conn: sqlite3.Connection, names: Sequence[str]) -> list[str]:
    """Drop these triggers inside the caller's transaction; returns the SQL that re-creates them.

    Schema changes are transactional in SQLite: other connections never see the triggers gone,
    and a crash or a rollback before the commit leaves them as they were."""
    found = schema_sql(conn, "trigger", names)
    for name, _ in found:
        conn.execute(f"DROP TRIGGER main.{name}")
    return [sql for _, sql in found]


def fill_contacts(db: Store, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """A full (unredacted) copy of a group at the same version fills contacts a redacted copy lacked.

    Rows are (contact_name, contact_phone, id, hlc); only empty contacts are filled, so the result is
    the same whichever copy arrives first."""
    db.conn.executemany(
        "UPDATE groups SET contact_name = ?, contact_phone = ? WHERE id = ? AND hlc = ? "
        "AND contact_name = '' AND contact_phone = ''",
        rows,
    )


def held_contacts(db: Store, ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """id -> (contact_name, contact_phone) of the groups here that hold a contact."""
    conn = db.conn
    found: dict[str, tuple[str, str]] = {}
    for chunk in chunks(ids):
        marks = ",".join("?" * len(chunk))
        for rid, name, phone in conn.execute(
            f"SELECT id, contact_name, contact_phone FROM groups WHERE id IN ({marks}) "
            "AND (contact_name != '' OR contact_phone != '')",
            list(chunk),
        ):
            found[rid] = (name, phone)
    return found


def forget_contacts(db: Store, group_ids: Sequence[str]) -> None:
    """Blank the contact (name, phone, consent date) of these groups in every version kept in
    history or set aside in quarantine: once a group is deleted or its contact withdrew consent, no
    old copy may keep them."""
    conn = db.conn
    for table in ("history", "exchange_quarantine"):
        for chunk in chunks(group_ids):
            marks = ",".join("?" * len(chunk))
            conn.execute(
                f"UPDATE {table} SET row = json_set(row, '$.contact_name', '', '$.contact_phone', '', "
                f"'$.consent_date', NULL) WHERE table_name = 'groups' AND record_id IN ({marks}) "
                "AND (json_extract(row, '$.contact_name') != '' OR json_extract(row, '$.contact_phone') != '' "
                "OR json_extract(row, '$.consent_date') IS NOT NULL)",
                list(chunk),
            )


@contextmanager
def larger_caches(db: Store, kib: int) -> Iterator[None]:
    """SQLite's page caches (main and temp) of ``kib`` KiB while a big import runs: it touches large
    indexes (main) and stages a bundle's rows before the merge (temp). Set back afterwards."""
    conn = db.conn
    caches = {schema: conn.execute(f"PRAGMA {schema}.cache_size").fetchone()[0] for schema in ("main", "temp")}
    for schema in caches:
        conn.execute(f"PRAGMA {schema}.cache_size = {-int(kib)}")
    try:
        yield
    finally:
        for schema, size in caches.items():
            conn.execute(f"PRAGMA {schema}.cache_size = {int(size)}")
