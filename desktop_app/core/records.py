"""Records of the domain as frozen dataclasses: what storage returns and services pass around.

Every synced record carries its identity (docs/architecture.md, Invariants 1): ``id`` (UUIDv7),
``owner_unit``, ``hlc`` (version), ``deleted`` (tombstone) and ``extra`` (fields a newer version
sent, kept and re-sent).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from .enums import FollowUpOutcome, FollowUpStatus, GroupKind, Role, TalkFormat, UnitKind


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    kind: UnitKind
    parent_code: str | None = None
    province_code: str | None = None
    official: bool = False
    # identity, for custom units (official ones come from the national list)
    id: str = ""
    owner_unit: str = ""
    hlc: str = ""
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    province_name: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.name}, {self.province_name}" if self.province_name else self.name


@dataclass(frozen=True)
class Installation:
    unit_code: str
    role: Role
    display_name: str
    key_id: str
    public_key: bytes
    created_at: str

    @property
    def fingerprint(self) -> str:
        """Short, readable over the phone: four groups of four hex digits."""
        return " ".join(self.key_id[i : i + 4] for i in range(0, 16, 4)).upper()


@dataclass(frozen=True)
class Topic:
    id: str  # the folded name: one topic per spelling, whoever created it
    name: str
    owner_unit: str = ""
    hlc: str = ""
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Attachment:
    sha256: str
    filename: str
    media_type: str
    size: int


@dataclass(frozen=True)
class Document:
    id: str
    owner_unit: str
    hlc: str
    title: str
    issuer: str = ""
    number: str = ""
    issued_on: dt.date | None = None
    valid_until: dt.date | None = None
    required: bool = False
    priority: int = 0
    key_points: tuple[str, ...] = ()
    body: str = ""
    topics: tuple[str, ...] = ()  # topic names
    attachments: tuple[Attachment, ...] = ()
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    # local to this installation, never synced
    read_at: str | None = None
    note: str = ""

    def valid_on(self, day: dt.date) -> bool:
        return self.valid_until is None or self.valid_until >= day


@dataclass(frozen=True)
class OnlineReach:
    views: int = 0
    likes: int = 0
    shares: int = 0
    comments: int = 0
    points: int = 0  # online connection points (điểm cầu)

    @property
    def empty(self) -> bool:
        return not any((self.views, self.likes, self.shares, self.comments, self.points))


@dataclass(frozen=True)
class Figures:
    """In-person attendance and online reach are separate figures and never added together."""

    sessions: int = 0
    attendance: int = 0
    views: int = 0
    likes: int = 0
    shares: int = 0
    comments: int = 0
    points: int = 0
    questions: int = 0

    @classmethod
    def of(cls, values: Sequence[int | None]) -> Figures:
        return cls(*(int(v or 0) for v in values[:8]))

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(a + b for a, b in zip(dataclasses.astuple(self), dataclasses.astuple(other), strict=True)))

    def __sub__(self, other: Figures) -> Figures:
        return Figures(*(a - b for a, b in zip(dataclasses.astuple(self), dataclasses.astuple(other), strict=True)))

    @property
    def online_reach(self) -> bool:
        return any((self.views, self.likes, self.shares, self.comments, self.points))

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Talk:
    id: str
    owner_unit: str
    hlc: str
    held_on: dt.date
    format: TalkFormat
    unit_code: str
    place: str = ""
    start_time: str = ""  # HH:MM
    duration_min: int = 0
    topics: tuple[str, ...] = ()
    document_ids: tuple[str, ...] = ()
    group_ids: tuple[str, ...] = ()
    presenters: str = ""
    attendance: int = 0
    online: OnlineReach = OnlineReach()
    questions_text: str = ""
    question_themes: tuple[str, ...] = ()
    questions_count: int = 0
    follow_up_text: str = ""
    follow_up_due: dt.date | None = None
    follow_up_status: FollowUpStatus = FollowUpStatus.NONE
    notes: str = ""
    channel_id: str | None = None  # the channel a posted talk went out on
    language: str | None = None  # None: Vietnamese; else an ethnic-minority language (core.languages)
    follow_up_outcome: FollowUpOutcome | None = None  # set once the follow-up is done
    follow_up_resolved_on: dt.date | None = None  # the day it was answered or transferred
    urgent: bool = False  # concerns to send up at once
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Group:
    id: str
    owner_unit: str
    hlc: str
    name: str
    kind: GroupKind
    unit_code: str
    size: int = 0
    channel_url: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_consent: bool = False
    consent_date: dt.date | None = None
    notes: str = ""
    active: bool = True
    tags: tuple[str, ...] = ()  # priority areas (core.areas): vùng sâu, vùng xa...
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class AcceptedKeyPoints:
    """Key points this reader accepted (as drafted or edited) from a machine draft: kept apart from
    the document's own key points, which only its issuer writes, and never sent."""

    document_id: str
    points: tuple[str, ...]
    accepted_at: str  # ISO 8601 UTC
    edited: bool = False


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "document" | "talk" | "group"
    ref_id: str
    title: str
    snippet: str  # a window of the original text around the best match
    score: float
    spans: tuple[tuple[int, int], ...] = ()  # [start, end) of each match within ``snippet``
    attachment: str = ""  # the attached file the snippet comes from ("": the record's own text)

    def marked(self, before: str = "«", after: str = "»") -> str:
        out, last = [], 0
        for start, end in self.spans:
            out += [self.snippet[last:start], before, self.snippet[start:end], after]
            last = end
        out.append(self.snippet[last:])
        return "".join(out)
