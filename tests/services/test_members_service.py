"""Setting up a cluster as this installation's unit and choosing its members: the refusals (empty
name, no member, a member outside the parent, a code naming two units) write nothing; members are
changed only at the cluster's own installation."""

from __future__ import annotations

import shutil

import pytest
from cluster_helpers import CLUSTER_NAME, make_cluster
from exchange_helpers import PROVINCE, Factory, fixed_today

from desktop_app.core.enums import Role, UnitKind
from desktop_app.core.errors import SotayError, ValidationError
from desktop_app.services import Services

OTHER_PROVINCE_COMMUNE = "00082"  # Phường Cửa Nam, Hà Nội


@pytest.fixture(scope="module")
def factory(tmp_path_factory):
    return Factory(tmp_path_factory.mktemp("members"))


@pytest.fixture
def blank(factory, tmp_path):
    folder = tmp_path / "blank"
    shutil.copytree(factory.template, folder)
    s = Services.open(folder, today=fixed_today)
    yield s
    s.close()


def test_a_new_cluster_is_this_installations_unit_with_its_members(factory):
    members = factory.communes(3)
    s = make_cluster(factory, "cum-new", members)
    try:
        inst = s.identity.installation
        unit = s.units.get(inst.unit_code)
        assert (unit.name, unit.kind, unit.parent_code, unit.owner_unit) == (
            CLUSTER_NAME,
            UnitKind.CLUSTER,
            PROVINCE,
            inst.unit_code,
        )
        assert inst.role == Role.AGGREGATOR
        assert sorted(u.code for u in s.units.members()) == sorted(members)
        assert [u.code for u in s.units.own()][0] == inst.unit_code and {u.code for u in s.units.own()} >= set(members)
    finally:
        s.close()


@pytest.mark.parametrize(
    ("name", "members", "said"),
    [
        ("   ", ["28249"], "Hãy nhập tên đơn vị mới"),
        (CLUSTER_NAME, [], "ít nhất một đơn vị thành viên"),
        (CLUSTER_NAME, ["28249", OTHER_PROVINCE_COMMUNE], "không thuộc Tỉnh Đồng Tháp"),
        (CLUSTER_NAME, ["82"], "P82"),  # a bare 82 names the province and a commune: refused as in init
    ],
)
def test_a_new_cluster_is_refused_in_vietnamese_and_nothing_is_written(blank, name, members, said):
    with pytest.raises(SotayError) as refused:
        blank.identity.init_new_unit(name, UnitKind.CLUSTER, PROVINCE, members)
    assert said in refused.value.message
    assert not blank.identity.initialised
    assert blank.session.db.execute("SELECT count(*) FROM unit_members").fetchone()[0] == 0
    assert blank.units.list(custom_only=True) == []


def test_only_a_gathering_kind_placed_under_an_official_unit(blank):
    with pytest.raises(ValidationError, match="cụm, khối thi đua hoặc đoàn thể"):
        blank.identity.init_new_unit(CLUSTER_NAME, UnitKind.HAMLET, PROVINCE, ["28249"])
    assert not blank.identity.initialised


def test_members_change_and_the_same_rules_hold(factory):
    first, second, third, fourth = factory.communes(4)
    s = make_cluster(factory, "cum-change", [first, second])
    try:
        changed = s.units.change_members(add=[third], remove=[first])
        assert {u.code for u in changed} == {u.code for u in s.units.members()} == {second, third}
        s.units.set_members([fourth])
        assert [u.code for u in s.units.members()] == [fourth]
        for wrong, said in (([], "ít nhất một"), ([OTHER_PROVINCE_COMMUNE], "không thuộc Tỉnh Đồng Tháp")):
            with pytest.raises(ValidationError, match=said):
                s.units.set_members(wrong)
            assert [u.code for u in s.units.members()] == [fourth]  # unchanged
        own = s.identity.installation.unit_code
        with pytest.raises(ValidationError, match="không thể là thành viên"):
            s.units.set_members([own])
    finally:
        s.close()


def test_a_commune_or_a_province_chooses_no_members(factory):
    s = factory.make("tinh-members", PROVINCE, Role.AGGREGATOR)
    try:
        assert s.units.gathering() is None
        with pytest.raises(ValidationError, match="không phải cụm hay đoàn thể"):
            s.units.set_members(["28249"])
    finally:
        s.close()
