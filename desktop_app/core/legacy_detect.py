"""Which encoding a text with no font names is in: the reading under which its words are Vietnamese.

A text file or a PDF's text carries no font name, so each reading (as it is, TCVN3, VNI) is scored
by the share of its changed words that are valid Vietnamese syllables (an initial consonant, a
vowel group with at most one tone, a final consonant). Only words with a letter beyond ASCII count:
ASCII reads the same in every encoding. Valid Unicode is never converted, nor a text where many words
hold letters no legacy font stores (ư, ơ, đ, ạ, ệ…: PDF text with split marks, foreign names); a
legacy reading is taken
only when it is clearly better than every other one, and a text that looks legacy without a clear
winner is ``unsure``, which the caller refuses rather than store garbled letters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .errors import ValidationError
from .legacy_encoding import ENCODINGS, decode

UNICODE = "unicode"
UNSURE = "unsure"

UNICODE_LETTERS = 0.2  # a text with this share of words holding ư, ơ, đ, ạ… is Unicode: no legacy font has them
MIN_WORDS = 3  # fewer changed words than this say too little to convert a file by
VALID_AS_IS = 0.9  # a text this Vietnamese as it is stays as it is
LOOKS_LEGACY = 0.5  # a legacy reading below this is no evidence: the text is left alone
CONVERT = 0.8  # a legacy reading is taken from this share of valid words...
MARGIN = 0.2  # ...and this far above every other reading

_INITIALS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
_VOWELS = (
    "uyê|uya|uyu|iêu|yêu|ươi|ươu|uôi|oai|oay|oao|oeo|uây|"
    "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|"
    "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y"
)
_FINALS = "ch|ng|nh|c|m|n|p|t"
_SYLLABLE = re.compile(f"(?:{_INITIALS})?(?:{_VOWELS})(?:{_FINALS})?")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"[^\W\d_]+")
_BEYOND_LATIN1 = re.compile("[\u0100-\u024f\u1e00-\u1eff]")


def is_syllable(word: str) -> bool:
    """Whether a word is spelled like a Vietnamese syllable (any case, at most one tone)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(char in _TONE_MARKS for char in decomposed) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    return _SYLLABLE.fullmatch(bare) is not None


@dataclass(frozen=True)
class Verdict:
    """What a text is read as (``unicode``, an encoding, or ``unsure``), the text to keep, and the
    share of valid syllables under each reading (for the user and the log)."""

    encoding: str
    text: str
    scores: dict[str, float]
    words: int

    @property
    def converted(self) -> bool:
        return self.encoding in ENCODINGS

    def detail(self) -> str:
        shares = ", ".join(f"{name} {share:.2f}" for name, share in self.scores.items())
        return f"{self.words} words with non-ASCII letters; valid syllables: {shares}"


@dataclass(frozen=True)
class LegacyReading:
    """How a legacy Vietnamese encoding was read: ``encoding`` is ``tcvn3``, ``vni``, ``mixed`` (DOCX
    runs in both) or ``unsure`` (the caller refuses the file); ``samples`` are (before, after) pairs
    for the preview; ``detail`` says why, in English."""

    encoding: str
    samples: tuple[tuple[str, str], ...]
    detail: str


class LegacyUnsure(ValidationError):
    """A file that looks typed in an old Vietnamese encoding without telling which: refused, so
    that no garbled letters are stored or searched."""

    code = "legacy_encoding"

    def __init__(self, name: str, detail: str) -> None:
        super().__init__(
            f"Tệp “{name}” có vẻ gõ bằng bảng mã cũ (TCVN3 hay VNI) nhưng không xác định chắc được "
            "bảng mã nào, nên chưa thêm để khỏi lưu chữ bị lỗi. Hãy mở tệp, chuyển sang Unicode "
            "(ví dụ bằng công cụ chuyển mã của bộ gõ) rồi thêm lại.",
            f"legacy encoding unsure: {detail}",
            field="file",
        )


def detect(text: str, as_is: str | None = None) -> Verdict:
    """The reading of ``text`` to keep (see the module's rule). ``as_is`` is the text's reading
    when it is not legacy, if that differs (a text file's bytes read as Windows-1258)."""
    as_is = text if as_is is None else as_is
    changed = {w for w in _WORD.findall(text) if not w.isascii()}
    if not changed:
        return Verdict(UNICODE, as_is, {}, 0)
    readings = {UNICODE: as_is} | {encoding: decode(text, encoding) for encoding in ENCODINGS}
    scores = {name: _share(reading) for name, reading in readings.items()}
    beyond = sum(1 for w in changed if _BEYOND_LATIN1.search(w)) / len(changed)
    if scores[UNICODE] >= VALID_AS_IS or beyond >= UNICODE_LETTERS:
        return Verdict(UNICODE, as_is, scores, len(changed))
    best = max(ENCODINGS, key=lambda e: scores[e])
    if scores[best] < LOOKS_LEGACY:
        return Verdict(UNICODE, as_is, scores, len(changed))
    others = [share for name, share in scores.items() if name != best]
    if len(changed) >= MIN_WORDS and scores[best] >= CONVERT and all(scores[best] - s >= MARGIN for s in others):
        return Verdict(best, readings[best], scores, len(changed))
    return Verdict(UNSURE, as_is, scores, len(changed))


def _share(reading: str) -> float:
    """The share of a reading's words beyond ASCII that are Vietnamese syllables."""
    words = {w for w in _WORD.findall(reading) if not w.isascii()}
    return round(sum(map(is_syllable, words)) / len(words), 3) if words else 0.0
