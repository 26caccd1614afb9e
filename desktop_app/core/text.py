"""Vietnamese text: NFC on the way in, and one folding shared by the search index and the query.

SQLite's FTS5 removes tone marks but never folds đ/Đ, so we index a folded copy. The folding maps
each NFC character to exactly one character, so a match found in the folded text sits at the same
offsets in the original and can be highlighted there.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPECIAL = {"đ": "d", "Đ": "d", "ð": "d", "Ð": "d"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    if unicodedata.combining(char):
        return " "
    base = unicodedata.normalize("NFD", char)[0].lower()
    return base if len(base) == 1 and not unicodedata.combining(base) else char


# Latin letters with marks (Vietnamese uses Latin-1, Latin Extended-A/B and the U+1E00 block), the
# combining marks themselves and ASCII capitals: one translate() call folds a whole text quickly.
_FOLD_TABLE = {
    code: _fold_char(chr(code))
    for block in ((0x41, 0x5B), (0xC0, 0x250), (0x300, 0x370), (0x1E00, 0x1F00))
    for code in range(*block)
}


def _forms() -> dict[str, str]:
    """Every character that folds to a given letter, itself included: 'd' → 'dDđĐðÐ'."""
    forms: dict[str, str] = {}
    for code, folded in _FOLD_TABLE.items():
        if len(folded) == 1 and folded.isalpha():
            forms[folded] = forms.get(folded, folded) + chr(code)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        forms.setdefault(letter, letter)
    return forms


FOLDED_FORMS = _forms()


def fold(text: str) -> str:
    """Lower case, no diacritics, đ→d; same length as ``nfc(text)``.

    Folding maps each NFC character on its own, so a text can be folded word by word: Vietnamese
    has a few thousand syllables, and a dictionary look-up per word is about 4 times faster than
    ``translate`` over every character (the search index folds every imported talk)."""
    if text.isascii():
        return text.lower()
    cache = _FOLDED_WORDS
    out = []
    for word in nfc(text).split(" "):
        folded = cache.get(word)
        if folded is None:
            folded = word.lower() if word.isascii() else word.translate(_FOLD_TABLE)
            if len(cache) >= _FOLDED_WORDS_MAX:
                cache.clear()
            cache[word] = folded
        out.append(folded)
    return " ".join(out)


def fold_chars(text: str) -> str:
    """``fold`` character by character, without the word cache (the reference ``fold`` must equal)."""
    if text.isascii():
        return text.lower()
    return nfc(text).translate(_FOLD_TABLE)


_FOLDED_WORDS: dict[str, str] = {}
_FOLDED_WORDS_MAX = 50_000


_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


# C0 controls, DEL and C1: invisible, meaningless in a record, and refused by the XLSX and DOCX
# writers (XML 1.0 has no place for most of them). Tab, newline and carriage return are handled apart.
# Lone surrogates too: they are not text (a command-line argument in bytes the locale cannot decode
# arrives as them) and cannot be stored as UTF-8.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_LINE_BREAKS = re.compile("\r\n?")
_BLANKS = re.compile("[\t\n\r]")


def without_controls(text: str, multiline: bool = True) -> str:
    """``text`` with control characters removed; a multi-line text keeps tabs and newlines (CR LF
    and CR become LF), a one-line text gets a space for each of them. Text with none costs one
    ``isprintable`` scan."""
    if text.isprintable():
        return text
    if multiline and text.replace("\n", "").replace("\t", "").isprintable():
        return text  # lines and tabs only: twice as fast as the pattern (the importer's common case)
    if "\r" in text:
        text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    return text if multiline else _BLANKS.sub(" ", text)


def clean(text: str | None) -> str:
    """NFC, stripped, inner runs of blanks kept as typed: what every text field stores."""
    return nfc(text or "").strip()


_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: i for i, letter in enumerate(_ALPHABET)}
# Tones in dictionary order: none, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"": 0, "\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn make letters of their own


@lru_cache(maxsize=4096)
def _collation_char(char: str) -> tuple[int, int, int]:
    lower = char.lower()
    decomposed = unicodedata.normalize("NFD", lower)
    letter = decomposed[0] + "".join(m for m in decomposed[1:] if m in _LETTER_MARKS)
    letter = unicodedata.normalize("NFC", letter)
    tone = next((m for m in decomposed[1:] if m in _TONE_RANK), "")
    rank = _LETTER_RANK.get(letter)
    primary = rank if rank is not None else 100 + ord(letter[0])
    return (primary, _TONE_RANK[tone], 0 if char == lower else 1)


@lru_cache(maxsize=8192)
def sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
    """Vietnamese dictionary order (a < ă < â < b … d < đ), then tones, then case. Kept for the
    names sorted again at every report (the country's 3,321 communes)."""
    keys = [_collation_char(c) for c in nfc(text)]
    if not keys:
        return ((), (), ())
    primary, tones, cases = zip(*keys, strict=True)
    return (primary, tones, cases)
