"""The WordprocessingML pieces python-docx has no call for, used by ``docx_writer``: fixed table
layout, borderless tables, rows that never split, the page-number field, the document language."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from docx.document import Document
    from docx.shared import Length
    from docx.table import Table as DocxTable
    from docx.table import _Row
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

FONT = "Times New Roman"
LANGUAGE = "vi-VN"


def _element(tag: str, **attrs: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement(tag)
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), value)
    return el


TBL_PR_ORDER = (
    "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc tblCellSpacing "
    "tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription tblPrChange"
).split()


def _add_to_tbl_pr(table: DocxTable, el: Any) -> None:
    """Adds ``el`` to the table's properties in the schema's order (Word refuses a file otherwise)."""
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr
    name = el.tag.rsplit("}", 1)[1]
    later = {qn(f"w:{n}") for n in TBL_PR_ORDER[TBL_PR_ORDER.index(name) + 1 :]}
    for old in tbl_pr.findall(el.tag):
        tbl_pr.remove(old)
    successor = next((child for child in tbl_pr if child.tag in later), None)
    if successor is None:
        tbl_pr.append(el)
    else:
        successor.addprevious(el)


def set_fonts(rpr: Any) -> None:
    """Times New Roman for every script of a run or style (Word picks the slot by character)."""
    from docx.oxml.ns import qn

    fonts = rpr.get_or_add_rFonts()
    for attr in list(fonts.attrib):
        if attr.endswith("Theme"):  # a theme font would win over the names below
            del fonts.attrib[attr]
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def vietnamese_defaults(doc: Document) -> None:
    """Times New Roman and the language vi-VN as the document's defaults, so Word spell-checks the
    text as Vietnamese (python-docx's template says en-US)."""
    from docx.oxml.ns import qn

    rpr = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr)
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = _element("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), LANGUAGE)
    doc.core_properties.language = LANGUAGE


def no_borders(table: DocxTable) -> None:
    edges = _element("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edges.append(_element(f"w:{edge}", val="nil"))
    _add_to_tbl_pr(table, edges)


def no_cell_margins(table: DocxTable) -> None:
    margins = _element("w:tblCellMar")
    for side in ("left", "right"):
        margins.append(_element(f"w:{side}", w="0", type="dxa"))
    _add_to_tbl_pr(table, margins)


def set_widths(table: DocxTable, widths: Sequence[Length]) -> None:
    """Fixed layout with the grid and every cell set: Word and LibreOffice both honour it."""
    table.autofit = False
    _add_to_tbl_pr(table, _element("w:tblLayout", type="fixed"))
    for col, width in zip(table.columns, widths, strict=True):
        col.width = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width


def repeat_header(row: _Row) -> None:
    row._tr.get_or_add_trPr().append(_element("w:tblHeader", val="true"))


def never_split(row: _Row) -> None:
    """A row moves to the next page whole rather than break across two."""
    row._tr.get_or_add_trPr().append(_element("w:cantSplit", val="true"))


def keep_with_next(paragraphs: Sequence[Paragraph]) -> None:
    for p in paragraphs:
        p.paragraph_format.keep_with_next = True


def page_field(paragraph: Paragraph) -> list[Run]:
    """A PAGE field (Word and LibreOffice show the page's number there); its runs, to be styled."""
    begin, code, separate, shown, end = (paragraph.add_run() for _ in range(5))
    begin._r.append(_element("w:fldChar", fldCharType="begin"))
    instr = _element("w:instrText")
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = " PAGE "
    code._r.append(instr)
    separate._r.append(_element("w:fldChar", fldCharType="separate"))
    shown.text = "2"  # what a reader that does not compute fields shows: the first numbered page
    end._r.append(_element("w:fldChar", fldCharType="end"))
    return [begin, code, separate, shown, end]
