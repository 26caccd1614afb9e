"""Records and the rules the core keeps: identity, versions, validation messages."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.core.clock import Clock, Hlc, is_hlc
from desktop_app.core.errors import ValidationError
from desktop_app.core.ids import is_uuid, uuid7
from tests.conftest import TODAY


def test_uuid7_is_time_ordered_and_versioned():
    ids = [uuid7() for _ in range(2000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(is_uuid(i) and i[14] == "7" for i in ids)


def test_hlc_orders_as_text_and_survives_a_clock_going_back():
    now = [1_700_000_000_000]
    clock = Clock("node0001", now_ms=lambda: now[0])
    a = clock.tick()
    now[0] -= 60_000  # the laptop's clock jumps back a minute
    b = clock.tick()
    assert a < b and is_hlc(a) and is_hlc(b)
    assert Hlc.parse(b).ms == Hlc.parse(a).ms


def test_hlc_ignores_remote_versions_far_in_the_future():
    now = [1_700_000_000_000]
    clock = Clock("node0001", now_ms=lambda: now[0])
    clock.observe(str(Hlc(now[0] + 365 * 86_400_000, 0, "liar")))
    assert Hlc.parse(clock.tick()).ms == now[0]
    clock.observe(str(Hlc(now[0] + 5_000, 3, "peer")))
    assert clock.tick() > str(Hlc(now[0] + 5_000, 3, "peer"))


def test_every_synced_record_gets_identity(services):
    talk = services.talks.add(place="Nhà văn hóa ấp Tân Mỹ", attendance=45, topics=["Chuyển đổi số"])
    assert is_uuid(talk.id) and is_hlc(talk.hlc)
    assert talk.owner_unit == "30130" and talk.unit_code == "30130"
    assert talk.held_on == TODAY and talk.deleted is False and talk.extra == {}
    group = services.groups.add(name="Ấp Tân Mỹ", kind="hamlet", size=600)
    assert is_uuid(group.id) and is_hlc(group.hlc) and group.hlc > talk.hlc


@pytest.mark.parametrize(
    ("fields", "field", "words"),
    [
        ({"held_on": "25/12/2026"}, "held_on", "chưa tới"),
        ({"held_on": "31/02/2026"}, "held_on", "không phải là ngày"),
        ({"attendance": -1}, "attendance", "số âm"),
        ({"attendance": 1_000_000}, "attendance", "vượt mức"),
        ({"place": "x" * 201}, "place", "dài quá"),
        ({"start_time": "25:00"}, "start_time", "giờ"),
        ({"format": "party"}, "format", "không hợp lệ"),
    ],
)
def test_talk_validation_names_the_field(services, fields, field, words):
    with pytest.raises(ValidationError) as info:
        services.talks.add(**fields)
    assert info.value.field == field
    assert words in info.value.message
    assert info.value.detail  # the English detail for logs
    assert services.talks.list() == []


def test_attendance_ceiling_is_configurable(services):
    services.identity.set_limits(max_attendance=100)
    with pytest.raises(ValidationError):
        services.talks.add(attendance=101)
    assert services.talks.add(attendance=100).attendance == 100


def test_group_contact_needs_consent(services):
    with pytest.raises(ValidationError) as info:
        services.groups.add(name="Nhóm Zalo ấp Tân Phú", kind="zalo_group", contact_name="Trần Thị Mai")
    assert "đồng ý" in info.value.message
    group = services.groups.add(
        name="Nhóm Zalo ấp Tân Phú",
        kind="zalo_group",
        contact_name="Trần Thị Mai",
        contact_phone="0912 345 678",
        contact_consent=True,
    )
    assert group.consent_date == TODAY


def test_delete_is_a_tombstone_that_can_be_undone(services):
    talk = services.talks.add(place="Hội trường xã", attendance=30)
    deleted = services.talks.delete(talk.id)
    assert deleted.deleted and deleted.hlc > talk.hlc
    assert services.talks.list() == []
    restored = services.talks.restore(talk.id)
    assert not restored.deleted and [t.id for t in services.talks.list()] == [talk.id]
    history = services.session.db.execute("SELECT count(*) FROM history WHERE record_id = ?", [talk.id]).fetchone()[0]
    assert history == 2  # both replaced versions kept


def test_talk_links_follow_the_record(services):
    group = services.groups.add(name="Hội Nông dân xã", kind="mass_organisation")
    talk = services.talks.add(topics=["Chuyển đổi số", "chuyen doi so", "An toàn giao thông"], group_ids=[group.id])
    assert talk.topics == ("Chuyển đổi số", "An toàn giao thông")  # one topic per folded spelling
    from desktop_app.core.filters import TalkFilter

    assert [t.id for t in services.talks.list(TalkFilter(topic="CHUYỂN ĐỔI SỐ"))] == [talk.id]
    assert [t.id for t in services.talks.list(TalkFilter(group_id=group.id))] == [talk.id]
    edited = services.talks.save(services.talks.new(id=talk.id, topics=["An toàn giao thông"]))
    assert edited.topics == ("An toàn giao thông",)
    assert services.talks.list(TalkFilter(topic="Chuyển đổi số")) == []


def test_only_the_owner_edits(services):
    import dataclasses

    talk = services.talks.add(place="Ấp Tân Thạnh")
    foreign = dataclasses.replace(talk, owner_unit="29884")
    with pytest.raises(ValidationError):
        services.talks.save(foreign)


def test_units_roll_up_old_names(services):
    from desktop_app.core.enums import UnitKind

    hits = services.units.search("tan my thanh binh")  # the old commune, in the old district
    assert [u.code for u in hits] == ["30130"]
    assert services.units.search("thanh binh dong thap")[0].code == "30130"
    # A talk logged under the old commune's name rolls up into the commune it joined.
    assert services.talks.add(unit_code="Xã Tân Mỹ").unit_code == "30130"
    from desktop_app.storage.units import resolve_code

    assert resolve_code(services.session.db, "Xã Tân Mỹ, Huyện Thanh Bình") == "30130"
    with pytest.raises(Exception, match="2 đơn vị"):  # two old Xã Tân Mỹ in Đồng Tháp
        resolve_code(services.session.db, "Xã Tân Mỹ", within="P82")
    hamlet = services.units.add("Ấp Tân Mỹ", kind=UnitKind.HAMLET, parent_code="30130")
    assert hamlet.parent_code == "30130" and hamlet.province_code == "P82"
    assert hamlet.code in services.session.own_units()
    talk = services.talks.add(unit_code=hamlet.code, held_on=dt.date(2026, 11, 1))
    assert talk.unit_code == hamlet.code


def test_talks_outside_the_unit_are_refused(services):
    with pytest.raises(ValidationError) as info:
        services.talks.add(unit_code="29884")
    assert info.value.field == "unit_code"


def test_custom_units_outside_the_unit_are_refused(services):
    """A province receiving this log sets aside a unit placed under a neighbour or under the province
    (``outside_subtree``), and every talk held there: this installation must not save one."""
    from desktop_app.core.enums import UnitKind

    for parent in ("29884", "P82"):
        with pytest.raises(ValidationError) as info:
            services.units.add("Ấp bên cạnh", kind=UnitKind.HAMLET, parent_code=parent)
        assert info.value.field == "parent_code"
    assert services.session.db.execute("SELECT count(*) FROM units WHERE official = 0").fetchone() == (0,)
