"""Attachment bytes kept once by their sha256 (``blobs``), with their searchable text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from .sql_parts import chunks
from .store import Store


def store_blobs(db: Store, blobs: Iterable[tuple[str, int, str, bytes, str]]) -> None:
    db.conn.executemany(
        "INSERT INTO blobs(sha256, size, media_type, data, text) VALUES (?, ?, ?, ?, ?) ON CONFLICT(sha256) DO NOTHING",
        blobs,
    )


def have_blobs(db: Store, hashes: Sequence[str]) -> set[str]:
    conn = db.conn
    out: set[str] = set()
    for chunk in chunks(hashes):
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in conn.execute(f"SELECT sha256 FROM blobs WHERE sha256 IN ({marks})", list(chunk)))
    return out


def blobs_for(db: Store, hashes: Sequence[str]) -> Iterator[tuple[str, bytes]]:
    conn = db.conn
    for chunk in chunks(list(hashes)):
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(f"SELECT sha256, data FROM blobs WHERE sha256 IN ({marks})", list(chunk))
