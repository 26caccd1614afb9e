"""Home's calendar reminders: the days within the days set, and "Lên kế hoạch buổi nói chuyện"
opening a new talk dated that day with the day's title as its topic."""

from __future__ import annotations

import datetime as dt

from test_home_day_one import _window


def test_home_reminds_of_near_days_and_plans_a_talk_on_one(qapp, services, qm_dir, qtbot):
    services.calendar.set_remind_days(32)  # today is 20/11/2026 in the tests
    services.calendar.add("Ngày hội của xã", "25/11")
    with _window(qapp, services, qtbot) as window:
        card = window.pages["home"].calendar_card
        qtbot.waitUntil(lambda: bool(card.lines.text()))
        assert card.isVisible()
        text = card.lines.text()
        assert "<b>hôm nay 20/11</b>: Ngày Nhà giáo Việt Nam" in text
        assert "<b>còn 5 ngày đến 25/11</b>: Ngày hội của xã" in text
        assert "<b>còn 32 ngày đến 22/12</b>: Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944)" in text
        assert text.count("Lên kế hoạch buổi nói chuyện") == 3
        assert [r.entry.title for r in card.reminders][1] == "Ngày hội của xã"

        card.lines.linkActivated.emit("plan:2")
        assert window.current_page() == "talks"
        form = window.pages["talks"].form
        assert form.date.date() == dt.date(2026, 12, 22)
        assert form.topics.text() == "Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944)"
        assert form.editing is None  # a new talk, not an edit

        services.calendar.set_remind_days(0)
        services.calendar.remove("nha-giao")
        window.pages["home"].refresh()
        assert card.reminders == [] and not card.isVisible()
