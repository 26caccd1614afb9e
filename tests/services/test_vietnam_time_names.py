"""One time-zone policy for names and days: a backup's or a sent file's name and the session's
"today" carry Vietnam time whatever zone the computer is set to; the files themselves keep UTC."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from desktop_app.core.enums import Role
from desktop_app.core.vntime import VN_TZ, vn_now
from desktop_app.services import Services
from desktop_app.services.maintenance import backup_copy

# 20:30 UTC on 31 October is 03:30 on 1 November in Vietnam
EVENING_UTC_MS = int(dt.datetime(2026, 10, 31, 20, 30, tzinfo=dt.UTC).timestamp() * 1000)


@pytest.fixture(params=["UTC", "America/New_York"])
def machine_zone(request, monkeypatch):
    """The computer's own zone (Linux reads TZ), never Vietnam's; restored afterwards."""
    monkeypatch.setenv("TZ", request.param)
    time.tzset()
    yield request.param
    monkeypatch.undo()
    time.tzset()


def test_a_backup_made_at_2030_utc_is_named_0330_next_day(tmp_path, machine_zone):
    s = Services.open(tmp_path / "d", now_ms=lambda: EVENING_UTC_MS)
    try:
        assert s.session.today == dt.date(2026, 11, 1)  # the day in Vietnam, not the computer's
        s.identity.init("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
        path = s.maintenance.backup()
        assert "-20261101-033000-" in path.name
        assert backup_copy(path).made_at == dt.datetime(2026, 11, 1, 3, 30)
    finally:
        s.close()


def _vn_minutes(before: dt.datetime, after: dt.datetime) -> set[str]:
    """Every YYYYmmdd-HHMM between two moments, in Vietnam time."""
    stamps, moment = set(), before.astimezone(VN_TZ).replace(second=0, microsecond=0)
    while moment <= after:
        stamps.add(f"{moment:%Y%m%d-%H%M}")
        moment += dt.timedelta(minutes=1)
    return stamps


def test_the_backup_before_an_import_and_a_sent_file_are_named_in_vietnam_time(tmp_path, machine_zone):
    commune = Services.open(tmp_path / "c")
    province = Services.open(tmp_path / "p")
    try:
        commune.identity.init("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
        province.identity.init("P82", Role.AGGREGATOR, "Trần Thị Lan")
        commune.talks.add(held_on=commune.session.today.isoformat(), place="Ấp Tân Mỹ")
        before = vn_now()
        sent = commune.exchange.export_log(tmp_path / "out")
        plan = province.exchange.plan([sent.path], trusted_files=[str(sent.path)])
        province.exchange.import_files(plan)
        after = vn_now()
        minutes = _vn_minutes(before, after)
        assert sent.path.name.split("_")[-1][:13] in minutes  # 30130_log_YYYYmmdd-HHMM.sotay
        (made,) = (province.data_dir / "backups").glob("*before-import*.db")
        assert backup_copy(made).made_at.strftime("%Y%m%d-%H%M") in minutes
    finally:
        commune.close()
        province.close()
