"""The search index in a file of its own beside the database (``sotay-search.db``, attached as
``search``; migration 0023 moved it out).

A file of its own has a write lock of its own: a large import writes the database while another
connection indexes what the import has committed (``index_alongside``), where in one file the two
took turns. The index is derived data: the database queues every changed record in
``search_backlog`` and ``deferred_index.index_backlog`` brings the index up to date from it. So the
file is never backed up, and a missing, damaged or foreign one is simply made again, with every
record queued for it.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

from ..core.errors import StorageError
from . import settings
from .store import Store

SEARCH_NAME = "sotay-search.db"
SCHEMA = "search"
KINDS = ("document", "talk", "group")
FILE_ID = "search.file_id"  # in the database's settings; the index file keeps the same id
LAYOUT = "1"  # this file's own schema: a file of another layout is made again

# FTS5 keeps the terms of the rows a transaction inserts in memory and writes them out as a new
# segment each time they pass its hash size (1 MiB unless set), then merges those segments: a
# batch of 20,000 talks wrote several small segments that FTS5 merged again. With 64 MiB a batch
# is written as one segment (a national year's index: 27.7 → 22–23 s, 9 segments instead of 13,
# searches as fast). It is a ceiling, not an allocation, kept in each index's own configuration.
BULK_HASHSIZE = 64 * 1024 * 1024


def search_path(db_path: Path) -> Path:
    return db_path.with_name(SEARCH_NAME)


def _index_sql(kind: str) -> str:
    """One kind's index over the one content table, each keeping its one- and two-letter prefixes
    (a word still being typed is answered from its prefix's own list: migration 0015)."""
    fts = f"search_fts_{kind}"
    return f"""
        CREATE VIRTUAL TABLE {SCHEMA}.{fts} USING fts5(
            title, body, content='search_docs', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2'
        );
        INSERT INTO {SCHEMA}.{fts}({fts}, rank) VALUES ('hashsize', {BULK_HASHSIZE});
        CREATE TRIGGER {SCHEMA}.search_docs_ai_{kind} AFTER INSERT ON search_docs WHEN new.kind = '{kind}' BEGIN
            INSERT INTO {fts}(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END;
        CREATE TRIGGER {SCHEMA}.search_docs_ad_{kind} AFTER DELETE ON search_docs WHEN old.kind = '{kind}' BEGIN
            INSERT INTO {fts}({fts}, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        END;
        """


_LAYOUT_SQL = f"""
        -- layout, file_id (the database's settings hold the same), through (the last backlog entry indexed)
        CREATE TABLE {SCHEMA}.search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- a folded copy of each searchable record (FTS5 does not fold đ); rowid order is write order
        CREATE TABLE {SCHEMA}.search_docs (
            rowid INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            ref_id TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (kind, ref_id)
        );
        """ + "".join(_index_sql(kind) for kind in KINDS)


def attach(db: Store) -> None:
    """Attach the index beside the database (in memory for a database in memory), making it anew
    when it is missing, damaged, of another layout or another database's."""
    path = search_path(db.path) if db.path is not None else None
    try:
        _attach(db, path)
        held = _meta(db)
    except sqlite3.DatabaseError:  # not a database at all: made again
        if path is None:
            raise
        _detach(db)
        _removed(path)
        _attach(db, path)
        held = {}
    if held.get("layout") != LAYOUT or held.get("file_id") != settings.get(db, FILE_ID):
        reset(db)


def _meta(db: Store) -> dict[str, str]:
    """What the file says of itself; nothing for a new file."""
    if not db.conn.execute(f"SELECT 1 FROM {SCHEMA}.sqlite_master WHERE name = 'search_meta'").fetchone():
        return {}
    return dict(db.conn.execute(f"SELECT key, value FROM {SCHEMA}.search_meta").fetchall())


def healing[T](db: Store, call: Callable[[], T]) -> T:
    """``call`` (a search, or bringing the index up to date); should it fail on an index file found
    damaged since it was attached, the file is made again and ``call`` runs once more. Damage to the
    database itself fails as before, naming the database and its backup."""
    try:
        return call()
    except (StorageError, sqlite3.DatabaseError):
        if db.path is None or not _damaged(db):
            raise
    _detach(db)
    _removed(search_path(db.path))
    _attach(db, search_path(db.path))
    reset(db)
    return call()


def _damaged(db: Store) -> bool:
    try:
        return db.conn.execute(f"PRAGMA {SCHEMA}.quick_check").fetchall() != [("ok",)]
    except sqlite3.DatabaseError:
        return True


def reset(db: Store) -> None:
    """An empty index with every live record queued for it (a new file, or the database restored).
    The index is committed first with its new id, then the queue with that id, so a crash between
    the two leaves ids that differ, and the next open resets again."""
    conn = db.conn
    with db.atomic():
        for (name,) in conn.execute(
            f"SELECT name FROM {SCHEMA}.sqlite_master WHERE type = 'table' AND name IN "
            f"('search_meta', 'search_docs', {', '.join(repr(f'search_fts_{k}') for k in KINDS)})"
        ).fetchall():
            conn.execute(f"DROP TABLE {SCHEMA}.{name}")
        for statement in _statements(_LAYOUT_SQL):
            conn.execute(statement)
        file_id = secrets.token_hex(8)
        conn.executemany(
            f"INSERT INTO {SCHEMA}.search_meta(key, value) VALUES (?, ?)",
            [("layout", LAYOUT), ("file_id", file_id), ("through", "0")],
        )
    with db.atomic():
        conn.execute("DELETE FROM main.search_backlog")
        for kind, table in (("document", "documents"), ("group", "groups"), ("talk", "talks")):
            conn.execute(
                f"INSERT INTO main.search_backlog(kind, ref_id) SELECT ?, id FROM main.{table} "
                "WHERE deleted = 0 ORDER BY rowid",
                [kind],
            )
        settings.put(db, FILE_ID, file_id)


@contextlib.contextmanager
def detached(db: Store) -> Iterator[None]:
    """The index out of this connection for a while: its write transactions (``BEGIN IMMEDIATE``
    locks every attached file) then leave the index to another connection's indexer."""
    if db.path is None:
        raise ValueError("an index in memory would be lost on leaving")
    db.conn.execute(f"DETACH DATABASE {SCHEMA}")
    try:
        yield
    finally:
        _attach(db, search_path(db.path))


def attach_as_is(db: Store) -> None:
    """Attach the index another connection has already checked (``attach``), for an indexer."""
    if db.path is None:
        raise ValueError("an index in memory belongs to its one connection")
    _attach(db, search_path(db.path))


def _attach(db: Store, path: Path | None) -> None:
    db.conn.execute(f"ATTACH DATABASE ? AS {SCHEMA}", [str(path) if path is not None else ":memory:"])
    if path is not None:
        db.conn.execute(f"PRAGMA {SCHEMA}.journal_mode = WAL")
        # FULL, as the database: the queue entries an index batch holds are cleared once it is committed
        db.conn.execute(f"PRAGMA {SCHEMA}.synchronous = FULL")


def _detach(db: Store) -> None:
    with contextlib.suppress(sqlite3.DatabaseError):
        db.conn.execute(f"DETACH DATABASE {SCHEMA}")


def _removed(path: Path) -> None:
    """A damaged file and its log gone; one another program holds open is a refusal that says so."""
    try:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{path}{suffix}").unlink()
    except OSError as exc:
        raise StorageError(
            f"Không thay được tệp chỉ mục tìm kiếm {path}: {exc.strerror or exc}. Hãy đóng các chương trình "
            "khác đang mở thư mục dữ liệu rồi mở lại.",
            f"{type(exc).__name__}: {exc}",
        ) from exc


def _statements(script: str) -> list[str]:
    """The statements of a script, each whole (``sqlite3.complete_statement``: triggers hold ';')."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    return [s for s in out if s.rstrip(";").strip()]
