"""An orientation topic (định hướng tuyên truyền, issue 16): what an aggregator asks its units to
talk about in a month or quarter, and whether a unit's talks of the period covered it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .topics import topic_words

PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2]|Q[1-4])\Z")
KEY_DATES_MAX = 20
KEY_DATE_LABEL_MAX = 200
# A key date travels as one text, ``2026-12-22:Ngày thành lập Quân đội nhân dân Việt Nam``.
KEY_DATE_RE = re.compile(r"^(\d{4}-\d{2}-\d{2}):(.+)\Z", re.DOTALL)


class Priority(StrEnum):
    HIGH = "high"  # cao
    NORMAL = "normal"  # thường


@dataclass(frozen=True)
class KeyDate:
    """A day the orientation asks units to mark (an anniversary, a campaign's start)."""

    on: dt.date
    label: str

    @property
    def wire(self) -> str:
        return f"{self.on.isoformat()}:{self.label}"


def key_date_from_wire(text: object) -> KeyDate | None:
    """A key date as it travels, or None when the text is not one (a real day, a label that fits)."""
    if not isinstance(text, str) or not (found := KEY_DATE_RE.fullmatch(text)):
        return None
    label = " ".join(found[2].split())
    try:
        on = dt.date.fromisoformat(found[1])
    except ValueError:
        return None
    if on.isoformat() != found[1] or not label or len(label) > KEY_DATE_LABEL_MAX:
        return None
    return KeyDate(on, label)


@dataclass(frozen=True)
class OrientationTopic:
    id: str
    owner_unit: str
    hlc: str
    period: str
    topic: str
    priority: Priority = Priority.NORMAL
    due_on: str | None = None
    document_ids: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    key_dates: tuple[KeyDate, ...] = ()
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def covered(topic: str, talk_topics: Iterable[Iterable[str]]) -> bool:
    """True when one talk's topics fold to the orientation's topic (accents, case and separators
    aside, as the topic vocabulary compares names)."""
    wanted = topic_words(topic)
    return any(wanted == topic_words(name) for names in talk_topics for name in names)


def is_period(code: object) -> bool:
    """An orientation's period: a month (``2026-12``) or a quarter (``2026-Q4``)."""
    return isinstance(code, str) and PERIOD_RE.fullmatch(code) is not None


def last_month(code: str) -> str:
    """The period's last month as ``YYYY-MM`` (``2026-Q4`` → ``2026-12``), to tell one not yet over."""
    year, part = code.split("-")
    return f"{year}-{int(part[1]) * 3:02d}" if part.startswith("Q") else code
