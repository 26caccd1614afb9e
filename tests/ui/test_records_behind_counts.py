"""Every count opens its records: on a preview and on the result, "Xem" for the new, updated,
older (conflicting) and set-aside records of a file lists exactly those records, each with a plain
reason, and for an updated or older one the differing fields side by side."""

from __future__ import annotations

import dataclasses
import time

from exchange_helpers import PROVINCE, Factory, add_talks, fixed_today

from desktop_app.core.enums import Role
from desktop_app.core.labels import quarantine_reason_text
from desktop_app.services import Services
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog
from desktop_app.ui.widgets import Ask

YEAR_MS = 365 * 24 * 3600 * 1000


def _folder(tmp_path):
    """A commune's second log (one talk edited) sorted before its first, so the first brings an older
    version; and a commune whose clock ran a year ahead (all set aside)."""
    factory = Factory(tmp_path)
    commune, ahead = factory.communes(2)
    folder = tmp_path / "zalo"
    s = factory.make(f"xa-{commune}", commune)
    add_talks(s, 3)
    first = s.exchange.export_log(folder / "2-truoc").path
    talk = s.talks.list()[0]
    s.talks.save(dataclasses.replace(talk, attendance=77))
    add_talks(s, 1, start=20)
    second = s.exchange.export_log(folder / "1-sau").path
    s.close()
    factory.make(f"xa-{ahead}", ahead).close()
    s = Services.open(tmp_path / f"xa-{ahead}", today=fixed_today, now_ms=lambda: time.time_ns() // 10**6 + YEAR_MS)
    add_talks(s, 2)
    late = s.exchange.export_log(folder / "3-nhanh").path
    s.close()
    factory.make("tinh", PROVINCE, Role.AGGREGATOR).close()
    return folder, first, second, late, talk


def _open(page, qtbot, path, count: str):
    model = page.outcomes
    row = next(r for r in range(model.rowCount()) if model.record(r).path == str(path))
    page.table.selectRow(row)
    bar = page.records_bar
    assert bar.buttons[count].isEnabled()
    bar.buttons[count].click()
    dialog = bar.dialog
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    items = [tree.topLevelItem(n) for n in range(tree.topLevelItemCount())]
    return [[item.text(c) for c in range(5)] for item in items], items


def test_xem_opens_the_records_behind_each_count(tmp_path, qtbot, monkeypatch):
    folder, first, second, late, talk = _folder(tmp_path)
    s = Services.open(tmp_path / "tinh", today=fixed_today)
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder))
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    page = ExchangePage(s, None)
    qtbot.addWidget(page)
    page.show()
    page.folder_button.click()
    page.trust_button.click()
    day = talk.held_on.strftime("%d/%m/%Y")

    for step in ("preview", "result"):
        if step == "result":
            page.apply_button.click()
            assert page.applied and page.records_bar.dialog is None  # the preview's list closed
            assert page.table.selectionModel().selectedRows()[0].row() == 0  # a file chosen at once
        # the second log, read first: every record new
        rows, _ = _open(page, qtbot, second, "new")
        assert len(rows) == 2  # the edited talk and the added one (their topic went with the first log)
        assert ["buổi", day, talk.place, talk.unit_code, "Chưa có ở đây: thêm mới."] in rows
        assert not page.records_bar.buttons["conflicting"].isEnabled()
        # the first log: three talks, one of them older than the version now here
        rows, items = _open(page, qtbot, first, "conflicting")
        assert [r[:4] for r in rows] == [["buổi", day, talk.place, talk.unit_code]]
        assert rows[0][4].startswith("Bản trong tệp cũ hơn bản ở đây")
        changes = [[items[0].child(n).text(c) for c in (1, 2, 4)] for n in range(items[0].childCount())]
        assert changes == [["Số người dự", "Ở đây: 77", f"Trong tệp: {talk.attendance}"]]
        assert page.records_bar.buttons["new"].text() == "Xem mới (3)"  # two talks and their topic
        assert not page.records_bar.buttons["updated"].isEnabled()
        # the commune whose clock ran ahead: all set aside, each with the reason
        rows, _ = _open(page, qtbot, late, "quarantined")
        assert len(rows) == 3 and {r[4] for r in rows} == {quarantine_reason_text("clock_ahead") + "."}
    s.close()


def test_an_update_shows_the_fields_that_differ(tmp_path, qtbot, monkeypatch):
    folder, first, second, _late, talk = _folder(tmp_path)
    s = Services.open(tmp_path / "tinh", today=fixed_today)
    s.exchange.import_files(s.exchange.plan([first], trust_all=True))
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder / "1-sau"))
    page = ExchangePage(s, None)
    qtbot.addWidget(page)
    page.show()
    page.folder_button.click()
    rows, items = _open(page, qtbot, second, "updated")
    assert rows[0][4] == "Bản trong tệp mới hơn: thay bản ở đây (bản cũ lưu trong lịch sử)."
    changes = [[items[0].child(n).text(c) for c in (1, 2, 4)] for n in range(items[0].childCount())]
    assert changes == [["Số người dự", f"Ở đây: {talk.attendance}", "Trong tệp: 77"]]
    assert page.records_bar.dialog.windowTitle() == f"Cập nhật: 1 bản ghi — {second.name}"
    s.close()
