"""A commune's home shows the orientation received from its province, each topic ticked once a talk
of the month covers it (issue 16 item 1)."""

from __future__ import annotations

import contextlib

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory
from PySide6.QtCore import QEvent

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths

pytestmark = pytest.mark.gui
MONTH = TODAY.strftime("%Y-%m")


@contextlib.contextmanager
def _window(qapp, services, qtbot):
    from desktop_app.ui.main import App

    controller = App(qapp, services, "vi")
    controller.start()
    qtbot.waitExposed(controller.window)
    yield controller.window
    controller.window.shutdown()
    controller.window.close()
    controller.window.deleteLater()
    controller.runner.cancel_all()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_home_shows_the_orientation_and_its_progress(qapp, qm_dir, qtbot, tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    agg.orientation.add(MONTH, "Phòng, chống lừa đảo qua mạng", priority="high", due_on="30/11/2026")
    agg.orientation.add(MONTH, "Bảo vệ môi trường")
    agg.orientation.add(MONTH, "An toàn giao thông")
    pack = agg.exchange.export_pack(to=tmp_path / "down").path
    agg.close()
    with _window(qapp, commune, qtbot) as window:
        page = window.pages["home"]
        card = page.orientation_card
        qtbot.waitUntil(lambda: bool(page.attention.text()))
        assert not card.isVisible()  # nothing received yet
        assert import_paths(commune.session.exchange_context(), [pack], trust=True).files[0].status == "applied"
        for topics in (["phong chong lua dao qua mang"], ["Bảo vệ môi trường", "Chuyển đổi số"]):
            commune.talks.add(held_on=TODAY, format="meeting", place="Ấp 1", attendance=25, topics=topics)
        page.refresh()
        assert card.isVisible()
        assert card.title.text() == "Định hướng tuyên truyền tháng 11 năm 2026"
        text = card.lines.text()
        assert text.startswith("Đã có buổi cho 2/3 chủ đề<br>")
        assert "✓ <b>Phòng, chống lừa đảo qua mạng</b> · đã có buổi · ưu tiên cao · hạn 30/11/2026" in text
        assert "○ <b>An toàn giao thông</b> · chưa có buổi" in text
    commune.close()


def test_the_province_sees_each_communes_coverage_in_its_report_page(qapp, qm_dir, qtbot, tmp_path):
    from desktop_app.reports import periods
    from desktop_app.ui.pages.reports.page import ReportsPage

    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    agg.orientation.add(MONTH, "Phòng, chống lừa đảo qua mạng", priority="high")
    agg.orientation.add(MONTH, "Bảo vệ môi trường")
    agg.orientation.add(MONTH, "An toàn giao thông")
    for topics in (["phong chong lua dao qua mang"], ["Bảo vệ môi trường"]):
        commune.talks.add(held_on=TODAY, format="meeting", place="Ấp 1", attendance=25, topics=topics)
    log = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
    assert import_paths(agg.session.exchange_context(), [log], trust=True).files[0].status == "applied"
    commune.close()
    page = ReportsPage(agg)
    qtbot.addWidget(page)
    page.show()
    try:
        tab = page.orientation
        assert tab.parentWidget() is page.views["topic"].parentWidget()  # under the topic table
        assert page.tabs.indexOf(tab.parentWidget()) >= 0
        page.set_period(periods.parse(MONTH))
        with qtbot.waitSignal(page.sig_built, timeout=20000):
            page.show_button.click()
        qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=20000)
        model = tab.model
        assert model.headers == [
            "Đơn vị",
            "Phòng, chống lừa đảo qua mạng (ưu tiên cao)",
            "An toàn giao thông",
            "Bảo vệ môi trường",
            "Đã có buổi",
        ]
        rows = {r[0]: r[1:] for r in model.rows}
        assert rows["Xã Thanh Bình"] == ["✓", "", "✓", "2/3"]
        assert all(r[-1] == "0/3" for name, r in rows.items() if name != "Xã Thanh Bình")
        assert tab.note.isHidden()
        assert tab.summary.text() == f"1/{len(rows)} đơn vị đã có buổi cho mọi chủ đề ưu tiên cao."
        tab.show_period(periods.parse("2026"))  # a year: orientations are set by month or quarter
        assert tab.model.rowCount() == 0 and "theo tháng hoặc theo quý" in tab.note.text()
        assert not tab.note.isHidden()
    finally:
        page.runner.cancel_all()
        agg.close()
