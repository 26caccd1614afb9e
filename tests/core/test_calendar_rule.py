"""The calendar rule: days written as cadres write them, and which entries are near."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.calendar import Reminder, entry, month_day, next_occurrence, upcoming
from desktop_app.core.errors import ValidationError


@pytest.mark.parametrize(("text", "expected"), [("19/5", "05-19"), ("2/09", "09-02"), ("12-22", "12-22")])
def test_days_are_read_as_day_then_month(text, expected):
    assert month_day(text) == expected


@pytest.mark.parametrize("text", ["29/2", "31/4", "5/19", "19.5", ""])
def test_days_that_do_not_recur_every_year_are_refused_in_vietnamese(text):
    with pytest.raises(ValidationError) as caught:
        month_day(text)
    assert "Ngày" in caught.value.message and caught.value.field == "start"


def test_an_entry_needs_a_known_kind_and_a_title():
    with pytest.raises(ValidationError, match="Loại mục lịch"):
        entry("x", "party", "Tết", "1/1")
    with pytest.raises(ValidationError, match="Tên mục lịch"):
        entry("x", "holiday", "   ", "1/1")


def test_a_passed_day_recurs_next_year():
    may_19 = entry("bac", "anniversary", "Ngày sinh Chủ tịch Hồ Chí Minh", "19/5")
    assert next_occurrence(may_19, dt.date(2026, 5, 19)) == dt.date(2026, 5, 19)
    assert next_occurrence(may_19, dt.date(2026, 5, 20)) == dt.date(2027, 5, 19)


def test_reminders_cover_the_days_set_nearest_first_and_say_how_many_days_are_left():
    items = [
        entry("bac", "anniversary", "Ngày sinh Chủ tịch Hồ Chí Minh", "19/5"),
        entry("ld", "holiday", "Ngày Quốc tế Lao động", "1/5"),
        entry("qk", "holiday", "Quốc khánh", "2/9"),
        entry("tet", "holiday", "Tết Dương lịch", "1/1"),
    ]
    near = upcoming(items, dt.date(2026, 5, 9), within_days=10)
    assert [r.text for r in near] == ["còn 10 ngày đến 19/5: Ngày sinh Chủ tịch Hồ Chí Minh"]
    assert [r.entry.id for r in upcoming(items, dt.date(2026, 4, 30), 19)] == ["ld", "bac"]
    assert upcoming(items, dt.date(2026, 5, 9), 9) == []
    (new_year,) = upcoming(items, dt.date(2026, 12, 25), 7)
    assert new_year == Reminder(items[3], dt.date(2027, 1, 1), 7)
    (today,) = upcoming(items, dt.date(2026, 9, 2), 0)
    assert today.text == "hôm nay 2/9: Quốc khánh"
