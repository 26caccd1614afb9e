"""A period's orientation set as a whole (what the window's form saves): topics kept by their
folded words keep their ids, a topic left out and a withdrawn period are tombstones that go down in
the next pack, and a refused field writes nothing."""

from __future__ import annotations

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory

from desktop_app.core.enums import Role
from desktop_app.core.errors import ValidationError
from desktop_app.exchange import import_paths

MONTH = TODAY.strftime("%Y-%m")


def _import(s, path):
    return import_paths(s.session.exchange_context(), [path], trust=True, backup=False).files[0]


def test_a_period_is_issued_changed_and_withdrawn_at_both_ends(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        first = agg.orientation.set_period(
            MONTH,
            [("Phòng, chống lừa đảo qua mạng", "high"), ("An toàn giao thông", "normal")],
            due_on="30/11/2026",
            formats=("meeting",),
            key_dates=("22/11/2026:Ngày hội an ninh mạng",),
        )
        assert {t.due_on for t in first} == {"2026-11-30"} and all(t.formats == ("meeting",) for t in first)
        assert _import(commune, agg.exchange.export_pack(to=tmp_path / "d1").path).status == "applied"
        assert len(commune.orientation.list(MONTH)) == 2

        again = agg.orientation.set_period(
            MONTH, [("phong chong lua dao qua mang", "normal"), ("Bảo vệ môi trường", "high")]
        )
        assert again[0].id == first[0].id and again[0].topic == "phong chong lua dao qua mang"
        assert sorted(t.topic for t in agg.orientation.list(MONTH)) == [
            "Bảo vệ môi trường",
            "phong chong lua dao qua mang",
        ]
        assert _import(commune, agg.exchange.export_pack(to=tmp_path / "d2").path).status == "applied"
        assert sorted(t.topic for t in commune.orientation.list(MONTH)) == [
            "Bảo vệ môi trường",
            "phong chong lua dao qua mang",
        ]

        with pytest.raises(ValidationError, match="Hạn hoàn thành"):
            agg.orientation.set_period(MONTH, [("Chủ đề mới", "normal")], due_on="31/02/2026")
        with pytest.raises(ValidationError, match="hai lần"):
            agg.orientation.set_period(MONTH, [("An toàn giao thông", "normal"), ("an toan giao thong", "high")])
        with pytest.raises(ValidationError, match="ít nhất một chủ đề"):
            agg.orientation.set_period(MONTH, [])
        assert len(agg.orientation.list(MONTH)) == 2  # nothing half-changed

        assert agg.orientation.withdraw(MONTH) == 2
        assert agg.orientation.list(MONTH) == []
        assert (
            _import(commune, agg.exchange.export_pack(orientation=MONTH, to=tmp_path / "d3").path).status == "applied"
        )
        assert commune.orientation.list(MONTH) == []
        with pytest.raises(ValidationError, match="Chỉ đơn vị tổng hợp"):
            commune.orientation.set_period(MONTH, [("X", "normal")])
    finally:
        agg.close()
        commune.close()
