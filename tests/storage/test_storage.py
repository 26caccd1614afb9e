"""The database: pragmas, migrations from the first schema, refusal of newer databases, backups."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.core.errors import StorageError
from desktop_app.services import Services
from desktop_app.storage import db as storage_db
from desktop_app.storage.migrations import migrations
from desktop_app.storage.schema import SCHEMA_VERSION

GOLDEN = Path(__file__).parent.parent / "data" / "sotay-schema-0001.db"


def dump(services: Services) -> list[str]:
    return list(services.session.db.conn.iterdump())


def test_pragmas_for_safe_data_entry(services):
    pragma = lambda name: services.session.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
    assert pragma("journal_mode") == "wal"
    assert pragma("foreign_keys") == 1
    assert pragma("synchronous") == 2  # FULL
    assert pragma("busy_timeout") >= 5000


def test_schema_version_constant_matches_the_migrations():
    assert SCHEMA_VERSION == len(migrations._migrations)


def test_first_schema_database_upgrades_and_keeps_its_data(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(GOLDEN, folder / storage_db.DB_NAME)
    before = sqlite3.connect(folder / storage_db.DB_NAME).execute("SELECT count(*) FROM talks").fetchone()[0]
    s = Services.open(folder)
    try:
        assert s.session.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert s.session.db.execute("SELECT count(*) FROM talks").fetchone()[0] == before > 0
        assert s.identity.installation.unit_code == "30130"
        assert s.maintenance.check() == []
        if SCHEMA_VERSION > 1:  # a real upgrade happened: a backup was taken first
            assert any("before-migration" in p.name for p in s.maintenance.backups())
        assert s.library.search("dang uy")  # the search index survived
    finally:
        s.close()


def test_a_newer_database_is_refused_with_a_clear_message(services, data_dir):
    services.session.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    services.session.db.execute(
        "INSERT INTO _sqlite_migrations(migration_set, name, applied_at) VALUES ('sotay', '9999_future', '2030-01-01')"
    )
    services.session.db.execute("UPDATE settings SET value = '\"9.0.0\"' WHERE key = 'app_version'")
    services.close()
    with pytest.raises(StorageError) as info:
        Services.open(data_dir)
    assert "9.0.0" in info.value.message and "mới hơn" in info.value.message


def test_a_damaged_database_file_is_named(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / storage_db.DB_NAME).write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError) as info:
        Services.open(folder)
    assert "hỏng" in info.value.message


def test_backup_rotates_and_restore_brings_data_back(services):
    talk = services.talks.add(place="Nhà văn hóa ấp Tân Phú", attendance=40)
    first = services.maintenance.backup()
    services.talks.delete(talk.id)
    for _ in range(storage_db.KEEP_BACKUPS + 2):
        services.maintenance.backup()
    assert len(services.maintenance.backups()) == storage_db.KEEP_BACKUPS
    assert not first.exists()  # rotated away
    keep = services.maintenance.backups()[-1]
    services.talks.restore(talk.id)
    services.talks.delete(talk.id)
    safety = services.maintenance.restore(keep)
    assert safety.exists()
    assert services.maintenance.check() == []


def test_restore_refuses_a_file_that_is_not_a_backup(services, tmp_path):
    services.talks.add(place="Hội trường xã")
    before = dump(services)
    other = tmp_path / "other.session.db"
    sqlite3.connect(other).execute("CREATE TABLE x(a)")
    with pytest.raises(StorageError):
        services.maintenance.restore(other)
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"\0" * 4096)
    with pytest.raises(StorageError):
        services.maintenance.restore(bad)
    assert dump(services) == before


def test_restore_brings_back_what_was_deleted(services):
    talk = services.talks.add(place="Ấp Bình Hòa", attendance=25)
    saved = services.maintenance.backup()
    services.talks.delete(talk.id)
    assert services.talks.list() == []
    services.maintenance.restore(saved)
    assert [t.id for t in services.talks.list()] == [talk.id]
