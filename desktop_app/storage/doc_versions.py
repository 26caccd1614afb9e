"""The version of a document its reader read, found in ``history``: an import keeps every version
it replaces there, and ``document_local.read_at`` says when the reader marked it read, so the version
read is the first one replaced after that moment (none: the current version is the one read).
Also the text of every document, for "Tài liệu tương tự"."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

import orjson

if TYPE_CHECKING:
    from .store import Store

READ_MARK_PRECISION = dt.timedelta(seconds=1)


def _moment(stamp: str) -> dt.datetime | None:
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def version_read(db: Store, doc_id: str) -> tuple[dict[str, Any], str] | None:
    """The row of the version read (as ``history`` keeps it) and when it was read, if a newer
    version replaced it since."""
    found = db.execute("SELECT read_at FROM document_local WHERE document_id = ?", [doc_id]).fetchone()
    read_at = _moment(found[0]) if found and found[0] else None
    if read_at is None:
        return None
    rows = db.execute(
        "SELECT row, replaced_at FROM history WHERE table_name = 'documents' AND record_id = ? ORDER BY replaced_at",
        [doc_id],
    ).fetchall()
    after = read_at + READ_MARK_PRECISION  # surely after the read, whose mark is cut to the second
    for row, replaced_at in rows:
        moment = _moment(replaced_at)
        if moment is not None and moment >= after:
            return orjson.loads(row), str(found[0])
    return None


def document_texts(db: Store) -> dict[str, str]:
    """Every live document's title, key points, body and attachments' text, by id."""
    rows = db.execute(
        "SELECT d.id, d.title || ' ' || d.key_points || ' ' || d.body || ' ' || "
        "coalesce((SELECT group_concat(b.text, ' ') FROM json_each(d.attachments) a "
        "JOIN blobs b ON b.sha256 = json_extract(a.value, '$.sha256')), '') "
        "FROM documents d WHERE d.deleted = 0"
    ).fetchall()
    return {doc_id: text for doc_id, text in rows}
