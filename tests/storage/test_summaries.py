"""The report summaries (migration 0015, ``storage/summaries.py``): filled when an existing database
is migrated, kept with a write made outside a transaction, recomputed rather than drifting, rebuilt
from the talks, and a custom range split into whole months and the days left at its ends."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from summary_checks import assert_summaries_fresh

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
        assert_summaries_fresh(db)
    finally:
        s.close()


def test_a_write_outside_a_transaction_is_summarised_before_a_report_reads(demo_services):
    db = demo_services.session.db
    talk = db.execute("SELECT id, unit_code, substr(held_on, 1, 7) FROM talks WHERE deleted = 0 LIMIT 1").fetchone()
    db.execute("UPDATE talks SET attendance = attendance + 1000, held_on = '2026-02-03' WHERE id = ?", [talk[0]])
    # old and new cells noted, of the unit and of the sender
    assert summaries.pending_cells(db) == 4 or talk[2] == "2026-02"
    summaries.ensure_current(db)
    assert_summaries_fresh(db)


def test_a_damaged_summary_is_put_right_by_a_rebuild(demo_services):
    db = demo_services.session.db
    db.execute("UPDATE summary_format SET sessions = sessions + 7")
    db.execute("DELETE FROM summary_topic")
    assert summaries.stored_rows(db, summaries.FORMAT) != summaries.fresh_rows(db, summaries.FORMAT)
    written = demo_services.maintenance.rebuild_summaries()
    unit_rows = sum(len(summaries.stored_rows(db, s)) for s in summaries.SUMMARIES)
    province_rows = sum(len(summaries.stored_province_rows(db, s)) for s in summaries.SUMMARIES)
    assert written == unit_rows + province_rows + len(summaries.owner_rows(db)) > 0
    assert_summaries_fresh(db)


def test_a_summary_cell_is_recomputed_from_the_talks_not_adjusted(demo_services):
    """A wrong cell is healed by the next write that touches it, whatever that write was."""
    db = demo_services.session.db
    unit, month = db.execute("SELECT unit_code, month FROM summary_format LIMIT 1").fetchone()
    db.execute("UPDATE summary_format SET sessions = 0 WHERE unit_code = ? AND month = ?", [unit, month])
    talk_id = db.execute(
        "SELECT id FROM talks WHERE unit_code = ? AND substr(held_on, 1, 7) = ? AND deleted = 0 LIMIT 1", [unit, month]
    ).fetchone()[0]
    demo_services.talks.save(demo_services.talks.get(talk_id))
    for summary in summaries.SUMMARIES:
        assert summaries.stored_rows(db, summary) == summaries.fresh_rows(db, summary), summary.table
    # the roll-ups moved by the cell's change, from the wrong value: a rebuild puts them right
    assert summaries.stored_province_rows(db, summaries.FORMAT) != summaries.fresh_province_rows(db, summaries.FORMAT)
    demo_services.maintenance.rebuild_summaries()
    assert_summaries_fresh(db)


def test_a_bulk_import_with_the_talk_triggers_lifted_notes_the_cells_itself(tmp_path, monkeypatch):
    """From ``BULK_TRIGGER_ROWS`` talks on the merge lifts the talk triggers: the cells of the staged
    rows and of the versions they replace (a talk moved to another month) are noted set-based."""
    import dataclasses
    import datetime as dt

    from exchange_helpers import PROVINCE, Factory

    from desktop_app.core.enums import Role
    from desktop_app.exchange import export_log, import_paths
    from desktop_app.storage import merge

    monkeypatch.setattr(merge, "BULK_TRIGGER_ROWS", 1)
    f = Factory(tmp_path)
    commune = f.make("xa", f.communes(1)[0])
    province = f.make("tinh", PROVINCE, Role.AGGREGATOR)
    try:
        talks = [
            commune.talks.add(held_on=dt.date(2026, 8, d), attendance=d, topics=["Chuyển đổi số"]) for d in (1, 2, 3)
        ]

        def send(name: str) -> None:
            path = export_log(commune.session.exchange_context(), to=tmp_path / name).path
            assert import_paths(province.session.exchange_context(), [path], trust=True).files[0].status == "applied"
            assert_summaries_fresh(province.session.db)

        send("first")
        commune.talks.save(dataclasses.replace(commune.talks.get(talks[0].id), held_on=dt.date(2026, 10, 9)))
        commune.talks.delete(talks[1].id)
        send("second")
        months = province.session.db.execute("SELECT month, sessions FROM summary_format ORDER BY month").fetchall()
        assert months == [("2026-08", 1), ("2026-10", 1)]
    finally:
        commune.close()
        province.close()


def test_a_hamlet_moved_to_another_province_moves_its_talks_between_the_roll_ups(demo_services):
    """The roll-ups per province follow the unit tree: both provinces are summed again."""
    from desktop_app.core.enums import UnitKind
    from desktop_app.storage.report_figures import ALL, Selection

    s = demo_services
    db = s.session.db
    home = s.session.installation.unit_code
    hamlet = s.units.add("Ấp Mới", UnitKind.HAMLET, home).code
    s.talks.add(held_on="2026-03-04", unit_code=hamlet, format="meeting", attendance=41)
    old, elsewhere, new = db.execute(
        "SELECT u.province_code, o.code, o.province_code FROM units u, units o WHERE u.code = ? "
        "AND o.kind = 'commune' AND o.province_code != u.province_code ORDER BY o.code LIMIT 1",
        [home],
    ).fetchone()

    def by_province() -> dict[str, int]:
        with Selection(db, ALL, "2026-03-01", "2026-03-31") as sel:
            return {row[0]: row[1] for row in sel.by_key("unit")}

    before = by_province()
    with db.atomic():
        db.execute("UPDATE units SET parent_code = ? WHERE code = ?", [elsewhere, hamlet])
    assert_summaries_fresh(db)
    after = by_province()
    assert (after[old], after[new]) == (before[old] - 1, before.get(new, 0) + 1)


def test_the_talks_per_sender_equal_a_count_of_the_talks(demo_services):
    """Who has reported reads the talks per sender and month for whole months and the talks for
    the days at the ends of a custom range."""
    from desktop_app.storage.reporting_status import talks_per_sender

    db = demo_services.session.db
    owner = demo_services.session.installation.unit_code
    for start, end in (("2026-01-01", "2026-12-31"), ("2026-02-10", "2026-06-20"), ("2026-03-03", "2026-03-09")):
        direct = db.execute(
            "SELECT count(*), coalesce(sum(attendance), 0) FROM talks WHERE owner_unit = ? AND deleted = 0 "
            "AND held_on BETWEEN ? AND ?",
            [owner, start, end],
        ).fetchone()
        assert talks_per_sender(db, [owner], start, end).get(owner, (0, 0)) == tuple(direct), (start, end)
        many = [owner, *(f"X{i}" for i in range(250))]  # past 200 senders: every sender's talks in one read
        assert talks_per_sender(db, many, start, end).get(owner, (0, 0)) == tuple(direct), (start, end)
    assert direct[0] > 0
