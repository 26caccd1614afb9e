"""Priority areas (issue 16, item 4): where Directive 30-CT/TW asks for more direct contact.

A group (and, on one installation, a unit) carries tags naming the areas it lies in; the list
offered is the four shipped tags and the installation's own (kept as a setting), and any other tag
may be typed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .errors import ValidationError
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


@dataclass(frozen=True)
class AreaTag:
    """A tag offered for units and groups: one of the four shipped, or the user's own (which may be
    renamed or hidden; a hidden tag is no longer offered, the units and groups carrying it keep it)."""

    name: str
    shipped: bool
    hidden: bool = False


def area_tags(own: Iterable[tuple[str, bool]]) -> list[AreaTag]:
    """The shipped tags, then the user's own ``(name, hidden)`` in the order they were added."""
    return [AreaTag(name, True) for name in PRIORITY_AREAS] + [AreaTag(name, False, hidden) for name, hidden in own]


def new_name(value: str, taken: Iterable[str], cap: int, what: tuple[str, str]) -> str:
    """``value`` cleaned, refused when blank, longer than ``cap`` or already among ``taken`` (case
    ignored); ``what`` names the list in Vietnamese and English ("vùng ưu tiên", "priority area")."""
    vi, en = what
    name = clean(value)
    if not name:
        raise ValidationError(f"Tên {vi} không được để trống.", f"the {en} name is blank")
    if len(name) > cap:
        raise ValidationError(
            f"Tên {vi} dài quá {cap} ký tự (hiện có {len(name)}).", f"the {en} name is over {cap} characters"
        )
    if name.casefold() in {t.casefold() for t in taken}:
        raise ValidationError(f"“{name}” đã có trong danh sách {vi}.", f"“{name}” is already a listed {en}")
    return name
