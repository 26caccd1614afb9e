"""How a follow-up ended and the urgent mark travel up with the talk (issue 16, item 5); a file
whose resolved day is before the talk or still to come is refused with its reason, and files of
earlier versions (no such fields) still import as not resolved and not urgent."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory
from forge import forge, talk

from desktop_app.core.enums import FollowUpOutcome, Role
from desktop_app.exchange import export_log, import_paths


def _import(s, path, trust=True):
    return import_paths(s.session.exchange_context(), [path], trust=trust, backup=False).files[0]


def test_the_outcome_resolved_day_and_urgent_mark_arrive_at_the_province(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        held = TODAY - dt.timedelta(days=10)
        sent = commune.talks.add(
            held_on=held,
            questions_text="Hỏi về bồi thường",
            follow_up_text="Chuyển UBND xã",
            follow_up_outcome="transferred",
            follow_up_resolved_on=TODAY - dt.timedelta(days=3),
            urgent=True,
        )
        plain = commune.talks.add(held_on=held, place="Ấp 3")
        bundle = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
        out = _import(agg, bundle)
        assert out.status == "applied", (out.reason, out.detail)
        assert out.urgent == 0  # transferred already: nothing waits
        waiting = commune.talks.add(held_on=held, questions_text="Sạt lở", question_themes=["Môi trường"], urgent=True)
        out = _import(agg, export_log(commune.session.exchange_context(), to=tmp_path / "up").path)
        assert (out.status, out.urgent) == ("applied", 1)
        assert [t.id for t in agg.talks.urgent(others_only=True)] == [waiting.id]
        got = agg.talks.get(sent.id)
        assert got.follow_up_outcome == FollowUpOutcome.TRANSFERRED
        assert got.follow_up_resolved_on == TODAY - dt.timedelta(days=3)
        assert got.urgent and got.extra == {}
        assert not agg.talks.get(plain.id).urgent
    finally:
        agg.close()
        commune.close()


@pytest.mark.parametrize(
    ("resolved", "words"),
    [("2026-11-01", "trước ngày của buổi"), ((TODAY + dt.timedelta(days=5)).isoformat(), "chưa tới")],
)
def test_a_bundle_with_a_bad_resolved_day_is_refused_with_its_reason(tmp_path, resolved, words):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        key = commune.identity.private_key()
        good = talk("30130", held_on="2026-11-05")
        bad = talk(
            "30130",
            held_on="2026-11-05",
            follow_up_text="Trả lời về giá điện",
            follow_up_status="done",
            follow_up_outcome="answered",
            follow_up_resolved_on=resolved,
        )
        out = _import(agg, forge(tmp_path / "h", key, "30130", {"talks": [good, bad]}), trust=True)
        assert (out.status, out.reason) == ("refused", "invalid_record"), (out.reason, out.detail)
        assert "Ngày giải quyết" in out.message and words in out.message
        assert "follow_up_resolved_on" in out.detail
        assert agg.talks.count() == 0  # nothing of the file written, the good row neither
    finally:
        agg.close()
        commune.close()


def test_a_row_of_an_earlier_version_reads_as_open_and_not_urgent(tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    try:
        row = talk("30130", held_on="2026-11-05", follow_up_text="Trả lời", follow_up_status="open")
        out = _import(agg, forge(tmp_path / "h", commune.identity.private_key(), "30130", {"talks": [row]}))
        assert out.status == "applied", (out.reason, out.detail)
        got = agg.talks.get(row["id"])
        assert (got.follow_up_outcome, got.follow_up_resolved_on, got.urgent) == (None, None, False)
    finally:
        agg.close()
        commune.close()
