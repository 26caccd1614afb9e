"""``Store.atomic``: the one transaction idiom (commit, roll back, nest, take the write lock)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.storage.store import Store


@pytest.fixture
def file(tmp_path: Path) -> Path:
    path = tmp_path / "t.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE t (v INTEGER)")
    conn.close()
    return path


@pytest.fixture
def store(file: Path):
    db = Store(sqlite3.connect(file, isolation_level=None, timeout=0))
    yield db
    db.conn.close()


def values(file: Path) -> list[int]:
    """What another connection sees: only committed rows."""
    conn = sqlite3.connect(file)
    try:
        return [r[0] for r in conn.execute("SELECT v FROM t ORDER BY v")]
    finally:
        conn.close()


def other_writer_is_locked_out(file: Path) -> bool:
    conn = sqlite3.connect(file, isolation_level=None, timeout=0)
    try:
        conn.execute("INSERT INTO t VALUES (99)")
    except sqlite3.OperationalError as exc:
        assert "locked" in str(exc)
        return True
    finally:
        conn.close()
    return False


def test_a_block_commits_at_its_end(store, file):
    with store.atomic():
        store.execute("INSERT INTO t VALUES (1)")
        assert values(file) == []
    assert values(file) == [1]
    assert not store.conn.in_transaction


def test_an_error_rolls_the_whole_block_back(store, file):
    with pytest.raises(ValueError), store.atomic():
        store.execute("INSERT INTO t VALUES (1)")
        raise ValueError("boom")
    assert values(file) == []
    assert not store.conn.in_transaction


def test_a_nested_block_is_a_savepoint_undone_alone(store, file):
    with store.atomic():
        store.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError), store.atomic():
            store.execute("INSERT INTO t VALUES (2)")
            raise ValueError("boom")
        with store.atomic():
            store.execute("INSERT INTO t VALUES (3)")
        assert values(file) == []  # nothing is visible before the outermost block ends
    assert values(file) == [1, 3]


def test_an_error_in_a_nested_block_that_escapes_undoes_everything(store, file):
    with pytest.raises(ValueError), store.atomic():
        store.execute("INSERT INTO t VALUES (1)")
        with store.atomic():
            store.execute("INSERT INTO t VALUES (2)")
            raise ValueError("boom")
    assert values(file) == []
    assert not store.conn.in_transaction


def test_the_write_lock_is_taken_before_the_first_write(store, file):
    with store.atomic():
        assert other_writer_is_locked_out(file)
    assert not other_writer_is_locked_out(file)


def test_a_read_block_leaves_writers_free_and_refuses_a_nested_write_block(store, file):
    with store.atomic(immediate=False):
        assert not other_writer_is_locked_out(file)
        with pytest.raises(RuntimeError), store.atomic():
            pass
    assert not store.conn.in_transaction
    with store.atomic():  # the read block ended: writing is allowed again
        store.execute("INSERT INTO t VALUES (1)")
    assert values(file) == [1, 99]


def test_a_failed_commit_rolls_back(store, file):
    store.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    store.execute("CREATE TABLE child (p INTEGER REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)")
    store.execute("PRAGMA foreign_keys = ON")
    with pytest.raises(sqlite3.IntegrityError), store.atomic():
        store.execute("INSERT INTO t VALUES (1)")
        store.execute("INSERT INTO child VALUES (7)")  # checked only at COMMIT
    assert not store.conn.in_transaction
    assert values(file) == []
