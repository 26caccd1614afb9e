"""Receipts: of packs read here (records that travel up) and of bundles applied here (sent back)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import orjson

from ..storage import ledger
from ..storage.store import Store
from .context import ExchangeContext
from .manifest import utc_stamp

RECEIPT_NAMESPACE = uuid.UUID("5d0f0d3c-6a59-4c55-9d1b-2f1a3f6f2b7e")


def receipt_id(owner_unit: str, document_id: str) -> str:
    """One receipt per reader and document, the same id whenever it is remade."""
    return str(uuid.uuid5(RECEIPT_NAMESPACE, f"{owner_unit}:{document_id}"))


def _read_stamp(value: str) -> str:
    """Read marks are stored as ISO times; receipts carry the fixed-width UTC form."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value[:40]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return utc_stamp(moment)


def refresh_receipts(ctx: ExchangeContext) -> int:
    db, unit_code = ctx.store, ctx.installation.unit_code
    with db.atomic():
        return ledger.refresh_read_receipts(
            db,
            unit_code,
            lambda doc: receipt_id(unit_code, doc),
            ctx.next_version,
            _read_stamp,
        )


def bundle_receipt_rows(db: Store, sender_unit: str) -> list[dict[str, Any]]:
    out = []
    for entry in ledger.ledger(db, sender_unit):
        counts = orjson.loads(entry["counts"] or "{}")
        out.append(
            {
                "bundle_id": entry["bundle_id"],
                "sender_unit": entry["sender_unit"],
                "file_sha256": entry["file_sha256"],
                "applied_at": entry["applied_at"],
                "outcome": "applied",
                "records": int(sum(v for k, v in counts.items() if isinstance(v, int) and k != "unchanged")),
            }
        )
    return out
