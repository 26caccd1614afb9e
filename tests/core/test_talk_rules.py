"""What a talk's answers imply (core.talk_rules): the one rule the window and the command line share."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.enums import FollowUpStatus, TalkFormat
from desktop_app.core.records import Talk
from desktop_app.core.talk_rules import follow_up_status, questions_count, with_derived_fields


def test_questions_written_but_not_counted_count_one():
    assert questions_count("Bà con hỏi về giá lúa", 0) == 1
    assert questions_count("   ", 0) == 0
    assert questions_count("", 0) == 0


def test_a_count_given_is_kept():
    assert questions_count("Bà con hỏi về giá lúa", 7) == 7
    assert questions_count("", 3) == 3


def test_something_to_follow_up_opens_the_follow_up():
    assert follow_up_status("Hỏi lại huyện về đường") == FollowUpStatus.OPEN
    assert follow_up_status("Hỏi lại huyện về đường", FollowUpStatus.NONE) == FollowUpStatus.OPEN


def test_a_follow_up_marked_done_stays_done_while_its_text_stays():
    assert follow_up_status("Hỏi lại huyện về đường", FollowUpStatus.DONE) == FollowUpStatus.DONE
    assert follow_up_status("Hỏi lại huyện về đường", FollowUpStatus.OPEN) == FollowUpStatus.OPEN


def test_nothing_to_follow_up_means_no_follow_up_whatever_the_state_was():
    for state in FollowUpStatus:
        assert follow_up_status("  ", state) == FollowUpStatus.NONE


def test_a_talk_is_made_consistent_with_its_texts():
    talk = Talk(
        id="t",
        owner_unit="30130",
        hlc="",
        held_on=dt.date(2026, 11, 1),
        format=TalkFormat.MEETING,
        unit_code="30130",
        questions_text="Hỏi về bảo hiểm y tế",
        follow_up_text="Mời cán bộ bảo hiểm về ấp",
    )
    derived = with_derived_fields(talk)
    assert (derived.questions_count, derived.follow_up_status) == (1, FollowUpStatus.OPEN)
    assert with_derived_fields(derived) == derived
