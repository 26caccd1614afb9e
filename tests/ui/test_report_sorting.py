"""The report page's tables sort on a header click (numbers as numbers, names in Vietnamese
order), and the per-unit table hides the units with nothing yet when asked, remembered."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory
from PySide6.QtCore import QPoint, Qt

from desktop_app.core.enums import Role
from desktop_app.core.text import sort_key
from desktop_app.reports import periods
from desktop_app.storage import records_repo as repo
from desktop_app.ui.pages.reports.sorting import value_key

TALKS = (2, 10, 9)  # one commune each: 10 > 9 > 2, though "10" < "2" < "9" as text


@pytest.fixture
def province(tmp_path):
    """A province aggregator holding three communes' talks of November 2026, as imported."""
    factory = Factory(tmp_path)
    agg = factory.make("agg", PROVINCE, Role.AGGREGATOR)
    for code, count in zip(factory.communes(len(TALKS)), TALKS, strict=True):
        commune = factory.make(code, code)
        for i in range(count):
            talk = commune.talks.new(held_on=TODAY - dt.timedelta(days=i), attendance=10)
            repo.save_talk(agg.session.db, dataclasses.replace(talk, hlc=commune.session.next_version()))
        commune.close()
    yield agg
    agg.close()


def _page(qtbot, services):
    from desktop_app.ui.pages.reports import ReportsPage

    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.show()
    page.set_period(periods.parse("2026-11"))
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.show_button.click()
    page.tabs.setCurrentIndex(1)  # Theo đơn vị
    return page


def _click_header(qtbot, view, section: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _column(view, section: int) -> list:
    proxy = view.model()
    return [proxy.index(r, section).data(Qt.ItemDataRole.UserRole) for r in range(proxy.rowCount())]


def test_a_header_click_sorts_numbers_as_numbers_and_names_in_vietnamese_order(qtbot, province):
    page = _page(qtbot, province)
    view = page.views["unit"]
    assert _column(view, 1)[: len(TALKS)] != [10, 9, 2]  # the report's order (by name) at first
    _click_header(qtbot, view, 1)  # Số cuộc
    order = view.horizontalHeader().sortIndicatorOrder()
    sessions = _column(view, 1)
    figures = [v for v in sessions if v is not None]
    assert sorted(figures) == sorted(TALKS)
    if order == Qt.SortOrder.DescendingOrder:
        assert figures == [10, 9, 2] and sessions[: len(TALKS)] == [10, 9, 2]
    else:
        assert figures == [2, 9, 10] and sessions[-len(TALKS) :] == [2, 9, 10]  # "—" first
    _click_header(qtbot, view, 1)
    assert [v for v in _column(view, 1) if v is not None] != figures  # the other way

    _click_header(qtbot, view, 0)  # Đơn vị
    names = _column(view, 0)
    ascending = sorted(names, key=sort_key)
    assert names in (ascending, ascending[::-1])


def test_hide_units_with_nothing_yet_is_remembered(qtbot, province):
    page = _page(qtbot, province)
    proxy = page.proxies["unit"]
    assert not page.hide_empty.isChecked() and page.hide_empty.isVisible()
    assert proxy.rowCount() == page.models["unit"].rowCount() > 50
    page.hide_empty.click()
    assert proxy.rowCount() == len(TALKS)
    assert province.identity.preference("reports.hide_empty_units") is True
    page.tabs.setCurrentIndex(0)
    assert not page.hide_empty.isVisible()  # only on the per-unit tab

    again = _page(qtbot, province)
    assert again.hide_empty.isChecked() and again.proxies["unit"].rowCount() == len(TALKS)
    again.hide_empty.click()
    assert again.proxies["unit"].rowCount() > 50
    assert province.identity.preference("reports.hide_empty_units") is False


def test_value_order():
    values = ["tháng 10/2026", None, 12, "—", "tháng 2/2026", 3, "Đông", "Dương", "02/11/2026 08:00", "30/10/2026"]
    ordered = sorted(values, key=value_key)
    assert ordered[:2] in ([None, "—"], ["—", None])
    assert ordered[2:] == [3, 12, "30/10/2026", "02/11/2026 08:00", "Dương", "Đông", "tháng 2/2026", "tháng 10/2026"]
