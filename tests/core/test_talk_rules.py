"""What a talk's answers imply (core.talk_rules): the one rule the window and the command line share."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.enums import FollowUpStatus, TalkFormat
from desktop_app.core.records import Talk
from desktop_app.core.talk_rules import (
    attendance_missing,
    follow_up_status,
    is_bare,
    is_exact_copy,
    is_likely_duplicate,
    questions_count,
    with_derived_fields,
)
from desktop_app.core.topics import matched_topics


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


# --- a likely duplicate: same date and place, or same date, format and topic -----------------------


def _talk(tid: str = "a", **fields) -> Talk:
    base = dict(
        held_on=dt.date(2026, 11, 20),
        format=TalkFormat.MEETING,
        unit_code="30130",
        place="Nhà văn hóa ấp Tân Mỹ",
        topics=("Chuyển đổi số",),
        attendance=40,
    )
    base.update(fields)
    return Talk(id=tid, owner_unit="30130", **{"hlc": "", **base})


def test_same_date_and_place_is_alike_whatever_the_format_and_topic():
    other = _talk("b", format=TalkFormat.LOUDSPEAKER, topics=("Phòng, chống ma túy",))
    assert is_likely_duplicate(_talk(), other)
    assert is_likely_duplicate(_talk(place="nha van hoa ap tan my"), other)  # written another way


def test_same_date_format_and_a_topic_in_common_is_alike_at_another_place():
    other = _talk("b", place="Hội trường UBND xã", topics=("chuyen doi so", "Xây dựng nông thôn mới"))
    assert is_likely_duplicate(_talk(), other)


def test_same_day_and_format_but_another_place_and_topic_is_not_alike():
    other = _talk("b", place="Hội trường UBND xã", topics=("Phòng, chống ma túy",))
    assert not is_likely_duplicate(_talk(), other)
    assert not is_likely_duplicate(_talk(place="", topics=()), _talk("b", place="", topics=()))


def test_another_day_another_unit_itself_or_a_deleted_talk_is_not_alike():
    assert not is_likely_duplicate(_talk(), _talk("b", held_on=dt.date(2026, 11, 21)))
    assert not is_likely_duplicate(_talk(), _talk("b", unit_code="30133"))
    assert not is_likely_duplicate(_talk(), _talk("a"))
    assert not is_likely_duplicate(_talk(), _talk("b", deleted=True))


def test_an_exact_copy_has_every_typed_field_equal():
    assert is_exact_copy(_talk(), _talk("b", hlc="x", place="nhà văn hoá ấp tân mỹ"))
    assert not is_exact_copy(_talk(), _talk("b", attendance=41))
    assert not is_exact_copy(_talk(), _talk("b", topics=("Chuyển đổi số", "Phòng, chống ma túy")))


def test_nobody_at_a_meeting_deserves_a_warning_but_nobody_at_a_loudspeaker_does_not():
    assert attendance_missing(_talk(attendance=0))
    assert attendance_missing(_talk(attendance=0, format=TalkFormat.HOME_VISIT))
    assert not attendance_missing(_talk(attendance=0, format=TalkFormat.LOUDSPEAKER))
    assert not attendance_missing(_talk(attendance=12))


def test_a_free_topic_with_the_same_words_takes_the_listed_spelling():
    listed = ("Nghị quyết Đại hội XIV", "Phòng, chống lừa đảo qua mạng")
    typed = [
        "nghi quyet dai hoi xiv",
        "Phòng chống lừa đảo qua mạng",
        "Ngày hội đại đoàn kết",
        "NGHỊ QUYẾT ĐẠI HỘI XIV",
    ]
    assert matched_topics(typed, listed) == (
        "Nghị quyết Đại hội XIV",
        "Phòng, chống lừa đảo qua mạng",
        "Ngày hội đại đoàn kết",
    )


def test_only_separators_between_words_are_ignored_when_matching_a_topic():
    assert matched_topics(["=Chuyển đổi số", "Chuyển đổi số (2026)"], ("Chuyển đổi số",)) == (
        "=Chuyển đổi số",
        "Chuyển đổi số (2026)",
    )
    assert matched_topics(["chuyển-đổi  số."], ("Chuyển đổi số",)) == ("Chuyển đổi số",)


def test_a_talk_with_only_the_carried_fields_is_bare():
    assert is_bare(_talk(topics=(), attendance=0))
    assert not is_bare(_talk(topics=(), attendance=3))
    assert not is_bare(_talk(topics=("Chuyển đổi số",), attendance=0))
