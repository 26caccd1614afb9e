"""A light handle on the SQLite connection with the few calls the repositories use.

sqlite-utils costs ~150 ms to import and load its plugins; headless commands such as
``sotay talks list`` must start faster than that, so the full ``sqlite_utils.Database`` over the
same connection is created only when a caller needs it (migrations, bulk inserts).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.db import Table


class Store:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._utils: Database | None = None

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
        return self.conn.execute(sql, params if isinstance(params, dict) else tuple(params))

    def executemany(self, sql: str, rows: Iterable[Iterable[Any]]) -> sqlite3.Cursor:
        return self.conn.executemany(sql, rows)

    def executescript(self, sql: str) -> sqlite3.Cursor:
        return self.conn.executescript(sql)

    @contextmanager
    def atomic(self) -> Iterator[Store]:
        """One transaction; nested blocks become savepoints (the same rules as sqlite-utils)."""
        if self.conn.in_transaction:
            import secrets

            name = f"sp_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
        else:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def table_names(self) -> list[str]:
        return [r[0] for r in self.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]

    def table_exists(self, table: str) -> bool:
        return self.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                            [table]).fetchone() is not None

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.execute(f"PRAGMA table_info([{table}])")]

    def close(self) -> None:
        self.conn.close()
