"""Repositories for the synced records: topics, talks, groups, documents and their local marks.

They take and return core records; every write keeps the replaced version in ``history``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store

import dataclasses
import datetime as dt
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from ..core.errors import NotFoundError
from ..core.filters import DocumentFilter, TalkFilter
from ..core.records import Document, Group, Talk, Topic
from ..core.text import fold, sort_key
from .rows import (
    document_from_row,
    document_to_row,
    dumps,
    group_from_row,
    group_to_row,
    talk_from_row,
    talk_to_row,
    topic_from_row,
)


def _row(cursor: sqlite3.Cursor, row: Sequence[Any]) -> dict[str, Any]:
    return {d[0]: v for d, v in zip(cursor.description, row, strict=True)}


def fetch_rows(db: Store, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
    cur = db.execute(sql, list(params))
    return [_row(cur, r) for r in cur.fetchall()]


def keep_history(db: Store, table: str, record_id: str, reason: str) -> None:
    db.execute(
        f"INSERT INTO history(table_name, record_id, hlc, row, replaced_at, reason) "
        f"SELECT ?, id, hlc, json_object({_json_cols(db, table)}), ?, ? FROM {table} WHERE id = ?",
        [table, dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds"), reason, record_id],
    )


_COLS: dict[str, str] = {}


def _json_cols(db: Store, table: str) -> str:
    if table not in _COLS:
        names = db.columns(table)
        _COLS[table] = ", ".join(f"'{n}', {n}" for n in names)
    return _COLS[table]


def upsert(db: Store, table: str, row: dict[str, Any], reason: str = "edit") -> None:
    """Write a record the local user made; the previous version goes to history."""
    cols = list(row)
    assignments = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    with db.atomic():
        keep_history(db, table, row["id"], reason)
        db.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT(id) DO UPDATE SET {assignments}",
            [row[c] for c in cols],
        )


# --- topics -----------------------------------------------------------------------------------


def topic_id(name: str) -> str:
    return " ".join(fold(name).split())


def ensure_topics(db: Store, names: Iterable[str], owner_unit: str, hlc: str) -> list[str]:
    ids = []
    for name in names:
        tid = topic_id(name)
        if not tid:
            continue
        db.execute(
            "INSERT INTO topics(id, owner_unit, hlc, name) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO NOTHING",
            [tid, owner_unit, hlc, " ".join(name.split())],
        )
        ids.append(tid)
    return list(dict.fromkeys(ids))


def _save_naming_topics(db: Store, table: str, row: dict[str, Any], topics: Iterable[str]) -> None:
    """Write a talk's or a document's row, its topic names stored as topic ids (made when new)."""
    with db.atomic():
        row["topics"] = dumps(ensure_topics(db, topics, row["owner_unit"], row["hlc"]))
        upsert(db, table, row)


def topic_names(db: Store) -> dict[str, str]:
    return dict(db.execute("SELECT id, name FROM topics").fetchall())


def get_topic(db: Store, tid: str) -> Topic | None:
    rows = fetch_rows(db, "SELECT * FROM topics WHERE id = ?", [tid])
    return topic_from_row(rows[0]) if rows else None


def list_topics(db: Store) -> list[Topic]:
    rows = fetch_rows(db, "SELECT * FROM topics WHERE deleted = 0")
    return sorted((topic_from_row(r) for r in rows), key=lambda t: sort_key(t.name))


# --- talks ------------------------------------------------------------------------------------


EVERY_TALK = TalkFilter()


def talk_where(flt: TalkFilter) -> tuple[str, list[Any]]:
    """The SQL condition (over ``talks t``) and its parameters for ``flt``."""
    clauses, params = [] if flt.include_deleted else ["t.deleted = 0"], []
    if flt.date_from:
        clauses.append("t.held_on >= ?")
        params.append(flt.date_from.isoformat())
    if flt.date_to:
        clauses.append("t.held_on <= ?")
        params.append(flt.date_to.isoformat())
    if flt.format:
        clauses.append("t.format = ?")
        params.append(flt.format)
    if flt.topic:
        clauses.append("t.id IN (SELECT talk_id FROM talk_topics WHERE topic_id = ?)")
        params.append(topic_id(flt.topic))
    if flt.group_id:
        clauses.append("t.id IN (SELECT talk_id FROM talk_groups WHERE group_id = ?)")
        params.append(flt.group_id)
    if flt.unit_codes:
        clauses.append(f"t.unit_code IN ({','.join('?' * len(flt.unit_codes))})")
        params += list(flt.unit_codes)
    if flt.follow_up_open:
        clauses.append("t.follow_up_status = 'open'")
    if flt.follow_up_due_before:
        clauses.append("t.follow_up_due IS NOT NULL AND t.follow_up_due < ?")
        params.append(flt.follow_up_due_before.isoformat())
    return (" AND ".join(clauses) or "1"), params


def save_talk(db: Store, talk: Talk) -> Talk:
    _save_naming_topics(db, "talks", talk_to_row(talk), talk.topics)
    return get_talk(db, talk.id)


def get_talk(db: Store, talk_id: str) -> Talk:
    rows = fetch_rows(db, "SELECT * FROM talks WHERE id = ?", [talk_id])
    if not rows:
        raise NotFoundError(f"Không tìm thấy buổi tuyên truyền {talk_id}.", f"no talk {talk_id!r}")
    return talk_from_row(rows[0], topic_names(db))


def count_talks(db: Store, flt: TalkFilter = EVERY_TALK) -> int:
    where, params = talk_where(flt)
    return int(db.execute(f"SELECT count(*) FROM talks t WHERE {where}", params).fetchone()[0])


def talk_ids(
    db: Store,
    flt: TalkFilter = EVERY_TALK,
    sort: str = "date",
    descending: bool = True,
    limit: int = -1,
    offset: int = 0,
) -> list[str]:
    """Ids only, in display order: a lazy table holds these and fetches rows as they are shown."""
    from .talk_order import ordered_ids_sql

    sql, params = ordered_ids_sql(db, flt, sort, descending)
    return [r[0] for r in db.execute(f"{sql} LIMIT ? OFFSET ?", params + [limit, offset]).fetchall()]


def talks_by_ids(db: Store, ids: list[str]) -> list[Talk]:
    if not ids:
        return []
    names = topic_names(db)
    rows = fetch_rows(db, f"SELECT * FROM talks WHERE id IN ({','.join('?' * len(ids))})", ids)
    by_id = {r["id"]: talk_from_row(r, names) for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def list_talks(
    db: Store,
    flt: TalkFilter = EVERY_TALK,
    limit: int = -1,
    offset: int = 0,
    sort: str = "date",
    descending: bool = True,
) -> list[Talk]:
    return talks_by_ids(db, talk_ids(db, flt, sort, descending, limit, offset))


def talks_on_day(db: Store, day: dt.date, unit_code: str, limit: int = 200) -> list[Talk]:
    """The live talks of one unit on one day, newest version first: the candidates a new talk is
    compared with for a likely duplicate (the rule is ``core.talk_rules.is_likely_duplicate``)."""
    ids = [
        r[0]
        for r in db.execute(
            "SELECT id FROM talks WHERE deleted = 0 AND held_on = ? AND unit_code = ? ORDER BY hlc DESC LIMIT ?",
            [day.isoformat(), unit_code, limit],
        ).fetchall()
    ]
    return talks_by_ids(db, ids)


# --- groups -----------------------------------------------------------------------------------


def save_group(db: Store, group: Group) -> Group:
    upsert(db, "groups", group_to_row(group))
    return get_group(db, group.id)


def save_group_without_contact(db: Store, group: Group) -> Group:
    """A group deleted, or whose contact withdrew consent: the new version (the tombstone too)
    carries no contact, and every older version kept in history loses it as well."""
    from .merge import forget_contacts

    blank = dataclasses.replace(group, contact_name="", contact_phone="", contact_consent=False, consent_date=None)
    with db.atomic():
        upsert(db, "groups", group_to_row(blank))
        forget_contacts(db, [group.id])
    return get_group(db, group.id)


def get_group(db: Store, group_id: str) -> Group:
    rows = fetch_rows(db, "SELECT * FROM groups WHERE id = ?", [group_id])
    if not rows:
        raise NotFoundError(f"Không tìm thấy nhóm {group_id}.", f"no group {group_id!r}")
    return group_from_row(rows[0])


def list_groups(
    db: Store, include_inactive: bool = True, include_deleted: bool = False, unit_codes: Sequence[str] = ()
) -> list[Group]:
    """Groups by name in Vietnamese order; ``unit_codes``, when given, keeps those units' groups."""
    clauses, params = ["1"], list(unit_codes)
    if not include_deleted:
        clauses.append("deleted = 0")
    if not include_inactive:
        clauses.append("active = 1")
    if unit_codes:
        clauses.append(f"unit_code IN ({','.join('?' * len(unit_codes))})")
    rows = fetch_rows(db, f"SELECT * FROM groups WHERE {' AND '.join(clauses)}", params)
    return sorted((group_from_row(r) for r in rows), key=lambda g: sort_key(g.name))


# --- documents --------------------------------------------------------------------------------

_DOC_SELECT = (
    "SELECT d.*, l.read_at AS read_at, l.note AS note FROM documents d "
    "LEFT JOIN document_local l ON l.document_id = d.id"
)


def save_document(db: Store, doc: Document) -> Document:
    _save_naming_topics(db, "documents", document_to_row(doc), doc.topics)
    return get_document(db, doc.id)


def store_blob(db: Store, sha256: str, data: bytes, media_type: str, text: str) -> None:
    db.execute(
        "INSERT INTO blobs(sha256, size, media_type, data, text) VALUES (?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
        [sha256, len(data), media_type, data, text],
    )


def blob_data(db: Store, sha256: str) -> bytes:
    row = db.execute("SELECT data FROM blobs WHERE sha256 = ?", [sha256]).fetchone()
    if row is None:
        raise NotFoundError("Tệp đính kèm chưa có trên máy này.", f"no blob {sha256}")
    return cast("bytes", row[0])  # sqlite3 returns a BLOB column as bytes


def get_document(db: Store, doc_id: str) -> Document:
    rows = fetch_rows(db, _DOC_SELECT + " WHERE d.id = ?", [doc_id])
    if not rows:
        raise NotFoundError(f"Không tìm thấy tài liệu {doc_id}.", f"no document {doc_id!r}")
    return document_from_row(rows[0], topic_names(db))


EVERY_DOCUMENT = DocumentFilter()


def document_where(flt: DocumentFilter) -> tuple[str, list[Any]]:
    """The SQL condition (over ``documents d`` joined to the read log ``l``) and its parameters."""
    clauses, params = ["d.deleted = 0"], []
    if flt.topic:
        clauses.append("d.id IN (SELECT document_id FROM document_topics WHERE topic_id = ?)")
        params.append(topic_id(flt.topic))
    if flt.required_only:
        clauses.append("d.required = 1")
    if flt.unread_only:
        clauses.append("l.read_at IS NULL")
    if flt.valid_on:
        clauses.append("(d.valid_until IS NULL OR d.valid_until >= ?)")
        params.append(flt.valid_on.isoformat())
    return " AND ".join(clauses), params


def list_documents(
    db: Store, flt: DocumentFilter = EVERY_DOCUMENT, ids: list[str] | None = None, limit: int = -1
) -> list[Document]:
    where, params = document_where(flt)
    if ids is not None:
        if not ids:
            return []
        where += f" AND d.id IN ({','.join('?' * len(ids))})"
        params += ids
    rows = fetch_rows(
        db,
        f"{_DOC_SELECT} WHERE {where} ORDER BY d.required DESC, coalesce(d.issued_on, '') DESC, d.title LIMIT ?",
        params + [limit],
    )
    names = topic_names(db)
    docs = [document_from_row(r, names) for r in rows]
    if ids is not None:
        order = {i: n for n, i in enumerate(ids)}
        docs.sort(key=lambda d: order[d.id])
    return docs


def mark_read(db: Store, doc_id: str, when: str | None) -> None:
    db.execute(
        "INSERT INTO document_local(document_id, read_at) VALUES (?, ?) "
        "ON CONFLICT(document_id) DO UPDATE SET read_at = excluded.read_at",
        [doc_id, when],
    )


def set_note(db: Store, doc_id: str, note: str) -> None:
    db.execute(
        "INSERT INTO document_local(document_id, note) VALUES (?, ?) "
        "ON CONFLICT(document_id) DO UPDATE SET note = excluded.note",
        [doc_id, note],
    )


# --- clock reset ------------------------------------------------------------------------------

# Synced tables and their key: what a unit owns and sends carries a version from its clock.
VERSIONED_TABLES = {
    "units": "code",
    "topics": "id",
    "documents": "id",
    "groups": "id",
    "talks": "id",
    "read_receipts": "id",
    "report_sections": "id",
    "force_members": "id",
    "force_trainings": "id",
    "force_conferences": "id",
    "channels": "id",
    "channel_snapshots": "id",
}


def reversion_ahead(db: Store, owner_unit: str, now_ms: int, next_version: Callable[[], str]) -> int:
    """Give every record ``owner_unit`` owns whose version is ahead of ``now_ms`` a new version
    from ``next_version`` (in their old order), keeping the old one in history; returns how many.
    The content does not change: the records travel again with versions receivers accept."""
    from .merge import keep_replaced

    when = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    floor = f"{now_ms:015d}"
    total = 0
    for table, key in VERSIONED_TABLES.items():
        custom = " AND official = 0" if table == "units" else ""
        ids = [
            r[0]
            for r in db.execute(
                f"SELECT {key} FROM {table} WHERE owner_unit = ? AND substr(hlc, 1, 15) > ?{custom} ORDER BY hlc",
                [owner_unit, floor],
            )
        ]
        if not ids:
            continue
        keep_replaced(db, table, key, ids, "clock_reset", when)
        db.conn.executemany(f"UPDATE {table} SET hlc = ? WHERE {key} = ?", [(next_version(), rid) for rid in ids])
        total += len(ids)
    return total
