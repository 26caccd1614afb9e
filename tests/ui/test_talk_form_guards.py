"""Logging a talk without a wrong turn (issue 14): the warning compares what is on screen now, an
exact copy is never saved by reflex, numbers are never changed silently, a new talk is dated today,
the log table answers Enter, Delete and Ctrl+D, and the Lưu button stays in view."""

from __future__ import annotations

import datetime as dt

from exchange_helpers import TODAY
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from test_talks import Keyboard, open_talks

from desktop_app.core.enums import TalkFormat
from desktop_app.core.topic_vocabulary import VOCABULARY
from desktop_app.storage import records_repo as repo

DAY = TODAY - dt.timedelta(days=3)
PLACE = "Nhà văn hóa ấp Bình Thạnh (thử)"


def _existing(services, place: str = PLACE, topics=("Chuyển đổi số",), attendance: int = 40, fmt: str = "meeting"):
    return services.talks.add(held_on=DAY, format=fmt, place=place, topics=list(topics), attendance=attendance)


def _fill(form, day: dt.date, place: str, topics: str, attendance: str, fmt: TalkFormat = TalkFormat.MEETING):
    form.date.setText(day.strftime("%d/%m/%Y"))
    form.format.setCurrentIndex(form.format.findData(fmt.value))
    form.place.setText(place)
    form.topics.setText(topics)
    form.attendance.lineEdit().setText(attendance)


def _enter(form) -> None:
    QTest.keyClick(form.date, Qt.Key.Key_Return)


def _count(services) -> int:
    return repo.count_talks(services.session.db)


def test_enter_after_the_warning_saves_the_corrected_talk_not_the_earlier_one(window, qtbot, demo_services):
    _existing(demo_services)
    form = open_talks(window, qtbot).form
    before = _count(demo_services)
    _fill(form, DAY, PLACE, "Chuyển đổi số", "30")
    _enter(form)
    assert form.duplicates.isVisible() and _count(demo_services) == before
    form.date.setText((DAY - dt.timedelta(days=1)).strftime("%d/%m/%Y"))  # the user corrects
    form.place.setText("Hội trường UBND xã (thử)")
    _enter(form)
    assert _count(demo_services) == before + 1
    on_day = [t for t in demo_services.talks.list() if t.attendance == 30 and t.place.endswith("(thử)")]
    assert [(t.held_on, t.place) for t in on_day] == [(DAY - dt.timedelta(days=1), "Hội trường UBND xã (thử)")]


def test_two_reflex_enters_never_save_an_exact_copy(window, qtbot, demo_services):
    existing = _existing(demo_services)
    form = open_talks(window, qtbot).form
    form.load(existing, as_copy=True)
    form.date.setText(existing.held_on.strftime("%d/%m/%Y"))
    before = _count(demo_services)
    _enter(form)
    _enter(form)
    assert _count(demo_services) == before
    assert form.duplicates.isVisible() and "giống hệt" in form.duplicates.label.text()
    form.duplicates.action_button("save").click()  # only the explicit answer saves it
    assert _count(demo_services) == before + 1


def test_reflex_enters_after_a_save_do_not_save_an_empty_copy(window, qtbot, demo_services):
    form = open_talks(window, qtbot).form
    before = _count(demo_services)
    _fill(form, DAY, PLACE, "Chuyển đổi số", "45")
    for _ in range(4):  # saves, then three more reflex Enters on the form it left ready
        _enter(form)
    assert _count(demo_services) == before + 1
    assert form.duplicates.isVisible() and "Vẫn lưu" in form.duplicates.label.text()


def test_the_warning_fires_only_on_a_real_likeness(window, qtbot, demo_services):
    _existing(demo_services)
    form = open_talks(window, qtbot).form
    before = _count(demo_services)
    _fill(form, DAY, "Trường THCS Thanh Bình (thử)", "Phòng, chống ma túy", "25")  # same day and format only
    _enter(form)
    assert not form.duplicates.isVisible() and _count(demo_services) == before + 1
    _fill(form, DAY, "Chợ Tân Thạnh (thử)", "chuyen doi so", "25")  # same day, format and topic
    _enter(form)
    assert form.duplicates.isVisible() and _count(demo_services) == before + 1


def test_up_to_three_candidates_show_as_readable_cards_with_two_answers(window, qtbot, demo_services):
    window.resize(1366, 768)
    for n in range(4):
        _existing(demo_services, topics=("Chuyển đổi số", f"Chủ đề phụ {n}"), attendance=40 + n)
    form = open_talks(window, qtbot).form
    _fill(form, DAY, PLACE, "Chuyển đổi số", "30")
    _enter(form)
    warning = form.duplicates
    qtbot.waitUntil(lambda: warning.isVisible())
    cards = [c for c in warning.cards if c.isVisible()]
    assert len(cards) == 3
    line = cards[0].fontMetrics().lineSpacing()
    for card in cards:
        text = card.text()
        assert DAY.strftime("%d/%m/%Y") in text and "Hội nghị" in text and PLACE in text and "Chuyển đổi số" in text
        assert "người dự" in text
        assert card.width() > 300 and card.height() <= 4 * line + 12  # no narrow column many lines tall
    assert warning.action_button("save").text() == "Vẫn lưu"
    assert warning.action_button("open").text() == "Mở buổi đã có"
    assert warning.label.height() <= 4 * line + 12


def test_open_the_existing_talk_from_the_warning(window, qtbot, demo_services):
    existing = _existing(demo_services)
    page = open_talks(window, qtbot)
    _fill(page.form, DAY, PLACE, "Chuyển đổi số", "30")
    _enter(page.form)
    page.form.duplicates.action_button("open").click()
    assert page.form.editing is not None and page.form.editing.id == existing.id
    assert page.selected_talk() is not None and page.selected_talk().id == existing.id


def test_not_a_duplicate_is_remembered_and_does_not_come_back(window, qtbot, demo_services):
    existing = _existing(demo_services)
    page = open_talks(window, qtbot)
    _fill(page.form, DAY, PLACE, "Chuyển đổi số", "30")
    _enter(page.form)
    page.form.duplicates.action_button("save").click()
    saved = page.selected_talk()
    assert saved is not None and saved.attendance == 30
    assert demo_services.talks.similar(saved) == []  # stored for the pair
    page.form.load(saved)
    page.form.date.setText((DAY - dt.timedelta(days=1)).strftime("%d/%m/%Y"))
    page.form.date.setText(DAY.strftime("%d/%m/%Y"))  # an edit that passes the same candidate again
    page.form.place.setText(PLACE.upper())
    assert page.form.save() is not None and not page.form.duplicates.isVisible()
    assert demo_services.talks.get(existing.id).attendance == 40


def test_numbers_typed_out_of_range_are_errors_at_the_field_never_changed(window, qtbot, demo_services):
    form = open_talks(window, qtbot).form
    before = _count(demo_services)
    form.place.setText(PLACE)
    kb = Keyboard(qtbot)
    form.attendance.setFocus()
    kb.type("-5")
    kb.key(Qt.Key.Key_Tab)
    assert form.attendance.text() == "-5"
    error = form.fields["attendance"].error
    assert error.isVisible() and "âm" in error.text()
    _enter(form)
    assert _count(demo_services) == before and error.isVisible()
    form.attendance.setFocus()
    form.attendance.selectAll()
    kb.type("99999999")
    kb.key(Qt.Key.Key_Tab)
    assert form.attendance.text().replace(".", "") == "99999999"
    assert error.isVisible() and "tối đa" in error.text()
    _enter(form)
    assert _count(demo_services) == before
    form.attendance.setFocus()
    form.attendance.selectAll()
    kb.type("45")
    assert not error.isVisible()
    _enter(form)
    assert _count(demo_services) == before + 1


def test_nobody_at_a_meeting_is_a_warning_the_user_can_pass(window, qtbot, demo_services):
    form = open_talks(window, qtbot).form
    before = _count(demo_services)
    _fill(form, DAY, PLACE, "", "0")
    _enter(form)
    assert _count(demo_services) == before
    assert form.duplicates.isVisible() and "số người dự" in form.duplicates.label.text()
    assert QApplication.focusWidget() is form.attendance
    QTest.keyClick(form.attendance, Qt.Key.Key_Return)  # yes, nobody came
    assert _count(demo_services) == before + 1
    _fill(form, DAY, "Đài truyền thanh xã (thử)", "", "0", TalkFormat.LOUDSPEAKER)  # no audience to count
    _enter(form)
    assert _count(demo_services) == before + 2


def test_a_saved_banner_is_cleared_when_an_error_appears(window, qtbot, demo_services):
    page = open_talks(window, qtbot)
    _fill(page.form, DAY, PLACE, "", "12")
    _enter(page.form)
    assert page.banner.isVisible() and page.banner.property("kind") == "success"
    page.form.date.setText("01/01/2030")
    _enter(page.form)
    assert page.form.summary.isVisible()
    assert not page.banner.isVisible()


def test_a_new_talk_is_dated_today_unless_entering_several_in_a_row(window, qtbot, demo_services):
    demo_services.identity.set_preference("talk_form.sticky", {"held_on": "2026-10-02", "format": "meeting"})
    page = open_talks(window, qtbot)
    form = page.form
    assert form.date.text() == TODAY.strftime("%d/%m/%Y")
    assert "H: hôm nay · Q: hôm qua" in form.fields["date"].hint.text()
    _fill(form, DAY, PLACE, "", "12")
    _enter(form)
    window.new_talk()  # the next talk of this sitting keeps the date just saved, and says so
    assert form.date.text() == DAY.strftime("%d/%m/%Y")
    assert "Ngày của buổi vừa lưu" in form.fields["date"].hint.text()
    QTest.keyClick(form.date, Qt.Key.Key_H)
    assert form.date.text() == TODAY.strftime("%d/%m/%Y")
    assert "Ngày của buổi vừa lưu" not in form.fields["date"].hint.text()


def test_the_log_table_answers_enter_delete_and_ctrl_d(window, qtbot, demo_services):
    page = open_talks(window, qtbot)
    page.table.selectRow(0)
    talk = page.selected_talk()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert page.form.editing is not None and page.form.editing.id == talk.id
    page.select_talk(talk.id)
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert page.form.editing is None and page.form.place.text() == talk.place
    assert "chép" in page.form.title.text()
    assert page.copy_button.toolTip() == "Chép thành buổi mới (Ctrl+D)"
    page.select_talk(talk.id)
    page.table.setFocus()
    before = _count(demo_services)
    QTest.keyClick(page.table, Qt.Key.Key_Delete)
    assert _count(demo_services) == before - 1 and demo_services.talks.get(talk.id).deleted
    page.banner.action_button("undo").click()
    assert _count(demo_services) == before and not demo_services.talks.get(talk.id).deleted


def test_the_save_button_stays_in_view_for_an_online_format(window, qtbot):
    window.resize(1366, 768)
    page = open_talks(window, qtbot)
    form = page.form
    form.format.setCurrentIndex(form.format.findData(TalkFormat.ONLINE_CONFERENCE.value))
    qtbot.waitUntil(lambda: form.online_box.isVisible())
    QApplication.processEvents()
    assert not form.save_button.visibleRegion().isEmpty()
    top_left = form.save_button.mapTo(window, form.save_button.rect().topLeft())
    assert 0 <= top_left.y() and top_left.y() + form.save_button.height() <= window.height()


def test_a_typical_repeat_talk_takes_at_most_13_keys(window, qtbot, demo_services):
    demo_services.identity.set_preference("talk_form.sticky", {"format": "meeting", "place": PLACE})
    window.open_page("home")
    before = _count(demo_services)
    kb = Keyboard(qtbot)
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    kb.count += 1
    form = window.pages["talks"].form
    assert form.date.text() == TODAY.strftime("%d/%m/%Y") and form.place.text() == PLACE
    kb.key(Qt.Key.Key_Tab, 3)  # format and place remembered: on to the topic
    kb.type("lua")
    kb.key(Qt.Key.Key_Down)
    kb.key(Qt.Key.Key_Return)  # takes the suggestion
    kb.key(Qt.Key.Key_Tab)
    kb.type("45")
    kb.key(Qt.Key.Key_Return)
    assert _count(demo_services) == before + 1, form.duplicates.label.text()
    print(f"\nkeys for a typical repeat talk, Ctrl+N to saved: {kb.count}")
    assert kb.count <= 13


def test_the_topic_completer_offers_the_shared_list_and_matches_free_spellings(window, qtbot, demo_services):
    form = open_talks(window, qtbot).form
    offered = [form.topic_completer.items.item(i).text() for i in range(form.topic_completer.items.rowCount())]
    assert tuple(offered[: len(VOCABULARY)]) == VOCABULARY
    _fill(form, DAY, PLACE, "nghi quyet dai hoi xiv", "30")
    _enter(form)
    saved = window.pages["talks"].selected_talk()
    assert saved is not None and saved.topics == ("Nghị quyết Đại hội XIV",)
