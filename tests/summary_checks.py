"""The check every summary test ends with: nothing waits to be recomputed, and every summary, its
roll-up per province and the talks per sender equal a fresh aggregation of the live talks."""

from __future__ import annotations

from desktop_app.storage import summaries


def assert_summaries_fresh(db) -> None:
    assert summaries.pending_cells(db) == 0
    for summary in summaries.SUMMARIES:
        assert summaries.stored_rows(db, summary) == summaries.fresh_rows(db, summary), summary.table
        assert summaries.stored_province_rows(db, summary) == summaries.fresh_province_rows(db, summary), (
            summary.province_table
        )
    assert summaries.owner_rows(db) == summaries.owner_rows(db, fresh=True), summaries.OWNER
