"""The records behind an import's counts, kept by field: each still reads as ``listing.entry``
makes it, and the texts that repeat from record to record are kept once."""

from __future__ import annotations

import orjson
from exchange_helpers import COMMUNE, synthetic_talks

from desktop_app.core.clock import Clock
from desktop_app.exchange.listing import entry, list_merged
from desktop_app.exchange.outcome import FileOutcome
from desktop_app.exchange.record_list import RecordList
from desktop_app.exchange.rows import SPECS, check_row


def talk_rows(n: int) -> dict[str, tuple]:
    clock = Clock("test0001", now_ms=lambda: 1_763_000_000_000)
    rows = [check_row("talks", orjson.loads(orjson.dumps(r))) for r in synthetic_talks(COMMUNE, n, clock)]
    return {row[0]: row for row in rows}


def test_new_records_read_as_entry_makes_them_and_share_their_repeated_texts():
    rows = talk_rows(400)
    listed = RecordList()
    list_merged(None, "talks", rows, list(rows), [], [], [], listed)  # type: ignore[arg-type]
    cols = SPECS["talks"].columns
    expected = [entry("new", "talks", dict(zip(cols, row, strict=True)), "not_here") for row in rows.values()]
    assert len(listed) == 400
    assert list(listed) == expected
    assert listed[7] == expected[7] and listed[-1] == expected[-1] and listed[3:5] == expected[3:5]
    by_day: dict[str, str] = {}
    for record in listed:
        kept = by_day.setdefault(record["day"], record["day"])
        assert record["day"] is kept  # one text per day, not one per record (a year has 365)
    assert len({id(r["unit"]) for r in listed}) == 1


def test_records_of_every_kind_keep_their_order_and_changes():
    records = [
        {"count": "new", "table": "talks", "id": "a", "day": "2026-11-01", "name": "Chợ", "unit": "1", "reason": "x"},
        {
            "count": "updated",
            "table": "talks",
            "id": "b",
            "day": "2026-11-02",
            "name": "Chợ",
            "unit": "1",
            "reason": "y",
            "changes": [{"field": "place", "here": "Đình", "file": "Chợ"}],
        },
        {"count": "new", "table": "groups", "id": "c", "day": "", "name": "Hội", "unit": "1", "reason": "x"},
        {"count": "new", "table": "talks", "id": "d", "day": "2026-11-03", "name": "Đình", "unit": "2", "reason": "x"},
    ]
    kept = RecordList(records)
    assert list(kept) == records and kept == records
    outcome = FileOutcome("f.sotay", "applied", records=kept)
    assert outcome.as_dict()["records"] == records and type(outcome.as_dict()["records"]) is list
    kept.clear()
    assert len(kept) == 0 and list(kept) == []
