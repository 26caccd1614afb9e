"""The talk form's concern themes: the closest themes are offered as the questions are typed, a
click or Enter confirms one, and only confirmed themes are saved with the talk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.storage import records_repo as repo

LAND = "Đất đai, bồi thường, giải phóng mặt bằng"
FRAUD = "Lừa đảo trực tuyến, lừa đảo qua điện thoại"


def _form(window, qtbot):
    window.new_talk()
    page = window.pages["talks"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.date)
    form = page.form
    form.date.setText(window.services.session.today.strftime("%d/%m/%Y"))
    form.place.setText("Nhà văn hóa ấp Thử Nghiệm")
    form.attendance.setValue(31)
    return page, form


def _next_tab_stop(widget):
    """Where Tab goes from ``widget``: the next visible widget in the focus chain that takes Tab."""
    candidate = widget.nextInFocusChain()
    while not (candidate.isVisible() and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
        candidate = candidate.nextInFocusChain()
    return candidate


def _save(page, form, demo_services):
    before = repo.count_talks(demo_services.session.db)
    form.save()
    if form.duplicates.isVisible():
        form.save()
    assert repo.count_talks(demo_services.session.db) == before + 1, form.summary.label.text()
    return page.model.talk_at(page.table.selectionModel().selectedRows()[0].row())


def test_themes_are_offered_as_one_types_and_nothing_is_set_without_confirming(window, qtbot, demo_services):
    page, form = _form(window, qtbot)
    form.questions.setFocus()
    QTest.keyClicks(form.questions, "Ba con hoi bao gio duoc den bu khi thu hoi dat")
    offered = [b.text() for b in form.themes.suggestion_buttons]
    assert offered and offered[0] == f"+ {LAND}"
    assert "“thu hoi dat”" in form.themes.suggestion_buttons[0].toolTip()
    assert form.themes.chosen() == ()
    saved = _save(page, form, demo_services)
    assert saved.question_themes == ()


def test_a_click_or_enter_confirms_and_the_chosen_themes_are_saved(window, qtbot, demo_services):
    page, form = _form(window, qtbot)
    form.questions.setPlainText("Người dân bị gọi điện giả danh công an, lừa chuyển tiền; hỏi về đền bù đất")
    names = [b.text() for b in form.themes.suggestion_buttons]
    assert f"+ {FRAUD}" in names and f"+ {LAND}" in names
    fraud = next(b for b in form.themes.suggestion_buttons if b.text() == f"+ {FRAUD}")
    fraud.click()
    assert form.themes.chosen() == (FRAUD,)
    assert [b.text() for b in form.themes.suggestion_buttons] == [f"+ {LAND}"]
    qtbot.waitUntil(form.themes.suggestion_buttons[0].isVisible)  # shown by the next turn of the event loop
    assert _next_tab_stop(form.questions) is form.themes.suggestion_buttons[0]  # Tab from the questions
    talks = repo.count_talks(demo_services.session.db)
    QTest.keyClick(form.themes.suggestion_buttons[0], Qt.Key.Key_Return)  # Enter confirms it...
    assert repo.count_talks(demo_services.session.db) == talks  # ...and does not save the talk
    assert form.themes.chosen() == (FRAUD, LAND)
    saved = _save(page, form, demo_services)
    assert saved.question_themes == (FRAUD, LAND)
    assert form.themes.chosen() == ()  # the next talk starts with none


def test_a_chosen_theme_can_be_removed_and_an_edited_talk_shows_its_themes(window, qtbot, demo_services):
    page, form = _form(window, qtbot)
    form.questions.setPlainText("Hỏi về rút bảo hiểm xã hội một lần")
    form.themes.suggestion_buttons[0].click()
    assert form.themes.chosen() == ("Bảo hiểm xã hội",)
    form.themes.chosen_buttons[0].click()
    assert form.themes.chosen() == ()
    form.themes.suggestion_buttons[0].click()
    saved = _save(page, form, demo_services)
    form.load(saved)
    assert form.themes.chosen() == ("Bảo hiểm xã hội",)
