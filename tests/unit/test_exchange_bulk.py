"""Large batches build date-ordered indexes once at the end, and get them back after a crash."""

from __future__ import annotations

from desktop_app.exchange import importer
from desktop_app.services import Services
from desktop_app.storage import sync


def index_names(services: Services) -> set[str]:
    return {r[0] for r in services.db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}


def test_a_killed_bulk_import_gets_its_indexes_back_at_the_next_start(services, data_dir):
    assert set(sync.BULK_SUSPENDED_INDEXES) <= index_names(services)
    assert sync.suspend_indexes(services.db)
    assert not set(sync.BULK_SUSPENDED_INDEXES) & index_names(services)
    services.close()  # as if the process died here
    again = Services.open(data_dir)
    try:
        assert set(sync.BULK_SUSPENDED_INDEXES) <= index_names(again)
        assert again.db.execute("SELECT count(*) FROM settings WHERE key = ?",
                                [sync.SUSPENDED_SETTING]).fetchone()[0] == 0
        assert again.check() == []
    finally:
        again.close()


def test_a_bulk_import_rebuilds_the_indexes_and_keeps_every_talk(demo_services, tmp_path, monkeypatch):
    from desktop_app.core.enums import Role
    from desktop_app.exchange import export_log

    folder = tmp_path / "out"
    folder.mkdir()
    export_log(demo_services, folder)
    aggregator = Services.open(tmp_path / "tinh")
    aggregator.init("P82", Role.AGGREGATOR)
    try:
        monkeypatch.setattr(importer, "BULK_FILES", 1)
        summary = importer.import_paths(aggregator, [folder], trust=True)
        assert [f.status for f in summary.files] == ["applied"]
        assert set(sync.BULK_SUSPENDED_INDEXES) <= index_names(aggregator)
        assert aggregator.talk_count() == demo_services.talk_count()
        assert aggregator.check() == []
    finally:
        aggregator.close()
