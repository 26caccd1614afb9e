"""The search index lives in a file of its own beside the database; being derived, a missing,
damaged or foreign one is made again from the database, and a restored database gets its own."""

from __future__ import annotations

import dataclasses
import shutil
import sqlite3
from pathlib import Path

from exchange_helpers import COMMUNE, add_talks, fixed_today

from desktop_app.core.enums import Role
from desktop_app.core.text import fold
from desktop_app.services import Services, restore_damaged
from desktop_app.storage import deferred_index, search_file
from desktop_app.storage.schema import SCHEMA_VERSION

GOLDEN = Path(__file__).parent.parent / "data" / "sotay-schema-0001.db"


def commune(folder: Path) -> Services:
    s = Services.open(folder, today=fixed_today)
    s.identity.init(COMMUNE, Role.COMMUNE, "Nguyễn Văn Hùng")
    return s


def found(s: Services, words: str = "lua dao") -> set[str]:
    return {h.ref_id for h in s.library.search(words, ("talk",), limit=500)}


def assert_found_again(data_dir: Path, talks: list) -> None:
    """Opened again, the database is sound and its search finds every talk."""
    s = Services.open(data_dir, today=fixed_today)
    try:
        assert found(s) == {t.id for t in talks}
        assert s.maintenance.check() == []
    finally:
        s.close()


def indexed_talks(s: Services) -> int:
    return int(s.session.db.execute("SELECT count(*) FROM search.search_docs WHERE kind = 'talk'").fetchone()[0])


def test_the_index_is_a_file_of_its_own_and_the_database_holds_none(services, data_dir):
    talks = add_talks(services, 3)
    assert found(services) == {t.id for t in talks}
    assert (data_dir / search_file.SEARCH_NAME).exists()
    main_tables = {r[0] for r in services.session.db.execute("SELECT name FROM main.sqlite_master")}
    assert not {"search_docs", "search_fts_talk"} & main_tables
    assert indexed_talks(services) == 3


def test_a_missing_index_is_made_again_from_the_database(data_dir):
    s = commune(data_dir)
    talks = add_talks(s, 4)
    assert found(s) == {t.id for t in talks}
    s.close()
    (data_dir / search_file.SEARCH_NAME).unlink()
    s = Services.open(data_dir, today=fixed_today)
    try:
        assert deferred_index.backlog_size(s.session.db) == 4 and indexed_talks(s) == 0
        assert found(s) == {t.id for t in talks}
        assert s.talks.count() == 4
    finally:
        s.close()


def test_a_damaged_index_is_made_again_and_nothing_stored_is_lost(data_dir):
    s = commune(data_dir)
    talks = add_talks(s, 4)
    found(s)
    s.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{data_dir / search_file.SEARCH_NAME}{suffix}").unlink(missing_ok=True)
    (data_dir / search_file.SEARCH_NAME).write_bytes(b"not a database at all " * 500)
    assert_found_again(data_dir, talks)


def test_another_databases_index_is_not_used(tmp_path):
    first, second = commune(tmp_path / "first"), commune(tmp_path / "second")
    theirs = add_talks(first, 3)
    found(first)
    ours = add_talks(second, 2, start=10)
    first.close()
    second.close()
    shutil.copy(tmp_path / "first" / search_file.SEARCH_NAME, tmp_path / "second" / search_file.SEARCH_NAME)
    s = Services.open(tmp_path / "second", today=fixed_today)
    try:
        assert found(s) == {t.id for t in ours} and not found(s) & {t.id for t in theirs}
    finally:
        s.close()


def test_a_restored_database_gets_an_index_of_its_own_records(services):
    kept = add_talks(services, 2)
    backup = services.maintenance.backup("test")
    later = add_talks(services, 3, start=10)
    assert found(services) == {t.id for t in kept + later}
    services.maintenance.restore(backup)
    assert found(services) == {t.id for t in kept}


def test_a_database_restored_in_place_of_a_damaged_one_gets_its_index_made_again(data_dir):
    s = commune(data_dir)
    kept = add_talks(s, 2)
    backup = s.maintenance.backup("test")
    later = add_talks(s, 3, start=10)
    assert found(s) == {t.id for t in kept + later}
    s.close()
    restore_damaged(data_dir, backup)
    s = Services.open(data_dir, today=fixed_today)
    try:
        assert found(s) == {t.id for t in kept}
    finally:
        s.close()


def test_an_upgraded_database_finds_its_records(tmp_path):
    folder = tmp_path / "old"
    folder.mkdir()
    shutil.copy(GOLDEN, folder / "sotay.db")
    talks = sqlite3.connect(folder / "sotay.db").execute("SELECT id, place FROM talks WHERE deleted = 0").fetchall()
    s = Services.open(folder, today=fixed_today)
    try:
        assert deferred_index.backlog_size(s.session.db) >= len(talks) > 0
        for talk_id, place in talks[:5]:
            assert talk_id in {h.ref_id for h in s.library.search(place, ("talk",), limit=500)}
    finally:
        s.close()


def test_a_record_changed_while_the_indexer_reads_stays_queued(services, data_dir):
    """The indexer clears only the queue entries it read: a talk written again by another
    connection between its read and its clearing is indexed once more, with its new words."""
    talk = add_talks(services, 1)[0]
    other = Services.open(data_dir, today=fixed_today)
    writes = []

    def fold_then_write(text):
        if not writes:  # once the indexer has begun reading, the other connection writes (as an import does)
            writes.append(1)
            with search_file.detached(other.session.db):
                other.talks.save(dataclasses.replace(other.talks.get(talk.id), notes="Hỏi về bảo hiểm y tế"))
        return fold(text or "")

    try:
        services.session.db.conn.create_function("sotay_fold", 1, fold_then_write)
        assert deferred_index.index_backlog(services.session.db, batch=1) == 2  # the talk, then the talk again
        assert writes and deferred_index.backlog_size(services.session.db) == 0
        assert found(services, "bao hiem") == {talk.id}
    finally:
        other.close()


def test_an_index_damaged_where_opening_does_not_read_is_made_again_by_the_next_search(data_dir):
    """Opening reads only the index file's schema and its own notes; damage to the index's pages
    shows at the first search, which makes the file again instead of calling the database damaged."""
    s = commune(data_dir)
    talks = add_talks(s, 200)
    assert found(s) == {t.id for t in talks}
    pages = [
        r[0]
        for r in s.session.db.execute(
            "SELECT pageno FROM dbstat('search') WHERE name = 'search_fts_talk_data' AND path != '/'"
        )
    ]
    s.close()
    assert pages
    with (data_dir / search_file.SEARCH_NAME).open("r+b") as raw:  # as a failing disk might
        for page in pages:
            raw.seek((page - 1) * 4096)
            raw.write(b"\xde\xad" * 2048)
    assert_found_again(data_dir, talks)


def test_an_older_programs_backup_restored_is_brought_up_to_date_and_searched_at_once(services, tmp_path):
    """The window goes on with the database it restored: a copy from an older program (the backup
    taken before a migration, say) is migrated then and there, and its records are found."""
    add_talks(services, 2)
    golden = sqlite3.connect(GOLDEN)
    talk_id, place = golden.execute("SELECT id, place FROM talks WHERE deleted = 0 LIMIT 1").fetchone()
    golden.close()
    shutil.copy(GOLDEN, tmp_path / "old.db")  # opening a copy to check it may touch it: not the golden file
    services.maintenance.restore(tmp_path / "old.db")
    db = services.session.db
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert talk_id in {h.ref_id for h in services.library.search(place, ("talk",), limit=500)}
    assert services.maintenance.check() == []
