"""The shipped calendar edited locally: add, replace, hide, and the reminders home shows."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.storage import calendar as repo


def test_the_shipped_calendar_holds_the_national_days():
    days = {item.start: item for item in repo.shipped()}
    for md in ("02-03", "04-30", "05-01", "05-19", "09-02", "12-22"):
        assert days[md].shipped
    campaigns = [item for item in repo.shipped() if item.kind.value == "campaign"]
    assert campaigns and all(item.end != item.start for item in campaigns)
    assert len({item.id for item in repo.shipped()}) == len(repo.shipped())


def test_an_added_entry_is_listed_edited_and_removed(services):
    cal = services.calendar
    added = cal.add("Tết Nguyên đán Bính Ngọ", "17/2", "22/2", kind="holiday")
    assert cal.get(added.id) == added and not added.shipped
    edited = cal.edit(added.id, title="Tết Nguyên đán")
    assert (edited.title, edited.start, edited.end) == ("Tết Nguyên đán", "02-17", "02-22")
    cal.remove(added.id)
    assert added.id not in {item.id for item in cal.list()}
    assert services.session.db.execute("SELECT count(*) FROM calendar_entries").fetchone()[0] == 0


def test_a_shipped_entry_is_replaced_or_hidden_here_only(services):
    cal = services.calendar
    before = len(cal.list())
    renamed = cal.edit("sinh-nhat-bac", title="Kỷ niệm ngày sinh Bác Hồ")
    assert renamed.shipped and cal.get("sinh-nhat-bac").title == "Kỷ niệm ngày sinh Bác Hồ"
    cal.remove("sinh-nhat-bac")
    assert len(cal.list()) == before - 1
    with pytest.raises(NotFoundError):
        cal.get("sinh-nhat-bac")
    assert repo.find(services.session.db, "quoc-khanh") is not None


def test_a_refused_entry_writes_nothing(services):
    with pytest.raises(ValidationError):
        services.calendar.add("Ngày nhuận", "29/2")
    with pytest.raises(ValidationError):
        services.calendar.edit("quoc-khanh", start="31/9")
    assert services.session.db.execute("SELECT count(*) FROM calendar_entries").fetchone()[0] == 0
    assert services.calendar.get("quoc-khanh").start == "09-02"


def test_reminders_follow_the_days_set(services):
    cal = services.calendar
    today = services.session.today
    soon = cal.add("Ngày hội của xã", f"{(today.day)}/{today.month}")
    assert soon.id in {r.entry.id for r in cal.reminders()}
    cal.set_remind_days(0)
    assert [r.days_left for r in cal.reminders()] == [0] * len(cal.reminders())
    with pytest.raises(ValidationError, match="Số ngày nhắc"):
        cal.set_remind_days(-1)
