"""What a list of talks or documents is narrowed to, and how long a search may be: plain values the
window and the command line build and the storage turns into SQL (``storage.records_repo``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

MAX_QUERY_CHARS = 200  # a search reads no further than this


@dataclass(frozen=True)
class TalkFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    format: str | None = None
    topic: str | None = None  # a topic name or id
    group_id: str | None = None
    unit_codes: tuple[str, ...] = ()
    include_deleted: bool = False


@dataclass(frozen=True)
class DocumentFilter:
    topic: str | None = None
    required_only: bool = False
    unread_only: bool = False
    valid_on: dt.date | None = None
