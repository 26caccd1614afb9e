"""A received course, conference, channel or post that names another unit's roster member or channel
is set aside (``foreign_link``); a link to a record not known here is kept, and counts only once it
names a member of the row's own unit."""

from __future__ import annotations

import uuid

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory
from forge import forge, version

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths


def _training(owner: str, member_id: str) -> dict:
    return {
        "id": str(uuid.uuid4()), "owner_unit": owner, "hlc": version(), "deleted": False, "member_id": member_id,
        "unit_code": owner, "name": "Bồi dưỡng giả", "organiser": "", "start": TODAY.replace(month=2).isoformat(),
        "end": None, "result": "", "certificate": "",
    }  # fmt: skip


def _conference(owner: str, attendee_ids: list[str]) -> dict:
    return {
        "id": str(uuid.uuid4()), "owner_unit": owner, "hlc": version(), "deleted": False, "unit_code": owner,
        "held_on": TODAY.replace(month=2).isoformat(), "topic": "Hội nghị giả", "connection_point": "",
        "attendee_ids": attendee_ids,
    }  # fmt: skip


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A province holding two communes' rosters (one untrained member each)."""
    base = tmp_path_factory.mktemp("links")
    f = Factory(base)
    codes = f.communes(2)
    province = f.make("p", PROVINCE, Role.AGGREGATOR)
    communes = []
    for n, code in enumerate(codes):
        s = f.make(f"c{n}", code)
        s.force.add(name=f"Báo Cáo Viên {n}", role="báo cáo viên")
        path = export_log(s.session.exchange_context(), to=base / "up").path
        assert import_paths(province.session.exchange_context(), [path], trust=True, backup=False).files[0].status == (
            "applied"
        )
        communes.append(s)
    yield {"base": base, "province": province, "communes": communes}
    for s in (province, *communes):
        s.close()


def test_a_course_or_conference_naming_another_units_member_is_set_aside(world):
    province, (a, b) = world["province"], world["communes"]
    sender = a.session.installation.unit_code
    own = a.force.list()[0].member.id
    other = b.force.list()[0].member.id
    rows = {
        "force_trainings": [_training(sender, other), _training(sender, own)],
        "force_conferences": [_conference(sender, [own, other])],
    }
    path = forge(world["base"] / "h", a.identity.private_key(), sender, rows)
    out = import_paths(province.session.exchange_context(), [path], backup=False).files[0]
    assert out.status == "applied" and out.set_aside == {"foreign_link": 2}
    assert any("foreign_link" in w for w in out.warnings)
    kept = province.force.trainings()
    assert [t.member_id for t in kept] == [own] and province.force.conferences() == []
    trained = {u.unit_code: u.trained_this_year for u in province.force.rollup()}
    assert trained == {sender: 1, b.session.installation.unit_code: 0}


def test_a_link_to_a_member_not_known_here_is_kept_and_counts_for_no_one(world):
    province, b = world["province"], world["communes"][1]
    sender = b.session.installation.unit_code
    absent = str(uuid.uuid4())
    path = forge(
        world["base"] / "d", b.identity.private_key(), sender, {"force_trainings": [_training(sender, absent)]}
    )
    out = import_paths(province.session.exchange_context(), [path], backup=False).files[0]
    assert out.status == "applied" and out.set_aside == {}
    assert absent in {t.member_id for t in province.force.trainings()}
    assert {u.unit_code: u.trained_this_year for u in province.force.rollup()}[sender] == 0
