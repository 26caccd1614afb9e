"""Urgent concerns end to end through the window (issue 16, item 5): a commune saves a talk marked
urgent in the talk form, presses "Gửi ngay ý kiến khẩn" on home, which writes the log into the
folder picked and says where; the province imports that file and lists the concern first in
"Cần làm ngay", with its theme and unit and never its text. The form also records how a
follow-up ended (answered today by default once picked)."""

from __future__ import annotations

import datetime as dt

from exchange_helpers import PROVINCE, TODAY, Factory
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.core.enums import FollowUpOutcome, FollowUpStatus, Role
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets import Ask

SECRET = "Bà con ấp 3 phản ánh sạt lở bờ sông"


def _open_form(window, qtbot):
    window.new_talk()
    qtbot.waitUntil(lambda: window.current_page() == "talks")
    return window.pages["talks"].form


def test_an_urgent_concern_goes_up_at_once_and_tops_the_provinces_list(tmp_path, qtbot, monkeypatch):
    factory = Factory(tmp_path)
    (code,) = factory.communes(1)
    commune = factory.make("c", code)
    province = factory.make("p", PROVINCE, Role.AGGREGATOR)
    older = commune.talks.add(
        held_on=TODAY - dt.timedelta(days=9),
        questions_text="Hỏi về giá điện",
        question_themes=["Giá điện"],
        urgent=True,
    )
    commune.exchange.export_log(tmp_path / "before")  # sent already: the button is for what is new
    window = MainWindow(commune)
    qtbot.addWidget(window)
    window.open_page("home")
    home = window.pages["home"]
    assert not home.urgent_send.isVisibleTo(home)

    form = _open_form(window, qtbot)
    form.place.setText("Bến đò ấp 3")
    form.attendance.lineEdit().setText("30")
    form.questions.setPlainText(SECRET)
    form.themes.set_chosen(("Môi trường",))
    form.resolution.urgent.setChecked(True)
    QTest.keyClick(form.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(t.place == "Bến đò ấp 3" for t in commune.talks.list()), timeout=10000)
    (saved,) = [t for t in commune.talks.list() if t.place == "Bến đò ấp 3"]
    assert saved.urgent and saved.question_themes == ("Môi trường",)

    window.open_page("home")
    home.refresh()
    assert home.urgent_send.isVisibleTo(home) and "1 ý kiến khẩn chưa gửi" in home.urgent_send.waiting.text()
    out = tmp_path / "usb"
    out.mkdir()
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: out))
    qtbot.mouseClick(home.urgent_send.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã ghi tệp" in home.urgent_send.result.text(), timeout=20000)
    (written,) = out.iterdir()
    assert written.name in home.urgent_send.result.text() and str(out) in home.urgent_send.result.text()
    assert not home.urgent_send.send_button.isVisibleTo(home)  # nothing urgent left to send

    for path in (*(tmp_path / "before").iterdir(), written):
        plan = province.exchange.plan([path], trust_all=True)
        outcome = province.exchange.import_files(plan).files[0]
        assert (outcome.status, outcome.urgent) == ("applied", 1), (outcome.reason, outcome.detail)
    agg_window = MainWindow(province)
    qtbot.addWidget(agg_window)
    agg_window.open_page("home")
    agg_home = agg_window.pages["home"]
    agg_home.refresh()
    text = agg_home.attention.text()
    assert text.startswith("<b>Ý kiến khẩn từ đơn vị cấp dưới</b>")
    assert text.index("Môi trường") < text.index("Giá điện")  # newest first
    assert province.units.get(code).name in text and SECRET not in text
    assert older.id in {t.id for t in province.talks.urgent(others_only=True)}


def test_the_form_records_how_a_follow_up_ended(tmp_path, qtbot):
    commune = Factory(tmp_path).make("c", "30130")
    talk = commune.talks.add(
        held_on=TODAY - dt.timedelta(days=6), follow_up_text="Trả lời về đường liên ấp", place="Ấp 1", attendance=20
    )
    window = MainWindow(commune)
    qtbot.addWidget(window)
    form = _open_form(window, qtbot)
    form.load(commune.talks.get(talk.id))
    assert form.resolution.outcome.currentData() is None and not form.resolution.resolved_on.isEnabled()
    form.resolution.outcome.setCurrentIndex(form.resolution.outcome.findData(FollowUpOutcome.TRANSFERRED.value))
    assert form.resolution.resolved_on.text() == TODAY.strftime("%d/%m/%Y")  # today once picked
    form.resolution.resolved_on.setText((TODAY - dt.timedelta(days=2)).strftime("%d/%m/%Y"))
    QTest.keyClick(form.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: commune.talks.get(talk.id).follow_up_outcome is not None, timeout=10000)
    stored = commune.talks.get(talk.id)
    assert (stored.follow_up_status, stored.follow_up_outcome, stored.follow_up_resolved_on) == (
        FollowUpStatus.DONE,
        FollowUpOutcome.TRANSFERRED,
        TODAY - dt.timedelta(days=2),
    )

    form.load(stored)
    form.resolution.resolved_on.setText((TODAY - dt.timedelta(days=9)).strftime("%d/%m/%Y"))
    QTest.keyClick(form.date, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "trước ngày của buổi" in form.fields["resolution"].error.text(), timeout=10000)
    assert commune.talks.get(talk.id).follow_up_resolved_on == TODAY - dt.timedelta(days=2)  # nothing changed


def test_the_import_result_counts_the_urgent_concerns():
    from desktop_app.ui.pages.exchange.banner_text import BatchCounts, result_banner

    text, kind = result_banner(BatchCounts(kept=1, urgent=1))
    assert "1 ý kiến khẩn" in text and kind == "success"


def test_marking_a_follow_up_done_from_home_asks_how_it_ended(tmp_path, qtbot, monkeypatch):
    from desktop_app.ui.pages.follow_up_done import FollowUpDoneDialog

    commune = Factory(tmp_path).make("c", "30130")
    talk = commune.talks.add(
        held_on=TODAY - dt.timedelta(days=10),
        follow_up_text="Trả lời về đường liên ấp",
        follow_up_due=TODAY + dt.timedelta(days=2),
        attendance=20,
    )
    dialog = FollowUpDoneDialog(commune.talks.get(talk.id), TODAY)
    qtbot.addWidget(dialog)
    assert dialog.answer() == (FollowUpOutcome.ANSWERED.value, TODAY)  # answered, today: one Enter
    asked = []
    answer = (FollowUpOutcome.TRANSFERRED.value, TODAY - dt.timedelta(days=1))
    monkeypatch.setattr(FollowUpDoneDialog, "ask", staticmethod(lambda _p, t, day: asked.append((t.id, day)) or answer))
    window = MainWindow(commune)
    qtbot.addWidget(window)
    window.open_page("home")
    home = window.pages["home"]
    home.refresh()
    assert f"done:{talk.id}" in home.attention.text()
    home.attention.linkActivated.emit(f"done:{talk.id}")
    assert asked == [(talk.id, TODAY)]
    stored = commune.talks.get(talk.id)
    assert (stored.follow_up_status, stored.follow_up_outcome, stored.follow_up_resolved_on) == (
        FollowUpStatus.DONE,
        FollowUpOutcome.TRANSFERRED,
        TODAY - dt.timedelta(days=1),
    )
    assert f"done:{talk.id}" not in home.attention.text()
