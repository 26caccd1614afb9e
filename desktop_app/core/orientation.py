"""An orientation topic (định hướng tuyên truyền, issue 16): what an aggregator asks its units to
talk about in a month or quarter, and whether a unit's talks of the period covered it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .topics import topic_words

PERIOD_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2]|Q[1-4])\Z")


class Priority(StrEnum):
    HIGH = "high"  # cao
    NORMAL = "normal"  # thường


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
