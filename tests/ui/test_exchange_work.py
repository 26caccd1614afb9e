"""The exchange page's work goes through the application's runner: a service call on a connection of
its own that keeps the page's calendar, its refusals shown in words."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import TODAY, fixed_today

from desktop_app.core.enums import Role
from desktop_app.services import Services
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog
from desktop_app.ui.workers import Runner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qapp):
    r = Runner()
    yield r
    r.cancel_all()


@pytest.fixture
def province(tmp_path):
    s = Services.open(tmp_path / "province", today=fixed_today)
    s.identity.init("P82", Role.AGGREGATOR, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")
    yield s
    s.close()


def test_an_import_in_the_worker_keeps_the_page_calendar(tmp_path, province, runner, qtbot, monkeypatch):
    """A talk held five days after the province's today is set aside as ``future_date``: the worker
    decides by the data folder's calendar (the one the page was given), not by the computer's date."""
    later = TODAY + dt.timedelta(days=5)
    commune = Services.open(tmp_path / "commune", today=lambda: later)
    commune.identity.init("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
    commune.talks.add(held_on=later.strftime("%d/%m/%Y"), place="Nhà văn hóa ấp 1", attendance=20)
    sent = commune.exchange.export_log(tmp_path / "usb", snapshot=False).path
    commune.close()

    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    page = ExchangePage(province, runner)
    qtbot.addWidget(page)
    page.show()
    page.receive([sent])
    qtbot.waitUntil(lambda: page.worker is None and page.trust_button.isVisible(), timeout=20000)
    page.confirm_keys()
    qtbot.waitUntil(lambda: page.worker is None and page.apply_button.isVisible(), timeout=20000)
    page.apply()
    qtbot.waitUntil(lambda: page.worker is None and page.applied, timeout=20000)
    outcome = page.summary.files[0]
    assert outcome.status == "applied" and outcome.set_aside == {"future_date": 1}
    assert [q.reason for q in province.quarantine.list()] == ["future_date"]


def test_a_failed_export_is_shown_in_words(tmp_path, province, runner, qtbot):
    """Sending into a path that is a file: the refusal comes back from the worker as its sentence."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("x", encoding="utf-8")
    page = ExchangePage(province, runner)
    qtbot.addWidget(page)
    page.sending.export_to(blocked / "usb")
    qtbot.waitUntil(lambda: page.send_button.isEnabled(), timeout=20000)
    text = page.send_result.text()
    assert text.startswith("Chưa tạo được tệp: ") and "Traceback" not in text
