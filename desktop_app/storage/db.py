"""Opening the database: pragmas, the folding function, migrations with a backup first, refusal
of a database written by a newer version, and the safety net: health checks, backups, restore."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from pathlib import Path

from .. import __version__
from ..core.errors import DatabaseDamaged, StorageError
from ..core.text import fold
from ..core.vntime import VN_TZ, vn_now
from . import search_file
from .faults import as_storage_error
from .schema import SCHEMA_VERSION
from .store import Store

DB_NAME = "sotay.db"
BACKUP_DIR = "backups"
KEEP_BACKUPS = 10
BUSY_TIMEOUT_MS = 10_000
PARTIAL = ".partial"  # a backup being written; never listed, removed once no process holds it
DAMAGED = ".damaged"  # restore's copy of a damaged database: kept for recovery, never listed
# sotay-<counter>-<Vietnam time>-<reason>.db; copies from before the counter have none and are older
BACKUP_STAMP = "%Y%m%d-%H%M%S-%f"
BACKUP_NAME = re.compile(r"sotay-(?:(\d{6})-)?(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.db")
_SEQUENCE = re.compile(r"sotay-(\d{6})-")
_NULL_VALUE = re.compile(r"NULL value in (\w+)\.(\w+)")


def connect(path: Path | str) -> Store:
    """A connection with our pragmas and functions; no migration. ``SOTAY_BUSY_TIMEOUT_MS`` shortens
    the wait for another program's write lock (tests; a slow network folder could lengthen it)."""
    busy_ms = int(os.environ.get("SOTAY_BUSY_TIMEOUT_MS") or BUSY_TIMEOUT_MS)
    file = None if str(path) == ":memory:" else Path(path)
    conn = None
    try:
        conn = sqlite3.connect(str(path), timeout=busy_ms / 1000, isolation_level=None, check_same_thread=False)
        conn.create_function("sotay_fold", 1, lambda text: fold(text or ""), deterministic=True)
        conn.execute(f"PRAGMA busy_timeout = {busy_ms}")
        conn.execute("PRAGMA foreign_keys = ON")
        if file is not None:
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        if conn is not None:
            conn.close()
        typed = as_storage_error(exc, file, lambda: newest_good_backup(file.parent)) if file else None
        if typed is None:
            raise
        raise typed from exc
    newest = (lambda: newest_good_backup(file.parent)) if file is not None else (lambda: None)
    return Store(conn, file, health_check=require_sound, newest_backup=newest)


def require_sound(db: Store) -> None:
    """Refuse a damaged file (the store runs this once per connection before its first write)."""
    try:
        problems = quick_problems(db.conn)
    except sqlite3.DatabaseError as exc:
        db.reraise(exc)
    if problems:
        db.sound = False
        raise DatabaseDamaged(
            str(db.path),
            "quick_check: " + "; ".join(problems[:3]),
            problems,
            newest_good_backup(db.path.parent) if db.path else None,
        )


def quick_problems(conn: sqlite3.Connection) -> list[str]:
    """``PRAGMA quick_check`` (about 130 ms on a 200 MB log of 100,000 talks, a quarter of a full
    ``integrity_check``), minus a false alarm of SQLite 3.40: it reports "NULL value in T.C" for
    every row of a WITHOUT ROWID table whose NOT NULL column is not the primary key's first
    (our link tables), although ``integrity_check`` and the rows say otherwise. Each such line is
    checked against the table. SQLite checks every page's structure before any row, so damage to
    the file is reported first, before these lines can fill the report."""
    rows = [r[0] for r in conn.execute("PRAGMA main.quick_check").fetchall()]
    if rows == ["ok"]:
        return []
    problems, cleared = [], set()
    for row in rows:
        null = _NULL_VALUE.fullmatch(row)
        if null is None:
            problems.append(row)
        elif null.groups() not in cleared:
            table, column = null.groups()
            if conn.execute(f"SELECT 1 FROM [{table}] WHERE [{column}] IS NULL LIMIT 1").fetchone():
                problems.append(row)
            else:
                cleared.add(null.groups())
    return problems


def schema_version(db: Store) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def refuse_if_newer(db: Store) -> None:
    version = schema_version(db)
    unknown: list[str] = []
    if version != SCHEMA_VERSION and db.table_exists("_sqlite_migrations"):
        from .migrations import KNOWN

        applied = {r[0] for r in db.execute("SELECT name FROM _sqlite_migrations")}
        unknown = sorted(applied - KNOWN)
    if unknown or version > SCHEMA_VERSION:
        writer = _setting(db, "app_version") or "?"
        raise StorageError(
            f"Cơ sở dữ liệu này do phiên bản {writer} (mới hơn) tạo ra; phiên bản {__version__} "
            "đang dùng không mở được. Hãy cài phiên bản mới hơn.",
            f"database schema {version} written by {writer}; this app knows schema {SCHEMA_VERSION}"
            + (f"; unknown migrations {unknown}" if unknown else ""),
        )


def _setting(db: Store, key: str) -> str | None:
    if not db.table_exists("settings"):
        return None
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0].strip('"') if row else None


def open_database(data_dir: Path) -> Store:
    """Open (creating if needed) the database in ``data_dir`` and bring its schema up to date."""
    path = data_dir / DB_NAME
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise (as_storage_error(exc, path) or _io_error(path, exc)) from exc
    existed = path.exists() and path.stat().st_size > 0
    db = connect(path)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        refuse_if_newer(db)
        if schema_version(db) != SCHEMA_VERSION:
            migrate(db, data_dir, backup_first=existed)
        if existed and db.execute("SELECT 1 FROM settings WHERE key = 'bulk.suspended_indexes'").fetchone():
            from .deferred_index import restore_indexes  # a bulk import was killed before it rebuilt its indexes

            restore_indexes(db)
        search_file.attach(db)
    except BaseException as exc:
        db.close()
        if isinstance(exc, sqlite3.DatabaseError):
            typed = as_storage_error(exc, path, lambda: newest_good_backup(data_dir))
            if typed is not None:
                raise typed from exc
        raise
    return db


def _io_error(path: Path, exc: OSError) -> StorageError:
    return StorageError(f"Không đọc/ghi được {path}: {exc.strerror or exc}.", f"{type(exc).__name__}: {exc}")


def migrate(db: Store, data_dir: Path, backup_first: bool) -> None:
    from .migrations import migrations

    if not migrations.pending(db.utils):
        return
    if backup_first:
        backup(db, data_dir, reason="before-migration")
    migrations.apply(db.utils)
    with db.atomic():  # its commit fills the report summaries of the talks already here
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute(
        "INSERT INTO settings(key, value) VALUES ('app_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [f'"{__version__}"'],
    )


def backup(
    db: Store, data_dir: Path, reason: str = "manual", keep_damaged: bool = False, now: dt.datetime | None = None
) -> Path:
    """Copy the live database into ``backups/`` and keep the newest copies only.

    The copy is written under a temporary name, checked with ``PRAGMA integrity_check`` and only
    then renamed, so a killed backup never looks like a backup and every listed backup passed the
    check. A damaged database is refused (its copy would only push good copies out), except for
    restore's safety copy (``keep_damaged``), kept apart as ``*.db.damaged`` for recovery.
    Rotation orders copies by a counter in the name, not by a clock: the copy just written is
    always the newest, so it and the last good copy are never the ones deleted. The name carries
    ``now`` (this computer's by default) in Vietnam time, as every time shown to a person is."""
    folder = data_dir / BACKUP_DIR
    partial: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(folder)
        stamp = (now or vn_now()).astimezone(VN_TZ).strftime(BACKUP_STAMP)
        final = folder / f"sotay-{next_sequence(folder):06d}-{stamp}-{reason}.db"
        partial = final.with_name(final.name + PARTIAL)
        problems = _copy_and_check(db, partial)
        if problems and not keep_damaged:
            _remove_partial(partial)
            db.sound = False
            raise DatabaseDamaged(
                str(db.path or DB_NAME),
                "integrity_check of the copy: " + "; ".join(problems[:3]),
                problems,
                newest_good_backup(data_dir),
            )
        if problems:
            final = final.with_name(final.name + DAMAGED)
        os.replace(partial, final)
    except (sqlite3.DatabaseError, OSError) as exc:
        if partial is not None:
            _remove_partial(partial)
        raise (
            as_storage_error(exc, data_dir / DB_NAME, lambda: newest_good_backup(data_dir))
            or (_io_error(folder, exc) if isinstance(exc, OSError) else exc)
        ) from exc
    for old in list_backups(data_dir)[KEEP_BACKUPS:]:
        try:
            if old != final:
                old.unlink(missing_ok=True)
        except OSError:
            pass  # held open elsewhere (Windows): the copy is made; the next backup rotates it
    return final


def _copy_and_check(db: Store, partial: Path) -> list[str]:
    """Copy with SQLite's online backup API, then check the copy while holding its write lock (so a
    concurrent clean-up sees it busy, not stale)."""
    dest = sqlite3.connect(str(partial), isolation_level=None)
    try:
        db.conn.backup(dest)
        dest.execute("BEGIN IMMEDIATE")
        rows = [r[0] for r in dest.execute("PRAGMA integrity_check").fetchall()]
        dest.execute("ROLLBACK")
    except sqlite3.DatabaseError as exc:
        if not isinstance(as_storage_error(exc, partial), DatabaseDamaged):
            raise
        rows = [str(exc)]  # the copy is too damaged to be checked
    finally:
        dest.close()
    return [] if rows == ["ok"] else rows


def _remove_partial(partial: Path) -> None:
    for leftover in partial.parent.glob(partial.name + "*"):
        try:
            leftover.unlink()
        except OSError:
            pass  # held open by its writer (Windows): the next backup tries again


def remove_stale_partials(folder: Path) -> None:
    """Delete what a killed backup left behind; a copy another process is still writing is busy
    (it holds the copy's write lock) and is left alone."""
    for partial in folder.glob(f"sotay-*.db{PARTIAL}"):
        probe = sqlite3.connect(str(partial), timeout=0, isolation_level=None)
        try:
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                continue
        except sqlite3.DatabaseError:
            pass  # a half-written copy may not even be a database: stale all the same
        finally:
            probe.close()
        _remove_partial(partial)


def next_sequence(folder: Path) -> int:
    numbers = [int(m.group(1)) for p in folder.glob("sotay-*") if (m := _SEQUENCE.match(p.name))]
    return max(numbers, default=0) + 1


def list_backups(data_dir: Path) -> list[Path]:
    """Finished backups, newest first (by counter; copies from before the counter come last)."""
    found = []
    for path in (data_dir / BACKUP_DIR).glob("sotay-*.db"):
        if m := BACKUP_NAME.fullmatch(path.name):
            found.append((int(m.group(1) or 0), m.group(2), path))
    return [path for *_, path in sorted(found, reverse=True)]


def newest_good_backup(data_dir: Path) -> str | None:
    """The newest backup that passes ``integrity_check`` (asked only when something is wrong)."""
    for path in list_backups(data_dir):
        try:
            # immutable: a finished copy does not change, and a read-only WAL reader would leave
            # -wal/-shm files beside it that rotation never deletes
            probe = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
            try:
                if probe.execute("PRAGMA integrity_check").fetchall() == [("ok",)]:
                    return str(path)
            finally:
                probe.close()
        except sqlite3.DatabaseError:
            continue
    return None


def integrity_problems(db: Store) -> list[str]:
    """Every problem ``PRAGMA integrity_check`` and ``foreign_key_check`` find; a file too damaged
    to be checked is one problem, not an exception."""
    try:
        rows = [r[0] for r in db.conn.execute("PRAGMA main.integrity_check").fetchall()]
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key: {row}" for row in db.conn.execute("PRAGMA foreign_key_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        typed = as_storage_error(exc, db.path or DB_NAME)
        if not isinstance(typed, DatabaseDamaged):
            db.reraise(exc)
        try:  # the quick check stops at the damaged pages instead of failing on them: it names them
            problems = quick_problems(db.conn) or [str(exc)]
        except sqlite3.DatabaseError:
            problems = [str(exc)]
    db.sound = db.sound and not problems
    return problems


def file_problems(path: Path) -> list[str]:
    """What is wrong with a database file that cannot even be opened as ours (for ``check``)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows
