"""Small pieces the exchange's SQL shares: ``IN (...)`` look-ups in chunks, rows as dicts, and the
stored ``CREATE`` statement of a schema object."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

CHUNK = 500  # ids per IN (...) lookup, under SQLite's 999 host parameters


def chunks[T](items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def dicts(cur: sqlite3.Cursor) -> list[dict[str, Any]]:
    """Every row of ``cur`` as a dict keyed by column name."""
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def schema_sql(conn: sqlite3.Connection, kind: str, names: Sequence[str]) -> list[tuple[str, str]]:
    """(name, CREATE statement) of those of ``names`` that exist, in the order they were created."""
    marks = ",".join("?" * len(names))
    return conn.execute(
        f"SELECT name, sql FROM main.sqlite_master WHERE type = ? AND name IN ({marks}) ORDER BY rowid",
        [kind, *names],
    ).fetchall()
