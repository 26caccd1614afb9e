"""An orientation's key dates (issue 16 item 1) travel down with it and feed the commune's "Sắp
đến" reminders; a key date that is not a real day with a label is refused as the orientation's
other fields are, and a topic from a sender that knew no key dates still imports."""

from __future__ import annotations

import datetime as dt
import uuid

from exchange_helpers import PROVINCE, TODAY, Factory
from forge import forge, version

from desktop_app.core.enums import Role
from desktop_app.core.orientation import KeyDate

MONTH = TODAY.strftime("%Y-%m")
SOON = TODAY + dt.timedelta(days=5)


def _import(s, path, trust=True):
    from desktop_app.exchange import import_paths

    return import_paths(s.session.exchange_context(), [path], trust=trust, backup=False).files[0]


def _row(owner, **fields):
    return {
        "id": str(uuid.uuid4()),
        "owner_unit": owner,
        "hlc": version(),
        "deleted": False,
        "period": MONTH,
        "topic": "Kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam",
        "priority": "high",
        "due_on": None,
        "document_ids": [],
        "formats": [],
        **fields,
    }


def test_key_dates_go_down_with_the_orientation_and_are_reminded_at_the_commune(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        later = (TODAY + dt.timedelta(days=40)).isoformat()
        agg.orientation.add(
            MONTH,
            "Phòng, chống lừa đảo qua mạng",
            key_dates=(f"{SOON:%d/%m/%Y}:Ngày hội an ninh mạng của tỉnh", f"{later}:Tổng kết đợt cao điểm"),
        )
        pack = agg.exchange.export_pack(to=tmp_path / "down")
        assert _import(commune, pack.path).status == "applied"
        (received,) = commune.orientation.list(MONTH)
        assert received.key_dates == (
            KeyDate(SOON, "Ngày hội an ninh mạng của tỉnh"),
            KeyDate(dt.date.fromisoformat(later), "Tổng kết đợt cao điểm"),
        )
        commune.calendar.set_remind_days(10)
        from_above = [r for r in commune.calendar.reminders() if r.from_orientation]
        assert [(r.on, r.days_left, r.entry.title) for r in from_above] == [(SOON, 5, "Ngày hội an ninh mạng của tỉnh")]
        assert from_above[0].text == f"còn 5 ngày đến {SOON.day}/{SOON.month}: Ngày hội an ninh mạng của tỉnh"
        commune.calendar.set_remind_days(45)
        assert sum(r.from_orientation for r in commune.calendar.reminders()) == 2
    finally:
        agg.close()
        commune.close()


def test_a_bad_key_date_in_a_pack_is_refused_and_nothing_is_written(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        key = agg.identity.private_key()
        for bad in ("2026-02-30:Ngày không có", "2026-12-22:", "22/12/2026:Sai dạng", 20261222):
            path = forge(
                tmp_path / "h",
                key,
                PROVINCE,
                {"orientations": [_row(PROVINCE, key_dates=[bad])]},
                kind="pack",
                role="aggregator",
            )
            out = _import(commune, path)
            assert (out.status, out.reason) == ("refused", "invalid_record"), (bad, out.reason, out.detail)
            assert "Ngày cần nhớ" in out.message or "ngày cần nhớ" in out.message
        assert commune.orientation.list() == []
    finally:
        agg.close()
        commune.close()


def test_a_topic_from_a_sender_without_key_dates_imports_with_none(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        path = forge(
            tmp_path / "h",
            agg.identity.private_key(),
            PROVINCE,
            {"orientations": [_row(PROVINCE)]},
            kind="pack",
            role="aggregator",
        )
        assert _import(commune, path).status == "applied"
        (received,) = commune.orientation.list(MONTH)
        assert received.key_dates == ()
        assert not any(r.from_orientation for r in commune.calendar.reminders(366))
    finally:
        agg.close()
        commune.close()
