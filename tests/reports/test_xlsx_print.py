"""The XLSX prints as people file it and computes as people expect: A4 landscape fitted to the width,
the header row on every page, the title and period in the page header, an autofilter and a frozen
header on every table, numbers as numbers, empty cells (with a note) where a unit sent nothing, times
as times. Read back with openpyxl; the figures still equal direct SQL."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import export, periods
from desktop_app.reports.build import build_report
from desktop_app.reports.completeness import completeness
from desktop_app.reports.document import default_options
from desktop_app.reports.xlsx_writer import DATE_TIME, NOT_REPORTED_NOTE, vn_time
from desktop_app.services.demo import fill_demo

TODAY = dt.date(2026, 11, 20)
Q3 = periods.parse("2026-Q3")
NUMBER_HEADERS = {"Số cuộc", "Lượt người dự", "Lượt xem", "Lượt thích", "Lượt chia sẻ", "Bình luận", "Điểm cầu"}


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


@pytest.fixture(scope="module")
def province_workbook(tmp_path_factory):
    from openpyxl import load_workbook

    base = tmp_path_factory.mktemp("xlsx-print")
    f = Factory(base)
    communes = [f.make(f"c{code}", code) for code in f.communes(3)]
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    for n, s in enumerate(communes):
        fill_demo(s, seed=300 + n, talks=12)
        export_log(s.session.exchange_context(), to=base / "inbox")
    import_paths(agg.session.exchange_context(), [base / "inbox"], trust=True)
    db = agg.session.db
    report = build_report(db, PROVINCE, Q3, today=TODAY)
    status = completeness(db, PROVINCE, Q3, today=TODAY)
    path = export.write(report, "xlsx", base / "p.xlsx", status, default_options(report, "party", day=TODAY))
    n, att = db.execute(
        "SELECT count(*), sum(attendance) FROM talks WHERE deleted = 0 "
        "AND held_on BETWEEN '2026-07-01' AND '2026-09-30'"
    ).fetchone()
    yield load_workbook(path), report, status, (n, att)
    for s in [*communes, agg]:
        s.close()


def test_every_sheet_prints_a4_landscape_fitted_to_width_with_its_header_on_every_page(province_workbook):
    wb, report, _status, _sql = province_workbook
    for ws in wb.worksheets:
        setup = ws.page_setup
        assert (setup.orientation, str(setup.paperSize)) == ("landscape", ws.PAPERSIZE_A4), ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage and (setup.fitToWidth, setup.fitToHeight) == (1, 0)
        assert ws.print_title_rows.replace("$", "") == "3:3", ws.title
        assert report.period.label in ws.oddHeader.center.text and report.unit_name in ws.oddHeader.center.text
        assert ws.oddFooter.left.text == ws.title
        assert "&P" in ws.oddFooter.right.text


def test_every_table_has_an_autofilter_over_its_rows_and_a_frozen_header(province_workbook):
    wb, _report, _status, _sql = province_workbook
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A4", ws.title
        first, last = ws.auto_filter.ref.split(":")
        assert first == "A3" and last[0] == chr(ord("A") + ws.max_column - 1), ws.title
        last_row = int(last[1:])
        below = ws.cell(last_row + 1, 2).value
        assert below in (None, "Tổng cộng"), ws.title  # the total row is left out of the filter


def test_number_columns_hold_numbers_or_empty_cells_never_a_dash(province_workbook):
    wb, report, _status, _sql = province_workbook
    for ws in wb.worksheets:
        headers = [c.value for c in ws[3]]
        for col, header in enumerate(headers, 1):
            if header not in NUMBER_HEADERS:
                continue
            values = [ws.cell(r, col).value for r in range(4, ws.max_row + 1)]
            assert all(v is None or isinstance(v, int) for v in values), (ws.title, header, values)
    units = wb["Theo đơn vị"]
    silent = [r.key for r in report.breakdowns["unit"] if r.figures is None]
    assert silent and units.cell(2, 1).value == NOT_REPORTED_NOTE
    empty = [row[2] for row in units.iter_rows(min_row=4, values_only=True) if row[3] is None and row[2]]
    assert empty == silent
    assert wb["Tình hình báo cáo"].cell(2, 1).value == NOT_REPORTED_NOTE
    assert wb["Theo tháng"].cell(2, 1).value is None  # every month has a figure: no note


def test_figures_equal_sql(province_workbook):
    wb, report, _status, (n, att) = province_workbook
    summary = {r[0]: r[1] for r in wb["Tổng hợp"].iter_rows(min_row=4, values_only=True)}
    assert summary["Đơn vị đã gửi báo cáo kỳ này"] == report.reported_units == 3
    assert summary["Số đơn vị trực thuộc"] == report.child_count
    rows = list(wb["Theo đơn vị"].iter_rows(min_row=4, values_only=True))
    assert rows[-1][1] == "Tổng cộng" and rows[-1][3:5] == (n, att)
    assert sum(r[3] or 0 for r in rows[:-1]) == n and sum(r[4] or 0 for r in rows[:-1]) == att


def test_times_are_spreadsheet_dates_in_vietnam_time(province_workbook):
    wb, _report, status, _sql = province_workbook
    ws = wb["Tình hình báo cáo"]
    col = [c.value for c in ws[3]].index("Tệp gần nhất") + 1
    received = {r.code: r.last_created for r in status.rows if r.last_created}
    assert received
    for row in range(4, ws.max_row + 1):
        code, cell = ws.cell(row, 4).value, ws.cell(row, col)
        if code in received:
            assert cell.value == vn_time(received[code]) and cell.number_format == DATE_TIME
        else:
            assert cell.value is None


def test_vn_time_is_seven_hours_ahead_of_utc_whatever_the_machine_zone():
    assert vn_time("2026-10-31T20:30:00.000Z") == dt.datetime(2026, 11, 1, 3, 30)
    assert vn_time(None) is None and vn_time("not a time") is None


def test_the_lock_time_is_a_spreadsheet_date(demo_services, tmp_path):
    from openpyxl import load_workbook

    from desktop_app.reports.locks import lock_period

    db = demo_services.session.db
    lock = lock_period(db, "30130", Q3, by="Trần Văn Bình", today=TODAY)
    report = build_report(db, "30130", Q3, today=TODAY)
    path = export.write(report, "xlsx", tmp_path / "c.xlsx", None, default_options(report, "party", day=TODAY))
    cells = {row[0].value: row[1] for row in load_workbook(path)["Tổng hợp"].iter_rows(min_row=4)}
    locked = cells["Đã chốt số liệu lúc"]
    assert locked.value == vn_time(lock.locked_at) and locked.number_format == DATE_TIME
