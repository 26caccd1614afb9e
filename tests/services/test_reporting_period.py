"""Who has reported, one definition: the reporting rule (due days, reporting months from the 1st or
from another day), the missing list and the reminder text for a month with late and silent communes,
and the exchange status reading the same status as the reports and ``sotay status``."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from exchange_helpers import PROVINCE, fixed_today
from reporting_month import reporting_month

from desktop_app import cli
from desktop_app.core.errors import ValidationError
from desktop_app.services import Services
from desktop_app.services.reports import ReportingRule, ReportService

OCTOBER = ReportService.period("2026-10")


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    return reporting_month(tmp_path_factory.mktemp("reporting-month"))


@pytest.fixture
def aggregator(month):
    s = month.open()
    yield s
    s.close()


def test_the_reporting_rule_by_default_and_over_a_15th_to_14th_cycle():
    rule = ReportingRule()
    assert rule.current_period(dt.date(2026, 11, 20)) == OCTOBER
    assert rule.deadline(OCTOBER) == dt.date(2026, 11, 5)
    cycle = ReportingRule(due_days=3, cycle_start=15)
    period = cycle.current_period(dt.date(2026, 11, 20))
    assert (period.start, period.end) == (dt.date(2026, 10, 15), dt.date(2026, 11, 14))
    assert cycle.deadline(period) == dt.date(2026, 11, 17)
    assert cycle.current_period(dt.date(2026, 11, 14)).start == dt.date(2026, 9, 15)
    across = cycle.current_period(dt.date(2027, 1, 3))
    assert (across.start, across.end) == (dt.date(2026, 11, 15), dt.date(2026, 12, 14))


@pytest.mark.parametrize(("due", "start"), [(-1, 1), (61, 1), (5, 0), (5, 29)])
def test_a_reporting_rule_out_of_range_is_refused_in_vietnamese(aggregator, due, start):
    before = aggregator.reports.rule()
    with pytest.raises(ValidationError) as refused:
        aggregator.reports.set_rule(due, start)
    assert "báo cáo" in refused.value.message
    assert aggregator.reports.rule() == before  # nothing saved


@pytest.mark.parametrize("saved", ["abc", 90, None])
def test_a_due_day_setting_written_by_hand_falls_back_to_the_default(aggregator, saved):
    aggregator.identity.set_preference("reports.grace_days", saved)
    try:
        assert aggregator.reports.rule() == ReportingRule()
        assert aggregator.reports.status(PROVINCE, OCTOBER).deadline == dt.date(2026, 11, 5)
    finally:
        aggregator.identity.set_preference("reports.grace_days", 5)


def test_the_missing_list_for_a_month_with_late_and_silent_communes(month, aggregator):
    status = aggregator.reports.status(PROVINCE, OCTOBER)
    by = {r.code: r.status for r in status.rows}
    assert (by[month.on_time], by[month.late], by[month.partial]) == ("on_time", "late", "partial")
    assert (status.received, status.on_time, status.count("late")) == (2, 1, 1)
    missing = [r.code for r in status.not_received]
    assert month.partial in missing and month.on_time not in missing and month.late not in missing
    assert len(missing) == status.expected - 2 and status.count("missing") == status.expected - 3
    assert status.as_dict()["not_received"] == missing


def test_the_reminder_names_the_missing_units_and_the_deadline(month, aggregator):
    status = aggregator.reports.status(PROVINCE, OCTOBER)
    text = aggregator.reports.reminder(status)
    assert text.startswith("[Nhắc báo cáo] Tỉnh Đồng Tháp đến ngày 20/11/2026")
    assert "tháng 10 năm 2026 (đã quá hạn ngày 05/11/2026)" in text
    assert f"của {status.expected - 2}/{status.expected} đơn vị:" in text
    listed = [line.split(". ", 1)[1] for line in text.splitlines() if line[:1].isdigit()]
    assert listed == [r.name for r in status.not_received]
    units = aggregator.units
    assert units.get(month.partial).name in listed
    assert units.get(month.late).name not in listed and units.get(month.on_time).name not in listed


def test_before_the_deadline_the_reminder_asks_for_the_file_by_the_deadline(month):
    s = Services.open(month.aggregator, today=lambda: dt.date(2026, 11, 3))
    try:
        status = s.reports.status(PROVINCE, OCTOBER)
        assert status.count("pending") == status.expected - 2  # the on-time file was made on 3/11
        assert "(hạn gửi ngày 05/11/2026)" in s.reports.reminder(status)
    finally:
        s.close()


def test_the_exchange_status_reads_the_same_definition(month, aggregator):
    status = aggregator.exchange.status(count_waiting=False)
    reporting = aggregator.reports.status(PROVINCE, OCTOBER)
    assert status.reporting is not None and status.reporting.period == OCTOBER
    assert status.reporting.as_dict() == reporting.as_dict()
    # a unit that sent a file during the month has not reported for it
    assert status.not_reported == tuple(r.name for r in reporting.not_received)
    assert aggregator.units.get(month.partial).name in status.not_reported


def test_the_due_day_setting_moves_the_deadline_everywhere(month, tmp_path):
    import shutil

    from reporting_month import ReportingMonth

    copy = ReportingMonth(shutil.copytree(month.aggregator, tmp_path / "a"), month.on_time, month.late, month.partial)
    s = copy.open()
    try:
        s.reports.set_rule(15)
        status = s.reports.status(PROVINCE, OCTOBER)
        assert status.deadline == dt.date(2026, 11, 15)
        assert {r.code: r.status for r in status.rows}[month.late] == "on_time"
        assert s.exchange.status(count_waiting=False).reporting.as_dict() == status.as_dict()
        s.reports.set_rule(5, 15)
        assert s.reports.current_period().start == dt.date(2026, 10, 15)
    finally:
        s.close()


def test_sotay_status_prints_the_reminder_and_adds_it_to_the_json(month, capsys, monkeypatch):
    opened = Services.open.__func__
    monkeypatch.setattr(Services, "open", classmethod(lambda cls, folder: opened(cls, folder, today=fixed_today)))
    data_dir = str(month.aggregator)
    assert cli.run(["--data-dir", data_dir, "status", "--period", "2026-10", "--reminder"]) == 0
    text = capsys.readouterr().out
    assert text.startswith("[Nhắc báo cáo]") and "đã quá hạn ngày 05/11/2026" in text
    assert cli.run(["--data-dir", data_dir, "status", "--period", "2026-10", "--json", "--reminder"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reminder"] + "\n" == text
    assert {"expected", "received", "on_time", "late", "missing", "rows"} <= data.keys()
