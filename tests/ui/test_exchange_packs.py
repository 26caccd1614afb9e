"""Trao đổi for an installation that sends down: receiving leads the page, packs are made from
chosen documents and saved, and the read receipts that come back say who has read what."""

from __future__ import annotations

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.ui.pages.exchange import ExchangePage


@pytest.fixture
def factory(tmp_path):
    return Factory(tmp_path)


def sections(page: ExchangePage) -> list[str]:
    """The page's boxes from top to bottom, as shown (a hidden box is left out)."""
    layout = page.sending.parentWidget().layout()
    names = {page.sending: "send", page.drop.parentWidget(): "receive"}
    found = [layout.itemAt(n).widget() for n in range(layout.count())]
    return [names[w] for w in found if w in names and not w.isHidden()]


def test_a_commune_page_leads_with_sending_its_log(factory, qtbot):
    page = ExchangePage(factory.make("c", COMMUNE), None)
    qtbot.addWidget(page)
    assert sections(page) == ["send", "receive"]


def test_a_province_page_leads_with_receiving_and_has_no_log_to_send_up(factory, qtbot):
    page = ExchangePage(factory.make("p", PROVINCE, Role.AGGREGATOR), None)
    qtbot.addWidget(page)
    assert sections(page) == ["receive"]


def test_an_aggregator_with_a_level_above_sends_its_log_after_receiving(factory, qtbot):
    page = ExchangePage(factory.make("a", COMMUNE, Role.AGGREGATOR), None)
    qtbot.addWidget(page)
    assert sections(page) == ["receive", "send"]
