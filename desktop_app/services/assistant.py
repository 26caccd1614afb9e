"""The offline assistant (issue 17): key points drafted from a document's text, which the reader
accepts, edits or discards. A draft is never stored as if a person wrote it: what is accepted is
kept apart from the document's own key points, marked as accepted by this reader, and never sent.
A family of its own because it reads across the library and the talk log and writes to neither."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path

from ..core import keypoints, rules, validation
from ..core.errors import ValidationError
from ..core.records import AcceptedKeyPoints, Document
from ..core.text import clean
from ..core.vn_sentences import segments
from ..reports.card_model import PAPERS, TalkCard
from ..storage import key_points as repo
from ..storage import records_repo
from .session import Session

__all__ = ["AssistantService", "KeyPoints", "TalkCard"]

BOILERPLATE_CHARS = 20_000
BOILERPLATE_DOCUMENTS = 2


@dataclasses.dataclass(frozen=True)
class KeyPoints:
    """The key points to show for a document and where they come from: ``"document"`` (written by
    its issuer), ``"accepted"`` (a draft this reader accepted) or ``"draft"`` (proposed, unchecked)."""

    source: str
    points: tuple[str, ...]
    drafted: tuple[keypoints.DraftPoint, ...] = ()


class AssistantService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def source_text(self, doc: Document) -> str:
        """The document's text followed by the text of each attached file."""
        attached = repo.attachment_texts(self._session.db, doc.id)
        return "\n".join(t for t in (doc.body, *attached) if t.strip())

    def draft_key_points(self, doc_id: str, count: int = keypoints.DEFAULT_COUNT) -> list[keypoints.DraftPoint]:
        """Key points proposed from the document's text and its attachments' text, in reading order."""
        doc = records_repo.get_document(self._session.db, doc_id)
        if not 1 <= count <= keypoints.MAX_COUNT:
            raise ValidationError(
                f"Số ý chính phải từ 1 đến {keypoints.MAX_COUNT}.", f"count {count} out of range", field="count"
            )
        return keypoints.draft(self.source_text(doc), doc.title, count, self._boilerplate(doc.id))

    def _boilerplate(self, doc_id: str) -> frozenset[str]:
        """Sentences that open at least ``BOILERPLATE_DOCUMENTS`` other documents of the library
        (their first ``BOILERPLATE_CHARS`` characters, where preambles sit): not what sets this one apart."""
        seen: Counter[str] = Counter()
        for _id, head in repo.document_openings(self._session.db, doc_id, BOILERPLATE_CHARS):
            seen.update({keypoints.sentence_key(s.text) for s in segments(head)})
        return frozenset(key for key, n in seen.items() if n >= BOILERPLATE_DOCUMENTS)

    def accepted(self, doc_id: str) -> AcceptedKeyPoints | None:
        return repo.accepted(self._session.db, doc_id)

    def accept_key_points(self, doc_id: str, points: list[str], edited: bool = False) -> AcceptedKeyPoints:
        """Keeps ``points`` (as drafted, or edited when ``edited``) as this reader's key points of the
        document, marked accepted now; an empty list is refused (discard the draft instead)."""
        records_repo.get_document(self._session.db, doc_id)
        kept = tuple(p for p in (clean(x) for x in points) if p)
        if not kept:
            raise ValidationError(
                "Không có ý chính nào để lưu: hãy giữ ít nhất một ý, hoặc bỏ bản nháp.",
                "no key points to accept",
                field="key_points",
            )
        validation.check_list(rules.rule("documents", "key_points"), kept)
        when = dt.datetime.fromtimestamp(self._session.now_ms() / 1000, dt.UTC).isoformat(timespec="seconds")
        choice = AcceptedKeyPoints(doc_id, kept, when, edited)
        repo.accept(self._session.db, choice)
        return choice

    def discard_key_points(self, doc_id: str) -> None:
        """Forgets the key points this reader accepted for the document (a draft is never stored)."""
        repo.forget(self._session.db, doc_id)

    def key_points(self, doc: Document, count: int = keypoints.DEFAULT_COUNT) -> KeyPoints:
        """The document's own key points, else the ones this reader accepted, else a draft."""
        if doc.key_points:
            return KeyPoints("document", doc.key_points)
        choice = repo.accepted(self._session.db, doc.id)
        if choice is not None:
            return KeyPoints("accepted", choice.points)
        drafted = tuple(self.draft_key_points(doc.id, count))
        return KeyPoints("draft", tuple(p.text for p in drafted), drafted)

    def talk_card(self, topic: str, group_id: str) -> TalkCard:
        """What to say to ``group_id`` on ``topic``: the topic's key points (the issuer's, else the ones
        accepted here, else drafted and marked so), the concerns raised there with their follow-ups,
        the last talk there on the topic and the group's figures this year."""
        from .talk_card import build_card

        return build_card(self, self._session, topic, group_id)

    def save_card(self, card: TalkCard, path: Path, file_format: str, paper: str = "a5") -> Path:
        """The card on one page of ``paper`` as PDF or DOCX at ``path``."""
        if paper not in PAPERS:
            raise ValidationError(f"Khổ giấy “{paper}” không có: chọn a5 hoặc a4.", f"paper {paper!r}", field="paper")
        fitted = card.fitted(paper)
        if file_format == "pdf":
            from ..reports.card_pdf import write_card_pdf

            return write_card_pdf(fitted, path, paper)
        if file_format == "docx":
            from ..reports.card_docx import write_card_docx

            return write_card_docx(fitted, path, paper)
        raise ValidationError(
            f"Định dạng “{file_format}” không có: chọn pdf hoặc docx.", f"format {file_format!r}", field="format"
        )

    def card_html(self, card: TalkCard, paper: str = "a5") -> str:
        """The card as the page shows it, for the window's preview."""
        from ..reports.card_pdf import BODY_PT, card_html

        return card_html(card.fitted(paper), BODY_PT[paper])

    def print_card(self, card: TalkCard, device: object, dpi: int, paper: str = "a5") -> None:
        """The card on one page of a printer (``device``, a QPrinter the window configured)."""
        from ..reports.card_pdf import paint_card_on

        paint_card_on(card.fitted(paper), device, dpi, paper)
