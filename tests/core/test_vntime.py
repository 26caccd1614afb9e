"""One time-zone policy: shown times are Vietnam time on any computer; files keep UTC."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from desktop_app.core.vntime import shown_date, shown_time, vn_day


@pytest.fixture(params=["UTC", "America/New_York", "Asia/Ho_Chi_Minh"])
def machine_zone(request, monkeypatch):
    """The computer's own zone (Linux reads TZ); restored afterwards."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_a_stored_utc_time_is_shown_in_vietnam_time_whatever_the_computers_zone(machine_zone):
    assert shown_time("2026-10-31T18:30:00.000Z") == "01/11/2026 01:30"
    assert shown_date("2026-10-31T18:30:00.000Z") == "01/11/2026"
    assert vn_day("2026-10-31T18:30:00Z") == dt.date(2026, 11, 1)
    assert shown_time("2026-11-01T08:00:00+07:00") == "01/11/2026 08:00"


def test_missing_and_unreadable_times_are_said_as_they_are():
    assert shown_time(None) == "—" and shown_time("") == "—"
    assert shown_time("hôm qua") == "hôm qua"
    assert shown_date("2026-13-45T00:00:00Z") == "2026-13-45"
