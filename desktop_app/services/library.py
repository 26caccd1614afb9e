"""The library: briefing documents with their attached files (checked by content, text read in a
bounded child process), read marks and notes, topics, and the accent-blind search over everything."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from ..core import validation
from ..core.doc_changes import DocumentChanges, compare
from ..core.doc_similarity import most_similar
from ..core.doc_title import choose_title
from ..core.errors import NotFoundError, ValidationError
from ..core.filters import DocumentFilter
from ..core.ids import uuid7
from ..core.legacy_detect import UNSURE, LegacyReading, LegacyUnsure
from ..core.records import Attachment, Document, SearchHit
from ..core.text import clean
from ..storage import deferred_index, doc_versions, search_file
from ..storage import records_repo as repo
from ..storage import search as search_repo
from ..storage import units as repo_units
from .fields import cleaned
from .session import Session

# What the unit that issued a document may change; its text and attachments come from its files.
EDITABLE_FIELDS = frozenset(
    {"title", "issuer", "number", "issued_on", "valid_until", "topics", "required", "key_points"}
)


@dataclasses.dataclass(frozen=True)
class AttachedFile:
    """A file accepted as an attachment: its bytes, the type its bytes are, its searchable text and
    the candidates for a title its content offers (best first)."""

    name: str
    data: bytes
    sha256: str
    media_type: str
    text: str
    titles: tuple[str, ...] = ()
    legacy: LegacyReading | None = None  # read from a legacy Vietnamese encoding (for the preview)


LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI", "mixed": "TCVN3 và VNI"}


def legacy_note(name: str, legacy: LegacyReading) -> str:
    """What to tell the user about a file read from a legacy encoding (Vietnamese)."""
    return f"Tệp “{name}” gõ bằng bảng mã cũ {LEGACY_NAMES[legacy.encoding]}: chữ đã được chuyển sang Unicode."


class LibraryService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def read_attachments(self, files: Sequence[Path], warnings: list[str] | None = None) -> list[AttachedFile]:
        """Files checked by their content (``core.attachments``) with their text read in a bounded
        child process. Runs before any transaction: reading a hostile PDF may take the whole time
        bound, and the write lock must not wait for it. A text that could not be read all is told
        through ``warnings``; the file is still accepted."""
        from ..core.attachments import MAX_ATTACHMENT_BYTES, AttachmentRefused, check_attachment
        from ..storage.extract import TextReader

        if files and self._session.db.conn.in_transaction:
            raise RuntimeError("attachments are read before a transaction, never inside one")
        checked = []
        for path in map(Path, files):
            if not path.is_file():
                raise ValidationError(f"Không tìm thấy tệp “{path}”.", f"{path} is not a file", field="file")
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise AttachmentRefused("too_large", f"Tệp “{path.name}” lớn quá 50 MB.", "attachment too large")
            data = path.read_bytes()
            checked.append((path.name, data, check_attachment(path.name, data)))
        out = []
        with TextReader() as reader:
            for name, data, media in checked:
                extraction = reader.read(data, media)
                if extraction.legacy is not None and extraction.legacy.encoding == UNSURE:
                    raise LegacyUnsure(name, extraction.legacy.detail)
                warning = extraction.warning(name)
                if extraction.legacy is not None and warnings is not None:
                    warnings.append(legacy_note(name, extraction.legacy))
                if warning and warnings is not None:
                    warnings.append(warning)
                sha256 = hashlib.sha256(data).hexdigest()
                out.append(
                    AttachedFile(name, data, sha256, media, extraction.text, extraction.titles, extraction.legacy)
                )
        return out

    def add_document(
        self,
        files: Sequence[Path] = (),
        *,
        attached: list[AttachedFile] | None = None,
        warnings: list[str] | None = None,
        **fields: Any,
    ) -> Document:
        """A briefing document, optionally with attached files stored once by hash. Files already
        read with :meth:`read_attachments` come as ``attached`` (a caller that holds a transaction)."""
        session = self._session
        if attached is None:
            attached = self.read_attachments(list(files), warnings)
        fields = cleaned(fields)
        for name in ("issued_on", "valid_until"):
            if fields.get(name) is not None:
                fields[name] = validation.parse_date(name, fields[name])
        attachments = tuple(Attachment(f.sha256, f.name, f.media_type, len(f.data)) for f in attached)
        if not fields.get("title") and attached:
            fields["title"] = choose_title(attached[0].titles, attached[0].name)
        if not fields.get("body") and len(attached) == 1 and attached[0].media_type == "text/plain":
            fields["body"] = attached[0].text
        doc = Document(
            id=fields.pop("id", None) or uuid7(),
            owner_unit=session.installation.unit_code,
            hlc="",
            attachments=attachments,
            **fields,
        )
        doc = validation.validate_document(doc, session.today)
        with session.db.atomic():
            for f in attached:
                repo.store_blob(session.db, f.sha256, f.data, f.media_type, f.text)
            return repo.save_document(session.db, dataclasses.replace(doc, hlc=session.next_version()))

    def add_documents(self, attached: list[AttachedFile], **fields: Any) -> list[Document]:
        """One document per file already read, all stored or none."""
        with self._session.db.atomic():
            return [self.add_document(attached=[file], **fields) for file in attached]

    def document(self, doc_id: str) -> Document:
        return repo.get_document(self._session.db, doc_id)

    def documents(self, flt: DocumentFilter | None = None, limit: int = -1) -> list[Document]:
        return repo.list_documents(self._session.db, flt or DocumentFilter(), limit=limit)

    def editable(self, doc: Document) -> bool:
        """Whether this installation issued the document: a document from above keeps its fields
        (one writer per record) and only takes this reader's notes and read marks."""
        return doc.owner_unit == self._session.installation.unit_code

    def _own_document(self, doc_id: str) -> Document:
        doc = repo.get_document(self._session.db, doc_id)
        if not self.editable(doc):
            unit = repo_units.find(self._session.db, doc.owner_unit)
            name = unit.name if unit else doc.owner_unit
            raise ValidationError(
                f"Tài liệu này do {name} ban hành: chỉ đơn vị đó sửa hay xoá được; "
                "ở đây bạn chỉ ghi chú riêng và đánh dấu đã đọc.",
                f"document {doc_id} is owned by {doc.owner_unit}",
                field="owner_unit",
            )
        return doc

    def edit(self, doc_id: str, **changes: Any) -> Document:
        """This installation's own document with ``changes`` (any of ``EDITABLE_FIELDS``; a date
        given as "" or None is cleared) under a new version, so the correction travels in the next
        pack that names it."""
        session = self._session
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise TypeError(f"not editable: {sorted(unknown)}")
        doc = self._own_document(doc_id)
        if doc.deleted:
            raise NotFoundError("Tài liệu này đã bị xoá.", f"document {doc_id} is deleted")
        for name in ("issued_on", "valid_until"):
            if name in changes:
                changes[name] = validation.parse_date(name, changes[name])
        for name in ("title", "issuer", "number"):
            if name in changes:
                changes[name] = clean(changes[name] or "")
        for name in ("topics", "key_points"):
            if name in changes:
                changes[name] = tuple(v for v in (clean(x) for x in changes[name]) if v)
        if "required" in changes:
            changes["required"] = bool(changes["required"])
        doc = validation.validate_document(dataclasses.replace(doc, **changes), session.today)
        return repo.save_document(session.db, dataclasses.replace(doc, hlc=session.next_version()))

    def delete(self, doc_id: str) -> Document:
        """A tombstone under a new version, so the deletion travels like an edit; ``restore``
        undoes it. The reader's note and read mark stay, for an undo."""
        doc = self._own_document(doc_id)
        return repo.save_document(
            self._session.db, dataclasses.replace(doc, deleted=True, hlc=self._session.next_version())
        )

    def restore(self, doc_id: str) -> Document:
        doc = self._own_document(doc_id)
        return repo.save_document(
            self._session.db, dataclasses.replace(doc, deleted=False, hlc=self._session.next_version())
        )

    def attachment_data(self, sha256: str) -> bytes:
        return repo.blob_data(self._session.db, sha256)

    def mark_read(self, doc_id: str, read: bool = True) -> None:
        repo.get_document(self._session.db, doc_id)
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds") if read else None
        repo.mark_read(self._session.db, doc_id, when)

    def set_note(self, doc_id: str, note: str) -> None:
        note = validation.check_text("documents", "note", clean(note))
        repo.get_document(self._session.db, doc_id)
        repo.set_note(self._session.db, doc_id, note)

    def topics(self) -> list[str]:
        return [t.name for t in repo.list_topics(self._session.db)]

    def changes_since_read(self, doc_id: str) -> DocumentChanges | None:
        """What a newer version (from a pack) changed in the document since its reader read it:
        None when it was never read or the version read is the current one."""
        current = repo.get_document(self._session.db, doc_id)
        found = doc_versions.version_read(self._session.db, doc_id)
        if found is None:
            return None
        before, read_at = found
        kept = before.get("key_points") or "[]"
        points = [str(p) for p in (orjson.loads(kept) if isinstance(kept, str) else kept)]
        added, removed, points_added, points_removed = compare(
            str(before.get("body") or ""), points, current.body, current.key_points
        )
        return DocumentChanges(
            str(before.get("hlc", "")),
            read_at,
            str(before.get("title", "")),
            added,
            removed,
            points_added,
            points_removed,
        )

    def similar(self, doc_id: str, limit: int = 5) -> builtins.list[tuple[Document, float]]:
        """The library's documents most like this one (folded-word TF-IDF, cosine), best first."""
        ranked = most_similar(doc_id, doc_versions.document_texts(self._session.db), limit)
        return [(repo.get_document(self._session.db, other), score) for other, score in ranked]

    def search(self, text: str, kinds: tuple[str, ...] = search_repo.KINDS, limit: int = 20) -> list[SearchHit]:
        """Talks, groups and documents whose text holds the words, accents and đ folded. What was
        written since the index was last brought up to date (a save, an import, an index cut short)
        is indexed first, so no hit is missing or stale. Nothing pending costs one count."""
        db = self._session.db

        def search() -> list[SearchHit]:
            if self.index_pending():
                deferred_index.index_backlog(db)
            return search_repo.search(db, text, kinds, limit)

        return search_file.healing(db, search)

    def index_pending(self) -> int:
        """Records written but not yet in the search index (a large import leaves many)."""
        return deferred_index.backlog_size(self._session.db)
