"""An orientation travels down in a pack (issue 16 item 1): issued at a province, received at a
commune, covered there by two talks and counted at both ends; a commune cannot send one."""

from __future__ import annotations

import uuid

from exchange_helpers import PROVINCE, TODAY, Factory
from forge import forge, version

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths

MONTH = TODAY.strftime("%Y-%m")
TOPICS = ("Phòng, chống lừa đảo qua mạng", "Bảo vệ môi trường", "An toàn giao thông")


def _import(s, path, trust=True):
    return import_paths(s.session.exchange_context(), [path], trust=trust, backup=False).files[0]


def _talk(s, topics):
    s.talks.add(held_on=TODAY, format="meeting", place="Nhà văn hóa ấp 2", attendance=40, topics=topics)


def _orientation_row(owner):
    return {
        "id": str(uuid.uuid4()),
        "owner_unit": owner,
        "hlc": version(),
        "deleted": False,
        "period": MONTH,
        "topic": "Chủ đề xã tự đặt",
        "priority": "high",
        "due_on": None,
        "document_ids": [],
        "formats": [],
    }


def test_an_orientation_goes_down_is_covered_by_two_talks_and_counted_at_both_ends(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        for topic in TOPICS:
            agg.orientation.add(MONTH, topic, priority="high" if topic == TOPICS[0] else "normal", due_on="30/11/2026")
        agg.orientation.add("2026-10", "Kỷ niệm ngày thành lập Mặt trận")  # over: stays out of the pack
        pack = agg.exchange.export_pack(to=tmp_path / "down")
        assert pack.counts.get("orientations") == 3
        assert _import(commune, pack.path).status == "applied"
        received = commune.orientation.list(MONTH)
        assert [t.topic for t in received] == [TOPICS[0], TOPICS[2], TOPICS[1]]
        assert received[0].due_on == "2026-11-30" and commune.orientation.current_period() == MONTH

        _talk(commune, ["phong chong lua dao qua mang"])
        _talk(commune, ["Chuyển đổi số", "Bảo vệ Môi trường"])
        (here,) = commune.orientation.coverage(MONTH).units
        assert here.unit_code == "30130" and here.count == 2

        assert _import(agg, export_log(commune.session.exchange_context(), to=tmp_path / "up").path).status == "applied"
        there = agg.orientation.coverage(MONTH)
        row = next(u for u in there.units if u.unit_code == "30130")
        covered = [t.topic for t, done in zip(there.topics, row.covered, strict=True) if done]
        assert sorted(covered) == sorted(TOPICS[:2])
        assert all(u.count == 0 for u in there.units if u.unit_code != "30130")
    finally:
        agg.close()
        commune.close()


def test_a_commune_bundle_carrying_an_orientation_is_refused(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        _talk(commune, ["Bảo vệ môi trường"])
        assert _import(agg, export_log(commune.session.exchange_context(), to=tmp_path / "up").path).status == "applied"
        key = commune.identity.private_key()
        for kind, role in (("log", "commune"), ("pack", "aggregator")):
            path = forge(
                tmp_path / "h", key, "30130", {"orientations": [_orientation_row("30130")]}, kind=kind, role=role
            )
            out = _import(agg, path, trust=False)
            assert (out.status, out.reason) == ("refused", "orientations_not_allowed"), (out.reason, out.detail)
            assert "định hướng" in out.message
        assert agg.orientation.list() == []
    finally:
        agg.close()
        commune.close()
