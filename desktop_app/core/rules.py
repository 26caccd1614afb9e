"""The field rules of every table that travels: lengths, list sizes, numeric ranges, kinds.

One table, read by the local saves (``core.validation``, hence the window and the command line) and
by the importer's row checker (``exchange.rows``), so that nothing can be saved here that a receiver
would refuse: before, the two kept their own numbers, and a talk with 51 topics saved locally made
the province refuse that commune's whole log, and the snapshot meant to heal it, for ever.

Identity columns (id, owner, version, tombstone) are the exchange's own and live in ``exchange.rows``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .calendar import TITLE_MAX as CALENDAR_TITLE_MAX
from .calendar import EntryKind
from .enums import FollowUpOutcome, FollowUpStatus, GroupKind, Platform, TalkFormat, UnitKind
from .orientation import KEY_DATE_LABEL_MAX, KEY_DATES_MAX, Priority


@dataclass(frozen=True)
class FieldRule:
    name: str
    kind: str  # uuid unit hlc bool text int date time enum list attachments stamp phone topic_id
    cap: int = 0  # text: length; int: maximum (the minimum is 0); list: number of items
    required: bool = False  # text must not be blank
    item_cap: int = 0  # list: each item's length
    values: tuple[str, ...] = ()  # enum
    nullable: bool = False
    multiline: bool = False  # text, list items: newlines and tabs are kept (else become spaces)
    item: str = ""  # list: the field name of one item, for messages ("topic")


def _text(name: str, cap: int, required: bool = False, multiline: bool = False) -> FieldRule:
    return FieldRule(name, "text", cap, required, multiline=multiline)


def _count(name: str, maximum: int) -> FieldRule:
    return FieldRule(name, "int", maximum)


def _list(name: str, items: int, item_cap: int, item: str = "", multiline: bool = False) -> FieldRule:
    return FieldRule(name, "list", items, item_cap=item_cap, item=item or name, multiline=multiline)


def _enum(name: str, values: Iterable[StrEnum]) -> FieldRule:
    return FieldRule(name, "enum", values=tuple(v.value for v in values))


TOPIC_CHARS = 120
TAG_CHARS = 60
ID_CHARS = 64  # a record id in a list (UUIDs are 36)
MAX_ONLINE = 100_000_000

RULES: dict[str, tuple[FieldRule, ...]] = {
    "units": (
        _text("name", 200, required=True),
        _enum("kind", (k for k in UnitKind if not k.official)),
        FieldRule("parent_code", "unit"),
        FieldRule("province_code", "unit", nullable=True),
    ),
    "topics": (_text("name", TOPIC_CHARS, required=True),),
    "documents": (
        _text("title", 500, required=True),
        _text("issuer", 200),
        _text("number", 100),
        FieldRule("issued_on", "date", nullable=True),
        FieldRule("valid_until", "date", nullable=True),
        FieldRule("required", "bool"),
        _count("priority", 100),
        _list("key_points", 200, 1000, item="key_point", multiline=True),
        _text("body", 2_000_000, multiline=True),
        _list("topics", 50, TOPIC_CHARS, item="topic"),
        FieldRule("attachments", "attachments", 100),
    ),
    "groups": (
        _text("name", 200, required=True),
        _enum("kind", GroupKind),
        FieldRule("unit_code", "unit"),
        _count("size", 10_000_000),
        _text("channel_url", 500),
        _text("contact_name", 100),
        FieldRule("contact_phone", "phone", 21),  # +, then 8 to 20 digits, spaces, dots or dashes
        FieldRule("contact_consent", "bool"),
        FieldRule("consent_date", "date", nullable=True),
        _text("notes", 10_000, multiline=True),
        FieldRule("active", "bool"),
        # priority areas (issue 16); null in files of earlier versions
        FieldRule("tags", "list", 10, item_cap=TAG_CHARS, nullable=True, item="tag"),
    ),
    "talks": (
        FieldRule("held_on", "date"),
        FieldRule("start_time", "time", 5),
        _count("duration_min", 24 * 60),
        _text("place", 200),
        FieldRule("unit_code", "unit"),
        _enum("format", TalkFormat),
        _list("topics", 50, TOPIC_CHARS, item="topic"),
        _list("document_ids", 100, ID_CHARS),
        _list("group_ids", 500, ID_CHARS),
        _text("presenters", 500),
        _count("attendance", 20_000),
        *(_count(f"online_{n}", MAX_ONLINE) for n in ("views", "likes", "shares", "comments", "points")),
        _text("questions_text", 10_000, multiline=True),
        _list("question_themes", 50, TOPIC_CHARS, item="theme"),
        _count("questions_count", 100_000),
        _text("follow_up_text", 2_000, multiline=True),
        FieldRule("follow_up_due", "date", nullable=True),
        _enum("follow_up_status", FollowUpStatus),
        _text("notes", 10_000, multiline=True),
        FieldRule("channel_id", "uuid", nullable=True),  # the channel a post went out on (issue 15)
        FieldRule("language", "text", 60, nullable=True),  # null: Vietnamese (issue 16)
        # how a follow-up ended, and urgent concerns (issue 16); null / false in files of earlier versions
        FieldRule("follow_up_outcome", "enum", values=tuple(o.value for o in FollowUpOutcome), nullable=True),
        FieldRule("follow_up_resolved_on", "date", nullable=True),
        FieldRule("urgent", "bool"),
    ),
    "channels": (
        FieldRule("unit_code", "unit"),
        _enum("platform", Platform),
        _text("name", 200, required=True),
        _text("url", 500),
        _text("admin_name", 200),
        FieldRule("admin_member_id", "uuid", nullable=True),  # a roster member (the roster comes with issue 15)
        FieldRule("official", "bool"),
        _text("notes", 2_000, multiline=True),
    ),
    "channel_snapshots": (
        FieldRule("channel_id", "uuid"),
        FieldRule("month", "stamp", 7),
        _count("followers", 1_000_000_000),
    ),
    "orientations": (
        FieldRule("period", "stamp", 7),  # a month or a quarter (``core.orientation.is_period``)
        _text("topic", TOPIC_CHARS, required=True),
        _enum("priority", Priority),
        FieldRule("due_on", "date", nullable=True),
        _list("document_ids", 100, ID_CHARS),
        _list("formats", 20, 40, item="format"),
        # ``2026-12-22:label`` each (``core.orientation.KeyDate``); null from senders before key dates
        FieldRule("key_dates", "list", KEY_DATES_MAX, item_cap=11 + KEY_DATE_LABEL_MAX, nullable=True, item="key_date"),
    ),
    "shared_calendar": (
        _enum("kind", EntryKind),
        _text("title", CALENDAR_TITLE_MAX, required=True),
        FieldRule("start_md", "stamp", 5),  # MM-DD (``core.calendar.is_month_day``)
        FieldRule("end_md", "stamp", 5),
        FieldRule("major", "bool"),
    ),
}

# Fields kept on this machine only (never in a bundle), with the same kind of rule.
LOCAL_RULES: dict[str, tuple[FieldRule, ...]] = {
    "documents": (_text("note", 20_000, multiline=True),),
    "installation": (_text("display_name", 200),),
}


def rule(table: str, name: str) -> FieldRule:
    """The rule of one field, synced or local."""
    for r in RULES.get(table, ()) + LOCAL_RULES.get(table, ()):
        if r.name == name:
            return r
    raise KeyError(f"{table}.{name}")
