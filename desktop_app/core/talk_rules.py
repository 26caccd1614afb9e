"""What a talk's answers imply, decided once for the window, the command line and any other saver:
a talk that raised questions counts at least one, and a talk with something to follow up is being
followed until someone marks it done; when two talks are likely the same one logged twice, and when
a count of nobody present deserves a second look. See docs/architecture.md (a talk saved from the form)."""

from __future__ import annotations

import dataclasses

from .enums import FollowUpStatus, TalkFormat
from .follow_up import with_resolution
from .languages import talk_language
from .records import Talk
from .text import words
from .topics import topic_words


def questions_count(questions_text: str, given: int) -> int:
    """The number given, or one when questions were written down but not counted."""
    return given or (1 if questions_text.strip() else 0)


def follow_up_status(follow_up_text: str, current: FollowUpStatus = FollowUpStatus.NONE) -> FollowUpStatus:
    """Nothing to follow up: none. Something to follow up: the current state (open or done), or
    open when it was not followed before."""
    if not follow_up_text.strip():
        return FollowUpStatus.NONE
    return current if current != FollowUpStatus.NONE else FollowUpStatus.OPEN


def with_derived_fields(talk: Talk) -> Talk:
    """The talk with its question count and follow-up state made consistent with its texts (an
    outcome only on a follow-up that is done), and Vietnamese stored as no language."""
    status = follow_up_status(talk.follow_up_text, talk.follow_up_status)
    if talk.follow_up_outcome is not None and status == FollowUpStatus.OPEN:
        status = FollowUpStatus.DONE  # an outcome given: the follow-up is done
    derived = dataclasses.replace(
        talk,
        language=talk_language(talk.language),
        questions_count=questions_count(talk.questions_text, talk.questions_count),
        follow_up_status=status,
    )
    return with_resolution(derived)


# Formats where people sit in front of the presenter: a count of 0 is more likely forgotten than true.
FORMATS_WITH_ATTENDANCE = frozenset({TalkFormat.MEETING, TalkFormat.HOME_VISIT})
# Where people are present (in a hall, at home, at a connection point), so the form asks how many
# came. A post has readers and a broadcast listeners, counted as online reach or not at all, never as
# attendance: the two are reported apart.
FORMATS_PRESENT = frozenset({TalkFormat.MEETING, TalkFormat.HOME_VISIT, TalkFormat.ONLINE_CONFERENCE, TalkFormat.OTHER})


# A post names the channel it went out on.
POSTING_FORMATS = frozenset({TalkFormat.ZALO_POST, TalkFormat.FANPAGE_POST})


def shows_attendance(fmt: TalkFormat, editing: Talk | None) -> bool:
    """Whether the talk form asks how many came: where people are present, or when the talk being
    edited (saved by an older version) holds a count, so that it can be seen and corrected."""
    return fmt in FORMATS_PRESENT or (editing is not None and editing.attendance > 0)


def fields_shown(fmt: TalkFormat, editing: Talk | None) -> dict[str, bool]:
    """Which format-dependent fields the talk form shows: attendance, the connection points (an
    online conference's; a post has none) and the channel a post went out on. A count an older talk
    holds stays in view so that it can be corrected."""
    return {
        "attendance": shows_attendance(fmt, editing),
        "points": fmt is TalkFormat.ONLINE_CONFERENCE or (editing is not None and editing.online.points > 0),
        "channel": fmt in POSTING_FORMATS,
    }


def attendance_missing(talk: Talk) -> bool:
    """A meeting or home visit logged with nobody present: worth a warning, never a refusal."""
    return talk.format in FORMATS_WITH_ATTENDANCE and talk.attendance == 0


def same_place(a: str, b: str) -> bool:
    """Two places written alike (case, tones and punctuation aside); an empty place matches none."""
    return bool(words(a)) and words(a) == words(b)


def _topic_keys(topics: tuple[str, ...]) -> set[tuple[str, ...]]:
    return {topic_words(t) for t in topics} - {()}


def is_likely_duplicate(talk: Talk, other: Talk) -> bool:
    """The same talk logged twice: same unit and date, and either the same place or the same
    format and a topic in common. A talk elsewhere on the same day, or on another topic, is not."""
    if talk.id == other.id or other.deleted or talk.held_on != other.held_on or talk.unit_code != other.unit_code:
        return False
    if same_place(talk.place, other.place):
        return True
    return talk.format == other.format and bool(_topic_keys(talk.topics) & _topic_keys(other.topics))


# What a person types; the rest (identity, version, derived state) says nothing about sameness.
_CONTENT_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(Talk)
    if f.name not in ("id", "owner_unit", "hlc", "deleted", "extra", "follow_up_status", "topics", "place")
)


def is_exact_copy(talk: Talk, other: Talk) -> bool:
    """Every typed field equal (place and topics compared as words): saving it would only double
    the figures."""
    return (
        is_likely_duplicate(talk, other)
        and words(talk.place) == words(other.place)
        and _topic_keys(talk.topics) == _topic_keys(other.topics)
        and all(getattr(talk, name) == getattr(other, name) for name in _CONTENT_FIELDS)
    )


def is_bare(talk: Talk) -> bool:
    """Nothing typed beyond what the form carries over (date, format, place): a likeness to such a
    talk is a reflex Enter on an empty form, never saved by Enter alone."""
    return not (
        talk.topics
        or talk.attendance
        or not talk.online.empty
        or talk.notes
        or talk.questions_text
        or talk.presenters
        or talk.follow_up_text
        or talk.group_ids
        or talk.document_ids
    )
