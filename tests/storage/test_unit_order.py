"""The talk log sorted by unit (name in Vietnamese order, in SQL) and filtered by units; groups of
some units only: a commune with hamlets, through the services."""

from __future__ import annotations

import pytest

from desktop_app.core.enums import UnitKind
from desktop_app.core.filters import TalkFilter, unit_labels, units_within

# Vietnamese order, which code-point order is not: a < ă < â < b, d < đ.
HAMLETS_IN_ORDER = ("Ấp An", "Ấp Ăn", "Ấp Ân", "Ấp Bình", "Ấp Dương", "Ấp Đông")


@pytest.fixture
def hamlets(services):
    """Xã Thanh Bình (the ``services`` installation) with six hamlets, made in reverse order."""
    made = {}
    for name in reversed(HAMLETS_IN_ORDER):
        unit = services.units.add(name, UnitKind.HAMLET, "30130")
        made[name] = unit.code
        services.talks.add(held_on="2026-11-02", unit_code=unit.code, place=name)
        services.talks.add(held_on="2026-11-03", unit_code=unit.code, place=name)
        services.groups.add(name="Chi hội Phụ nữ", kind="mass_organisation", unit_code=unit.code)
    services.talks.add(held_on="2026-11-01", place="Hội trường xã")
    return made


def test_talks_sort_by_unit_name_in_vietnamese_order(services, hamlets):
    ids = services.talks.ids(TalkFilter(), "unit", descending=False)
    places = [t.place for t in services.talks.by_ids(ids)]
    expected = [p for name in HAMLETS_IN_ORDER for p in (name, name)]
    assert places == expected + ["Hội trường xã"]  # "Xã Thanh Bình" after every "Ấp"
    assert [t.held_on.day for t in services.talks.by_ids(ids[:2])] == [3, 2]  # newest first within a unit
    down = services.talks.ids(TalkFilter(), "unit", descending=True)
    assert [t.place for t in services.talks.by_ids(down)][:3] == ["Hội trường xã", "Ấp Đông", "Ấp Đông"]
    width, packed = services.talks.packed_ids(TalkFilter(), "unit", descending=False)
    assert [packed[i : i + width] for i in range(0, len(packed), width)] == ids


def test_talks_and_groups_filter_by_units(services, hamlets):
    two = (hamlets["Ấp Ân"], hamlets["Ấp Đông"])
    talks = services.talks.list(TalkFilter(unit_codes=two), sort="unit", descending=False)
    assert [t.place for t in talks] == ["Ấp Ân", "Ấp Ân", "Ấp Đông", "Ấp Đông"]
    groups = services.groups.list(unit_codes=two)
    assert sorted(g.unit_code for g in groups) == sorted(two)
    assert len(services.groups.list()) == len(HAMLETS_IN_ORDER)


def test_own_units_root_first_then_vietnamese_order(services, hamlets):
    own = services.units.own()
    assert [u.name for u in own] == ["Xã Thanh Bình", *HAMLETS_IN_ORDER]


def test_units_within_and_labels_of_same_named_units(services, hamlets):
    services.units.add("Tổ 1", UnitKind.PARTY_CELL, hamlets["Ấp An"])
    services.units.add("Tổ 1", UnitKind.PARTY_CELL, hamlets["Ấp Bình"])
    own = services.units.own()
    by_name = {u.name: u.code for u in own}
    within = units_within(own, hamlets["Ấp An"])
    assert within[0] == hamlets["Ấp An"] and len(within) == 2
    assert len(units_within(own, "30130")) == len(own)
    labels = unit_labels(own)
    assert sorted(v for v in labels.values() if v.startswith("Tổ 1")) == ["Tổ 1, Ấp An", "Tổ 1, Ấp Bình"]
    assert labels[by_name["Ấp Đông"]] == "Ấp Đông"
