"""Moving this installation's records to another unit, for a change of unit made before anything was
sent: no copy of them exists elsewhere, so they are re-owned in place (the caller holds the
transaction)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store

# (table, column): every column that names this installation's unit as owner or as the record's unit
_OWNER_COLUMNS = (
    ("talks", "owner_unit"),
    ("talks", "unit_code"),
    ("groups", "owner_unit"),
    ("groups", "unit_code"),
    ("documents", "owner_unit"),
    ("topics", "owner_unit"),
    ("read_receipts", "owner_unit"),
    ("units", "owner_unit"),
    ("units", "parent_code"),
    ("period_locks", "unit_code"),
    ("channels", "owner_unit"),
    ("channels", "unit_code"),
    ("channel_snapshots", "owner_unit"),
)


def reown(db: Store, old_unit: str, new_unit: str) -> int:
    """Every record of ``old_unit`` becomes ``new_unit``'s (custom units under it move with it);
    returns how many rows changed. Official units are never touched: they come from the national
    list."""
    changed = 0
    for table, column in _OWNER_COLUMNS:
        official = " AND official = 0" if table == "units" else ""
        cur = db.execute(f"UPDATE {table} SET {column} = ? WHERE {column} = ?{official}", [new_unit, old_unit])
        changed += cur.rowcount
    return changed
