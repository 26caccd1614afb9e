"""A light handle on the SQLite connection with the few calls the repositories use.

sqlite-utils costs ~150 ms to import and load its plugins; headless commands such as
``sotay talks list`` must start faster than that, so the full ``sqlite_utils.Database`` over the
same connection is created only when a caller needs it (migrations, bulk inserts).
"""

from __future__ import annotations

import re
import secrets
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from .faults import as_storage_error

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table


# statements that change the file: the first one on a connection waits for the health check
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")
# statements that change only the connection's temporary tables (a report's working tables): they
# never touch the database file, so they need not wait for the health check
_TEMP_ONLY = re.compile(
    r"\s*(?:CREATE\s+TEMP(?:ORARY)?\s|(?:INSERT\s+(?:OR\s+\w+\s+)?INTO|DELETE\s+FROM|UPDATE"
    r"|DROP\s+TABLE(?:\s+IF\s+EXISTS)?)\s+temp\.)",
    re.IGNORECASE,
)


def writes_file(sql: str) -> bool:
    """Whether ``sql`` may change the database file (temporary tables live outside it)."""
    return sql.lstrip()[:7].upper().startswith(_WRITES) and _TEMP_ONLY.match(sql) is None


class Store:
    """The connection, plus two guards every caller gets for free: a storage fault (locked, full,
    read-only, damaged) comes out as its typed error, and the first write waits for
    ``health_check`` (a damaged file is never written to)."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None = None,
        health_check: Callable[[Store], None] | None = None,
        newest_backup: Callable[[], str | None] = lambda: None,
    ) -> None:
        self.conn = conn
        self.path = path
        self._utils: Database | None = None
        self._health_check = health_check
        self._newest_backup = newest_backup
        self.sound = health_check is None  # True once the check passed (or when there is none)
        self._reading = False  # inside atomic(immediate=False): no write lock held

    @property
    def utils(self) -> Database:
        """The sqlite-utils view of this same connection."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn)
        return self._utils

    def __getitem__(self, table: str) -> Table:
        return self.utils.table(table)

    def execute(self, sql: str, params: Iterable[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        if not self.sound and writes_file(sql):
            self.ensure_sound()
        try:
            return self.conn.execute(sql, params if isinstance(params, dict) else tuple(params))
        except sqlite3.DatabaseError as exc:
            self.reraise(exc)

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> sqlite3.Cursor:
        self.ensure_sound()
        try:
            return self.conn.executemany(sql, rows)
        except sqlite3.DatabaseError as exc:
            self.reraise(exc)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        self.ensure_sound()
        try:
            return self.conn.executescript(sql)
        except sqlite3.DatabaseError as exc:
            self.reraise(exc)

    def ensure_sound(self) -> None:
        """Run the health check once, before this connection's first write; it raises
        ``DatabaseDamaged`` (every time) if the file is damaged."""
        if self.sound or self._health_check is None:
            return
        self._health_check(self)
        self.sound = True

    def reraise(self, exc: BaseException) -> NoReturn:
        """Raise the typed error for a storage fault, or ``exc`` itself when it is something else."""
        typed = as_storage_error(exc, self.path, self._newest_backup) if self.path is not None else None
        if typed is None or typed is exc:
            raise exc
        raise typed from exc

    @contextmanager
    def atomic(self, *, immediate: bool = True) -> Iterator[Store]:
        """The one way to hold a transaction: commit at the end, roll back on any error; nested
        blocks become savepoints (the same rules as sqlite-utils).

        The outermost block takes the write lock at once (``BEGIN IMMEDIATE``): a deferred
        transaction that reads and then writes fails with "database is locked" when another
        connection wrote meanwhile, without waiting for ``busy_timeout``. ``immediate=False``
        begins a deferred transaction, for a consistent read that must not block writers."""
        if self.conn.in_transaction:
            if immediate and self._reading:
                raise RuntimeError("a write transaction cannot be nested in a read-only one (atomic(immediate=False))")
            with self._savepoint():
                yield self
            return
        self.ensure_sound()
        self.execute("BEGIN IMMEDIATE" if immediate else "BEGIN DEFERRED")
        self._reading = not immediate
        try:
            try:
                yield self
            except BaseException:
                self._rollback()
                raise
            try:
                if immediate:
                    self._before_commit()
                self.execute("COMMIT")
            except BaseException:
                self._rollback()
                raise
        finally:
            self._reading = False

    def _before_commit(self) -> None:
        """What every write transaction does last: the report summaries of the cells it touched are
        recomputed, so they are never seen out of step with the talks."""
        from .summaries import flush

        flush(self)

    @contextmanager
    def _savepoint(self) -> Iterator[None]:
        name = f"sp_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have ended the transaction itself
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def table_exists(self, table: str) -> bool:
        return (
            self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone()
            is not None
        )

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.execute(f"PRAGMA table_info([{table}])")]

    def close(self) -> None:
        """Close; a clean close first folds the write-ahead log back into the database file, so the
        file alone is complete (copied by hand, synced, backed up) and the log does not grow."""
        try:
            if self.path is not None and not self.conn.in_transaction:
                self.conn.execute("PRAGMA busy_timeout = 0")  # another connection still reading: skip
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        except sqlite3.Error:
            pass  # closed already, read-only folder, full disk, damaged file: closing must still close
        self.conn.close()
