"""DOCX in the layout of a Vietnamese administrative report (python-docx), editable in Word:
issuing body and number on the left, the motto on the right, place and date, title, numbered
sections with the figures in sentences, tables, signature block; Times New Roman 14 pt, A4."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from . import fmt
from .document import Table, WrittenReport
from .docx_parts import (
    FONT,
    keep_with_next,
    never_split,
    no_borders,
    no_cell_margins,
    page_field,
    repeat_header,
    set_fonts,
    set_widths,
    vietnamese_defaults,
)
from .layout_rules import MARGINS_CM, PAGE_CM, TEXT_CM, LayoutRules, rules_for

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

BODY_PT = 14
KEEP_WHOLE_CHARS = 700  # about eight lines: a shorter paragraph moves to the next page whole


def _font(run: Run, size: float = BODY_PT, bold: bool = False, italic: bool = False, underline: bool = False) -> Run:
    from docx.shared import Pt

    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold, italic, underline
    set_fonts(run._element.get_or_add_rPr())
    return run


def _para(
    container: Document | _Cell,
    text: str = "",
    size: float = BODY_PT,
    bold: bool = False,
    italic: bool = False,
    align: str = "justify",
    indent: bool = False,
    underline: bool = False,
    space_after: float = 6,
) -> Paragraph:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    p = container.add_paragraph()
    p.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
        "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    pf = p.paragraph_format
    pf.space_after = Pt(space_after)
    pf.space_before = Pt(0)
    pf.line_spacing = 1.15
    pf.keep_together = len(text) <= KEEP_WHOLE_CHARS  # as in the PDF (pdf_pages.SPLIT_ABOVE)
    if indent:
        pf.first_line_indent = Cm(1)
    if text:
        _font(p.add_run(text), size, bold, italic, underline)
    return p


def _cell_text(
    cell: _Cell,
    text: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    align: str = "center",
    underline: bool = False,
    first: bool = True,
) -> Paragraph:
    p: Paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT,
        "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT,
    }[align]
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(0)
    _font(p.add_run(text), size, bold, italic, underline)
    return p


def _data_table(doc: Document, table: Table, width_cm: float) -> None:
    """The caption, the header row and the first row stay on one page; no row splits; the header
    row repeats on every page the table runs onto."""
    from docx.shared import Cm

    if table.caption:
        keep_with_next([_para(doc, table.caption, 13, italic=True, align="center", space_after=2)])
    rows = table.rows + ([table.total] if table.total else [])
    t = doc.add_table(rows=1 + len(rows), cols=len(table.headers))
    t.style = "Table Grid"
    t.autofit = False
    total_w = sum(table.widths)
    widths = [Cm(width_cm * w / total_w) for w in table.widths]
    for i, h in enumerate(table.headers):
        keep_with_next([_cell_text(t.rows[0].cells[i], h, 12, bold=True)])
    repeat_header(t.rows[0])
    for r, values in enumerate(rows, 1):
        last = table.total is not None and r == len(rows)
        for c, value in enumerate(values):
            numeric = isinstance(value, int) or value == fmt.DASH
            text = fmt.num(value) if isinstance(value, int) and c > 0 else str(value)
            if c == 0 and isinstance(value, int):
                text = str(value)
            centre = (c == 0 and isinstance(value, int)) or value in (fmt.DASH, "")
            _cell_text(
                t.rows[r].cells[c], text, 12, bold=last, align="center" if centre else ("right" if numeric else "left")
            )
    for row in t.rows:
        never_split(row)
    set_widths(t, widths)
    _para(doc, "", space_after=4)


def _heading_block(doc: Document, written: WrittenReport, rules: LayoutRules) -> None:
    """Issuing body and number | motto, place and date: one line each, as the rules size them."""
    from docx.shared import Cm

    head = doc.add_table(rows=1, cols=2)
    no_borders(head)
    no_cell_margins(head)  # the widths are measured for the text itself
    set_widths(head, [Cm(w) for w in rules.header_cm])
    left, right = head.rows[0].cells
    party = written.options.motto == "party"
    first = True
    if len(written.header_left) > 1:
        _cell_text(left, written.header_left[0], rules.issuer_pt, first=first)
        first = False
    if written.header_left:
        _cell_text(left, written.header_left[-1], rules.issuer_pt, bold=True, first=first)
        first = False
    _cell_text(left, "*" if party else "_______", rules.issuer_pt, first=first)
    _cell_text(left, written.number, rules.number_pt, first=False)
    m1, m2 = written.motto
    _cell_text(right, m1, rules.motto_pt, bold=True, underline=rules.motto_underlined)
    if m2:
        _cell_text(right, m2, rules.slogan_pt, bold=True, underline=True, first=False)
    _cell_text(right, "", 8, first=False)
    _cell_text(right, written.place_date, rules.place_pt, italic=True, first=False)


def _signature_block(doc: Document, written: WrittenReport, rules: LayoutRules) -> None:
    """Recipients | signer, in one table row that never splits: the block moves to the next page whole."""
    from docx.shared import Cm

    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    set_widths(sig, [Cm(8.0), Cm(TEXT_CM - 8.0)])
    never_split(sig.rows[0])
    left, right = sig.rows[0].cells
    _cell_text(
        left,
        "Nơi nhận:",
        rules.recipients_label_pt,
        bold=True,
        italic=rules.recipients_label_italic,
        underline=rules.recipients_label_underlined,
        align="left",
    )
    for line in written.recipients:
        _cell_text(left, line, rules.recipients_pt, align="left", first=False)
    first = True
    for line in written.signer:
        _cell_text(right, line, rules.signer_pt, bold=True, first=first)
        first = False
    for _ in range(4):
        _cell_text(right, "", rules.signer_pt, first=first)
        first = False
    _cell_text(right, written.options.signer_name, rules.signer_pt, bold=True, first=False)


def _page_numbers(doc: Document, rules: LayoutRules) -> None:
    """The page number centred at the top from page 2; the first page has an empty header."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    section = doc.sections[0]
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in page_field(p):
        _font(run, rules.page_number_pt)


def write_docx(written: WrittenReport, path: Path | str, charts: dict[str, bytes] | None = None) -> Path:
    """Write the report; ``charts`` maps a caption to PNG bytes drawn by ``charts.render_png``."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    rules = rules_for(written.options.motto)
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(PAGE_CM[0]), Cm(PAGE_CM[1])
    left_cm, top_cm, right_cm, bottom_cm = MARGINS_CM
    sec.top_margin, sec.bottom_margin = Cm(top_cm), Cm(bottom_cm)
    sec.left_margin, sec.right_margin = Cm(left_cm), Cm(right_cm)
    sec.header_distance = Cm(1)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(rules.body_pt)
    set_fonts(normal.element.get_or_add_rPr())
    vietnamese_defaults(doc)
    props = doc.core_properties
    props.author = props.last_modified_by = written.options.issuer_text or written.report.unit_name
    props.title = f"{written.title} {written.subtitle}"
    props.comments = ""
    props.created = props.modified = dt.datetime.combine(written.report.generated_on, dt.time())
    props.revision = 1
    _page_numbers(doc, rules)

    _heading_block(doc, written, rules)
    _para(doc, "", space_after=6)
    _para(doc, written.title, rules.title_pt, bold=True, align="center", space_after=0)
    _para(doc, written.subtitle, rules.subtitle_pt, bold=True, align="center", space_after=0)
    _para(doc, "-----", rules.body_pt, align="center", space_after=8)
    last = _para(doc, written.intro, rules.body_pt, indent=True)

    for section in written.sections:
        keep_with_next([_para(doc, section.heading, rules.body_pt, bold=True, align="left", space_after=4)])
        for block in section.blocks:
            if isinstance(block, Table):
                _data_table(doc, block, TEXT_CM)
            elif isinstance(block, tuple) and block[0] == "sub":
                heading = _para(doc, block[1], rules.body_pt, bold=True, italic=True, align="left", indent=True)
                keep_with_next([heading])
            else:
                last = _para(doc, str(block), rules.body_pt, indent=True)
    for note in written.notes:
        last = _para(doc, note, 12, italic=True, align="left")

    # the last words of the text stay with the signature, which never stands alone on a page
    keep_with_next([last, _para(doc, "", space_after=0)])
    _signature_block(doc, written, rules)
    _para(doc, "", 1, space_after=0).paragraph_format.line_spacing = Pt(1)  # ends the body after the table

    if charts:
        title = _para(doc, "PHỤ LỤC: BIỂU ĐỒ", rules.body_pt, bold=True, align="center")
        title.paragraph_format.page_break_before = True
        for caption, png in charts.items():
            import io

            doc.add_picture(io.BytesIO(png), width=Cm(TEXT_CM))
            keep_with_next([doc.paragraphs[-1]])
            _para(doc, caption, 13, italic=True, align="center")
    path = Path(path)
    doc.save(str(path))
    return path
