"""Bản ghi tạm giữ from the exchange page (list, release a clock_ahead row, refuse to release an
ownership row, drop with the keyboard) and the clock-ahead warning when the window opens."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log
from desktop_app.services import Services
from desktop_app.ui import clock_warning
from desktop_app.ui.clock_warning import ClockAheadDialog
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.exchange import SendersDialog
from desktop_app.ui.widgets import Ask
from tests.conftest import fixed_today

YEAR_MS = 365 * 24 * 3600 * 1000


def ahead_by_a_year() -> int:
    return time.time_ns() // 1_000_000 + YEAR_MS


def commune_with_clock_ahead(folder) -> Services:
    """A commune that saved three talks in a session with its clock a year ahead."""
    s = Services.open(folder, today=fixed_today, now_ms=ahead_by_a_year)
    s.identity.init("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
    for n in range(3):
        s.talks.add(held_on="18/11/2026", place=f"Nhà văn hóa ấp {n}", attendance=20 + n, topics=["Chuyển đổi số"])
    return s


@pytest.fixture
def province(tmp_path):
    commune = commune_with_clock_ahead(tmp_path / "commune")
    export_log(commune.session.exchange_context(), to=tmp_path / "inbox")
    commune.close()
    s = Services.open(tmp_path / "province", today=fixed_today)
    s.identity.init("P82", Role.AGGREGATOR, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")
    s.inbox = tmp_path / "inbox"
    yield s
    s.close()


def talks_here(s: Services) -> int:
    return s.session.db.execute("SELECT count(*) FROM talks").fetchone()[0]


def test_list_release_refuse_and_drop(province, qtbot, monkeypatch):
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.show()
    window.open_page("exchange")
    page = window.pages["exchange"]
    assert page.quarantine_button.text() == "Bản ghi tạm giữ (0)…"
    # the commune's log, imported the way a person does: preview, confirm the key, Nhập
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: province.inbox))
    page.folder_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.trust_button.isVisible(), timeout=20000)
    page.trust_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.apply_button.isVisible(), timeout=20000)
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.applied, timeout=30000)
    assert "4 bản ghi bị tạm giữ: xem “Bản ghi tạm giữ”." in page.banner.label.text()  # 3 talks, a topic
    assert page.quarantine_button.text() == "Bản ghi tạm giữ (4)…"
    page.quarantine_button.click()
    dialog = page.quarantine_dialog
    qtbot.waitExposed(dialog)
    model = dialog.model
    qtbot.waitUntil(lambda: not dialog.busy and model.rowCount() == 4, timeout=20000)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Lý do"
    assert model.index(0, 0).data() == "Đồng hồ máy gửi chạy nhanh"  # a few words in the column
    assert "đồng hồ máy gửi chạy nhanh" in dialog.reason_label.text()  # the sentence for the current row
    assert model.index(0, 1).data() == "Giải phóng hoặc bỏ"
    assert model.index(0, 2).data() == "Xã Thanh Bình"
    assert {model.index(r, 3).data() for r in range(4)} == {"buổi", "chuyên đề"}
    assert "4 bản ghi tạm giữ, 4 giải phóng được." == dialog.count_label.text()

    # release one talk (and its topic): confirmed, applied through the merge, gone from the list
    confirmed = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: confirmed.append(a[3]) or True))
    talk = next(q for q in model.records() if q.table == "talks")
    topic = next(q for q in model.records() if q.table == "topics")
    dialog.select_ids([talk.id, topic.id])
    assert dialog.release_button.isEnabled()
    dialog.release_button.click()
    qtbot.waitUntil(lambda: not dialog.busy and model.rowCount() == 2, timeout=20000)
    assert "Đã giải phóng 2 bản ghi: 2 mới" in dialog.banner.label.text()
    assert talks_here(province) == 1
    assert province.talks.get(talk.record_id).attendance in (20, 21, 22)
    assert page.quarantine_button.text() == "Bản ghi tạm giữ (2)…"

    # a row set aside for an ownership reason: the window says so and refuses to release it
    owned = model.record(0)
    province.session.db.execute(
        "UPDATE exchange_quarantine SET reason = 'owner_conflict' WHERE record_id = ?", [owned.record_id]
    )
    dialog.refresh()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20000)
    row = model.row_of(owned.id)
    assert model.index(row, 1).data() == "Chỉ bỏ được"
    assert model.index(row, 0).data() == "Mã thuộc đơn vị khác"
    dialog.table.setCurrentIndex(model.index(row, 0))
    assert dialog.reason_label.text() == "Bản ghi đã có ở đây nhưng thuộc đơn vị khác."
    dialog.select_ids([owned.id])
    dialog.release_button.click()
    qtbot.waitUntil(
        lambda: not dialog.busy and dialog.banner.isVisible() and "chỉ bỏ được" in dialog.banner.label.text(),
        timeout=20000,
    )
    assert model.rowCount() == 2 and talks_here(province) == 1

    # drop it from the keyboard: focus in the table, Delete, confirm
    dialog.table.setFocus()
    dialog.select_ids([owned.id])
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: not dialog.busy and model.rowCount() == 1, timeout=20000)
    assert "Đã bỏ 1 bản ghi tạm giữ." in dialog.banner.label.text()
    assert model.record(0).id != owned.id and talks_here(province) == 1
    assert confirmed[-1] == "Bỏ"
    dialog.close()
    window.close()


def test_clock_ahead_warning_at_start_and_guided_reset(tmp_path, qtbot, monkeypatch):
    commune_with_clock_ahead(tmp_path / "c").close()
    s = Services.open(tmp_path / "c", today=fixed_today)  # the computer's clock is right again
    try:
        asked, informed = [], []
        monkeypatch.setattr(
            ClockAheadDialog, "ask", staticmethod(lambda parent, text, day: asked.append((text, day)) or False)
        )
        monkeypatch.setattr(Ask, "inform", staticmethod(lambda parent, title, text, close: informed.append(text)))
        window = MainWindow(s)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: bool(asked), timeout=10000)
        text, day = asked[0]
        assert "chạy nhanh hơn đồng hồ máy tính khoảng 36" in text and "clock_ahead" in text
        assert "tạm giữ" in text and day.count("/") == 2
        # “Để sau”: nothing changed, and the status bar keeps saying it
        assert window.clock_label.isVisible() and "Đồng hồ chạy nhanh" in window.clock_label.text()
        assert s.maintenance.clock_ahead_ms() > 0

        monkeypatch.setattr(ClockAheadDialog, "ask", staticmethod(lambda parent, text, day: True))
        clock_warning.check_clock(window)
        qtbot.waitUntil(lambda: bool(informed), timeout=20000)
        assert "3" in informed[0] or "4" in informed[0]
        assert s.maintenance.clock_ahead_ms() == 0 and not window.clock_label.isVisible()
        saved = s.talks.add(held_on="19/11/2026", place="Hội trường UBND xã", attendance=30)
        assert int(saved.hlc[:15]) < ahead_by_a_year() - YEAR_MS + 60_000  # written from the right clock
        window.close()
    finally:
        s.close()
