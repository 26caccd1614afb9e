"""Regularity in the report's files: the sentence in the DOCX and PDF body; the unit × week and
topic × month heatmaps in the PDF's appendix (its text layer names them, its pages draw the cells)
and in the DOCX as images; the XLSX's "Đều đặn" sheet, whose cells are ``services.regularity``'s
figures. At a commune that works every week of 2025 (53 ISO weeks), and at a province where one of
two communes works only around 30/4 and 19/5."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import PROVINCE, Factory
from pdf_text import read_pdf, squeeze

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths

YEAR = "2025"
STEADY = (
    "Hoạt động diễn ra ở 53/53 tuần, dài nhất 6 ngày không có hoạt động; 26 % hoạt động tập trung vào các "
    "tuần cao điểm."
)
TOPICS = ("Chuyển đổi số", "Phòng, chống ma túy")


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


def _every_wednesday(services) -> None:
    for n in range(53):  # 1/1/2025 to 31/12/2025
        services.talks.add(
            held_on=dt.date(2025, 1, 1) + dt.timedelta(weeks=n),
            format="meeting",
            place="Ấp 1",
            attendance=20,
            topics=[TOPICS[n % 2]],
        )


def _around_two_great_days(services) -> None:
    for day in (dt.date(2025, 4, 28), dt.date(2025, 4, 30), dt.date(2025, 5, 16), dt.date(2025, 5, 19)):
        services.talks.add(held_on=day, format="meeting", place="Ấp 2", attendance=30, topics=[TOPICS[0]])


def _write(services, built, kind, path, **options):
    chosen = services.reports.document_options(built.report, "party", status=built.status, **options)
    return services.reports.write(built, kind, path, chosen)


@pytest.fixture
def steady(services):
    _every_wednesday(services)
    return services, services.reports.build("30130", services.reports.period(YEAR))


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """A province holding two communes' logs: the first works every week, the second only at peaks."""
    base = tmp_path_factory.mktemp("province")
    f = Factory(base)
    s = f.make("p", PROVINCE, Role.AGGREGATOR)
    names = []
    for n, (code, fill) in enumerate(zip(f.communes(2), (_every_wednesday, _around_two_great_days), strict=True)):
        commune = f.make(f"c{n}", code)
        fill(commune)
        names.append(commune.units.get(code).name)
        path = export_log(commune.session.exchange_context(), to=base / "up").path
        assert import_paths(s.session.exchange_context(), [path], trust=True).files[0].status == "applied"
        commune.close()
    yield s, s.reports.build(PROVINCE, s.reports.period(YEAR)), names
    s.close()


def test_the_sentence_is_in_the_body_of_the_docx_and_the_pdf(steady, tmp_path):
    from docx import Document

    services, built = steady
    docx = Document(str(_write(services, built, "docx", tmp_path / "r.docx")))
    assert STEADY in [p.text for p in docx.paragraphs]
    assert read_pdf(_write(services, built, "pdf", tmp_path / "r.pdf", charts=False)).has(STEADY)


def test_the_pdf_appendix_draws_both_heatmaps_before_the_charts(steady, tmp_path):
    services, built = steady
    pdf = read_pdf(_write(services, built, "pdf", tmp_path / "r.pdf"))
    (page,) = [n for n, text in enumerate(pdf.pages) if text.startswith(squeeze("PHỤ LỤC: ĐỘ ĐỀU ĐẶN"))]
    text = pdf.pages[page]
    for words in (
        "Hoạt động theo tuần của từng đơn vị",
        "Hình 1. Số hoạt động mỗi tuần của từng đơn vị, năm 2025, Xã Thanh Bình",
        "Số buổi theo chuyên đề và tháng",
        "Hình 2. Số buổi theo chuyên đề và tháng, năm 2025, Xã Thanh Bình",
        "Ô trắng: tuần không có hoạt động; màu càng đậm càng nhiều hoạt động (đậm nhất: 1)",
        *TOPICS,
    ):
        assert squeeze(words) in text, words
    assert pdf.operators[page]["re"] >= 53 + 2 * 12  # a cell per week, a cell per topic and month
    assert pdf.pages[-1].startswith(squeeze("PHỤ LỤC: BIỂU ĐỒ"))  # the charts still close the file
    without = read_pdf(_write(services, built, "pdf", tmp_path / "plain.pdf", charts=False))
    assert not without.has("PHỤ LỤC: ĐỘ ĐỀU ĐẶN") and len(without.pages) == page


def test_the_docx_carries_the_heatmaps_as_captioned_images(steady, tmp_path):
    from docx import Document

    services, built = steady
    doc = Document(str(_write(services, built, "docx", tmp_path / "r.docx")))
    captions = [p.text for p in doc.paragraphs]
    assert "Hình 1. Số hoạt động mỗi tuần của từng đơn vị, năm 2025, Xã Thanh Bình" in captions
    assert "Hình 2. Số buổi theo chuyên đề và tháng, năm 2025, Xã Thanh Bình" in captions
    plain = Document(str(_write(services, built, "docx", tmp_path / "plain.docx", charts=False)))
    assert len(doc.inline_shapes) >= 2 and len(plain.inline_shapes) == 0


def test_a_province_names_the_commune_that_works_only_at_peaks(province, tmp_path):
    s, built, (_steady, peak_name) = province
    said = f"1 đơn vị chỉ hoạt động vào dịp cao điểm: {peak_name}."
    assert [u.name for u in built.report.regularity.peak_only] == [peak_name]
    pdf = read_pdf(_write(s, built, "pdf", tmp_path / "p.pdf"))
    assert pdf.has(said) and pdf.has("Hoạt động theo tuần của từng đơn vị (tiếp theo)")  # 100 communes: two pages
    from docx import Document

    assert any(said in p.text for p in Document(str(_write(s, built, "docx", tmp_path / "p.docx"))).paragraphs)


def test_the_xlsx_sheet_holds_the_services_figures(province, tmp_path):
    from openpyxl import load_workbook

    s, built, (_steady, peak_name) = province
    measured = s.regularity.measure(PROVINCE, s.reports.period(YEAR))
    ws = load_workbook(_write(s, built, "xlsx", tmp_path / "p.xlsx"))["Đều đặn"]
    rows = list(ws.iter_rows(min_row=4, max_row=4 + len(measured.units), values_only=True))
    expected = [(u.name, u.code, *_figures(u.figures)) for u in measured.units] + [
        ("Chung", PROVINCE, *_figures(measured.whole))
    ]
    assert [tuple(r[:9]) for r in rows] == expected
    flagged = {r[0] for r in rows if r[8] == "Có"}
    assert flagged == {peak_name}
    assert ws.page_setup.orientation == "landscape" and ws.print_title_rows == "$3:$3"

    topics = built.report.topic_months  # below the table: topics × months
    top = 4 + len(measured.units) + 2
    assert ws.cell(top, 1).value == "Số buổi theo chuyên đề và tháng"
    assert [[ws.cell(top + 1 + r, c + 1).value for c in range(13)] for r in range(1, 3)] == [
        [name, *values] for name, values in zip(topics.topics, topics.values, strict=True)
    ]

    weeks = ws.parent["Đều đặn theo tuần"]
    assert [weeks.cell(3, c + 2).value for c in range(53)] == [f"{m:%d/%m}" for m in measured.weeks]
    by_name = {weeks.cell(r, 1).value: r for r in range(4, 4 + len(measured.units))}
    for unit in measured.units:
        cells = [weeks.cell(by_name[unit.name], c + 2).value for c in range(53)]
        assert cells == [unit.per_week.get(m, 0) for m in measured.weeks]
    peak_headers = {c for c in range(53) if weeks.cell(3, c + 2).fill.fgColor.rgb.endswith("D95F02")}
    assert peak_headers == {i for i, m in enumerate(measured.weeks) if m in measured.peaks}
    assert f"B4:BB{3 + len(measured.units)}" in [str(r.sqref) for r in weeks.conditional_formatting]
    assert weeks.print_title_cols == "$A:$A" and weeks.page_setup.orientation == "landscape"


def _figures(r):
    return (
        r.weeks_active,
        r.weeks_total,
        r.longest_gap_days,
        r.activities,
        r.peak_activities,
        round(r.peak_share, 4),
        "Có" if r.peak_only else None,
    )
