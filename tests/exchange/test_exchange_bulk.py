"""Large batches build date-ordered indexes once at the end, and get them back after a crash."""

from __future__ import annotations

from desktop_app.exchange import importer
from desktop_app.services import Services
from desktop_app.storage import deferred_index, merge


def index_names(services: Services) -> set[str]:
    return {r[0] for r in services.session.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_killed_bulk_import_gets_its_indexes_back_at_the_next_start(services, data_dir):
    assert set(deferred_index.BULK_SUSPENDED_INDEXES) <= index_names(services)
    assert deferred_index.suspend_indexes(services.session.db)
    assert not set(deferred_index.BULK_SUSPENDED_INDEXES) & index_names(services)
    services.close()  # as if the process died here
    again = Services.open(data_dir)
    try:
        assert set(deferred_index.BULK_SUSPENDED_INDEXES) <= index_names(again)
        assert (
            again.session.db.execute(
                "SELECT count(*) FROM settings WHERE key = ?", [deferred_index.SUSPENDED_SETTING]
            ).fetchone()[0]
            == 0
        )
        assert again.maintenance.check() == []
    finally:
        again.close()


def test_a_bulk_import_rebuilds_the_indexes_and_keeps_every_talk(demo_services, tmp_path, monkeypatch):
    from desktop_app.core.enums import Role
    from desktop_app.exchange import export_log

    folder = tmp_path / "out"
    folder.mkdir()
    export_log(demo_services.session.exchange_context(), folder)
    aggregator = Services.open(tmp_path / "tinh")
    aggregator.identity.init("P82", Role.AGGREGATOR)
    try:
        monkeypatch.setattr(importer, "BULK_FILES", 1)
        caches = [
            aggregator.session.db.execute(f"PRAGMA {schema}.cache_size").fetchone()[0] for schema in ("main", "temp")
        ]
        summary = importer.import_paths(aggregator.session.exchange_context(), [folder], trust=True)
        assert [f.status for f in summary.files] == ["applied"]
        # the larger page caches of the import are the import's alone
        assert [
            aggregator.session.db.execute(f"PRAGMA {s}.cache_size").fetchone()[0] for s in ("main", "temp")
        ] == caches
        assert set(deferred_index.BULK_SUSPENDED_INDEXES) <= index_names(aggregator)
        assert aggregator.talks.count() == demo_services.talks.count()
        assert aggregator.maintenance.check() == []
    finally:
        aggregator.close()


def test_set_based_merge_does_what_the_talk_triggers_do(tmp_path, monkeypatch):
    """A big bundle lifts the talk triggers and does their work set-based: links, search backlog and
    period-lock notes come out as the triggers make them, and the triggers are back afterwards."""
    import dataclasses
    import datetime as dt
    import shutil

    from exchange_helpers import PROVINCE, Factory, fixed_today

    from desktop_app.core.enums import Role
    from desktop_app.exchange import export_log, import_paths
    from desktop_app.reports import periods
    from desktop_app.reports.locks import lock_period

    f = Factory(tmp_path)
    code = f.communes(1)[0]
    commune = f.make("xa", code)
    agg = f.make("tinh", PROVINCE, Role.AGGREGATOR)

    def talk(day: str, **fields):
        return commune.talks.add(held_on=dt.date.fromisoformat(day), attendance=10, topics=["Chuyển đổi số"], **fields)

    in_q3 = [talk(f"2026-08-{d:02d}") for d in range(1, 7)]
    october = [talk(f"2026-10-{d:02d}") for d in range(1, 4)]
    import_paths(
        agg.session.exchange_context(),
        [export_log(commune.session.exchange_context(), to=tmp_path / "first").path],
        trust=True,
    )
    lock_period(agg.session.db, PROVINCE, periods.parse("2026-Q3"), by="Trần Văn Bình", today=fixed_today())

    talk("2026-09-01", group_ids=[])  # new inside the lock: insert
    commune.talks.delete(talk("2026-09-02").id)  # new and already deleted: delete
    talk("2026-10-20")  # new outside the lock: nothing
    commune.talks.delete(in_q3[0].id)  # delete
    commune.talks.save(dataclasses.replace(commune.talks.get(in_q3[1].id), attendance=99))  # update
    commune.talks.save(dataclasses.replace(commune.talks.get(in_q3[2].id), held_on=dt.date(2026, 10, 9)))  # moves out
    commune.talks.save(dataclasses.replace(commune.talks.get(october[0].id), held_on=dt.date(2026, 9, 9)))  # moves in
    commune.talks.save(dataclasses.replace(commune.talks.get(october[1].id), attendance=7, topics=[]))  # nothing
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "second").path
    agg.close()
    shutil.copytree(tmp_path / "tinh", tmp_path / "tinh2")

    def merged(folder: str, rows: int) -> dict:
        monkeypatch.setattr(merge, "BULK_TRIGGER_ROWS", rows)
        s = Services.open(tmp_path / folder, today=fixed_today)
        try:
            assert import_paths(s.session.exchange_context(), [bundle]).files[0].status == "applied"
            q = s.session.db.execute
            return {
                "late": sorted(
                    q(
                        "SELECT lock_id, talk_id, owner_unit, unit_code, held_on, hlc, change FROM period_late_changes"
                    ).fetchall()
                ),
                "talks": sorted(q("SELECT * FROM talks").fetchall()),
                "links": sorted(
                    q(
                        "SELECT 'topic', * FROM talk_topics UNION ALL SELECT 'group', * FROM talk_groups "
                        "UNION ALL SELECT 'document', * FROM talk_documents"
                    ).fetchall()
                ),
                "history": sorted(q("SELECT record_id, hlc, row FROM history").fetchall()),
                "search": sorted(q("SELECT kind, ref_id, title, body FROM search_docs").fetchall()),
                "schema": sorted(q("SELECT type, name, sql FROM sqlite_master").fetchall()),
                "check": s.maintenance.check(),
            }
        finally:
            s.close()

    by_triggers = merged("tinh", 10**9)
    set_based = merged("tinh2", 1)
    assert {c for *_, c in by_triggers["late"]} == {"insert", "delete", "update"}
    assert len(by_triggers["late"]) == 6
    assert set_based == by_triggers
    assert by_triggers["check"] == []
