"""The calendar edited in Settings (issue 16 item 2): an entry added with the keyboard, a refused
day said next to the fields with nothing saved, an entry changed and one taken off the calendar,
and the reminder horizon; home's "Sắp đến" follows (today is 20/11/2026 in the tests)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.widgets import Ask

pytestmark = pytest.mark.gui


def _rows(box):
    return [[box.table.item(r, c).text() for c in range(4)] for r in range(box.table.rowCount())]


def test_the_calendar_is_edited_in_settings_and_home_reminds_of_it(window, demo_services, qtbot, monkeypatch):
    window.open_page("settings")
    box = window.pages["settings"].calendar_box
    shipped = len(demo_services.calendar.list())
    assert any(row[0] == "2/9" and row[3] == "có sẵn" for row in _rows(box))

    box.new_button.click()
    box.name.setText("Ngày hội của xã")  # QTest types ASCII only; the dates are typed
    qtbot.keyClicks(box.start, "30/2")
    qtbot.keyClick(box.start, Qt.Key.Key_Return)
    assert "30/2" in box.message.text() and "không có trong năm" in box.message.text()
    assert len(demo_services.calendar.list()) == shipped  # nothing saved
    box.start.clear()
    qtbot.keyClicks(box.start, "25/11")
    qtbot.keyClick(box.name, Qt.Key.Key_Return)
    assert box.message.text() == "Đã lưu “Ngày hội của xã”."
    added = next(e for e in demo_services.calendar.list() if e.title == "Ngày hội của xã")
    assert (added.start, added.shipped) == ("11-25", False)
    assert box.editing == added.id and ["25/11", "Ngày hội của xã", "Ngày kỷ niệm", "của máy này"] in _rows(box)

    box.name.setText("Ngày hội văn hóa các dân tộc của xã")
    box.kind.setCurrentIndex(box.kind.findData("campaign"))
    qtbot.keyClicks(box.end, "28/11")
    box.save_button.click()
    changed = demo_services.calendar.get(added.id)
    assert (changed.title, changed.kind.value, changed.end) == (
        "Ngày hội văn hóa các dân tộc của xã",
        "campaign",
        "11-28",
    )
    assert ["25/11–28/11", "Ngày hội văn hóa các dân tộc của xã", "Đợt vận động", "của máy này"] in _rows(box)

    box.remind_days.setValue(6)
    assert demo_services.calendar.remind_days == 6
    window.open_page("home")
    card = window.pages["home"].calendar_card
    qtbot.waitUntil(lambda: "<b>còn 5 ngày đến 25/11</b>: Ngày hội văn hóa các dân tộc của xã" in card.lines.text())

    window.open_page("settings")
    box.refresh(select=added.id)
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: False))
    box.remove_button.click()
    assert demo_services.calendar.get(added.id)  # asked first: kept
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
    box.remove_button.click()
    assert all(e.id != added.id for e in demo_services.calendar.list())
    assert box.editing is None and not box.remove_button.isEnabled()
    window.open_page("home")
    qtbot.waitUntil(lambda: "Ngày hội văn hóa" not in card.lines.text())
    assert "hôm nay 20/11" in card.lines.text()


def test_an_entry_from_above_is_marked_and_can_be_hidden_not_changed(qtbot, tmp_path, monkeypatch):
    from exchange_helpers import PROVINCE, TODAY, Factory

    from desktop_app.core.enums import Role
    from desktop_app.exchange import import_paths
    from desktop_app.ui.pages.calendar_box import CalendarBox
    from desktop_app.ui.pages.calendar_reminders import CalendarReminders

    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        agg.orientation.add(TODAY.strftime("%Y-%m"), "Phòng, chống ma túy")
        entry = agg.calendar.add("Tháng hành động phòng, chống ma túy của tỉnh", "22/11", "22/12", kind="campaign")
        pack = agg.exchange.export_pack(to=tmp_path / "down").path
        assert import_paths(commune.session.exchange_context(), [pack], trust=True).files[0].status == "applied"

        card = CalendarReminders(commune)
        qtbot.addWidget(card)
        card.refresh()
        assert "<b>còn 2 ngày đến 22/11</b>: Tháng hành động phòng, chống ma túy của tỉnh · lịch của cấp trên" in (
            card.lines.text()
        )
        box = CalendarBox(commune)
        qtbot.addWidget(box)
        row = next(r for r in _rows(box) if r[1] == entry.title)
        assert row == ["22/11–22/12", entry.title, "Đợt vận động", "từ cấp trên"]
        box.refresh(select=entry.id)
        assert box.name.isReadOnly() and not box.save_button.isEnabled() and box.remove_button.isEnabled()
        assert "do cấp trên gửi xuống" in box.message.text()
        monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
        box.remove_button.click()
        assert all(r[1] != entry.title for r in _rows(box))
        assert all(e.id != entry.id for e in commune.calendar.list())
        assert agg.calendar.get(entry.id).title == entry.title  # hidden at the commune only
    finally:
        agg.close()
        commune.close()
