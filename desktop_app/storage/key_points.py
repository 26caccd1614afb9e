"""Key points a reader accepted from a machine draft: local rows, never part of a bundle."""

from __future__ import annotations

from typing import TYPE_CHECKING

import orjson

from ..core.records import AcceptedKeyPoints

if TYPE_CHECKING:
    from .store import Store


def accepted(db: Store, document_id: str) -> AcceptedKeyPoints | None:
    row = db.execute(
        "SELECT points, accepted_at, edited FROM accepted_key_points WHERE document_id = ?", [document_id]
    ).fetchone()
    if row is None:
        return None
    return AcceptedKeyPoints(document_id, tuple(orjson.loads(row[0])), row[1], bool(row[2]))


def accept(db: Store, choice: AcceptedKeyPoints) -> None:
    db.execute(
        "INSERT INTO accepted_key_points(document_id, points, accepted_at, edited) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(document_id) DO UPDATE SET points = excluded.points, "
        "accepted_at = excluded.accepted_at, edited = excluded.edited",
        [choice.document_id, orjson.dumps(list(choice.points)).decode(), choice.accepted_at, int(choice.edited)],
    )


def forget(db: Store, document_id: str) -> None:
    db.execute("DELETE FROM accepted_key_points WHERE document_id = ?", [document_id])


def attachment_texts(db: Store, document_id: str) -> list[str]:
    """The text read from each of a document's attached files, in the document's order."""
    rows = db.execute(
        "SELECT b.text FROM documents d, json_each(d.attachments) a "
        "JOIN blobs b ON b.sha256 = json_extract(a.value, '$.sha256') WHERE d.id = ? ORDER BY a.key",
        [document_id],
    ).fetchall()
    return [r[0] or "" for r in rows]


def document_openings(db: Store, except_id: str, chars: int) -> list[tuple[str, str]]:
    """The first ``chars`` characters of every other live document's text."""
    rows = db.execute(
        "SELECT id, substr(body, 1, ?) FROM documents WHERE deleted = 0 AND id != ?", [chars, except_id]
    ).fetchall()
    return [(r[0], r[1] or "") for r in rows]
