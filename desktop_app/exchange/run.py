"""The state of one import batch (``ImportRun``) and the small rules every step of it shares: a
sender's subtree computed once, the time a row is set aside for, a row as JSON, a sender's name."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..core.enums import QuarantineReason
from ..storage import synced
from ..storage.store import Store
from . import policy
from .commit_group import CommitGroup
from .context import ExchangeContext
from .manifest import Manifest

FUTURE_MS = 24 * 3600 * 1000  # a version more than a day ahead of this machine is quarantined
RECEIVING = "*receiving"  # the key of the receiving tree among the cached subtrees (no unit code has "*")


@dataclass
class ImportRun:
    """One call of ``import_paths``: its options, the installation, and what it learns file by file
    (subtrees, contested units, the backup made before the first write, files already seen)."""

    exchange: ExchangeContext
    own_unit: str
    own_key_id: str
    trust: bool
    dry_run: bool
    passphrase: str | None
    x25519: dict[str, X25519PrivateKey]
    now_ms: int
    today: dt.date
    subtrees: dict[str, dict[str, str | None]] = dataclasses.field(default_factory=dict)
    contested: dict[str, int] = dataclasses.field(default_factory=dict)  # unit -> key chains offered
    backup: str | None = None
    seen: dict[str, str] | None = None
    accept_outside: bool = False  # the user chose to keep files from units outside this one's tree
    group: CommitGroup | None = None  # the files of a large batch committed together


def receiving_tree(ctx: ImportRun) -> dict[str, str | None]:
    """This installation's receiving tree (its subtree and its members'), computed once per batch
    (forgotten, like the subtrees, when a bundle adds units)."""
    if RECEIVING not in ctx.subtrees:
        ctx.subtrees[RECEIVING] = policy.receiving_tree(ctx.exchange.store, ctx.own_unit)
    return ctx.subtrees[RECEIVING]


def subtree(ctx: ImportRun, unit: str) -> dict[str, str | None]:
    """A sender's subtree, computed once per sender in a batch (forgotten when a bundle adds units)."""
    if unit not in ctx.subtrees:
        ctx.subtrees[unit] = policy.subtree(ctx.exchange.store, unit)
    return ctx.subtrees[unit]


def time_reason(ctx: ImportRun, row: dict[str, Any]) -> QuarantineReason | None:
    """The time reason (``clock_ahead``, ``future_date``) the import would set this row aside for."""
    if int(row["hlc"][:15]) > ctx.now_ms + FUTURE_MS:
        return QuarantineReason.CLOCK_AHEAD
    held_on = row.get("held_on")
    if held_on and held_on > (ctx.today + dt.timedelta(days=2)).isoformat():
        return QuarantineReason.FUTURE_DATE
    return None


def row_json(columns: Sequence[str], row: Sequence[Any]) -> str:
    """A row as it is kept in quarantine: the sent columns by name."""
    return orjson.dumps(dict(zip(columns, row, strict=True))).decode()


def sender_label(db: Store, m: Manifest) -> str:
    """The sender as the cadre should read it before trusting a key: its name in this installation's
    unit list; the name the file wrote only for a unit not in the list, and then with its code (a file
    from one unit calling itself another must not be confirmed under the other's name)."""
    known = synced.unit_name(db, m.sender_unit)
    if known is not None:
        return known
    return f"{m.sender_name} (mã {m.sender_unit}, chưa có trong danh sách đơn vị)"
