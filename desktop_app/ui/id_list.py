"""The talk log's ids in display order, held compactly: a million UUIDs packed in one string take
36 MB instead of ~150 MB as Python strings."""

from __future__ import annotations

from ..core.filters import TalkFilter
from ..services import Services


class IdSeq:
    """Talk ids in display order: equal-width ids packed in one string, or a plain list."""

    def __init__(self, width: int = 0, text: str = "", items: list[str] | None = None) -> None:
        self.width, self.text, self.items = width, text, items

    @classmethod
    def of(cls, items: list[str]) -> IdSeq:
        return cls(items=list(items))

    def __len__(self) -> int:
        if self.items is not None:
            return len(self.items)
        return len(self.text) // self.width if self.width else 0

    def __getitem__(self, row: int) -> str:
        if self.items is not None:
            return self.items[row]
        if not 0 <= row < len(self):
            raise IndexError(row)
        return self.text[row * self.width : (row + 1) * self.width]

    def slice(self, start: int, stop: int) -> list[str]:
        if self.items is not None:
            return self.items[start:stop]
        stop = min(stop, len(self))
        return [self[i] for i in range(max(start, 0), stop)]

    def index(self, talk_id: str) -> int:
        if self.items is not None:
            return self.items.index(talk_id)
        if len(talk_id) != self.width:
            raise ValueError(talk_id)
        at = self.text.find(talk_id)
        while at >= 0:
            if at % self.width == 0:
                return at // self.width
            at = self.text.find(talk_id, at + 1)
        raise ValueError(talk_id)


def load_all_ids(services: Services, flt: TalkFilter, sort: str, descending: bool) -> IdSeq:
    """Runs in a worker: its own connection, the whole ordered id list, packed."""
    packed = services.talks.packed_ids(flt, sort, descending)
    if packed is None:
        return IdSeq.of(services.talks.ids(flt, sort, descending))
    return IdSeq(*packed)
