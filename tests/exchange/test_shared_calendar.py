"""Calendar entries from above (issue 16 item 2): a province adds "Tháng hành động …", its pack
carries it, the commune's calendar and reminders show it as from above; the commune may hide it but
not change it; the province's change and withdrawal follow in later packs; a commune's log (or a
forged pack) carrying calendar rows is refused, and a day no year has is refused."""

from __future__ import annotations

import json
import uuid

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory
from forge import forge, version

from desktop_app.cli import run
from desktop_app.core.enums import Role
from desktop_app.core.errors import ValidationError
from desktop_app.exchange import export_log, import_paths

CAMPAIGN = "Tháng hành động phòng, chống ma túy của tỉnh"


def _import(s, path, trust=True):
    return import_paths(s.session.exchange_context(), [path], trust=trust, backup=False).files[0]


def _row(owner, **fields):
    return {
        "id": str(uuid.uuid4()),
        "owner_unit": owner,
        "hlc": version(),
        "deleted": False,
        "kind": "campaign",
        "title": "Đợt tự đặt",
        "start_md": "12-01",
        "end_md": "12-31",
        "major": False,
        **fields,
    }


def test_a_province_entry_goes_down_shows_as_from_above_and_can_be_hidden_not_changed(tmp_path, capsys):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        added = agg.calendar.add(CAMPAIGN, "25/11", "25/12", kind="campaign")
        assert agg.calendar.get(added.id).from_above == ""  # the province's own: editable there
        agg.orientation.add(TODAY.strftime("%Y-%m"), "Phòng, chống ma túy")
        pack = agg.exchange.export_pack(to=tmp_path / "d1")
        assert pack.counts.get("shared_calendar") == 1
        assert _import(commune, pack.path).status == "applied"

        received = commune.calendar.get(added.id)
        assert (received.title, received.start, received.end, received.from_above) == (
            CAMPAIGN,
            "11-25",
            "12-25",
            PROVINCE,
        )
        commune.calendar.set_remind_days(10)  # today is 20/11/2026 in the tests
        (soon,) = [r for r in commune.calendar.reminders() if r.entry.id == added.id]
        assert soon.days_left == 5 and soon.entry.from_above == PROVINCE
        capsys.readouterr()
        assert run(["--data-dir", str(tmp_path / "c"), "calendar", "list", "--json"]) == 0
        listed = json.loads(capsys.readouterr().out)["entries"]
        assert next(e for e in listed if e["id"] == added.id)["from_above"] == PROVINCE
        assert run(["--data-dir", str(tmp_path / "c"), "calendar", "add", "--id", added.id, "--title", "X"]) == 1
        assert "do cấp trên gửi xuống" in capsys.readouterr().err
        with pytest.raises(ValidationError, match="do cấp trên gửi xuống"):
            commune.calendar.edit(added.id, title="Sửa tên")

        agg.calendar.edit(added.id, title=CAMPAIGN + " năm 2026")
        assert _import(commune, agg.exchange.export_pack(to=tmp_path / "d2").path).status == "applied"
        assert commune.calendar.get(added.id).title == CAMPAIGN + " năm 2026"

        commune.calendar.remove(added.id)  # hidden here only
        assert all(e.id != added.id for e in commune.calendar.list())
        agg.calendar.remove(added.id)  # withdrawn at the province: a tombstone goes down
        assert all(e.id != added.id for e in agg.calendar.list())
        assert _import(commune, agg.exchange.export_pack(to=tmp_path / "d3").path).status == "applied"
        assert all(e.id != added.id for e in commune.calendar.list())
    finally:
        agg.close()
        commune.close()


def test_calendar_rows_from_a_commune_or_with_a_bad_day_are_refused(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        commune.calendar.add("Ngày hội của xã", "25/11")  # a commune's own entry stays home
        log = export_log(commune.session.exchange_context(), to=tmp_path / "up")
        assert "shared_calendar" not in log.counts
        assert _import(agg, log.path).status == "applied"
        key = commune.identity.private_key()
        for kind, role in (("log", "commune"), ("pack", "aggregator")):
            path = forge(tmp_path / "h", key, "30130", {"shared_calendar": [_row("30130")]}, kind=kind, role=role)
            out = _import(agg, path, trust=False)
            assert (out.status, out.reason) == ("refused", "calendar_not_allowed"), (out.reason, out.detail)
            assert "lịch" in out.message
        akey = agg.identity.private_key()
        for bad in ({"start_md": "02-30"}, {"end_md": "2026-12-31"}, {"start_md": "02-29"}):
            path = forge(
                tmp_path / "h2",
                akey,
                PROVINCE,
                {"shared_calendar": [_row(PROVINCE, **bad)]},
                kind="pack",
                role="aggregator",
            )
            out = _import(commune, path)
            assert (out.status, out.reason) == ("refused", "invalid_record"), (bad, out.reason, out.detail)
        assert all(not e.from_above for e in commune.calendar.list())
        assert all(not e.from_above for e in agg.calendar.list())
    finally:
        agg.close()
        commune.close()
