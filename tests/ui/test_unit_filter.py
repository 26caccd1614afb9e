"""The talk log and the groups page of an installation with units below it: a unit column in
Vietnamese order and a type-to-filter unit filter (without diacritics too)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory
from PySide6.QtCore import Qt

from desktop_app.core.enums import Role
from desktop_app.core.text import fold, sort_key
from desktop_app.storage import records_repo as repo

SAME_NAME = "Ấp Bình Hòa"


@pytest.fixture
def province(tmp_path):
    """A province aggregator holding five communes' talks and one group each, all groups named
    "Ấp Bình Hòa", as an import leaves them (the communes' own records, their versions)."""
    factory = Factory(tmp_path)
    agg = factory.make("agg", PROVINCE, Role.AGGREGATOR)
    for n, code in enumerate(factory.communes(5)):
        commune = factory.make(code, code)
        group = commune.groups.new(name=SAME_NAME, kind="hamlet")
        repo.save_group(agg.session.db, dataclasses.replace(group, hlc=commune.session.next_version()))
        for i in range(n + 1):  # commune n has n + 1 talks
            talk = commune.talks.new(
                held_on=TODAY - dt.timedelta(days=i), place=f"Nhà văn hóa {code}", attendance=10 + i
            )
            repo.save_talk(agg.session.db, dataclasses.replace(talk, hlc=commune.session.next_version()))
        commune.close()
    yield agg
    agg.close()


def _shown_units(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _type_and_pick(qtbot, box, typed: str) -> None:
    box.lineEdit().setFocus()
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.lineEdit(), typed)
    assert box.matches.completionCount() == 1
    qtbot.keyClick(box.matches.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(box.matches.popup(), Qt.Key.Key_Return)


def test_talk_log_shows_each_talks_unit_second_and_sorts_by_name(qtbot, province):
    from desktop_app.ui.pages.talks import TalksPage

    page = TalksPage(province)
    qtbot.addWidget(page)
    column = page.model.UNIT_COLUMN
    assert not page.table.isColumnHidden(column)
    assert page.table.horizontalHeader().visualIndex(column) == 1
    assert page.model.headerData(column, Qt.Orientation.Horizontal) == "Đơn vị"
    names = {u.code: u.name for u in province.units.own()}
    shown = _shown_units(page.table, column)
    assert len(shown) == 15 and set(shown) <= set(names.values())

    page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    shown = _shown_units(page.table, column)
    assert shown == sorted(shown, key=sort_key) and len(set(shown)) == 5
    page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert _shown_units(page.table, column) == sorted(shown, key=sort_key, reverse=True)


def test_talk_log_unit_filter_finds_a_unit_typed_without_diacritics(qtbot, province):
    from desktop_app.ui.pages.talks import TalksPage

    page = TalksPage(province)
    qtbot.addWidget(page)
    assert page.unit_filter.isVisibleTo(page)
    codes = sorted({t.unit_code for t in province.talks.list()})
    busiest = codes[-1]  # the last commune made has five talks
    name = province.units.get(busiest).name
    _type_and_pick(qtbot, page.unit_filter, fold(name))
    assert page.unit_filter.currentText() == name
    assert page.model.rowCount() == 5
    assert {page.model.talk_at(r).unit_code for r in range(5)} == {busiest}
    assert set(_shown_units(page.table, page.model.UNIT_COLUMN)) == {name}
    page.unit_filter.choose("")  # every unit again
    assert page.model.rowCount() == 15


def test_group_filter_of_the_talk_log_tells_same_named_groups_apart(qtbot, province):
    from desktop_app.ui.pages.talks import TalksPage

    page = TalksPage(province)
    qtbot.addWidget(page)
    labels = [page.group_filter.itemText(n) for n in range(1, page.group_filter.count())]
    assert len(labels) == 5 and len(set(labels)) == 5
    assert all(label.startswith(SAME_NAME + " · ") for label in labels)


def test_groups_page_names_the_unit_of_five_same_named_groups_and_filters_by_it(qtbot, province):
    from desktop_app.ui.pages.groups import GroupsPage

    page = GroupsPage(province)
    qtbot.addWidget(page)
    column = page.model.UNIT_COLUMN
    assert not page.table.isColumnHidden(column) and page.unit_filter.isVisibleTo(page)
    assert [page.model.index(r, 0).data() for r in range(5)] == [SAME_NAME] * 5
    units = _shown_units(page.table, column)
    assert len(set(units)) == 5

    page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.DescendingOrder)
    assert _shown_units(page.table, column) == sorted(units, key=sort_key, reverse=True)
    page.table.horizontalHeader().setSortIndicator(column, Qt.SortOrder.AscendingOrder)
    assert _shown_units(page.table, column) == sorted(units, key=sort_key)

    wanted = units[2]
    _type_and_pick(qtbot, page.unit_filter, fold(wanted))
    assert _shown_units(page.table, column) == [wanted]
    assert page.count.text() == "1 nhóm"
    assert page.current is not None and page.current.unit_code == page.unit_filter.currentData()


def test_a_lone_commune_has_neither_unit_column_nor_filter(qtbot, demo_services):
    from desktop_app.ui.pages.groups import GroupsPage
    from desktop_app.ui.pages.talks import TalksPage

    talks, groups = TalksPage(demo_services), GroupsPage(demo_services)
    qtbot.addWidget(talks)
    qtbot.addWidget(groups)
    assert talks.table.isColumnHidden(talks.model.UNIT_COLUMN) and not talks.unit_filter.isVisibleTo(talks)
    assert groups.table.isColumnHidden(groups.model.UNIT_COLUMN) and not groups.unit_filter.isVisibleTo(groups)


def test_a_commune_with_hamlets_gets_them_and_choosing_the_commune_keeps_its_hamlets(qtbot, services):
    from desktop_app.core.enums import UnitKind
    from desktop_app.ui.pages.talks import TalksPage

    hamlet = services.units.add("Ấp Tân Mỹ", UnitKind.HAMLET, "30130")
    services.talks.add(unit_code=hamlet.code, place="Nhà văn hóa ấp Tân Mỹ")
    services.talks.add(place="Hội trường xã")
    page = TalksPage(services)
    qtbot.addWidget(page)
    assert not page.table.isColumnHidden(page.model.UNIT_COLUMN)
    assert [page.unit_filter.itemText(n) for n in range(page.unit_filter.count())] == [
        "Mọi đơn vị",
        "Xã Thanh Bình",
        "Ấp Tân Mỹ",
    ]
    _type_and_pick(qtbot, page.unit_filter, "tan my")
    assert [page.model.talk_at(r).place for r in range(page.model.rowCount())] == ["Nhà văn hóa ấp Tân Mỹ"]
    page.unit_filter.choose("30130")
    assert page.model.rowCount() == 2
