"""A talk preparation card ("thẻ chuẩn bị"): what a cadre holds while speaking to one audience
group on one topic. Plain data, filled by ``services.assistant`` and laid out by the PDF and DOCX
writers; the card's fixed wording lives here so both say the same."""

from __future__ import annotations

import dataclasses
import datetime as dt

from ..core.enums import GroupKind, TalkFormat
from ..core.labels import GROUP_KIND_LABELS, TALK_FORMAT_LABELS
from . import fmt

PAPERS = ("a5", "a4")
# How much a page holds in the card's large type (points are cut to a sentence's length).
MAX_POINTS = {"a5": 6, "a4": 10}
MAX_POINT_CHARS = {"a5": 150, "a4": 220}
MAX_CONCERNS = {"a5": 4, "a4": 6}
DRAFT_MARK = "bản nháp do máy đề xuất, chưa duyệt"
ACCEPTED_MARK = "do bạn chấp nhận từ bản nháp của máy"


@dataclasses.dataclass(frozen=True)
class CardDocument:
    title: str
    source: str  # "document" (its issuer's), "accepted" (this reader's, from a draft) or "draft"
    points: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class CardConcern:
    theme: str
    talks: int
    open: int
    done: int


@dataclasses.dataclass(frozen=True)
class LastTalk:
    held_on: dt.date
    format: TalkFormat
    attendance: int


@dataclasses.dataclass(frozen=True)
class TalkCard:
    topic: str
    group_name: str
    group_kind: GroupKind
    group_size: int
    made_on: dt.date
    documents: tuple[CardDocument, ...]
    concerns: tuple[CardConcern, ...]
    concerns_since: dt.date
    last_talk: LastTalk | None
    year_sessions: int
    year_attendance: int

    def fitted(self, paper: str) -> TalkCard:
        """The card cut to what one page of ``paper`` holds: the first points, each at most a
        long sentence, and the most raised concerns."""
        room, cap = MAX_POINTS[paper], MAX_POINT_CHARS[paper]
        docs = []
        for doc in self.documents:
            if room <= 0:
                break
            points = tuple(_cut(p, cap) for p in doc.points[:room])
            room -= len(points)
            docs.append(dataclasses.replace(doc, points=points))
        return dataclasses.replace(self, documents=tuple(docs), concerns=self.concerns[: MAX_CONCERNS[paper]])


def _cut(text: str, cap: int) -> str:
    return text if len(text) <= cap else text[: cap - 1].rsplit(" ", 1)[0] + " …"


@dataclasses.dataclass(frozen=True)
class CardSection:
    heading: str
    lines: tuple[tuple[str, str], ...]  # (kind, text): "bullet", "source" (a document's title) or "plain"


def title_lines(card: TalkCard) -> tuple[str, str, str]:
    kind = GROUP_KIND_LABELS[card.group_kind]
    size = f", khoảng {fmt.num(card.group_size)} người" if card.group_size else ""
    return (
        f"Chuyên đề: {card.topic}",
        f"Đối tượng: {card.group_name} ({kind.lower()}{size})",
        f"Lập ngày {card.made_on:%d/%m/%Y}",
    )


def sections(card: TalkCard) -> list[CardSection]:
    """The card's text in reading order, the same for every writer."""
    points: list[tuple[str, str]] = []
    for doc in card.documents:
        mark = {"draft": f" ({DRAFT_MARK})", "accepted": f" ({ACCEPTED_MARK})"}.get(doc.source, "")
        points.append(("source", doc.title + mark))
        points += [("bullet", p) for p in doc.points]
    if not points:
        points.append(("plain", "Thư viện chưa có tài liệu nào cho chuyên đề này."))
    concerns = [("bullet", f"{c.theme}: {fmt.num(c.talks)} buổi" + _follow_ups(c)) for c in card.concerns] or [
        ("plain", "Chưa ghi nhận ý kiến nào.")
    ]
    last = card.last_talk
    last_line = (
        f"{last.held_on:%d/%m/%Y} · {TALK_FORMAT_LABELS[last.format]} · {fmt.num(last.attendance)} người dự"
        if last
        else "Chưa nói chuyên đề này với nhóm này."
    )
    year = card.made_on.year
    return [
        CardSection("Ý chính cần nói", tuple(points)),
        CardSection(f"Bà con đã nêu (từ {card.concerns_since:%d/%m/%Y})", tuple(concerns)),
        CardSection("Lần trước nói chuyên đề này ở đây", (("plain", last_line),)),
        CardSection(
            f"Năm {year} với nhóm này",
            (("plain", f"{fmt.num(card.year_sessions)} buổi · {fmt.num(card.year_attendance)} lượt người dự"),),
        ),
    ]


def _follow_ups(c: CardConcern) -> str:
    parts = [
        f"{fmt.num(c.open)} việc đang theo dõi" if c.open else "",
        f"{fmt.num(c.done)} đã giải quyết" if c.done else "",
    ]
    shown = ", ".join(p for p in parts if p)
    return f" ({shown})" if shown else ""


TITLE = "THẺ CHUẨN BỊ BUỔI NÓI CHUYỆN"
NOTES = "Ghi chú"
