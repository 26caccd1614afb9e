"""The report use cases behind one door (services.reports): the units a report covers, a period's
report with its reporting status, document options filled from the saved preferences, files written,
and locks signed by this installation; the command line goes through the same service."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app import cli
from desktop_app.core.enums import Role
from desktop_app.core.errors import NotFoundError, ValidationError
from desktop_app.reports.build import build_report
from desktop_app.reports.completeness import completeness
from desktop_app.services import Services
from desktop_app.services.reports import ALL, BuiltReport, ReportService, ReportUnit

TODAY = dt.date(2026, 11, 20)
Q3 = ReportService.period("2026-Q3")


@pytest.fixture
def aggregator(tmp_path):
    s = Services.open(tmp_path / "agg", today=lambda: TODAY)
    s.identity.init("P82", Role.AGGREGATOR, "")
    yield s
    s.close()


def test_the_facade_offers_one_report_service(demo_services):
    assert isinstance(demo_services.reports, ReportService)
    assert demo_services.reports is demo_services.reports


def test_a_commune_report_equals_the_built_report_and_has_no_status(demo_services):
    built = demo_services.reports.build("30130", Q3)
    expected = build_report(demo_services.session.db, "30130", Q3, today=demo_services.session.today)
    assert built.report.totals == expected.totals
    assert built.report.breakdowns == expected.breakdowns
    assert built.status is None
    assert built.as_json()["totals"] == expected.totals.as_dict()
    assert "completeness" not in built.as_json()


def test_an_aggregator_report_carries_who_has_reported(aggregator):
    october = ReportService.period("2026-10")
    built = aggregator.reports.build("P82", october)
    expected = completeness(aggregator.session.db, "P82", october, today=TODAY)
    assert isinstance(built, BuiltReport) and built.status is not None
    assert [r.code for r in built.status.rows] == [r.code for r in expected.rows]
    assert built.as_json()["completeness"]["expected"] == expected.expected
    assert aggregator.reports.status("P82", october).as_dict() == expected.as_dict()


def test_progress_goes_out_as_percent_of_a_hundred(demo_services):
    steps = []
    demo_services.reports.build("30130", Q3, progress=lambda done, total, text: steps.append((done, total)))
    assert steps and all(total == 100 and 0 <= done <= 100 for done, total in steps)


def test_units_are_this_unit_then_those_under_it_and_the_country_for_a_province(demo_services, aggregator):
    units = demo_services.reports.units()
    assert units[0] == ReportUnit("30130", demo_services.units.get("30130").name)
    assert all(u.below for u in units[1:]) and ALL not in [u.code for u in units]
    provinces = aggregator.reports.units()
    assert provinces[0].code == "P82" and not provinces[0].below
    assert provinces[-1].code == ALL
    assert len(provinces) > 50


def test_unit_code_from_the_command_line(demo_services):
    assert demo_services.reports.unit_code(None) == "30130"
    assert demo_services.reports.unit_code("vn") == ALL
    with pytest.raises(NotFoundError):
        demo_services.reports.unit_code("không có đơn vị này")


def test_document_options_take_the_saved_preferences_where_the_caller_is_silent(demo_services):
    report = demo_services.reports.build("30130", Q3).report
    plain = demo_services.reports.document_options(report)
    assert plain.signer_name == demo_services.identity.installation.display_name and plain.day == TODAY
    demo_services.identity.set_preference("reports.motto", "state")
    demo_services.identity.set_preference("reports.number", "Số 7-BC/ĐU")
    demo_services.identity.set_preference("reports.signer_name", "Trần Thị Lan")
    saved = demo_services.reports.document_options(report)
    assert (saved.number, saved.signer_name) == ("Số 7-BC/ĐU", "Trần Thị Lan")
    assert saved.issuer_parent == "ỦY BAN NHÂN DÂN"  # the state heading
    given = demo_services.reports.document_options(
        report, "party", number="Số 8-BC/ĐU", day=dt.date(2026, 12, 1), charts=False
    )
    assert (given.number, given.day, given.charts) == ("Số 8-BC/ĐU", dt.date(2026, 12, 1), False)
    assert given.issuer_parent.startswith("ĐẢNG BỘ")


def test_write_puts_the_report_in_a_file(demo_services, tmp_path):
    from openpyxl import load_workbook

    built = demo_services.reports.build("30130", Q3)
    path = demo_services.reports.write(built, "xlsx", tmp_path / "q3.xlsx")
    assert load_workbook(path)["Tổng hợp"].cell(4, 2).value == built.report.totals.sessions


def test_locks_are_signed_by_this_installation(demo_services, aggregator):
    report = demo_services.reports.build("30130", Q3).report
    assert demo_services.reports.can_lock(report)
    lock = demo_services.reports.lock("30130", Q3, note="cuối quý")
    assert lock.locked_by == demo_services.identity.installation.display_name
    assert [lk.id for lk in demo_services.reports.locks("30130")] == [lock.id]
    assert demo_services.reports.late_changes("30130", Q3) == []
    with pytest.raises(ValidationError):
        demo_services.reports.unlock("30130", Q3, reason="  ")
    unlocked = demo_services.reports.unlock("30130", Q3, reason="Sửa số liệu")
    assert unlocked.status == "unlocked"
    assert [e["action"] for e in demo_services.reports.lock_history("30130")] == ["lock", "unlock"]
    nameless = aggregator.reports.lock("P82", ReportService.period("2026-10"))
    assert nameless.locked_by == "P82"  # no name given at set-up: the unit code signs


def test_a_commune_locks_only_its_own_period_an_aggregator_any(demo_services, aggregator):
    province = aggregator.reports.build("P82", Q3).report
    commune = demo_services.reports.build("30130", Q3).report
    assert not demo_services.reports.can_lock(province)
    assert aggregator.reports.can_lock(province) and aggregator.reports.can_lock(commune)


def test_the_command_line_report_is_the_service_report(demo_template, tmp_path, capsys):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(demo_template, data)
    assert cli.run(["--data-dir", str(data), "report", "--period", "2026-Q3"]) == 0
    out = capsys.readouterr().out
    s = Services.open(data, today=lambda: TODAY)
    try:
        expected = s.reports.build("30130", Q3).as_json()
    finally:
        s.close()
    printed = json.loads(out)
    assert printed["totals"] == expected["totals"] and printed["breakdowns"] == expected["breakdowns"]
