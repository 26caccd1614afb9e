"""Key points drafted from a document's text: an extractive summary that explains itself.

Each sentence or list item becomes a vector of folded syllables and syllable pairs (Vietnamese words
are mostly two syllables: "chuyển đổi", "dịch vụ"), weighted by how rare they are among the
document's sentences. A sentence's centrality is its likeness to the whole text (the sum of its
cosine likeness to every other sentence, computed in one pass against their sum); cues add to it:
sharing words with the title or the heading above, opening its section, and the words directives
use for what matters ("nhiệm vụ", "trọng tâm", "nghiêm cấm"). Headings are never picked. A pick too
like one already chosen is skipped, and the picks are returned in reading order. Pure: no I/O."""

from __future__ import annotations

import dataclasses
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable

from .labels import key_point_reason_text
from .text import nfc, words
from .vn_sentences import Kind, Segment, segments

DEFAULT_COUNT = 5
MAX_COUNT = 30
MIN_WORDS, LONG_WORDS = 5, 70
TOO_ALIKE = 0.6
BOILERPLATE_FACTOR = 0.3  # cosine above which a candidate repeats a pick

# Folded syllables too common to tell sentences apart.
STOPWORDS = frozenset(
    "va cua cac nhung la co duoc cho trong voi de tai theo mot nay do the khi tu ve den da se dang "
    "con thi ma nhu tren o cung bang hay hoac tung moi nhieu it rat chi viec su nguoi nhan vao ra "
    "lai neu vi nen tuy sau truoc giua ngay thang nam so khong".split()
)
# Folded phrases directives use for what the reader must retain.
CUE_LABELS = tuple(
    "trọng tâm|nhiệm vụ|mục tiêu|yêu cầu|giải pháp|nghiêm cấm|không được|phải|cần|đề nghị|"
    "tăng cường|đẩy mạnh|chủ động|kịp thời|trách nhiệm|quán triệt|thực hiện|đột phá".split("|")
)
_WORD = re.compile(r"\w+")
WEIGHTS = {"centrality": 0.5, "title": 0.15, "heading": 0.1, "position": 0.1, "cue": 0.15}


@dataclasses.dataclass(frozen=True)
class DraftPoint:
    """A sentence proposed as a key point, with the reasons it was chosen."""

    text: str
    score: float
    index: int  # its place among the text's segments
    section: str
    reasons: tuple[tuple[str, str], ...]  # (kind, value): the kinds of ``labels.KEY_POINT_REASON_TEXTS``

    def explained(self, translate: Callable[[str], str] = str) -> tuple[str, ...]:
        """The reasons as words (Vietnamese, or through the window's ``translate``)."""
        return tuple(key_point_reason_text(kind, value, translate) for kind, value in self.reasons)


def _terms(text: str) -> list[str]:
    syllables = words(text)
    kept = [w for w in syllables if w not in STOPWORDS and not w.isdigit()]
    pairs = [
        f"{a}_{b}"
        for a, b in zip(syllables, syllables[1:], strict=False)
        if not (a in STOPWORDS and b in STOPWORDS) and not (a.isdigit() or b.isdigit())
    ]
    return kept + pairs


def _vector(terms: Iterable[str], weight: dict[str, float]) -> dict[str, float]:
    counts = Counter(terms)
    vec = {t: (1 + math.log(n)) * weight.get(t, 0.0) for t, n in counts.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _dot(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def _share(terms: set[str], of: set[str]) -> float:
    return len(terms & of) / len(of) if of else 0.0


def sentence_key(text: str) -> str:
    """A sentence as compared across documents: folded words only."""
    return " ".join(words(text))


def draft(
    text: str, title: str = "", count: int = DEFAULT_COUNT, boilerplate: frozenset[str] = frozenset()
) -> list[DraftPoint]:
    """Up to ``count`` key points of ``text`` in reading order, each with why it was picked.
    ``boilerplate`` holds the ``sentence_key`` of sentences other documents repeat (a preamble every
    pack carries): they tell this document apart from none and rank last."""
    count = max(1, min(count, MAX_COUNT))
    pieces = segments(text)
    candidates = [s for s in pieces if s.kind is not Kind.HEADING and MIN_WORDS <= len(s.text.split())]
    if not candidates:
        return []
    terms = [_terms(s.text) for s in candidates]
    spread = Counter(t for ts in terms for t in set(ts))
    total = len(candidates)
    weight = {t: math.log((1 + total) / (1 + n)) + 1 for t, n in spread.items()}
    vectors = [_vector(ts, weight) for ts in terms]
    whole: dict[str, float] = {}
    for vec in vectors:
        for t, v in vec.items():
            whole[t] = whole.get(t, 0.0) + v
    raw = [_dot(vec, whole) - 1.0 for vec in vectors]  # minus its likeness to itself
    top = max(raw) or 1.0
    title_terms = set(_terms(title))
    scored = []
    for seg, ts, vec, centrality in zip(candidates, terms, vectors, raw, strict=True):
        score, reasons = _score(seg, set(ts), centrality / top, title_terms)
        if sentence_key(seg.text) in boilerplate:
            score, reasons = score * BOILERPLATE_FACTOR, (*reasons, ("boilerplate", ""))
        scored.append(((score, reasons), seg, vec))
    scored.sort(key=lambda x: (-x[0][0], x[1].index))
    chosen: list[tuple[tuple[float, tuple[tuple[str, str], ...]], Segment, dict[str, float]]] = []
    for entry in scored:
        if len(chosen) == count:
            break
        if any(_dot(entry[2], other[2]) > TOO_ALIKE for other in chosen):
            continue
        chosen.append(entry)
    chosen.sort(key=lambda x: x[1].index)
    return [DraftPoint(seg.text, round(s[0], 4), seg.index, seg.section, s[1]) for s, seg, _ in chosen]


def _score(
    seg: Segment, terms: set[str], centrality: float, title: set[str]
) -> tuple[float, tuple[tuple[str, str], ...]]:
    # with their tones: folded, "cần" would also be "căn cứ"
    spaced = " " + " ".join(_WORD.findall(nfc(seg.text).lower())) + " "
    cues = [c for c in CUE_LABELS if f" {c} " in spaced]
    parts = {
        "centrality": max(0.0, centrality),
        "title": _share(terms, title),
        "heading": _share(terms, set(_terms(seg.section))),
        "position": 1.0 / (1 + seg.in_section),
        "cue": min(1.0, len(cues) / 2),
    }
    score = sum(WEIGHTS[k] * v for k, v in parts.items())
    length = len(seg.text.split())
    if length > LONG_WORDS:
        score *= LONG_WORDS / length
    reasons = [("centrality", str(round(parts["centrality"] * 100)))]
    if parts["title"]:
        reasons.append(("title", str(round(parts["title"] * 100))))
    if parts["heading"]:
        reasons.append(("section", seg.section))
    if seg.in_section == 0:
        reasons.append(("opening", ""))
    if cues:
        reasons.append(("cue", ", ".join(cues)))
    if seg.kind is Kind.ITEM:
        reasons.append(("item", ""))
    return score, tuple(reasons)
