"""What a failed read or write of the data folder means to the person at the keyboard.

SQLite and the operating system report a read-only folder, a held lock, a full disk and a damaged
file as a handful of error codes; :func:`as_storage_error` turns each into its typed error of
``core.errors`` (a Vietnamese message that says what to do, the original text as the detail).
"""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from ..core.errors import (
    DatabaseDamaged,
    DatabaseLocked,
    DiskFull,
    ReadOnlyStorage,
    StorageError,
)

# SQLite's primary result codes (the low byte of an extended code)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR, SQLITE_CORRUPT = 5, 6, 8, 10, 11
SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 13, 14, 26

_READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def as_storage_error(
    exc: BaseException, db_path: Path | str, newest_backup: Callable[[], str | None] = lambda: None
) -> StorageError | None:
    """The typed error for ``exc`` met while using the database at ``db_path``; None when ``exc``
    is not a storage fault (a bug, a constraint): the caller lets it through. ``newest_backup``
    names the copy to restore from, asked only when the file is damaged."""
    path = Path(db_path)
    folder = str(path.parent)
    detail = f"{type(exc).__name__}: {exc}"
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in _FULL_ERRNOS:
            return DiskFull(folder, detail)
        if exc.errno in _READ_ONLY_ERRNOS:
            return ReadOnlyStorage(folder, detail)
        return None
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    code = _primary_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLocked(str(path), detail)
    if code == SQLITE_FULL:
        return DiskFull(folder, detail)
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return DatabaseDamaged(str(path), detail, [str(exc)], newest_backup())
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_IOERR):
        probed = _probe_folder(path.parent)
        if probed is not None:  # SQLite cannot say why it could not open or write: the folder can
            typed = as_storage_error(probed, db_path, newest_backup)
            if typed is not None:
                typed.detail = f"{detail}; {probed}"
                return typed
        if code == SQLITE_READONLY:
            return ReadOnlyStorage(folder, detail)
        return StorageError(
            f"Không đọc/ghi được cơ sở dữ liệu {path} (lỗi đĩa). Hãy kiểm tra ổ đĩa rồi thử lại.", detail
        )
    return None


def _primary_code(exc: sqlite3.DatabaseError) -> int | None:
    code: int | None = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    text = str(exc).lower()  # an error raised by the sqlite3 module itself carries no code
    for needle, primary in (
        ("locked", SQLITE_BUSY),
        ("readonly", SQLITE_READONLY),
        ("disk is full", SQLITE_FULL),
        ("malformed", SQLITE_CORRUPT),
        ("not a database", SQLITE_NOTADB),
        ("unable to open", SQLITE_CANTOPEN),
        ("disk i/o", SQLITE_IOERR),
    ):
        if needle in text:
            return primary
    return None


def _probe_folder(folder: Path) -> OSError | None:
    """Why ``folder`` cannot take a new file (read-only, full), found by trying; None if it can."""
    try:
        fd, name = tempfile.mkstemp(prefix=".sotay-probe-", dir=folder)
    except OSError as exc:
        return exc if exc.errno in _READ_ONLY_ERRNOS | _FULL_ERRNOS else None
    try:
        os.write(fd, b"\0" * 4096)
        os.fsync(fd)
    except OSError as exc:
        return exc if exc.errno in _FULL_ERRNOS else None
    finally:
        os.close(fd)
        os.unlink(name)
    return None
