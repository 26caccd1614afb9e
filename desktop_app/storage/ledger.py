"""What travelled: the ledger of bundles applied here (and files recognised by their hash), the
chain of bundles written for each receiver with the receipts that came back, and the receipts of
packs read here."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from . import settings
from .sql_parts import dicts
from .store import Store

# the time of the newest file written before this installation changed unit: the new unit's files
# start their own chain, never continuing the old unit's
CHAIN_RESTART_SETTING = "export_chain_restart_after"

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


def seen_file(db: Store, file_sha256: str) -> str | None:
    row = db.conn.execute("SELECT bundle_id FROM exchange_seen_files WHERE file_sha256 = ?", [file_sha256]).fetchone()
    return row[0] if row else None


def seen_files(db: Store) -> dict[str, str]:
    return dict(db.conn.execute("SELECT file_sha256, bundle_id FROM exchange_seen_files").fetchall())


def ledger_entry(db: Store, bundle_id: str, sender_unit: str | None = None) -> dict[str, Any] | None:
    """The ledger row of a sender's bundle (the ledger is keyed on sender and bundle id); without a
    sender, the first row with that bundle id (for a file recognised by its hash)."""
    if sender_unit is None:
        cur = db.conn.execute("SELECT * FROM exchange_ledger WHERE bundle_id = ? LIMIT 1", [bundle_id])
    else:
        cur = db.conn.execute(
            "SELECT * FROM exchange_ledger WHERE sender_unit = ? AND bundle_id = ?", [sender_unit, bundle_id]
        )
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def record_bundle(db: Store, entry: dict[str, Any]) -> None:
    conn = db.conn
    conn.execute(
        f"INSERT INTO exchange_ledger({', '.join(LEDGER_COLUMNS)}) VALUES ({', '.join('?' * len(LEDGER_COLUMNS))})",
        [entry.get(c) for c in LEDGER_COLUMNS],
    )
    remember_file(db, entry["file_sha256"], entry["bundle_id"])


def remember_file(db: Store, file_sha256: str, bundle_id: str) -> None:
    db.conn.execute(
        "INSERT OR IGNORE INTO exchange_seen_files(file_sha256, bundle_id) VALUES (?, ?)", [file_sha256, bundle_id]
    )


def ledger(db: Store, sender_unit: str | None = None) -> list[dict[str, Any]]:
    sql = "SELECT * FROM exchange_ledger"
    params: list[Any] = []
    if sender_unit:
        sql += " WHERE sender_unit = ?"
        params.append(sender_unit)
    cur = db.conn.execute(sql + " ORDER BY sender_unit, created_at", params)
    return dicts(cur)


def chain_gaps(db: Store) -> list[dict[str, Any]]:
    """Bundles whose predecessor (same sender, same receiver chain) never arrived and that no later
    snapshot from that sender has healed."""
    cur = db.conn.execute(
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
    return dicts(cur)


def last_received(db: Store) -> dict[str, dict[str, Any]]:
    """sender unit -> its newest applied bundle (for “who has reported”)."""
    cur = db.conn.execute(
        "SELECT sender_unit, max(created_at) AS created_at, count(*) AS bundles, max(applied_at) AS applied_at "
        "FROM exchange_ledger GROUP BY sender_unit"
    )
    return {r[0]: {"created_at": r[1], "bundles": r[2], "applied_at": r[3]} for r in cur.fetchall()}


def export_chain(db: Store, receiver: str) -> dict[str, Any] | None:
    """The newest bundle written for ``receiver``: its id, seq, time and watermark."""
    cur = db.conn.execute(
        "SELECT bundle_id, seq, created_at, watermark FROM exchange_exports WHERE receiver = ? "
        "AND kind IN ('log', 'snapshot', 'pack') AND created_at > ? ORDER BY seq DESC LIMIT 1",
        [receiver, settings.get(db, CHAIN_RESTART_SETTING, "")],
    )
    row = cur.fetchone()
    return dict(zip([d[0] for d in cur.description], row, strict=True)) if row else None


def record_export(db: Store, entry: dict[str, Any]) -> None:
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
    db.conn.execute(
        f"INSERT INTO exchange_exports({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
        [entry[c] for c in cols],
    )


def exports(db: Store, receiver: str | None = None) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM exchange_exports", []
    if receiver:
        sql, params = sql + " WHERE receiver = ?", [receiver]
    cur = db.conn.execute(sql + " ORDER BY created_at DESC", params)
    return dicts(cur)


def rewind_export_watermarks(db: Store, ceiling: str) -> int:
    """Export chains whose watermark is above ``ceiling`` start again from it, so the next file
    carries every record versioned after it (used when this unit's clock is reset)."""
    conn = db.conn
    before = conn.total_changes
    conn.execute("UPDATE exchange_exports SET watermark = ? WHERE watermark > ?", [ceiling, ceiling])
    return conn.total_changes - before


def mark_receipts(db: Store, receipts: Iterable[tuple[str, str, str, str]], broadcast: bool) -> int:
    """(applied_at, receiver unit, outcome, bundle id): our exported bundles the receiver applied. A
    bundle written for one unit is marked only by that unit's receipt; one written for every unit
    ("*") only when ``broadcast`` (the receipt's sender is one this bundle was meant to reach)."""
    conn = db.conn
    before = conn.total_changes
    receivers = "receiver IN (?2, '*')" if broadcast else "receiver = ?2"
    conn.executemany(
        "UPDATE exchange_exports SET receipt_at = ?1, receipt_by = ?2, receipt_outcome = ?3 "
        f"WHERE bundle_id = ?4 AND receipt_at IS NULL AND {receivers}",
        receipts,
    )
    return conn.total_changes - before


def refresh_read_receipts(
    db: Store,
    owner_unit: str,
    make_id: Callable[[str], str],
    next_version: Callable[[], str],
    stamp: Callable[[str], str],
) -> int:
    """Turn this reader's read marks on documents from other units into receipt records; returns
    how many receipts were made or changed."""
    conn = db.conn
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


def read_counts(db: Store, owner_unit: str | None = None) -> list[dict[str, Any]]:
    """Per document issued here (``owner_unit``: only that unit's): how many units have read it (any
    version) and the latest one."""
    mine, params = ("AND d.owner_unit = ?", [owner_unit]) if owner_unit else ("", [])
    cur = db.conn.execute(
        f"""
        SELECT d.id, d.title, d.hlc, count(DISTINCT r.owner_unit) AS readers,
               count(DISTINCT CASE WHEN r.document_hlc = d.hlc THEN r.owner_unit END) AS readers_latest
        FROM documents d LEFT JOIN read_receipts r ON r.document_id = d.id AND r.deleted = 0
        WHERE d.deleted = 0 {mine} GROUP BY d.id ORDER BY d.issued_on DESC
        """,
        params,
    )
    return dicts(cur)


def deleted_documents_reach(db: Store, owner_unit: str) -> list[dict[str, Any]]:
    """The documents ``owner_unit`` issued and then deleted, latest deletion first, each with how
    many units had read a version of it (their read receipts)."""
    cur = db.conn.execute(
        """
        SELECT d.id, d.title, count(DISTINCT r.owner_unit) AS readers
        FROM documents d LEFT JOIN read_receipts r ON r.document_id = d.id AND r.deleted = 0
        WHERE d.deleted = 1 AND d.owner_unit = ? GROUP BY d.id ORDER BY d.hlc DESC
        """,
        [owner_unit],
    )
    return dicts(cur)


def document_readers(db: Store, document_id: str) -> list[dict[str, Any]]:
    """The units whose read receipt for a document arrived: when they read it and whether it was
    the version stored here now (``latest``)."""
    cur = db.conn.execute(
        "SELECT r.owner_unit, r.read_at, r.document_hlc = d.hlc AS latest FROM read_receipts r "
        "JOIN documents d ON d.id = r.document_id WHERE r.document_id = ? AND r.deleted = 0 ORDER BY r.owner_unit",
        [document_id],
    )
    return dicts(cur)
