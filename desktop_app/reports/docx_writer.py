"""DOCX in the layout of a Vietnamese administrative report (python-docx), editable in Word:
issuing body and number on the left, the motto on the right, place and date, title, numbered
sections with the figures in sentences, tables, signature block; Times New Roman 14 pt, A4."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import fmt
from .document import Table, WrittenReport

if TYPE_CHECKING:
    from docx.document import Document
    from docx.shared import Length
    from docx.table import Table as DocxTable
    from docx.table import _Cell, _Row
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

FONT = "Times New Roman"
BODY_PT = 14


def _font(run: Run, size: float = BODY_PT, bold: bool = False, italic: bool = False, underline: bool = False) -> Run:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    run.font.name = FONT
    run.font.size = Pt(size)
    run.bold, run.italic, run.underline = bold, italic, underline
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
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
    if indent:
        pf.first_line_indent = Cm(1)
    if text:
        _font(p.add_run(text), size, bold, italic, underline)
    return p


def _no_borders(table: DocxTable) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _cell_text(
    cell: _Cell,
    text: str,
    size: float,
    bold: bool = False,
    italic: bool = False,
    align: str = "center",
    underline: bool = False,
    first: bool = True,
) -> None:
    p = cell.paragraphs[0] if first else cell.add_paragraph()
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


def _set_widths(table: DocxTable, widths: Sequence[Length]) -> None:
    """Fixed layout with the grid and every cell set: Word and LibreOffice both honour it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def _repeat_header(row: _Row) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _data_table(doc: Document, table: Table, width_cm: float) -> None:
    from docx.shared import Cm

    if table.caption:
        _para(doc, table.caption, 13, italic=True, align="center", space_after=2)
    rows = table.rows + ([table.total] if table.total else [])
    t = doc.add_table(rows=1 + len(rows), cols=len(table.headers))
    t.style = "Table Grid"
    t.autofit = False
    total_w = sum(table.widths)
    widths = [Cm(width_cm * w / total_w) for w in table.widths]
    for i, h in enumerate(table.headers):
        _cell_text(t.rows[0].cells[i], h, 12, bold=True)
    _repeat_header(t.rows[0])
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
    _set_widths(t, widths)
    _para(doc, "", space_after=4)


def write_docx(written: WrittenReport, path: Path | str, charts: dict[str, bytes] | None = None) -> Path:
    """Write the report; ``charts`` maps a caption to PNG bytes drawn by ``charts.render_png``."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(2), Cm(2)
    sec.left_margin, sec.right_margin = Cm(3), Cm(1.5)
    text_w = 21 - 3 - 1.5
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    _font_style(normal)

    # Header: issuer and number | motto, place and date
    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _set_widths(head, [Cm(7.8), Cm(text_w - 7.8)])
    left, right = head.rows[0].cells
    first = True
    if len(written.header_left) > 1:
        _cell_text(left, written.header_left[0], 13, first=first)
        first = False
    _cell_text(left, written.header_left[-1], 13, bold=True, first=first)
    _cell_text(left, "*" if written.options.motto == "party" else "_______", 13, first=False)
    _cell_text(left, written.number, 14 if written.options.motto == "party" else 13, first=False)
    m1, m2 = written.motto
    if written.options.motto == "party":
        _cell_text(right, m1, 15, bold=True, underline=True)
    else:
        _cell_text(right, m1, 12, bold=True)
        _cell_text(right, m2, 14, bold=True, underline=True, first=False)
    _cell_text(right, "", 8, first=False)
    _cell_text(right, written.place_date, 14, italic=True, first=False)

    _para(doc, "", space_after=6)
    _para(doc, written.title, 15, bold=True, align="center", space_after=0)
    _para(doc, written.subtitle, 14, bold=True, align="center", space_after=0)
    _para(doc, "-----", 14, align="center", space_after=8)
    _para(doc, written.intro, indent=True)

    for section in written.sections:
        _para(doc, section.heading, bold=True, align="left", space_after=4)
        for block in section.blocks:
            if isinstance(block, Table):
                _data_table(doc, block, text_w)
            elif isinstance(block, tuple) and block[0] == "sub":
                _para(doc, block[1], bold=True, italic=True, align="left", indent=True, space_after=3)
            else:
                _para(doc, str(block), indent=True)
    for note in written.notes:
        _para(doc, note, 12, italic=True, align="left")

    # Signature block: recipients | signer
    _para(doc, "", space_after=0)
    sig = doc.add_table(rows=1, cols=2)
    _no_borders(sig)
    _set_widths(sig, [Cm(8.0), Cm(text_w - 8.0)])
    left, right = sig.rows[0].cells
    _cell_text(left, "Nơi nhận:", 12, bold=True, italic=True, align="left")
    for line in written.recipients:
        _cell_text(left, line, 11, align="left", first=False)
    first = True
    for line in written.signer:
        _cell_text(right, line, 14, bold=True, first=first)
        first = False
    for _ in range(4):
        _cell_text(right, "", 14, first=first)
        first = False
    _cell_text(right, written.options.signer_name or "", 14, bold=True, first=False)

    if charts:
        from docx.enum.text import WD_BREAK

        doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)  # what add_page_break does, typed
        _para(doc, "PHỤ LỤC: BIỂU ĐỒ", bold=True, align="center")
        for caption, png in charts.items():
            import io

            doc.add_picture(io.BytesIO(png), width=Cm(text_w))
            _para(doc, caption, 13, italic=True, align="center")
    path = Path(path)
    doc.save(str(path))
    return path


def _font_style(style: Any) -> None:
    from docx.oxml.ns import qn

    rpr = style.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
