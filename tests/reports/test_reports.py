"""Reports on the demo commune: every figure equals a direct SQL aggregation on the same data, in the
report object, the JSON, the XLSX (openpyxl), the DOCX (python-docx) and the PDF text (pypdf)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pdf_text import read_pdf, squeeze

from desktop_app import cli
from desktop_app.core.errors import ValidationError
from desktop_app.reports import export, fmt, periods
from desktop_app.reports.build import build_report, parse_breakdowns
from desktop_app.reports.document import compose, default_options
from desktop_app.reports.model import Figures

TODAY = dt.date(2026, 11, 20)
Q3 = periods.parse("2026-Q3")


def sql_totals(db, period, where: str = "1") -> tuple[int, int]:
    return tuple(
        db.execute(
            f"SELECT count(*), coalesce(sum(attendance), 0) FROM talks WHERE deleted = 0 AND held_on BETWEEN ? AND ? "
            f"AND {where}",
            [period.start.isoformat(), period.end.isoformat()],
        ).fetchone()
    )


def sql_group(db, period, expr: str, join: str = "") -> dict[str, tuple[int, int]]:
    return {
        r[0]: (r[1], r[2])
        for r in db.execute(
            f"SELECT {expr}, count(DISTINCT t.id), coalesce(sum(t.attendance), 0) FROM talks t {join} "
            f"WHERE t.deleted = 0 AND t.held_on BETWEEN ? AND ? GROUP BY 1",
            [period.start.isoformat(), period.end.isoformat()],
        )
    }


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """PDF, charts and fonts need Qt's GUI module; the one QApplication of the session (pytest-qt)
    serves them, so a later GUI test never meets a second application (which aborts)."""
    return qapp


# --- periods ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code, start, end, label",
    [
        ("2026-10", "2026-10-01", "2026-10-31", "tháng 10 năm 2026"),
        ("2026-Q3", "2026-07-01", "2026-09-30", "quý III năm 2026"),
        ("2026-H1", "2026-01-01", "2026-06-30", "6 tháng đầu năm 2026"),
        ("2026-h2", "2026-07-01", "2026-12-31", "6 tháng cuối năm 2026"),
        ("2026", "2026-01-01", "2026-12-31", "năm 2026"),
        ("2024-02", "2024-02-01", "2024-02-29", "tháng 2 năm 2024"),
        ("15/01/2026..20/03/2026", "2026-01-15", "2026-03-20", "từ ngày 15/01/2026 đến ngày 20/03/2026"),
    ],
)
def test_periods(code, start, end, label):
    p = periods.parse(code)
    assert (p.start.isoformat(), p.end.isoformat(), p.label) == (start, end, label)


@pytest.mark.parametrize("bad", ["2026-13", "2026-Q5", "26", "hôm qua", "2026-03-01..2026-02-01"])
def test_bad_period_is_rejected_with_a_message(bad):
    with pytest.raises(ValidationError) as err:
        periods.parse(bad)
    assert err.value.field == "period"


def test_vietnamese_numbers_and_dates():
    assert fmt.num(17270) == "17.270"
    assert fmt.num(None) == "—"
    assert fmt.place_and_date("Thanh Bình", dt.date(2026, 11, 20)) == "Thanh Bình, ngày 20 tháng 11 năm 2026"
    assert fmt.place_and_date("Thanh Bình", dt.date(2026, 2, 5)) == "Thanh Bình, ngày 05 tháng 02 năm 2026"


# --- aggregation -----------------------------------------------------------------------------------


def test_totals_and_breakdowns_equal_sql(demo_services):
    db = demo_services.session.db
    r = build_report(db, "30130", Q3, today=TODAY)
    n, att = sql_totals(db, Q3)
    assert n > 0 and (r.totals.sessions, r.totals.attendance) == (n, att)
    views = db.execute(
        "SELECT sum(online_views) FROM talks WHERE deleted = 0 AND held_on BETWEEN ? AND ?",
        [Q3.start.isoformat(), Q3.end.isoformat()],
    ).fetchone()[0]
    assert r.totals.views == views
    months = sql_group(db, Q3, "substr(t.held_on, 1, 7)")
    assert {row.key: (row.figures.sessions, row.figures.attendance) for row in r.breakdowns["month"]} == months
    assert [row.key for row in r.breakdowns["month"]] == ["2026-07", "2026-08", "2026-09"]
    formats = sql_group(db, Q3, "t.format")
    assert {row.key: (row.figures.sessions, row.figures.attendance) for row in r.breakdowns["format"]} == formats
    topics = sql_group(db, Q3, "tt.topic_id", "JOIN talk_topics tt ON tt.talk_id = t.id")
    assert {row.key: (row.figures.sessions, row.figures.attendance) for row in r.breakdowns["topic"]} == topics
    kinds = {
        r[0]: (r[1], r[2])
        for r in db.execute(
            "SELECT kind, count(*), sum(attendance) FROM (SELECT DISTINCT t.id, g.kind, t.attendance FROM talks t "
            "JOIN talk_groups tg ON tg.talk_id = t.id JOIN groups g ON g.id = tg.group_id WHERE t.deleted = 0 "
            "AND t.held_on BETWEEN ? AND ?) GROUP BY kind",
            [Q3.start.isoformat(), Q3.end.isoformat()],
        )
    }
    got = {row.key: (row.figures.sessions, row.figures.attendance) for row in r.breakdowns["group_kind"]}
    no_group = got.pop("")
    assert got == kinds
    # a talk reaching several groups counts once: per kind distinct talks, and "none" completes the total
    ungrouped = db.execute(
        "SELECT count(*) FROM talks t WHERE deleted = 0 AND held_on BETWEEN ? AND ? AND NOT "
        "EXISTS (SELECT 1 FROM talk_groups WHERE talk_id = t.id)",
        [Q3.start.isoformat(), Q3.end.isoformat()],
    ).fetchone()[0]
    assert no_group[0] == ungrouped
    multi = db.execute(
        "SELECT count(*) FROM (SELECT talk_id FROM talk_groups GROUP BY talk_id HAVING count(*) > 1)"
    ).fetchone()[0]
    assert multi > 0  # the demo has talks reaching a hamlet and organisations of the same kind


def test_online_reach_is_never_added_to_attendance(demo_services):
    r = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    online_only = demo_services.session.db.execute(
        "SELECT coalesce(sum(attendance), 0) FROM talks WHERE deleted = 0 AND format IN ('zalo_post', 'fanpage_post') "
        "AND held_on BETWEEN ? AND ?",
        [Q3.start.isoformat(), Q3.end.isoformat()],
    ).fetchone()[0]
    assert online_only == 0
    fanpage = next(row for row in r.breakdowns["format"] if row.key == "fanpage_post")
    assert fanpage.figures.attendance == 0 and fanpage.figures.views > 0


def test_deleted_talks_never_count(demo_services):
    s = demo_services
    before = build_report(s.session.db, "30130", Q3, today=TODAY).totals
    talk_id, att = s.session.db.execute(
        "SELECT id, attendance FROM talks WHERE held_on BETWEEN '2026-07-01' AND "
        "'2026-09-30' AND attendance > 0 LIMIT 1"
    ).fetchone()
    s.talks.delete(talk_id)
    after = build_report(s.session.db, "30130", Q3, today=TODAY).totals
    assert (after.sessions, after.attendance) == (before.sessions - 1, before.attendance - att)


def test_unit_tree_rolls_up_hamlets(services):
    from desktop_app.core.enums import UnitKind

    s = services
    hamlet = s.units.add("Ấp Tân Mỹ", UnitKind.HAMLET, "30130")
    cell = s.units.add("Chi bộ ấp Tân Mỹ", UnitKind.PARTY_CELL, hamlet.code)
    empty = s.units.add("Ấp Bình Hòa", UnitKind.HAMLET, "30130")
    s.talks.add(held_on="2026-08-01", attendance=40, unit_code=hamlet.code)
    s.talks.add(held_on="2026-08-02", attendance=25, unit_code=cell.code)
    s.talks.add(held_on="2026-08-03", attendance=10)
    r = build_report(s.session.db, "30130", Q3, today=TODAY)
    rows = {row.key: row for row in r.breakdowns["unit"]}
    assert rows[hamlet.code].figures.sessions == 2 and rows[hamlet.code].figures.attendance == 65
    assert rows["30130"].label == "Xã Thanh Bình (trực tiếp)" and rows["30130"].figures.attendance == 10
    assert rows[empty.code].figures == Figures()  # a local hamlet with no talk is 0, not "—"
    assert r.totals.attendance == 75
    sub = build_report(s.session.db, hamlet.code, Q3, today=TODAY)
    assert sub.totals.attendance == 65


def test_concerns_have_themes_and_counts_never_text(demo_services):
    r = build_report(demo_services.session.db, "30130", periods.parse("2026"), today=TODAY)
    assert r.concerns
    themes = {c.theme for c in r.concerns}
    assert "Lừa đảo qua mạng" in themes or "Đất đai" in themes
    blob = json.dumps(r.as_dict()["concerns"], ensure_ascii=False)
    assert "Bà con hỏi" not in blob and "Nguyễn" not in blob and "Trần" not in blob
    expected = demo_services.session.db.execute(
        "SELECT count(*) FROM talks t, json_each(t.question_themes) WHERE t.deleted = 0 AND held_on BETWEEN "
        "'2026-01-01' AND '2026-12-31'"
    ).fetchone()[0]
    assert sum(c.talks for c in r.concerns) == expected


def test_briefing_coverage(demo_services):
    r = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    assert r.coverage
    used = {
        row[0]: row[1]
        for row in demo_services.session.db.execute(
            "SELECT td.document_id, count(*) FROM talks t JOIN talk_documents td ON td.talk_id = t.id "
            "WHERE t.deleted = 0 AND t.held_on BETWEEN '2026-07-01' AND '2026-09-30' GROUP BY 1"
        )
    }
    for c in r.coverage:
        assert c.sessions == used.get(c.document_id, 0)
    assert any(c.readers for c in r.coverage)  # half the demo pack was marked read here


def test_breakdown_names():
    assert parse_breakdowns("unit,month,groups") == ("unit", "month", "group_kind")
    with pytest.raises(ValidationError):
        parse_breakdowns("unit,colour")


# --- outputs ---------------------------------------------------------------------------------------


@pytest.fixture
def outputs(demo_services, tmp_path):
    db = demo_services.session.db
    report = build_report(db, "30130", Q3, today=TODAY)
    files = {}
    for f in export.FORMATS:
        options = default_options(report, "party", signer_name="Nguyễn Văn Hùng", number="Số 12-BC/ĐU", day=TODAY)
        files[f] = export.write(report, f, tmp_path / f"q3.{f}", None, options)
    return db, report, files


def test_json_output(outputs):
    db, report, files = outputs
    data = json.loads(files["json"].read_text(encoding="utf-8"))
    assert (data["totals"]["sessions"], data["totals"]["attendance"]) == sql_totals(db, Q3)
    assert data["period"]["label"] == "quý III năm 2026"


def test_xlsx_output(outputs):
    from openpyxl import load_workbook

    db, report, files = outputs
    wb = load_workbook(files["xlsx"])
    assert {"Tổng hợp", "Theo đơn vị", "Theo tháng", "Theo hình thức", "Theo chuyên đề", "Theo nhóm đối tượng"} <= set(
        wb.sheetnames
    )
    summary = {r[0]: r[1] for r in wb["Tổng hợp"].iter_rows(min_row=4, values_only=True)}
    n, att = sql_totals(db, Q3)
    assert summary["Số cuộc"] == n and summary["Lượt người dự (trực tiếp)"] == att
    ws = wb["Theo tháng"]
    assert ws.freeze_panes == "A4"
    assert ws.cell(3, 3).value == "Số cuộc" and ws.cell(3, 4).value == "Lượt người dự"
    months = sql_group(db, Q3, "substr(t.held_on, 1, 7)")
    rows = list(ws.iter_rows(min_row=4, values_only=True))
    assert [(r[2], r[3]) for r in rows[:-1]] == [months[m] for m in sorted(months)]
    assert rows[-1][1] == "Tổng cộng" and (rows[-1][2], rows[-1][3]) == (n, att)
    assert all(isinstance(v, int) for r in rows for v in r[2:4])
    assert ws.column_dimensions["B"].width == 40
    formats = sql_group(db, Q3, "t.format")
    ws = wb["Theo hình thức"]
    got = [(r[2], r[3]) for r in ws.iter_rows(min_row=4, values_only=True)][:-1]
    assert sorted(got) == sorted(formats.values())


def _docx_text(path) -> tuple[str, list]:
    from docx import Document

    doc = Document(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    return text, cells, doc


def test_docx_output(outputs):
    db, report, files = outputs
    text, cells, doc = _docx_text(files["docx"])
    n, att = sql_totals(db, Q3)
    assert f"đã tổ chức {fmt.num(n)} cuộc có {fmt.num(att)} lượt người dự" in text
    assert "BÁO CÁO" in text and "Kết quả công tác tuyên truyền miệng quý III năm 2026" in text
    header = cells[0]
    assert "ĐẢNG ỦY XÃ THANH BÌNH" in header[0] and "Số 12-BC/ĐU" in header[0]
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in header[1]
    assert "Thanh Bình, ngày 20 tháng 11 năm 2026" in header[1]
    assert any("Nguyễn Văn Hùng" in c for row in cells for c in row)  # signature block
    total_row = next(row for row in cells if row[1] == "Tổng cộng")
    assert total_row[2:4] == [fmt.num(n), fmt.num(att)]
    formats = sql_group(db, Q3, "t.format")
    fmt_rows = [row for row in cells if row[0].isdigit() and row[1] in {r.label for r in report.breakdowns["format"]}]
    assert sorted((int(r[2].replace(".", "")), int(r[3].replace(".", ""))) for r in fmt_rows) == sorted(
        formats.values()
    )
    fonts = {r.font.name for p in doc.paragraphs for r in p.runs if r.text.strip()}
    assert fonts == {"Times New Roman"}
    sizes = {r.font.size.pt for p in doc.paragraphs for r in p.runs if r.text.strip() and r.font.size}
    assert 14 in sizes and min(sizes) >= 12


def test_docx_state_motto(demo_services, tmp_path):
    report = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    path = export.write(report, "docx", tmp_path / "s.docx", None, default_options(report, "state"))
    _text, cells, _doc = _docx_text(path)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells[0][1] and "Độc lập - Tự do - Hạnh phúc" in cells[0][1]
    assert "ỦY BAN NHÂN DÂN" in cells[0][0]


def test_pdf_output(outputs):
    """The figures, read back with whitespace removed (see pdf_text), and the document's structure."""
    db, report, files = outputs
    pdf = read_pdf(files["pdf"])
    n, att = sql_totals(db, Q3)
    assert pdf.has(f"đã tổ chức {fmt.num(n)} cuộc có {fmt.num(att)} lượt người dự")
    assert pdf.has("ĐẢNG CỘNG SẢN VIỆT NAM") and pdf.has("Thanh Bình, ngày 20 tháng 11 năm 2026")
    assert pdf.has(f"Tổng cộng {fmt.num(n)} {fmt.num(att)}")
    for m, (mn, matt) in sql_group(db, Q3, "substr(t.held_on, 1, 7)").items():
        assert pdf.has(f"Tháng {m[5:]}/{m[:4]} {fmt.num(mn)} {fmt.num(matt)}")
    assert pdf.title == "BÁO CÁO Kết quả công tác tuyên truyền miệng quý III năm 2026"
    assert len(pdf.pages) >= 2 and pdf.numbered_from_page_two()
    assert pdf.fonts and all(pdf.fonts.values()), pdf.fonts  # every font embedded
    appendix = pdf.pages[-1]  # the charts, on a page of their own, drawn as vectors: a bar per format
    assert appendix.startswith(squeeze("PHỤ LỤC: BIỂU ĐỒ")) and squeeze("Số cuộc theo tháng") in appendix
    assert pdf.operators[-1]["re"] >= len(report.breakdowns["format"]) and pdf.images[-1] == 0


def test_written_report_matches_between_docx_and_pdf(outputs):
    _db, report, files = outputs
    written = compose(report, default_options(report, "party", day=TODAY))
    pdf = read_pdf(files["pdf"])
    docx_text, _cells, _doc = _docx_text(files["docx"])
    for section in written.sections:
        assert pdf.has(section.heading) and section.heading in docx_text


def test_report_font_covers_vietnamese():
    from desktop_app.reports.charts import covers_vietnamese, report_font_family

    assert covers_vietnamese(report_font_family())


# --- command line ----------------------------------------------------------------------------------


def test_cli_report_json_and_files(demo_template, tmp_path, capsys):
    import shutil

    data = tmp_path / "d"
    shutil.copytree(demo_template, data)
    assert cli.run(["--data-dir", str(data), "report", "--period", "2026-Q3", "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["period"]["code"] == "2026-Q3" and out["totals"]["sessions"] > 0
    assert (
        cli.run(
            [
                "--data-dir",
                str(data),
                "report",
                "--period",
                "2026-10",
                "--by",
                "month,format",
                "--format",
                "xlsx",
                "--out",
                str(tmp_path / "r.xlsx"),
            ]
        )
        == 0
    )
    assert (tmp_path / "r.xlsx").stat().st_size > 0
    assert cli.run(["--data-dir", str(data), "report", "--period", "2026-Q9", "--format", "json"]) == 1
    assert "Kỳ báo cáo" in capsys.readouterr().err
    assert cli.run(["--data-dir", str(data), "report", "--period", "2026", "--by", "colour"]) == 1
    assert cli.run(["--data-dir", str(data), "status", "--period", "2026-10", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["expected"] == 1 and status["rows"][0]["status"] == "local"
    with pytest.raises(SystemExit) as exit_:
        cli.run(["--data-dir", str(data), "report", "--period", "2026", "--format", "odt"])
    assert exit_.value.code == 2


@pytest.mark.parametrize("fmt_", export.FORMATS)
def test_a_report_to_a_folder_that_cannot_take_it_is_refused_with_a_message(demo_template, tmp_path, capsys, fmt_):
    """A missing folder or a folder given as the file: exit 1 with a sentence naming the file, never a
    traceback, and never "Đã ghi" for a file that was not written (the PDF writer fails silently)."""
    import shutil

    data = tmp_path / "d"
    shutil.copytree(demo_template, data)
    capsys.readouterr()
    for target in (tmp_path / "missing" / f"r.{fmt_}", tmp_path):
        args = ["--data-dir", str(data), "report", "--period", "2026-Q3", "--format", fmt_, "--out", str(target)]
        assert cli.run(args) == 1
        captured = capsys.readouterr()
        assert "Đã ghi" not in captured.out
        assert str(target) in captured.err and "Traceback" not in captured.err
    assert not (tmp_path / "missing").exists()
