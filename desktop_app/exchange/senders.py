"""What the ledger says about senders: who sent what, and the gaps in their chains of files."""

from __future__ import annotations

from typing import Any

from ..storage import ledger, synced
from ..storage.store import Store
from .outcome import vn_date


def chain_gaps(db: Store) -> list[dict[str, Any]]:
    """Missing links in senders' chains, each with a Vietnamese sentence."""
    out = []
    names = synced.unit_names(db)
    for gap in ledger.chain_gaps(db):
        start = vn_date(gap["previous_created_at"])
        end = vn_date(gap["created_at"])
        name = names.get(gap["sender_unit"], gap["sender_unit"])
        out.append(
            dict(
                gap,
                sender_name=name,
                message=f"Giữa {start} và {end} không nhận được tệp nào từ {name} "
                f"(thiếu tệp trước tệp số {gap['seq']}). Hãy xin đơn vị gửi lại hoặc gửi bản đầy đủ.",
            )
        )
    return out


def reporting_status(db: Store) -> list[dict[str, Any]]:
    """Per unit that sent anything: bundles, newest bundle time, when it was applied."""
    names = synced.unit_names(db)
    return [dict(v, unit_code=k, unit_name=names.get(k, k)) for k, v in sorted(ledger.last_received(db).items())]
