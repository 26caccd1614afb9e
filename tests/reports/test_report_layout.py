"""The written report follows the layout rules of Party documents (Hướng dẫn 36-HD/VPTW) and State
documents (Nghị định 30/2020/NĐ-CP), in the DOCX (read back with python-docx) and the PDF (read
back with pypdf): number, sizes and styles, recipients, page numbers, language, and what must never
be left alone at the end of a page. docs/report-layout.md lists the rules."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pdf_text import read_pdf, squeeze

from desktop_app.core.enums import Role
from desktop_app.reports import export, periods
from desktop_app.reports.build import build_report
from desktop_app.reports.document import DocOptions, Table, compose, default_options
from desktop_app.reports.fonts import FONT_DIR
from desktop_app.reports.heading import number_line, recipient_lines
from desktop_app.reports.layout_rules import rules_for
from desktop_app.services import Services
from desktop_app.services.demo import fill_demo

TODAY = dt.date(2026, 11, 20)
Q3 = periods.parse("2026-Q3")
NBSP = "\u00a0"


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    return qapp


@pytest.fixture(scope="module")
def province(tmp_path_factory):
    """A province with the demo year: its quarter has a long table of 103 communes."""
    s = Services.open(tmp_path_factory.mktemp("province"), today=lambda: TODAY)
    s.identity.init("P82", Role.AGGREGATOR, "Trần Thị Lan")
    fill_demo(s, seed=7)
    yield s
    s.close()


def _write(report, kind, path, motto, **over):
    options = default_options(report, motto, day=TODAY, **over)
    return export.write(report, kind, path, None, options), compose(report, options)


# --- the number and the recipients ---------------------------------------------------------------


@pytest.mark.parametrize(
    "motto, issuer, number, expected",
    [
        ("party", "ĐẢNG ỦY XÃ THANH BÌNH", "12", "Số 12-BC/ĐU"),
        ("party", "ĐẢNG ỦY XÃ THANH BÌNH", "Số: 12-BC/ĐU", "Số 12-BC/ĐU"),
        ("party", "BAN TUYÊN GIÁO VÀ DÂN VẬN", "", f"Số {NBSP * 8}-BC/BTGDV"),
        ("state", "XÃ THANH BÌNH", "12", "Số: 12/BC-UBND"),
        ("state", "XÃ THANH BÌNH", "Số 12/BC-UBND", "Số: 12/BC-UBND"),
        ("state", "XÃ THANH BÌNH", "", f"Số: {NBSP * 8}/BC-UBND"),
    ],
)
def test_number_line_per_style(motto, issuer, number, expected):
    assert number_line(DocOptions(motto=motto, issuer=issuer, number=number)) == expected


def test_recipients_punctuation_per_style():
    given = ("UBND tỉnh (b/c),", "Thường trực Đảng ủy xã.", "  ")
    assert recipient_lines(DocOptions(motto="state", recipients=given)) == [
        "- UBND tỉnh (b/c);",
        "- Thường trực Đảng ủy xã;",
        "- Lưu: VT.",
    ]
    party = recipient_lines(DocOptions(motto="party", recipients=(*given, "Lưu Văn phòng Đảng ủy")))
    assert party == ["- UBND tỉnh (b/c),", "- Thường trực Đảng ủy xã,", "- Lưu Văn phòng Đảng ủy."]


# --- DOCX ----------------------------------------------------------------------------------------


def _runs(paragraphs):
    return [r for p in paragraphs for r in p.runs if r.text.strip()]


def _cell_runs(cell):
    return {r.text: r for r in _runs(cell.paragraphs)}


@pytest.mark.parametrize("motto", ["party", "state"])
def test_docx_heading_sizes_and_styles(demo_services, tmp_path, motto):
    from docx import Document

    report = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    path, written = _write(report, "docx", tmp_path / "r.docx", motto, number="12", signer_name="Nguyễn Văn Hùng")
    doc = Document(str(path))
    rules = rules_for(motto)
    left, right = doc.tables[0].rows[0].cells
    runs = _cell_runs(left)
    parent, issuer = written.header_left
    assert runs[parent].font.size.pt == rules.issuer_pt and not runs[parent].bold
    assert runs[issuer].font.size.pt == rules.issuer_pt and runs[issuer].bold
    number = runs["Số 12-BC/ĐU" if motto == "party" else "Số: 12/BC-UBND"]
    assert number.font.size.pt == rules.number_pt
    runs = _cell_runs(right)
    title = runs["ĐẢNG CỘNG SẢN VIỆT NAM" if motto == "party" else "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert (title.font.size.pt, title.bold, bool(title.underline)) == (rules.motto_pt, True, motto == "party")
    if motto == "state":
        slogan = runs["Độc lập - Tự do - Hạnh phúc"]
        assert (slogan.font.size.pt, slogan.bold, slogan.underline) == (13, True, True)
    place = runs[written.place_date]
    assert place.italic and place.font.size.pt == rules.place_pt
    body = {r.text: r for r in _runs(doc.paragraphs)}
    assert body["BÁO CÁO"].font.size.pt == rules.title_pt and body["BÁO CÁO"].bold
    assert {
        r.font.name
        for r in _runs(doc.paragraphs) + [r for t in doc.tables for c in t._cells for r in _runs(c.paragraphs)]
    } == {"Times New Roman"}


@pytest.mark.parametrize("motto", ["party", "state"])
def test_docx_recipients_and_signature(demo_services, tmp_path, motto):
    from docx import Document

    report = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    path, written = _write(report, "docx", tmp_path / "r.docx", motto, signer_name="Nguyễn Văn Hùng")
    doc = Document(str(path))
    sig = doc.tables[-1]
    left, right = sig.rows[0].cells
    label = left.paragraphs[0].runs[0]
    assert label.text == "Nơi nhận:" and label.bold
    if motto == "party":  # HD36: underlined
        assert (label.font.size.pt, bool(label.underline), bool(label.italic)) == (14, True, False)
    else:  # ND30: bold italic 12 pt
        assert (label.font.size.pt, bool(label.underline), bool(label.italic)) == (12, False, True)
    items = [p.runs[0] for p in left.paragraphs[1:]]
    assert [r.text for r in items] == written.recipients
    assert {r.font.size.pt for r in items} == {12 if motto == "party" else 11}
    if motto == "state":
        assert all(r.text.endswith(";") for r in items[:-1]) and items[-1].text == "- Lưu: VT."
    signer = [r.text for r in _runs(right.paragraphs)]
    assert signer[-1] == "Nguyễn Văn Hùng" and signer[:-1] == written.signer
    # the signature never splits, and the last words of the text come with it
    assert sig.rows[0]._tr.trPr.xpath("./w:cantSplit")
    before = sig._tbl.getprevious()
    assert before.xpath("./w:pPr/w:keepNext") and before.getprevious().xpath("./w:pPr/w:keepNext")


def test_docx_page_numbers_language_and_properties(demo_services, tmp_path):
    from docx import Document

    report = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    path, written = _write(report, "docx", tmp_path / "r.docx", "party")
    doc = Document(str(path))
    section = doc.sections[0]
    assert section.different_first_page_header_footer  # no number on the first page
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()
    header = section.header.paragraphs[0]
    assert "PAGE" in "".join(header._p.xpath(".//w:instrText/text()"))
    assert header.alignment == 1  # centred
    styles = doc.styles.element
    assert styles.xpath("./w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val") == ["vi-VN"]
    props = doc.core_properties
    assert props.author == "Đảng ủy xã Thanh Bình" != "python-docx"
    assert props.title == f"{written.title} {written.subtitle}" and props.language == "vi-VN"


def test_docx_captions_and_headings_keep_with_what_follows(demo_services, tmp_path):
    from docx import Document

    report = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    path, written = _write(report, "docx", tmp_path / "r.docx", "party")
    doc = Document(str(path))
    kept = {p.text for p in doc.paragraphs if p.paragraph_format.keep_with_next}
    captions = {b.caption for s in written.sections for b in s.blocks if isinstance(b, Table) and b.caption}
    assert captions and captions <= kept
    assert {s.heading for s in written.sections} <= kept
    for table in doc.tables[1:-1]:  # the figures: the header row stays with the first row, no row splits
        assert all(p.paragraph_format.keep_with_next for c in table.rows[0].cells for p in c.paragraphs)
        assert all(row._tr.trPr.xpath("./w:cantSplit") for row in table.rows)


def _bundled_width_pt(text: str, size_pt: float, bold: bool = False, italic: bool = False) -> float:
    """The width of ``text`` in the shipped Tinos, which has the metrics of Times New Roman."""
    from PySide6.QtGui import QRawFont

    style = ("Bold" if bold else "") + ("Italic" if italic else "") or "Regular"
    raw = QRawFont(str(FONT_DIR / f"Tinos-{style}.ttf"), size_pt)
    assert raw.isValid()
    return sum(p.x() for p in raw.advancesForGlyphIndexes(raw.glyphIndexesForString(text)))


@pytest.mark.parametrize("motto", ["party", "state"])
def test_docx_mottos_fit_their_column_on_one_line(demo_services, tmp_path, motto):
    from docx import Document

    report = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    path, written = _write(report, "docx", tmp_path / "r.docx", motto)
    rules = rules_for(motto)
    left, right = Document(str(path)).tables[0].rows[0].cells
    column_pt = right.width.pt  # the header table has no cell margins
    assert column_pt == pytest.approx(rules.header_cm[1] / 2.54 * 72, abs=0.5)
    assert _bundled_width_pt(written.motto[0], rules.motto_pt, bold=True) < column_pt
    assert _bundled_width_pt(written.place_date, rules.place_pt, italic=True) < column_pt
    for line in written.header_left:
        assert _bundled_width_pt(line, rules.issuer_pt, bold=True) < left.width.pt


# --- PDF -----------------------------------------------------------------------------------------


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def province_pdfs(province, tmp_path_factory):
    """The province's quarter, the case that used to strand a caption and duplicate lines."""
    folder = tmp_path_factory.mktemp("province-pdf")
    report = build_report(province.session.db, "P82", Q3, today=TODAY)
    return {
        motto: _write(report, "pdf", folder / f"{motto}.pdf", motto, signer_name="Trần Thị Lan")
        for motto in ("party", "state")
    }


@pytest.mark.parametrize("motto", ["party", "state"])
def test_pdf_text_layer_reads_whole_words_in_the_shipped_font(province_pdfs, motto):
    path, written = province_pdfs[motto]
    pdf = read_pdf(path)
    first = _words(pdf.raw_pages[0])
    assert _words(written.motto[0]) in first  # ĐẢNG CỘNG SẢN VIỆT NAM / CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    assert pdf.fonts and all(pdf.fonts.values())
    assert {name.split("+")[-1].split("-")[0] for name in pdf.fonts} == {"Tinos"}
    # the blank number keeps its room
    blank = r"Số\s{3,}-BC/BTGDV" if motto == "party" else r"Số:\s{3,}/BC-UBND"
    assert re.search(blank, pdf.raw_pages[0])


@pytest.mark.parametrize("motto", ["party", "state"])
def test_pdf_pages_never_strand_a_caption_or_the_signature(province_pdfs, motto):
    path, written = province_pdfs[motto]
    pdf = read_pdf(path)
    pages = pdf.pages
    assert len(pages) >= 4 and pdf.numbered_from_page_two()
    assert all(page for page in pages), "a page with nothing but its number"
    # every caption is on the page of its table's header row, and is drawn once
    tables = [b for s in written.sections for b in s.blocks if isinstance(b, Table) and b.caption]
    assert len(tables) >= 4
    for table in tables:
        caption, header = squeeze(table.caption), squeeze("".join(table.headers))
        on = [page for page in pages if caption in page]
        assert len(on) == 1, table.caption
        assert header in on[0].split(caption, 1)[1], table.caption
    # each sentence of the text once: no hidden copy of a line past a page's edge
    for section in written.sections:
        for block in [section.heading, *section.blocks]:
            if isinstance(block, str):
                assert pdf.text.count(squeeze(block)) == 1, block
    # the signature block whole on one page, with the last words of the text
    signature = [squeeze("Nơi nhận:"), *map(squeeze, written.recipients), *map(squeeze, written.signer)]
    signature.append(squeeze("Trần Thị Lan"))
    holding = [page for page in pages if all(part in page for part in signature)]
    assert len(holding) == 1
    assert holding[0].index(signature[0]) > 0  # something of the text comes before it


# --- the shipped font ----------------------------------------------------------------------------

VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"


def test_the_shipped_font_has_every_vietnamese_letter_and_draws_the_report():
    from PySide6.QtGui import QRawFont

    from desktop_app.reports.charts import report_font_family

    assert report_font_family() == "Tinos"
    letters = VIETNAMESE + VIETNAMESE.upper() + "“”–—…"
    for style in ("Regular", "Bold", "Italic", "BoldItalic"):
        raw = QRawFont(str(FONT_DIR / f"Tinos-{style}.ttf"), 12)
        assert raw.familyName() == "Tinos"
        assert [ch for ch in letters if not raw.supportsCharacter(ord(ch))] == [], style
    assert "SIL OPEN FONT LICENSE" in (FONT_DIR / "OFL.txt").read_text(encoding="utf-8")


def test_pdf_long_written_text_runs_over_pages_whole_and_once(demo_services, tmp_path):
    """A section the officer wrote may be longer than a page: it splits between words, never runs
    past a page's bottom, and reads whole and once."""
    from desktop_app.reports.document import Section
    from desktop_app.reports.pdf_writer import write_pdf

    report = build_report(demo_services.session.db, "30130", Q3, today=TODAY)
    written = compose(report, default_options(report, "party", day=TODAY, signer_name="Nguyễn Văn Hùng"))
    sentence = "Đề nghị cấp trên quan tâm hỗ trợ kinh phí cho đội ngũ báo cáo viên cơ sở số {}."
    long = " ".join(sentence.format(i) for i in range(120))
    written.sections.append(Section("VI. KIẾN NGHỊ, ĐỀ XUẤT", [long]))
    pdf = read_pdf(write_pdf(written, tmp_path / "long.pdf", with_charts=False))
    assert pdf.text.count(squeeze(long)) == 1
    assert all(page for page in pdf.pages)
    assert squeeze("Nguyễn Văn Hùng") in pdf.pages[-1]
