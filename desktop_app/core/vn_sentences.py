"""Vietnamese administrative text cut into the pieces a reader weighs: headings, numbered or bulleted
items, and the sentences of plain paragraphs. A period after "TP", "Điều 3" or an initial does not end a
sentence ("v.v." before a capital does); numbers such as 1.794 and dates such as 15/5/2026 hold no break."""

from __future__ import annotations

import dataclasses
import enum
import re


class Kind(enum.Enum):
    HEADING = "heading"
    ITEM = "item"
    SENTENCE = "sentence"


@dataclasses.dataclass(frozen=True)
class Segment:
    text: str
    kind: Kind
    index: int  # order in the text
    section: str  # the heading it sits under ("" before the first)
    in_section: int  # its place under that heading, from 0


# Words whose period never ends a sentence (folded case compared in lower case, dots removed).
ABBREVIATIONS = frozenset(
    {"tp", "tx", "tt", "ths", "ts", "pgs", "gs", "bs", "ks", "cn", "q", "p", "h", "x", "st", "sđd",
     "ubnd", "hđnd", "tw", "tr", "ng", "đ", "vd", "tk"}
)  # fmt: skip
# A number after one of these is an article or part number: "Điều 3. Trách nhiệm" is one line.
NUMBERED_PARTS = frozenset({"điều", "khoản", "mục", "chương", "phần", "điểm", "bước"})

_ITEM = re.compile(r"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][).]|[-–•+*▪●○])\s+\S", re.IGNORECASE)
_HEADING_START = re.compile(r"^\s*(?:(?:chương|phần|mục|điều)\s+[0-9ivxlc]+\b|[IVXLC]{1,6}[.)-]\s)", re.IGNORECASE)
_END = re.compile(r"[.!?…]+[\"”’)»]*\s+")
_SENTENCE_START = re.compile(r"[\"“‘(«]?[^\W\d_]|[\"“‘(«]?\d", re.UNICODE)


def is_heading(line: str) -> bool:
    """A short line with no closing punctuation, or one in capitals, or "Chương II", "Điều 3. …",
    "II. …": a section's title, never a key point itself."""
    text = line.strip()
    words = text.split()
    if not words or len(words) > 16:
        return False
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and all(c.isupper() for c in letters):
        return True
    if _HEADING_START.match(text) and len(words) <= 12:
        return True
    return len(words) <= 12 and text[-1] not in ".;:,!?…" and not _ITEM.match(text)


def _ends_here(text: str, at: int) -> bool:
    """Whether the punctuation at ``at`` ends a sentence, judged by the word before it."""
    before = text[:at].rstrip()
    token = before.split()[-1] if before.split() else ""
    bare = token.strip('("“').lower()
    if text[at] != ".":
        return True
    if bare in ABBREVIATIONS or bare.replace(".", "") in ABBREVIATIONS:
        return False
    if len(bare) == 1 and bare.isalpha():  # an initial: "Nguyễn V. A."
        return False
    words = before.split()
    if bare.isdigit() and len(words) >= 2 and words[-2].lower() in NUMBERED_PARTS:
        return False
    return not (bare.isdigit() and len(words) == 1)  # "1. …" at the start of a paragraph


def split_sentences(paragraph: str) -> list[str]:
    """The sentences of one paragraph: a break is end punctuation, a space, then a capital, a digit
    or an opening quote, unless the word before the period says otherwise."""
    out, start = [], 0
    for match in _END.finditer(paragraph):
        after = paragraph[match.end() :]
        if not after or not _SENTENCE_START.match(after):
            continue
        if not (after[0].isupper() or after[0].isdigit() or after[0] in '"“‘(«'):
            continue
        if not _ends_here(paragraph, match.start()):
            continue
        piece = paragraph[start : match.end()].strip()
        if piece:
            out.append(piece)
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        out.append(tail)
    return out


def segments(text: str) -> list[Segment]:
    """Every heading, item and sentence of ``text`` in order, each with the heading above it."""
    out: list[Segment] = []
    section, in_section = "", 0

    def add(piece: str, kind: Kind) -> None:
        nonlocal in_section
        out.append(Segment(piece, kind, len(out), section, in_section))
        in_section += 1

    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        if not line:
            continue
        if is_heading(line):
            out.append(Segment(line, Kind.HEADING, len(out), section, 0))
            section, in_section = line, 0
        elif _ITEM.match(line):
            add(line, Kind.ITEM)
        else:
            for sentence in split_sentences(line):
                add(sentence, Kind.SENTENCE)
    return out
