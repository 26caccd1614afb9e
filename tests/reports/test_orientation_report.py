"""The orientation in the report (issue 16 item 1): at a province, units × the month's topics with
the line "n/N đơn vị đã có buổi cho mọi chủ đề ưu tiên cao" in the written report (DOCX), an XLSX
sheet and ``report --json``'s ``orientation``; at a commune, its own progress. A year has none."""

from __future__ import annotations

import json

import pytest
from docx import Document
from exchange_helpers import PROVINCE, TODAY, Factory
from openpyxl import load_workbook

from desktop_app.cli import run
from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import periods
from desktop_app.reports.build import build_report
from desktop_app.reports.document import compose
from desktop_app.reports.docx_writer import write_docx
from desktop_app.reports.xlsx_writer import write_xlsx

MONTH = periods.parse(TODAY.strftime("%Y-%m"))


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


def _talk(s, topics):
    s.talks.add(held_on=TODAY, format="meeting", place="Ấp 1", attendance=30, topics=topics)


def test_the_province_report_gives_each_units_coverage_and_the_commune_its_own(tmp_path, capsys):
    f = Factory(tmp_path)
    province = f.make("p", PROVINCE, Role.AGGREGATOR)
    province.orientation.add(MONTH.code, "Phòng, chống lừa đảo qua mạng", priority="high")
    province.orientation.add(MONTH.code, "Bảo vệ môi trường")
    pack = province.exchange.export_pack(to=tmp_path / "down").path
    a, b = f.communes(2)
    for n, (code, topics) in enumerate(((a, ["phong chong lua dao qua mang"]), (b, ["Bảo vệ môi trường"]))):
        commune = f.make(f"c{n}", code)
        assert import_paths(commune.session.exchange_context(), [pack], trust=True).files[0].status == "applied"
        _talk(commune, topics)
        if n == 0:
            own = build_report(commune.session.db, code, MONTH, today=TODAY)
            assert own.orientation is not None and [u.count for u in own.orientation.units] == [1]
            text = [b for s in compose(own).sections for b in s.blocks if isinstance(b, str)]
            assert "Định hướng tuyên truyền của cấp trên có 2 chủ đề; đã có buổi cho 1/2 chủ đề." in text
        log = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
        assert import_paths(province.session.exchange_context(), [log], trust=True).files[0].status == "applied"
        commune.close()

    report = build_report(province.session.db, PROVINCE, MONTH, today=TODAY)
    found = report.orientation
    assert found is not None and found.all_high_covered() == 1
    rows = {u.unit_code: u.covered for u in found.units}
    assert rows[a] == (True, False) and rows[b] == (False, True) and len(rows) > 2
    line = f"1/{len(rows)} đơn vị đã có buổi cho mọi chủ đề ưu tiên cao."
    doc = Document(str(write_docx(compose(report), tmp_path / "p.docx")))
    assert any(line in p.text for p in doc.paragraphs)
    table = next(t for t in doc.tables if t.rows[0].cells[-1].text == "Đã có buổi")
    assert [c.text for c in table.rows[0].cells][1:3] == [
        "Phòng, chống lừa đảo qua mạng (ưu tiên cao)",
        "Bảo vệ môi trường",
    ]

    ws = load_workbook(write_xlsx(report, tmp_path / "p.xlsx"))["Định hướng"]
    body = {row[1]: row[2:] for row in ws.iter_rows(min_row=4, values_only=True) if row[1]}
    assert body[a] == (1, 0, 1) and body[b] == (0, 1, 1)

    assert build_report(province.session.db, PROVINCE, periods.parse("2026"), today=TODAY).orientation is None
    province.close()

    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path / "p"), "report", "--period", MONTH.code]) == 0
    data = json.loads(capsys.readouterr().out)["orientation"]
    assert data["units_with_every_high_priority_topic"] == 1
    assert [t["topic"] for t in data["topics"]] == ["Phòng, chống lừa đảo qua mạng", "Bảo vệ môi trường"]
