"""How a follow-up ends (issue 16, item 5): an outcome only on a follow-up that is done, answered
unless transferred, on a day neither before the talk nor still to come."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.enums import FollowUpOutcome, FollowUpStatus, TalkFormat
from desktop_app.core.errors import ValidationError
from desktop_app.core.follow_up import resolution_problem
from desktop_app.core.records import Talk
from desktop_app.core.talk_rules import with_derived_fields
from desktop_app.core.validation import validate_talk

TODAY = dt.date(2026, 11, 20)
HELD = dt.date(2026, 11, 2)


def _talk(**fields) -> Talk:
    base = {"follow_up_text": "Trả lời về giá điện", "follow_up_status": FollowUpStatus.OPEN}
    return Talk(
        id="0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
        owner_unit="30130",
        hlc="",
        held_on=HELD,
        format=TalkFormat.MEETING,
        unit_code="30130",
        **{**base, **fields},
    )


def test_an_outcome_given_makes_the_follow_up_done():
    talk = with_derived_fields(_talk(follow_up_outcome=FollowUpOutcome.TRANSFERRED, follow_up_resolved_on=TODAY))
    assert talk.follow_up_status == FollowUpStatus.DONE
    assert talk.follow_up_outcome == FollowUpOutcome.TRANSFERRED


def test_a_done_follow_up_without_an_outcome_reads_as_answered():
    talk = with_derived_fields(_talk(follow_up_status=FollowUpStatus.DONE))
    assert talk.follow_up_outcome == FollowUpOutcome.ANSWERED


def test_without_a_follow_up_there_is_no_outcome():
    talk = with_derived_fields(
        _talk(follow_up_text="", follow_up_outcome=FollowUpOutcome.ANSWERED, follow_up_resolved_on=TODAY)
    )
    assert (talk.follow_up_status, talk.follow_up_outcome, talk.follow_up_resolved_on) == (
        FollowUpStatus.NONE,
        None,
        None,
    )


@pytest.mark.parametrize(
    ("resolved", "words"),
    [(HELD - dt.timedelta(days=1), "trước ngày của buổi"), (TODAY + dt.timedelta(days=1), "chưa tới")],
)
def test_a_resolved_day_before_the_talk_or_to_come_is_refused(resolved, words):
    talk = with_derived_fields(_talk(follow_up_outcome=FollowUpOutcome.ANSWERED, follow_up_resolved_on=resolved))
    with pytest.raises(ValidationError) as caught:
        validate_talk(talk, TODAY)
    assert caught.value.field == "follow_up_resolved_on"
    assert str(caught.value).startswith("Ngày giải quyết:") and words in str(caught.value)


def test_the_edges_are_accepted():
    assert resolution_problem(HELD, HELD, TODAY) is None
    assert resolution_problem(HELD, TODAY, TODAY) is None
