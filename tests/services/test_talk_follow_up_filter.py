"""The talk log's follow-up filter (``core.filters.follow_up_scope``): talks whose follow-up is still
open, or open and past due (what home's "Cần làm ngay" counts); the same on the command line."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from exchange_helpers import TODAY, Factory, fixed_today

from desktop_app import cli
from desktop_app.core.filters import TalkFilter, follow_up_scope
from desktop_app.services import Services

DAY = dt.timedelta(days=1)


@pytest.fixture
def commune(tmp_path):
    s = Factory(tmp_path).make("xa", "30130")
    for place, due, status in (
        ("Ấp 1", TODAY - 3 * DAY, "open"),  # overdue
        ("Ấp 2", TODAY, "open"),  # due today: not overdue yet
        ("Ấp 3", TODAY - 9 * DAY, "done"),  # settled
        ("Ấp 4", None, "none"),
    ):
        s.talks.add(
            held_on=TODAY - 20 * DAY,
            place=place,
            attendance=10,
            follow_up_text="Trả lời kiến nghị" if due else "",
            follow_up_due=due,
            follow_up_status=status,
        )
    yield s
    s.close()


def _places(s: Services, key: str | None) -> list[str]:
    return sorted(t.place for t in s.talks.list(TalkFilter(**follow_up_scope(key, TODAY))))


def test_open_and_overdue_follow_ups_are_filtered(commune):
    assert _places(commune, None) == ["Ấp 1", "Ấp 2", "Ấp 3", "Ấp 4"]
    assert _places(commune, "open") == ["Ấp 1", "Ấp 2"]
    assert _places(commune, "overdue") == ["Ấp 1"]
    assert commune.talks.count(TalkFilter(**follow_up_scope("overdue", TODAY))) == 1


def test_the_command_line_filters_the_same(commune, monkeypatch, capsys):
    opened = Services.open.__func__
    monkeypatch.setattr(Services, "open", classmethod(lambda cls, folder, *_a, **_k: opened(cls, folder, fixed_today)))
    folder = str(commune.data_dir)
    for key, places in (("open", ["Ấp 1", "Ấp 2"]), ("overdue", ["Ấp 1"])):
        assert cli.run(["--data-dir", folder, "talks", "list", "--follow-up", key, "--json"]) == 0
        shown = json.loads(capsys.readouterr().out)
        assert shown["total"] == len(places) and sorted(t["place"] for t in shown["talks"]) == places
