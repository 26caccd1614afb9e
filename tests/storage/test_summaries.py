"""The report summaries (migration 0015, ``storage/summaries.py``): filled when an existing database
is migrated, kept with a write made outside a transaction, recomputed rather than drifting, rebuilt
from the talks, and a custom range split into whole months and the days left at its ends."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.services import Services
from desktop_app.storage import db as storage_db
from desktop_app.storage import summaries
from desktop_app.storage.report_figures import split_months

GOLDEN = Path(__file__).parent.parent / "data" / "sotay-schema-0001.db"
NONE = ("9999-12", "0000-01")  # no whole month


@pytest.mark.parametrize(
    "start, end, months, ends",
    [
        ("2026-01-01", "2026-12-31", ("2026-01", "2026-12"), []),
        ("2026-10-01", "2026-10-31", ("2026-10", "2026-10"), []),
        ("2024-02-01", "2024-02-29", ("2024-02", "2024-02"), []),
        (
            "2026-03-15",
            "2026-09-10",
            ("2026-04", "2026-08"),
            [("2026-03-15", "2026-03-31"), ("2026-09-01", "2026-09-10")],
        ),
        ("2026-03-01", "2026-05-20", ("2026-03", "2026-04"), [("2026-05-01", "2026-05-20")]),
        ("2026-03-02", "2026-05-31", ("2026-04", "2026-05"), [("2026-03-02", "2026-03-31")]),
        ("2026-03-02", "2026-03-30", NONE, [("2026-03-02", "2026-03-30")]),
        ("2026-03-15", "2026-04-10", NONE, [("2026-03-15", "2026-04-10")]),
        ("2025-12-15", "2026-01-31", ("2026-01", "2026-01"), [("2025-12-15", "2025-12-31")]),
    ],
)
def test_a_range_is_whole_months_and_the_days_left_at_its_ends(start, end, months, ends):
    assert split_months(start, end) == (months, ends)


def assert_fresh(db) -> None:
    assert summaries.pending_cells(db) == 0
    for summary in summaries.SUMMARIES:
        assert summaries.stored_rows(db, summary) == summaries.fresh_rows(db, summary), summary.table


def test_an_existing_database_is_summarised_by_its_migration(tmp_path):
    shutil.copy(GOLDEN, tmp_path / storage_db.DB_NAME)
    s = Services.open(tmp_path)
    try:
        db = s.session.db
        assert summaries.pending_cells(db) == 0
        assert (
            db.execute("SELECT sum(sessions) FROM summary_format").fetchone()[0]
            == db.execute("SELECT count(*) FROM talks WHERE deleted = 0").fetchone()[0]
        )
        assert_fresh(db)
    finally:
        s.close()


def test_a_write_outside_a_transaction_is_summarised_before_a_report_reads(demo_services):
    db = demo_services.session.db
    talk = db.execute("SELECT id, unit_code, substr(held_on, 1, 7) FROM talks WHERE deleted = 0 LIMIT 1").fetchone()
    db.execute("UPDATE talks SET attendance = attendance + 1000, held_on = '2026-02-03' WHERE id = ?", [talk[0]])
    assert summaries.pending_cells(db) == 2 or talk[2] == "2026-02"  # old and new cells noted
    summaries.ensure_current(db)
    assert_fresh(db)


def test_a_damaged_summary_is_put_right_by_a_rebuild(demo_services):
    db = demo_services.session.db
    db.execute("UPDATE summary_format SET sessions = sessions + 7")
    db.execute("DELETE FROM summary_topic")
    assert summaries.stored_rows(db, summaries.FORMAT) != summaries.fresh_rows(db, summaries.FORMAT)
    written = demo_services.maintenance.rebuild_summaries()
    assert written == sum(len(summaries.stored_rows(db, s)) for s in summaries.SUMMARIES) > 0
    assert_fresh(db)


def test_a_summary_cell_is_recomputed_from_the_talks_not_adjusted(demo_services):
    """A wrong cell is healed by the next write that touches it, whatever that write was."""
    db = demo_services.session.db
    unit, month = db.execute("SELECT unit_code, month FROM summary_format LIMIT 1").fetchone()
    db.execute("UPDATE summary_format SET sessions = 0 WHERE unit_code = ? AND month = ?", [unit, month])
    talk_id = db.execute(
        "SELECT id FROM talks WHERE unit_code = ? AND substr(held_on, 1, 7) = ? AND deleted = 0 LIMIT 1", [unit, month]
    ).fetchone()[0]
    demo_services.talks.save(demo_services.talks.get(talk_id))
    assert_fresh(db)
