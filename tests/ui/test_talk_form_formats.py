"""The talk form asks for attendance only where people are present and for online reach only for
online formats (``core.talk_rules.FORMATS_PRESENT``): attendance and reach are kept apart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.enums import TalkFormat
from desktop_app.core.records import OnlineReach


def _form(window, qtbot, fmt: TalkFormat):
    window.new_talk()
    form = window.pages["talks"].form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.date)
    form.format.setCurrentIndex(form.format.findData(fmt.value))
    return form


def _shown(form) -> tuple[bool, bool]:
    return not form.fields["attendance"].isHidden(), not form.online_box.isHidden()


@pytest.mark.parametrize(
    ("fmt", "shown"),
    [
        (TalkFormat.MEETING, (True, False)),
        (TalkFormat.HOME_VISIT, (True, False)),
        (TalkFormat.ONLINE_CONFERENCE, (True, True)),  # people sit at the connection points
        (TalkFormat.ZALO_POST, (False, True)),
        (TalkFormat.FANPAGE_POST, (False, True)),
        (TalkFormat.LOUDSPEAKER, (False, False)),  # listeners are not counted
    ],
)
def test_each_format_family_shows_its_own_counts(window, qtbot, fmt, shown):
    assert _shown(_form(window, qtbot, fmt)) == shown


def test_a_post_saves_no_attendance_typed_before_the_format_changed(window, qtbot):
    form = _form(window, qtbot, TalkFormat.MEETING)
    form.date.setText(window.services.session.today.strftime("%d/%m/%Y"))
    form.place.setText("Fanpage xã")
    form.attendance.setValue(40)
    form.format.setCurrentIndex(form.format.findData(TalkFormat.FANPAGE_POST.value))
    form.views.setValue(900)
    talk = form.talk_on_screen()
    assert (talk.attendance, talk.online.views) == (0, 900)


def test_an_older_post_with_attendance_shows_it_to_be_corrected(window, qtbot):
    services = window.services
    old = services.talks.add(held_on=services.session.today, place="Nhóm Zalo ấp 3", format="zalo_post", attendance=25)
    form = window.pages["talks"].form
    form.load(services.talks.get(old.id))
    assert _shown(form) == (True, True) and form.attendance.value() == 25
    form.reset()
    form.format.setCurrentIndex(form.format.findData(TalkFormat.ZALO_POST.value))
    assert _shown(form) == (False, True)


@pytest.mark.parametrize(
    ("fmt", "points"),
    [(TalkFormat.ONLINE_CONFERENCE, True), (TalkFormat.ZALO_POST, False), (TalkFormat.FANPAGE_POST, False)],
)
def test_only_an_online_conference_asks_for_its_connection_points(window, qtbot, fmt, points):
    form = _form(window, qtbot, fmt)
    assert (not form.fields["points"].isHidden()) is points
    assert "người dự" not in form.fields["questions"].label.text()  # a post's comments have no audience present


def test_an_older_post_with_connection_points_shows_them_to_be_corrected(window, qtbot):
    services = window.services
    old = services.talks.add(
        held_on=services.session.today,
        place="Fanpage xã",
        format="fanpage_post",
        online=OnlineReach(views=50, points=3),
    )
    form = window.pages["talks"].form
    form.load(services.talks.get(old.id))
    assert not form.fields["points"].isHidden() and form.points.value() == 3
