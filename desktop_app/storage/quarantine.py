"""Rows an import set aside (``exchange_quarantine``), with the reason and the row as sent, until the
user releases or drops them, or the unit they waited for arrives."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from .sql_parts import chunks, dicts
from .store import Store


def quarantine(db: Store, items: Iterable[tuple[str, str, str, str, str, str, str]]) -> None:
    """(bundle id, table, record id, hlc, reason, row JSON, received at)."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO exchange_quarantine(bundle_id, table_name, record_id, hlc, reason, row, "
        "received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        items,
    )


def quarantine_entries(db: Store, sender_unit: str | None = None) -> list[dict[str, Any]]:
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
    cur = db.conn.execute(sql + " ORDER BY q.received_at, q.table_name, q.record_id", params)
    return dicts(cur)


def quarantine_count(db: Store) -> int:
    return int(db.conn.execute("SELECT count(*) FROM exchange_quarantine").fetchone()[0])


def drop_quarantined(db: Store, keys: Iterable[tuple[str, str, str]]) -> int:
    """Forget these set-aside rows, keyed (bundle id, table, record id); returns how many."""
    conn = db.conn
    before = conn.total_changes
    conn.executemany("DELETE FROM exchange_quarantine WHERE bundle_id = ? AND table_name = ? AND record_id = ?", keys)
    return conn.total_changes - before


def waiting_for_units(db: Store, codes: Sequence[str]) -> list[tuple[str, str, str, str]]:
    """Rows set aside as ``outside_subtree`` whose unit (``unit_code``, or ``parent_code`` of a custom
    unit) is among ``codes``: (bundle id, table, record id, row JSON)."""
    out: list[tuple[str, str, str, str]] = []
    for chunk in chunks(codes):
        marks = ",".join("?" * len(chunk))
        out += db.conn.execute(
            "SELECT bundle_id, table_name, record_id, row FROM exchange_quarantine "
            "WHERE reason = 'outside_subtree' AND json_extract(row, CASE table_name WHEN 'units' "
            f"THEN '$.parent_code' ELSE '$.unit_code' END) IN ({marks})",
            list(chunk),
        ).fetchall()
    return out


def unquarantine(db: Store, keys: Iterable[tuple[str, str, str]]) -> None:
    """Forget set-aside rows (bundle id, table, record id) once they were applied."""
    db.conn.executemany(
        "DELETE FROM exchange_quarantine WHERE bundle_id = ? AND table_name = ? AND record_id = ?", keys
    )
