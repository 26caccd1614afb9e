"""Closing the window while files are imported asks first, and says so when the import finished
while the question was open."""

from __future__ import annotations

import pytest

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log
from desktop_app.services import Services
from desktop_app.storage import records_repo as repo
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog
from desktop_app.ui.widgets import Ask
from tests.conftest import fixed_today


@pytest.fixture
def importing(tmp_path, demo_template, qtbot, monkeypatch):
    """A province's window with the demo commune's log previewed, its key confirmed, ready to import."""
    import shutil

    shutil.copytree(demo_template, tmp_path / "commune")
    commune = Services.open(tmp_path / "commune", today=fixed_today)
    export_log(commune.session.exchange_context(), to=tmp_path / "zalo")
    commune.close()
    province = Services.open(tmp_path / "province", today=fixed_today)
    province.identity.init("P82", Role.AGGREGATOR, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")
    window = MainWindow(province)
    qtbot.addWidget(window)
    window.show()
    window.open_page("exchange")
    page: ExchangePage = window.pages["exchange"]
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    page.receive([tmp_path / "zalo"])
    qtbot.waitUntil(lambda: page.worker is None and page.trust_button.isVisible(), timeout=20000)
    page.trust_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.apply_button.isVisible(), timeout=20000)
    yield window, page, province
    window.shutdown()
    province.close()


def test_closing_during_an_import_asks_and_keeps_importing_when_told(importing, qtbot, monkeypatch):
    window, page, province = importing
    asked = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda parent, title, text, *a, **k: asked.append(text) or False))
    page.apply_button.click()
    window.close()  # the import's result has not reached the window yet: it is still under way
    assert asked and "Đóng cửa sổ?" in asked[0]
    assert window.isVisible()
    qtbot.waitUntil(lambda: page.worker is None and page.applied, timeout=30000)
    assert repo.count_talks(province.session.db) == 160  # the import went on to the end


def test_an_import_that_finished_during_the_question_is_said_before_closing(importing, qtbot, monkeypatch):
    window, page, province = importing
    told = []

    def answer_after_the_import(parent, title, text, *args, **kwargs):
        qtbot.waitUntil(lambda: page.worker is None, timeout=30000)  # the user took their time
        return True

    monkeypatch.setattr(Ask, "confirm", staticmethod(answer_after_the_import))
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda parent, title, text, close: told.append(text)))
    page.apply_button.click()
    window.close()
    assert told and "Việc nhập đã xong" in told[0] and "Đã nhập 1 tệp" in told[0]
    assert not window.isVisible()
    assert repo.count_talks(province.session.db) == 160


def test_closing_without_an_import_asks_nothing(importing, monkeypatch):
    window, page, _province = importing
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: pytest.fail("asked without an import")))
    window.close()  # a preview is not an import: nothing to lose
    assert not window.isVisible()
