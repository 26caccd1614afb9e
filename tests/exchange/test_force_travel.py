"""The force travels up: three communes' rosters, courses and conferences rolled up at a province;
phones only in an encrypted copy made with contacts; an erased member leaves no name at the
province; a hostile commune cannot write another commune's member."""

from __future__ import annotations

import json
import uuid

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory, fixed_today
from forge import forge, version

from desktop_app import cli
from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths
from desktop_app.services import Services

PHONE = "0912345678"


def _member(owner: str, unit_code: str, name: str = "Người Giả Mạo") -> dict:
    """A ``force_members`` row as the format documents it (§3)."""
    return {
        "id": str(uuid.uuid4()), "owner_unit": owner, "hlc": version(), "deleted": False, "unit_code": unit_code,
        "name": name, "role": "báo cáo viên", "level": "Xã", "decision_number": "", "decision_date": None,
        "decision_body": "", "status": "active", "status_since": None, "expertise": "", "languages": ["Tiếng Việt"],
        "phone": "", "phone_consent": False,
    }  # fmt: skip


def _up(province, commune, folder, **options):
    path = export_log(commune.session.exchange_context(), to=folder, **options).path
    out = import_paths(
        province.session.exchange_context(), [path], trust=True, backup=False, passphrase=options.get("passphrase")
    ).files[0]
    assert out.status == "applied", (out.reason, out.detail)
    return out


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Three communes with rosters of 3, 4 and 5 members (one báo cáo viên each), the first two
    members trained this year, the first presenting a talk; a province that imported their logs."""
    base = tmp_path_factory.mktemp("force")
    f = Factory(base)
    codes = f.communes(3)
    province = f.make("p", PROVINCE, Role.AGGREGATOR)
    communes = []
    for n, code in enumerate(codes):
        s = f.make(f"c{n}", code)
        members = [
            s.force.add(name=f"Báo Cáo Viên {n}", role="báo cáo viên", level="Xã", phone=PHONE, phone_consent=True)
        ]
        for k in range(2 + n):
            members.append(s.force.add(name=f"Tuyên Truyền Viên {n}.{k}", role="tuyên truyền viên"))
        for m in members[:2]:
            s.force.add_training(m.id, name="Bồi dưỡng nghiệp vụ", start=TODAY.replace(month=3, day=2))
        s.force.add_conference(held_on="10/10/2026", topic="Hội nghị báo cáo viên", attendee_ids=[members[0].id])
        s.talks.add(held_on=TODAY, place="Ấp 1", format="meeting", attendance=30, presenters=members[0].name)
        _up(province, s, base / "up")
        communes.append(s)
    yield {"base": base, "province": province, "communes": communes, "codes": codes}
    for s in (province, *communes):
        s.close()


def test_the_province_sees_each_communes_force(world, monkeypatch, capsys):
    province, codes = world["province"], world["codes"]
    rows = {u.unit_code: u for u in province.force.rollup()}
    assert set(rows) == set(codes)
    for n, code in enumerate(codes):
        u = rows[code]
        assert (u.members, u.by_role) == (3 + n, {"báo cáo viên": 1, "tuyên truyền viên": 2 + n})
        assert (u.trained_this_year, u.active_in_period, u.by_level) == (2, 1, {"Xã": 1})
    assert len(province.force.trainings()) == 6 and len(province.force.conferences()) == 3
    # names and roles travel; the phone did not (the file was not written with contacts)
    assert {r.member.phone for r in province.force.list()} == {""}
    assert province.force.list(unit_codes=(codes[0],))[0].talks == 1

    opened = Services.open.__func__
    monkeypatch.setattr(Services, "open", classmethod(lambda cls, folder, *_a, **_k: opened(cls, folder, fixed_today)))
    code = cli.run(["--data-dir", str(province.data_dir), "force", "summary", "--json"])
    shown = json.loads(capsys.readouterr().out)["units"]
    assert code == 0 and [u["members"] for u in shown] == [rows[u["unit_code"]].members for u in shown]
    assert {u["unit_code"]: u["trained_percent"] for u in shown}[codes[2]] == 40


def test_a_phone_travels_only_encrypted_and_an_erased_member_leaves_no_name(world):
    province, commune, base = world["province"], world["communes"][0], world["base"]
    member = commune.force.list()[0].member
    assert member.phone == PHONE
    _up(province, commune, base / "full", snapshot=True, include_contacts=True, passphrase="mật khẩu chung 2026")
    assert province.force.get(member.id).phone == PHONE
    commune.force.edit(member.id, expertise="Pháp luật")
    _up(province, commune, base / "redacted")  # a redacted copy keeps the phone the province holds
    assert province.force.get(member.id).phone == PHONE

    commune.force.remove(member.id)
    _up(province, commune, base / "erased")
    db = province.session.db
    left = db.execute(
        "SELECT count(*) FROM history WHERE record_id = ? AND (row LIKE ? OR row LIKE ?)",
        [member.id, f"%{member.name}%", f"%{PHONE}%"],
    ).fetchone()[0]
    assert left == 0 and db.execute("SELECT name, phone FROM force_members WHERE id = ?", [member.id]).fetchone() == (
        "",
        "",
    )
    presenters = {r[0] for r in db.execute("SELECT presenters FROM talks WHERE owner_unit = ?", [member.owner_unit])}
    assert presenters == {"(thành viên đã xoá)"}  # the talk still counts, without the name


def test_a_hostile_commune_cannot_write_another_communes_member(world):
    province, base = world["province"], world["base"]
    a, b = world["communes"][0], world["codes"][1]
    key = a.identity.private_key()
    sender = a.session.installation.unit_code
    before = province.session.db.execute("SELECT count(*) FROM force_members").fetchone()
    foreign = forge(base / "h", key, sender, {"force_members": [_member(b, b)]})
    out = import_paths(province.session.exchange_context(), [foreign], backup=False).files[0]
    assert (out.status, out.reason) == ("refused", "foreign_owner")
    misplaced = forge(base / "h", key, sender, {"force_members": [_member(sender, b)]})
    out = import_paths(province.session.exchange_context(), [misplaced], backup=False).files[0]
    assert out.status == "applied" and out.set_aside == {"outside_subtree": 1}
    assert province.session.db.execute("SELECT count(*) FROM force_members").fetchone() == before
