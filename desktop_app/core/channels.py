"""The channels a unit or its members run online (fanpages, accounts, Zalo groups, YouTube,
TikTok), their monthly follower counts, and the figures of one fanpage post.

A channel and its snapshots travel up in log bundles (the level above counts the channels of its
communes); a post's figures stay where they were imported.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from typing import Any

from .enums import Platform


@dataclass(frozen=True)
class Channel:
    id: str
    owner_unit: str
    hlc: str
    unit_code: str
    platform: Platform
    name: str
    url: str = ""
    admin_name: str = ""
    admin_member_id: str | None = None  # a roster member, when the roster names one
    official: bool = False
    notes: str = ""
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ChannelSnapshot:
    """How many followed (or were members of) a channel in one month (``YYYY-MM``)."""

    id: str
    owner_unit: str
    hlc: str
    channel_id: str
    month: str
    followers: int
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PostFigures:
    """A post's lifetime totals as Meta counted them on the export date."""

    views: int = 0
    reach: int = 0
    reactions: int = 0
    comments: int = 0
    shares: int = 0

    def __add__(self, other: PostFigures) -> PostFigures:
        return PostFigures(
            self.views + other.views,
            self.reach + other.reach,
            self.reactions + other.reactions,
            self.comments + other.comments,
            self.shares + other.shares,
        )


@dataclass(frozen=True)
class MetaPost:
    """One row of a per-post export."""

    post_id: str
    published_at: dt.datetime
    permalink: str
    title: str
    figures: PostFigures


_MONTH = re.compile(r"[0-9]{4}-(0[1-9]|1[0-2])")
_SNAPSHOT_NAMESPACE = uuid.UUID("6f1c4a52-3a0e-4d36-9a44-6a1e2f1c0b15")


def is_month(text: str) -> bool:
    return bool(_MONTH.fullmatch(text))


def snapshot_id(channel_id: str, month: str) -> str:
    """One id per channel and month, the same on every installation: a corrected count replaces
    the month's figure everywhere instead of adding a second one."""
    return str(uuid.uuid5(_SNAPSHOT_NAMESPACE, f"{channel_id}/{month}"))
