"""Putting a backup back: over the live database (checked first, the current one backed up), or in
place of a file too damaged to open. The search index, derived from the database, is made again."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from ..core.errors import DatabaseDamaged, StorageError
from ..core.vntime import vn_now
from . import search_file
from .db import (
    BACKUP_DIR,
    BACKUP_STAMP,
    DAMAGED,
    DB_NAME,
    _io_error,
    backup,
    connect,
    integrity_problems,
    migrate,
    next_sequence,
    refuse_if_newer,
    schema_version,
)
from .faults import as_storage_error
from .schema import SCHEMA_VERSION
from .store import Store


def restore(db: Store, data_dir: Path, source: Path) -> Path:
    """Replace the live database by ``source`` after checking it; the current one is backed up first
    (a damaged one too, as ``*.db.damaged``: a copy of damage may still help recovery).

    Returns the path of the safety backup of what was replaced.
    """
    candidate = _checked_backup(source)
    try:
        safety = backup(db, data_dir, reason="before-restore", keep_damaged=True)
        try:
            candidate.conn.backup(db.conn)
        except sqlite3.DatabaseError as exc:
            db.reraise(exc)
    finally:
        candidate.close()
    db.sound = False  # the next write checks the file it now holds
    if schema_version(db) != SCHEMA_VERSION:  # an older program's copy: brought up to date now, as at opening
        with search_file.detached(db):
            migrate(db, data_dir, backup_first=False)  # the copy of what it replaced is the backup
    search_file.reset(db)  # the index held the replaced records: made again for the restored ones
    return safety


def restore_damaged(data_dir: Path, source: Path) -> Path:
    """Restore when the live file is too damaged to open: it is moved aside (``*.db.damaged``, with
    its write-ahead log) and ``source`` is copied in its place. Returns where the damaged file went."""
    candidate = _checked_backup(source)
    live = data_dir / DB_NAME
    folder = data_dir / BACKUP_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        stamp = vn_now().strftime(BACKUP_STAMP)
        aside = folder / f"sotay-{next_sequence(folder):06d}-{stamp}-before-restore.db{DAMAGED}"
        for suffix in ("", "-wal", "-shm"):
            if Path(f"{live}{suffix}").exists():
                shutil.move(f"{live}{suffix}", f"{aside}{suffix}")
        fresh = connect(live)
        try:
            candidate.conn.backup(fresh.conn)
            # the index beside it held the damaged file's records: the next open makes it again
            fresh.execute("DELETE FROM settings WHERE key = ?", [search_file.FILE_ID])
        finally:
            fresh.close()
    except (sqlite3.DatabaseError, OSError) as exc:
        raise (as_storage_error(exc, live) or (_io_error(live, exc) if isinstance(exc, OSError) else exc)) from exc
    finally:
        candidate.close()
    return aside


def _checked_backup(source: Path) -> Store:
    """``source`` opened, once it is known to be a sound Sổ tay database this version can read."""
    if not source.exists():
        raise StorageError(f"Không tìm thấy tệp {source}.", f"{source} does not exist")
    try:
        candidate = connect(source)
    except StorageError as exc:
        raise StorageError(f"Tệp {source.name} không phải cơ sở dữ liệu SQLite hợp lệ.", exc.detail) from exc
    try:
        problems = integrity_problems(candidate)
        if problems:
            raise StorageError(f"Tệp {source.name} bị hỏng, không khôi phục được.", "; ".join(problems[:3]))
        if not (candidate.table_exists("_sqlite_migrations") and candidate.table_exists("talks")):
            raise StorageError(
                f"Tệp {source.name} không phải bản sao lưu của Sổ tay Tuyên truyền.", "no sotay schema in the file"
            )
        refuse_if_newer(candidate)
    except (sqlite3.DatabaseError, DatabaseDamaged) as exc:
        candidate.close()
        raise StorageError(f"Tệp {source.name} không phải cơ sở dữ liệu SQLite hợp lệ.", str(exc)) from exc
    except BaseException:
        candidate.close()
        raise
    return candidate
