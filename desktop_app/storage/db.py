"""Opening the database: pragmas, the folding function, migrations with a backup first, and refusal
of a database written by a newer version."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from .. import __version__
from ..core.errors import StorageError
from ..core.text import fold
from .schema import SCHEMA_VERSION
from .store import Store

DB_NAME = "sotay.db"
BACKUP_DIR = "backups"
KEEP_BACKUPS = 10


def connect(path: Path | str) -> Store:
    """A connection with our pragmas and functions; no migration."""
    conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
    conn.create_function("sotay_fold", 1, lambda text: fold(text or ""), deterministic=True)
    db = Store(conn)
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return db


def schema_version(db: Store) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


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
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DB_NAME
    existed = path.exists() and path.stat().st_size > 0
    try:
        db = connect(path)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StorageError(
            f"Tệp cơ sở dữ liệu {path} bị hỏng hoặc không phải của Sổ tay Tuyên truyền. "
            "Hãy khôi phục từ bản sao lưu (sotay restore).",
            str(exc),
        ) from exc
    refuse_if_newer(db)
    if schema_version(db) != SCHEMA_VERSION:
        migrate(db, data_dir, backup_first=existed)
    if existed and db.execute("SELECT 1 FROM settings WHERE key = 'bulk.suspended_indexes'").fetchone():
        from .sync import restore_indexes  # a bulk import was killed before it rebuilt its indexes

        restore_indexes(db)
    return db


def migrate(db: Store, data_dir: Path, backup_first: bool) -> None:
    from .migrations import migrations

    if not migrations.pending(db.utils):
        return
    if backup_first:
        backup(db, data_dir, reason="before-migration")
    migrations.apply(db.utils)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute(
        "INSERT INTO settings(key, value) VALUES ('app_version', ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [f'"{__version__}"'],
    )


def backup(db: Store, data_dir: Path, reason: str = "manual") -> Path:
    """Copy the live database with SQLite's online backup API; keep the newest copies only."""
    folder = data_dir / BACKUP_DIR
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"sotay-{stamp}-{reason}.db"
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    for old in sorted(folder.glob("sotay-*.db"))[:-KEEP_BACKUPS]:
        old.unlink(missing_ok=True)
    return target


def list_backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / BACKUP_DIR).glob("sotay-*.db"), reverse=True)


def integrity_problems(db: Store) -> list[str]:
    rows = [r[0] for r in db.execute("PRAGMA integrity_check").fetchall()]
    problems = [] if rows == ["ok"] else rows
    problems += [f"foreign key: {row}" for row in db.execute("PRAGMA foreign_key_check").fetchall()]
    return problems


def restore(db: Store, data_dir: Path, source: Path) -> Path:
    """Replace the live database by ``source`` after checking it; the current one is backed up first.

    Returns the path of the safety backup of what was replaced.
    """
    try:
        candidate = connect(source) if source.exists() else None
        if candidate is None:
            raise StorageError(f"Không tìm thấy tệp {source}.", f"{source} does not exist")
        problems = integrity_problems(candidate)
        if problems:
            raise StorageError(f"Tệp {source.name} bị hỏng, không khôi phục được.", "; ".join(problems[:3]))
        if not (candidate.table_exists("_sqlite_migrations") and candidate.table_exists("talks")):
            raise StorageError(f"Tệp {source.name} không phải bản sao lưu của Sổ tay Tuyên truyền.",
                               "no sotay schema in the file")
        refuse_if_newer(candidate)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"Tệp {source.name} không phải cơ sở dữ liệu SQLite hợp lệ.", str(exc)) from exc
    safety = backup(db, data_dir, reason="before-restore")
    candidate.conn.backup(db.conn)
    candidate.close()
    return safety
