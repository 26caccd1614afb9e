"""What changed in a document since the version its reader read: the sentences and key points added
and removed, compared after normalising spaces, in the order each version has them.

Sentences end at ". ! ? ;" followed by a space, or at a line break; a number such as "1.234" or
"30-CT/TW." inside a sentence does not end it (no space follows the point)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .text import nfc

_ENDS = re.compile(r"(?<=[.!?;…])\s+|\n+")


def sentences(text: str) -> list[str]:
    return [s for s in (" ".join(part.split()) for part in _ENDS.split(nfc(text))) if s]


@dataclass(frozen=True)
class DocumentChanges:
    """The differences from the version read (``read_hlc``, read at ``read_at``) to the current one."""

    read_hlc: str
    read_at: str
    title_before: str
    added: tuple[str, ...]
    removed: tuple[str, ...]
    points_added: tuple[str, ...]
    points_removed: tuple[str, ...]

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed or self.points_added or self.points_removed)


def _only_in(first: Sequence[str], second: Sequence[str]) -> tuple[str, ...]:
    others = set(second)
    return tuple(dict.fromkeys(s for s in first if s not in others))


def compare(
    before_body: str, before_points: Sequence[str], after_body: str, after_points: Sequence[str]
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(sentences added, sentences removed, key points added, key points removed)."""
    old, new = sentences(before_body), sentences(after_body)
    old_points = [" ".join(nfc(p).split()) for p in before_points]
    new_points = [" ".join(nfc(p).split()) for p in after_points]
    return _only_in(new, old), _only_in(old, new), _only_in(new_points, old_points), _only_in(old_points, new_points)
