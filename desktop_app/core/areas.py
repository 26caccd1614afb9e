"""Priority areas (issue 16, item 4): where Directive 30-CT/TW asks for more direct contact.

A group (and, on one installation, a unit) carries tags naming the areas it lies in; the list
offered is a default that an installation may extend, and any other tag may be typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from .text import clean

PRIORITY_AREAS = (
    "vùng sâu",
    "vùng xa",
    "vùng đồng bào dân tộc thiểu số",
    "địa bàn phức tạp, nhạy cảm",
)


def tags_of(values: Iterable[str]) -> tuple[str, ...]:
    """The tags cleaned, blanks dropped, each once (the first spelling kept, case ignored)."""
    seen: set[str] = set()
    out: list[str] = []
    for value in values:
        tag = clean(value)
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return tuple(out)
