"""Lực lượng: the roster (add, edit, leave and erase, with the phone's consent rules), the courses,
the conferences, the untrained list, and presenters picked from the roster in the talk form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop_app.ui.widgets import Ask

NAME, PHONE = "Tạ Thị Mai Anh", "0912345678"


def open_force(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.AltModifier)  # the key after the seven pages
    assert window.current_page() == "force"
    page = window.pages["force"]
    qtbot.waitUntil(lambda: page.isVisible())
    return page


def add_member(roster, name: str, role: str = "báo cáo viên", phone: str = "", consent: bool = False):
    roster.new_member()
    roster.name.setText(name)
    roster.role.setCurrentIndex(roster.role.findData(role))
    roster.level.setCurrentIndex(roster.level.findData("Xã"))
    roster.phone.setText(phone)
    roster.consent.setChecked(consent)
    return roster.save()


def test_a_member_is_added_edited_and_erased_through_the_roster(window, qtbot, demo_services, monkeypatch):
    page = open_force(window, qtbot)
    roster = page.roster
    assert [page.tabs.tabText(n) for n in range(3)] == ["Danh sách", "Bồi dưỡng", "Hội nghị"]
    assert add_member(roster, NAME, phone=PHONE) is None  # a phone without consent is refused at its field
    assert roster.fields["phone"].error.isVisible() and "đồng ý" in roster.fields["phone"].error.text()
    saved = add_member(roster, NAME, phone=PHONE, consent=True)
    assert saved is not None and saved.phone == PHONE and saved.level == "Xã"
    assert roster.model.row_of(saved.id) >= 0

    roster.consent.setChecked(False)  # the person withdrew consent; the field still shows the phone
    withdrawn = roster.save()
    assert withdrawn is not None and withdrawn.phone == ""
    assert "Đã xoá số điện thoại" in roster.banner.label.text()
    kept = demo_services.session.db.execute(
        "SELECT count(*) FROM history WHERE record_id = ? AND row LIKE ?", [saved.id, f"%{PHONE}%"]
    ).fetchone()[0]
    assert kept == 0

    roster.status.setCurrentIndex(roster.status.findData("left"))
    left = roster.save()
    assert left is not None and left.status.value == "left" and left.status_since == demo_services.session.today

    asked = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda _p, _t, text, *a, **k: asked.append(text) or True))
    roster.erase()
    assert asked and NAME in asked[0]
    assert roster.model.row_of(saved.id) < 0 and "Đã xoá hẳn" in roster.banner.label.text()
    assert (
        demo_services.session.db.execute(
            "SELECT count(*) FROM history WHERE record_id = ? AND row LIKE ?", [saved.id, f"%{NAME}%"]
        ).fetchone()[0]
        == 0
    )


def test_courses_conferences_and_the_untrained_filter(window, qtbot, demo_services):
    page = open_force(window, qtbot)
    roster = page.roster
    trained = add_member(roster, "Nguyễn Văn An")
    untrained = add_member(roster, "Bùi Thị Bình", role="tuyên truyền viên")

    page.tabs.setCurrentWidget(page.trainings)
    tab = page.trainings
    tab.member.setCurrentIndex(tab.member.findData(trained.id))
    tab.name.setText("Bồi dưỡng báo cáo viên năm 2026")
    tab.start.setText("10/03/2026")
    tab.end.setText("08/03/2026")
    assert tab.add() is None and tab.fields["end"].error.isVisible()  # ends before it starts
    tab.end.setText("12/03/2026")
    tab.certificate.setText("CC-2026-01")
    course = tab.add()
    assert course is not None and tab.model.row_of(course.id) >= 0

    page.tabs.setCurrentWidget(page.roster)
    roster.untrained.setChecked(True)
    shown = {roster.model.record(n).member.id for n in range(roster.model.rowCount())}
    assert untrained.id in shown and trained.id not in shown
    roster.untrained.setChecked(False)

    page.tabs.setCurrentWidget(page.conferences)
    conf = page.conferences
    conf.held_on.setText("15/10/2026")
    conf.topic.setText("Hội nghị báo cáo viên tháng 10")
    conf.point.setText("Hội trường Đảng ủy xã")
    for n in range(conf.attendees.count()):
        if conf.attendees.item(n).data(Qt.ItemDataRole.UserRole) == untrained.id:
            conf.attendees.item(n).setCheckState(Qt.CheckState.Checked)
    held = conf.add()
    assert held is not None and held.attendee_ids == (untrained.id,)
    assert conf.model.rowCount() >= 1 and "1 người dự" in conf.banner.label.text()
    conf.topic.setText("")
    assert conf.add() is None and conf.fields["topic"].error.isVisible()


def test_the_talk_form_offers_the_roster_and_the_talk_counts_for_the_member(window, qtbot, demo_services):
    demo_services.force.add(name="Hồ Văn Đức", role="báo cáo viên")
    demo_services.force.add(name="Lý Thị Em", role="tuyên truyền viên", status="paused")
    window.new_talk()
    form = window.pages["talks"].form
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.date)
    offered = [form.presenter_completer.items.item(n).text() for n in range(form.presenter_completer.items.rowCount())]
    assert "Hồ Văn Đức" in offered and "Lý Thị Em" not in offered
    form.presenters.setFocus()
    QTest.keyClicks(form.presenters, "ho van duc")  # accents left out, as cadres type them
    popup = form.presenter_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert form.presenters.text() == "Hồ Văn Đức"
    form.date.setText("18/11/2026")
    form.place.setText("Nhà văn hóa ấp 3")
    form.topics.setText("Chuyển đổi số")
    form.attendance.setValue(40)
    QTest.keyClick(form.attendance, Qt.Key.Key_Return)
    if form.duplicates.isVisible():
        QTest.keyClick(form.attendance, Qt.Key.Key_Return)
    page = open_force(window, qtbot)
    rows = [page.roster.model.record(n) for n in range(page.roster.model.rowCount())]
    assert [r.talks for r in rows if r.member.name == "Hồ Văn Đức"] == [1]


def test_the_aggregators_page_shows_each_units_force(qtbot, tmp_path, qm_dir):
    """Three communes send their rosters up; the province's page lists them per unit, filtered by unit."""
    from exchange_helpers import PROVINCE, TODAY, Factory

    from desktop_app.core.enums import Role
    from desktop_app.exchange import export_log, import_paths
    from desktop_app.ui.pages.force import ForcePage

    f = Factory(tmp_path)
    province = f.make("p", PROVINCE, Role.AGGREGATOR)
    codes = f.communes(3)
    for n, code in enumerate(codes):
        commune = f.make(f"c{n}", code)
        first = commune.force.add(name=f"Báo Cáo Viên {n}", role="báo cáo viên", level="Xã")
        for k in range(n + 1):
            commune.force.add(name=f"Tuyên Truyền Viên {n}.{k}", role="tuyên truyền viên")
        commune.force.add_training(first.id, name="Bồi dưỡng", start=TODAY.replace(month=2, day=3))
        path = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
        assert import_paths(province.session.exchange_context(), [path], trust=True).files[0].status == "applied"
        commune.close()
    page = ForcePage(province)
    qtbot.addWidget(page)
    assert page.tabs.count() == 5 and page.tabs.tabText(4) == "Theo đơn vị"  # after "Kênh"
    page.tabs.setCurrentWidget(page.units)
    model = page.units.model
    shown = {model.record(r).unit_code: [model.index(r, c).data() for c in range(6)] for r in range(model.rowCount())}
    assert set(shown) == set(codes)
    assert shown[codes[2]][1:] == ["4", "1 báo cáo viên, 3 tuyên truyền viên", "1 Xã", "1 (25 %)", "0"]
    page.units.unit_filter.choose(codes[1])
    assert [model.record(r).unit_code for r in range(model.rowCount())] == [codes[1]]
    page.tabs.setCurrentWidget(page.roster)  # the roster has the unit column and filter too
    roster = page.roster
    assert not roster.table.isColumnHidden(roster.model.UNIT_COLUMN)
    assert roster.table.horizontalHeader().visualIndex(roster.model.UNIT_COLUMN) == 1  # beside the name
    assert roster.model.rowCount() == 9
    assert not roster.save_button.isEnabled() and not roster.erase_button.isEnabled()  # a commune's own record
    province.close()
