"""The force in the report: the composer's "force" draft written from the roster in the source's
words, and the XLSX force sheet (numbers as numbers, a total), at a commune and at a province that
holds three communes' rosters."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import periods
from desktop_app.reports.build import build_report
from desktop_app.reports.sections import drafts
from desktop_app.reports.xlsx_writer import write_xlsx
from desktop_app.services.demo import fill_demo

TODAY = dt.date(2026, 11, 20)
YEAR = periods.parse("2026")


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


def test_the_communes_draft_counts_its_roster(demo_services):
    built = demo_services.reports.build("30130", YEAR)
    text = demo_services.reports.drafts(built.report, built.status)["force"]
    rows = demo_services.force.list()
    staying = [r for r in rows if r.member.status.value != "left"]
    by_role = {role: sum(1 for r in staying if r.member.role == role) for role in demo_services.force.roles()}
    trained = sum(1 for r in staying if r.last_trained and r.last_trained.year == 2026)
    assert text.startswith(
        f"Toàn xã có {by_role['báo cáo viên']} báo cáo viên, {by_role['tuyên truyền viên']} tuyên truyền viên, "
        f"{by_role['cộng tác viên dư luận xã hội']} cộng tác viên dư luận xã hội; "
        f"{trained}/{len(staying)} đã được bồi dưỡng trong năm 2026;"
    )
    assert "trực tiếp nói chuyện, tuyên truyền: " in text  # the presenters' sentence follows


def test_a_province_reports_three_communes_force(tmp_path):
    f = Factory(tmp_path)
    province = f.make("p", PROVINCE, Role.AGGREGATOR)
    for n, code in enumerate(f.communes(3)):
        commune = f.make(f"c{n}", code)
        fill_demo(commune, seed=40 + n, talks=12)
        path = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
        assert import_paths(province.session.exchange_context(), [path], trust=True).files[0].status == "applied"
        commune.close()
    report = build_report(province.session.db, PROVINCE, YEAR, today=TODAY)
    assert len(report.force) == 3 and all(u.members == 11 for u in report.force)  # one of the twelve left
    text = drafts(report, None, [])["force"]
    assert text.startswith("Toàn tỉnh có 9 báo cáo viên, 18 tuyên truyền viên, 6 cộng tác viên dư luận xã hội; ")
    assert f"{sum(u.trained_this_year for u in report.force)}/33 đã được bồi dưỡng trong năm 2026" in text

    from openpyxl import load_workbook

    ws = load_workbook(write_xlsx(report, tmp_path / "p.xlsx"))["Lực lượng"]
    assert [c.value for c in ws[3]][:4] == ["Đơn vị", "Mã", "Số người", "Báo cáo viên"]
    body = list(ws.iter_rows(min_row=4, values_only=True))
    assert [row[2:4] for row in body] == [(11, 3)] * 3 + [(33, 9)]
    assert body[-1][0] == "Tổng cộng" and all(isinstance(v, int) for row in body for v in row[2:])
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows.replace("$", "") == "3:3"
    province.close()
