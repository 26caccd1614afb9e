"""The shared topic vocabulary (chuyên đề): a topic typed freely is the listed one when both fold to
the same words, so "phong chong lua dao qua mang" and "Phòng, chống lừa đảo qua mạng" are one
topic and a report by topic does not split them."""

from __future__ import annotations

from collections.abc import Iterable

from .text import fold

# Marks people write or leave out between the words of a topic ("Phòng, chống" / "Phòng chống");
# anything else (a leading "=", a plus sign) still makes another name.
_SEPARATORS = str.maketrans(dict.fromkeys(",.:;-–—()\"'“”‘’/", " "))


def topic_words(name: str) -> tuple[str, ...]:
    """The words of a topic name, folded (case, tones, đ), without the separators between them."""
    return tuple(fold(name).translate(_SEPARATORS).split())


def matched_topics(typed: Iterable[str], known: Iterable[str]) -> tuple[str, ...]:
    """``typed`` with each name replaced by the first of ``known`` that has the same words (the
    vocabulary's spelling), and names that became the same given once."""
    spelling: dict[tuple[str, ...], str] = {}
    for name in known:
        spelling.setdefault(topic_words(name), name)
    out = [spelling.get(topic_words(name), name) for name in typed]
    return tuple(dict.fromkeys(out))
