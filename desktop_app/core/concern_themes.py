"""Themes of the questions and concerns people raise at a talk, suggested from what the cadre typed.

Communes word the same worry differently ("đền bù", "giải tỏa", "thu hồi đất"); a shared list of
themes, each with the phrases people use for it, lets their counts add up at the province. The
suggestion is explainable: a theme is offered because a phrase of its list appears in the text,
word for word after folding (accents, case, đ), or nearly so (a typo), measured by the character
trigrams the two share. Nothing is chosen here: the user confirms a suggestion.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError
from .text import fold, nfc

_WORD = re.compile(r"\w+")


def _tokens(text: str) -> tuple[list[str], list[str]]:
    """The words of a text in lower case, as typed and folded (the same count: folding keeps the
    length of every word)."""
    typed = _WORD.findall(nfc(text).lower())
    return typed, [fold(word) for word in typed]


NEAR = 0.72  # trigram likeness (Dice) from which a typed phrase counts as the listed one
OTHER_TONES = 0.8  # the same letters with other tones ("làm thủ" is not "lạm thu"): a near match
ENOUGH = 2.0  # a theme is offered from this score: a two-word phrase, or two one-word ones
MAX_TEXT = 200  # characters of an id, a name or a phrase
MAX_SYNONYMS = 100
MAX_WORDS = 6  # a listed phrase longer than this is never compared word window by word window


@dataclass(frozen=True)
class Theme:
    """One theme of the shared list: a stable ``id`` (what counts add up by), its name, and the
    phrases people use for it."""

    id: str
    name: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class Suggestion:
    """A theme offered for a text, its score, and the phrases of the text that called it (why)."""

    theme: Theme
    score: float
    because: tuple[str, ...]


@dataclass(frozen=True)
class ThemeList:
    version: int
    themes: tuple[Theme, ...]


def theme_list(data: Mapping[str, Any]) -> ThemeList:
    """The list from its JSON form (the shipped file, or the one a pack brought), checked."""
    try:
        version = int(data["version"])
        themes = tuple(
            Theme(str(t["id"]), str(t["name"]), tuple(str(s) for s in t.get("synonyms", ()))) for t in data["themes"]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValidationError(
            "Danh sách chủ đề ý kiến không đúng dạng.", f"theme list: {type(exc).__name__}: {exc}"
        ) from exc
    ids = [t.id for t in themes]
    if len(set(ids)) != len(ids) or not all(i and t.name for i, t in zip(ids, themes, strict=True)):
        raise ValidationError("Danh sách chủ đề ý kiến không đúng dạng.", "theme list: empty or repeated ids")
    too_long = [t.id for t in themes if max(map(len, (t.id, t.name, *t.synonyms))) > MAX_TEXT]
    if too_long or any(len(t.synonyms) > MAX_SYNONYMS for t in themes):
        raise ValidationError("Danh sách chủ đề ý kiến không đúng dạng.", f"theme list: oversized theme {too_long[:1]}")
    return ThemeList(version, themes)


def _trigrams(text: str) -> frozenset[str]:
    padded = f" {text} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


@dataclass(frozen=True)
class _Phrase:
    theme: int
    text: str  # folded words joined by one space
    accented: str  # the same words as listed, in lower case
    size: int  # words
    grams: frozenset[str]


class ThemeMatcher:
    """Built once per list; ``suggest`` is called at every keystroke (see the benchmark)."""

    def __init__(self, themes: Iterable[Theme]) -> None:
        self.themes = tuple(themes)
        self._phrases: list[_Phrase] = []
        self._by_gram: dict[tuple[int, str], list[int]] = defaultdict(list)
        seen: set[tuple[int, str]] = set()
        for n, theme in enumerate(self.themes):
            for phrase in (theme.name, *theme.synonyms):
                accented, folded_words = _tokens(phrase)
                folded = " ".join(folded_words)
                size = len(folded_words)
                if not folded or size > MAX_WORDS or (n, folded) in seen:
                    continue
                seen.add((n, folded))
                index = len(self._phrases)
                self._phrases.append(_Phrase(n, folded, " ".join(accented), size, _trigrams(folded)))
                for gram in _trigrams(folded):
                    self._by_gram[(size, gram)].append(index)

    def suggest(self, text: str, limit: int = 3) -> list[Suggestion]:
        """The closest themes for ``text``, best first; none when nothing in it is close enough."""
        typed, folded = _tokens(text)
        best: dict[int, tuple[float, str]] = {}  # phrase -> (likeness, the words typed)
        for size in range(1, min(MAX_WORDS, len(typed)) + 1):
            for start in range(len(typed) - size + 1):
                window = " ".join(folded[start : start + size])
                self._match(window, " ".join(typed[start : start + size]), size, best)
        scores: dict[int, float] = defaultdict(float)
        because: dict[int, list[str]] = defaultdict(list)
        for index, (likeness, window) in best.items():
            phrase = self._phrases[index]
            scores[phrase.theme] += likeness * phrase.size
            because[phrase.theme].append(window)
        ranked = sorted((n for n, score in scores.items() if score >= ENOUGH), key=lambda n: (-scores[n], n))
        return [
            Suggestion(self.themes[n], round(scores[n], 3), tuple(dict.fromkeys(because[n]))) for n in ranked[:limit]
        ]

    def _match(self, window: str, as_typed: str, size: int, best: dict[int, tuple[float, str]]) -> None:
        """Phrases of ``size`` words close to the typed ``window`` (folded): the same words with
        the same tones, or typed without tones, count fully."""
        grams = _trigrams(window)
        shared: dict[int, int] = defaultdict(int)
        for gram in grams:
            for index in self._by_gram.get((size, gram), ()):
                shared[index] += 1
        for index, count in shared.items():
            phrase = self._phrases[index]
            if phrase.text == window:
                likeness = 1.0 if as_typed in (phrase.accented, window) else OTHER_TONES
            else:
                likeness = 2 * count / (len(grams) + len(phrase.grams))
            if likeness >= NEAR and likeness > best.get(index, (0.0, ""))[0]:
                best[index] = (likeness, as_typed)
