"""Packs down: which way this installation sends, what a pack of chosen documents would carry, the
packs already sent and, per document issued here, which units have read it (from their receipts).

The pack itself is written by ``services.exchange.export_pack``, the same call as ``sotay pack
export``; this family only answers the questions asked before and after it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson

from ..core.enums import Role
from ..core.records import Document
from ..core.text import sort_key
from ..storage import ledger, reporting_status, units
from ..storage import records_repo as repo
from ..storage.store import Store
from .session import Session


@dataclass(frozen=True)
class PackPreview:
    """What a pack of the chosen documents carries, before it is written: the titles, how many
    attachments, and about how many bytes (the attachments as stored, the documents' text compressed
    as the file compresses it)."""

    titles: tuple[str, ...]
    attachments: int
    size: int
    deleted: tuple[str, ...] = ()  # titles of the deleted documents whose deletion the pack carries


@dataclass(frozen=True)
class DeletedDocument:
    """A document issued here and deleted: its deletion reaches the units below only in a pack.
    ``readers``: units known to hold a version of it (their read receipts)."""

    id: str
    title: str
    readers: int


@dataclass(frozen=True)
class DocumentReading:
    """One document issued here: how many units read it, how many read the version stored now, out
    of how many units below this one."""

    id: str
    title: str
    issued_on: dt.date | None
    readers: int
    readers_latest: int
    expected: int


@dataclass(frozen=True)
class Reader:
    code: str
    name: str
    read_at: str | None = None  # None: not read (no receipt yet)
    latest: bool = False  # read the version stored here now


@dataclass(frozen=True)
class DocumentReaders:
    """The units that read a document (newest receipt first) and the units below that have not."""

    title: str
    read: tuple[Reader, ...]
    not_read: tuple[Reader, ...]


class PackService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def sends_down(self) -> bool:
        """An aggregating installation sends packs down to the units below it."""
        return self._session.installation.role == Role.AGGREGATOR

    def has_level_above(self) -> bool:
        """Whether this installation's unit has a unit above it to send its own log to."""
        return units.get(self._session.db, self._session.installation.unit_code).parent_code is not None

    def documents(self) -> list[Document]:
        """The documents this unit issued (only those can go down in its packs)."""
        own = self._session.installation.unit_code
        return [d for d in repo.list_documents(self._session.db) if d.owner_unit == own]

    def deleted_documents(self) -> list[DeletedDocument]:
        """The documents this unit issued and deleted, latest first: a pack can carry their deletion."""
        reach = ledger.deleted_documents_reach(self._session.db, self._session.installation.unit_code)
        return [DeletedDocument(r["id"], r["title"], r["readers"]) for r in reach]

    def preview(self, document_ids: Iterable[str]) -> PackPreview:
        """The content and approximate size of a pack of these documents, deletions included
        (nothing is written)."""
        ids = list(dict.fromkeys(document_ids))
        docs = repo.list_documents(self._session.db, ids=ids)
        live = {d.id for d in docs}
        deleted = [repo.get_document(self._session.db, i) for i in ids if i not in live]
        files = {a.sha256: a.size for d in docs for a in d.attachments}
        text = zlib.compress(b"\n".join(orjson.dumps(_shared_fields(d), default=str) for d in docs + deleted))
        size = sum(files.values()) + len(text)
        return PackPreview(tuple(d.title for d in docs), len(files), size, tuple(d.title for d in deleted))

    def sent(self) -> list[dict[str, Any]]:
        """The packs written here, newest first (with the receipt when one came back)."""
        return [e for e in ledger.exports(self._session.db) if e.get("kind") == "pack"]

    def reading(self) -> list[DocumentReading]:
        """Per document issued here, newest first: readers (any version, the latest) out of the units below."""
        session = self._session
        own = session.installation.unit_code
        expected = len(reporting_status.expected_reporters(session.db, own))
        issued = {d.id: d.issued_on for d in self.documents()}
        return [
            DocumentReading(r["id"], r["title"], issued.get(r["id"]), r["readers"], r["readers_latest"], expected)
            for r in ledger.read_counts(session.db, own)
        ]

    def readers(self, document_id: str) -> DocumentReaders:
        """Who has read a document (from read receipts; names from the unit list) and who has not."""
        db = self._session.db
        doc = repo.get_document(db, document_id)
        read = sorted(
            (
                Reader(r["owner_unit"], _name(db, r["owner_unit"]), r["read_at"], bool(r["latest"]))
                for r in ledger.document_readers(db, document_id)
            ),
            key=lambda r: r.read_at or "",
            reverse=True,
        )
        done = {r.code for r in read}
        below = reporting_status.expected_reporters(db, self._session.installation.unit_code)
        missing = sorted((Reader(code, name) for code, name, _top in below if code not in done), key=_by_name)
        return DocumentReaders(doc.title, tuple(read), tuple(missing))


def _shared_fields(doc: Document) -> dict[str, Any]:
    """A document as a pack carries it: without this reader's own read mark and note."""
    return {k: v for k, v in dataclasses.asdict(doc).items() if k not in ("read_at", "note", "attachments")}


def _name(db: Store, code: str) -> str:
    found = units.find(db, code)
    return found.name if found is not None else code  # a unit this list does not know: its code


def _by_name(reader: Reader) -> tuple[tuple[int, ...], ...]:
    return sort_key(reader.name)
