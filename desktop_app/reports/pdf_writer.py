"""PDF of the same written report: QTextDocument laid out on A4 pages of a QPdfWriter, page numbers
at the top from page 2 (as Vietnamese documents number them), the regularity heatmaps
(``regularity_pages``), then the charts drawn as vectors by ``charts.draw`` on the appendix pages.
A font with Vietnamese glyphs is chosen explicitly."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from . import charts as charts_mod
from . import fmt, regularity_pages
from .document import Table, WrittenReport
from .layout_rules import MARGINS_CM, LayoutRules, rules_for
from .pdf_pages import Piece, TablePiece, TextPiece, paginate

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

DPI = 300


def _cell(value: str | int, col: int, bold: bool = False) -> str:
    if isinstance(value, int):
        text, align = (str(value) if col == 0 else fmt.num(value)), ("center" if col == 0 else "right")
    else:
        text, align = str(value), ("center" if value == fmt.DASH or value == "" else "left")
    weight = "font-weight:bold;" if bold else ""
    return f'<td align="{align}" style="{weight}">{escape(text)}</td>'


def _table_pieces(table: Table) -> list[Piece | TextPiece | TablePiece]:
    total_w = sum(table.widths)
    pieces: list[Piece | TextPiece | TablePiece] = []
    if table.caption:
        pieces.append(
            Piece(
                f'<p align="center" style="font-style:italic; font-size:12pt; margin-bottom:2px;">'
                f"{escape(table.caption)}</p>",
                keep_with_next=True,
            )
        )
    head = [
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse:collapse; border-color:#000; font-size:11.5pt;"><thead><tr>'
    ]
    for h, w in zip(table.headers, table.widths, strict=True):
        head.append(f'<th width="{100 * w / total_w:.0f}%" align="center">{escape(h)}</th>')
    head.append("</tr></thead>")
    rows = ["<tr>" + "".join(_cell(v, i) for i, v in enumerate(row)) + "</tr>" for row in table.rows]
    if table.total:
        rows.append("<tr>" + "".join(_cell(v, i, bold=True) for i, v in enumerate(table.total)) + "</tr>")
    pieces.append(TablePiece("".join(head), tuple(rows), "</table>", "<p style='font-size:6pt;'>&nbsp;</p>"))
    return pieces


def to_pieces(w: WrittenReport, indent_px: int = 40) -> list[Piece | TextPiece | TablePiece]:
    """The report as pieces of HTML in reading order, for ``pdf_pages.paginate``."""
    o = w.options
    rules = rules_for(o.motto)
    party = o.motto == "party"
    left = []
    if len(w.header_left) > 1:
        left.append(f"<div>{escape(w.header_left[0])}</div>")
    left.append(f"<div><b>{escape(w.header_left[-1])}</b></div>" if w.header_left else "")
    left.append("<div>*</div>" if party else "<div>_______</div>")
    left.append(f'<div style="font-size:{rules.number_pt}pt;">{escape(w.number)}</div>')
    m1, m2 = w.motto
    motto = f"<u>{escape(m1)}</u>" if rules.motto_underlined else escape(m1)
    right = [f'<div style="font-size:{rules.motto_pt}pt; white-space:nowrap;"><b>{motto}</b></div>']
    if m2:
        right.append(f'<div style="font-size:{rules.slogan_pt}pt;"><b><u>{escape(m2)}</u></b></div>')
    right.append(f'<div style="margin-top:10px; font-size:{rules.place_pt}pt;"><i>{escape(w.place_date)}</i></div>')
    left_pct = round(100 * rules.header_cm[0] / sum(rules.header_cm))
    indent = f"text-indent:{indent_px}px;"
    pieces: list[Piece | TextPiece | TablePiece] = [
        Piece(
            '<table width="100%" cellspacing="0" cellpadding="0" style="border:none;"><tr>'
            f'<td width="{left_pct}%" align="center" valign="top" style="font-size:{rules.issuer_pt}pt;">'
            f"{''.join(left)}</td>"
            f'<td width="{100 - left_pct}%" align="center" valign="top">{"".join(right)}</td></tr></table>'
        ),
        Piece(
            f'<p style="margin-top:18px;" align="center"><span style="font-size:{rules.title_pt}pt;"><b>'
            f'{escape(w.title)}</b></span><br/><span style="font-size:{rules.subtitle_pt}pt;"><b>'
            f"{escape(w.subtitle)}</b></span><br/>-----</p>"
        ),
        _text(w.intro, indent),
    ]
    for section in w.sections:
        pieces.append(Piece(f'<p style="margin-top:6px;"><b>{escape(section.heading)}</b></p>', keep_with_next=True))
        for block in section.blocks:
            if isinstance(block, Table):
                pieces.extend(_table_pieces(block))
            elif isinstance(block, tuple) and block[0] == "sub":
                pieces.append(Piece(f'<p style="{indent}"><b><i>{escape(block[1])}</i></b></p>', keep_with_next=True))
            else:
                pieces.append(_text(str(block), indent))
    for note in w.notes:
        pieces.append(Piece(f'<p style="font-size:12pt;"><i>{escape(note)}</i></p>'))
    pieces.append(Piece(_signature_html(w, rules), signature=True))
    return pieces


def _text(text: str, indent: str) -> TextPiece:
    return TextPiece(f'<p align="justify" style="{indent}">', '<p align="justify">', tuple(escape(text).split(" ")))


def _signature_html(w: WrittenReport, rules: LayoutRules) -> str:
    label = "<b>Nơi nhận:</b>"
    if rules.recipients_label_italic:
        label = f"<i>{label}</i>"
    if rules.recipients_label_underlined:
        label = f"<u>{label}</u>"
    recipients = "".join(f'<div style="font-size:{rules.recipients_pt}pt;">{escape(r)}</div>' for r in w.recipients)
    signer = "".join(f"<div><b>{escape(s)}</b></div>" for s in w.signer)
    return (
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:12px;"><tr>'
        f'<td width="45%" valign="top"><div style="font-size:{rules.recipients_label_pt}pt;">{label}</div>'
        f"{recipients}</td>"
        f'<td width="55%" align="center" valign="top" style="font-size:{rules.signer_pt}pt;">{signer}'
        f"<br/><br/><br/><br/><div><b>{escape(w.options.signer_name)}</b></div></td></tr></table>"
    )


def write_pdf(written: WrittenReport, path: Path | str, with_charts: bool = True) -> Path:
    from PySide6.QtGui import QPdfWriter

    charts_mod.ensure_gui()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(f"{written.title} {written.subtitle}")
    writer.setCreator("Sổ tay Tuyên truyền")
    paint(written, writer, DPI, with_charts)
    return path


def paint_on(written: WrittenReport, device: object, dpi: int) -> int:
    """``paint`` for a caller that may not name Qt's types (the services): ``device`` must be a
    paged device, a QPrinter when printing."""
    from PySide6.QtGui import QPagedPaintDevice

    if not isinstance(device, QPagedPaintDevice):
        raise TypeError(f"cannot print on {type(device).__name__}")
    return paint(written, device, dpi)


def paint(written: WrittenReport, device: QPagedPaintDevice, dpi: int, with_charts: bool = True) -> int:
    """Lay the report out on a paged device (QPdfWriter, or a QPrinter when printing); pages drawn."""
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument

    family = charts_mod.report_font_family()
    rules = rules_for(written.options.motto)
    left, top, right, bottom = (10 * cm for cm in MARGINS_CM)
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(left, top, right, bottom),
            QPageLayout.Unit.Millimeter,
        )
    )
    area = device.pageLayout().paintRectPixels(dpi)
    width, height = float(area.width()), float(area.height())
    font = QFont(family)
    font.setPointSizeF(rules.body_pt)

    def page_document(html: str) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        doc.setHtml(f"<html><body style=\"font-family:'{family}'; font-size:{rules.body_pt}pt;\">{html}</body></html>")
        doc.setTextWidth(width)
        return doc

    pages_html = paginate(
        to_pieces(written, indent_px=round(dpi / 2.54)), lambda html: page_document(html).size().height(), height
    )
    painter = QPainter(device)
    pt = dpi / 72
    number_font = QFont(family)
    number_font.setPixelSize(round(rules.page_number_pt * pt))
    pages = len(pages_html)

    def new_page(number: int) -> None:
        device.newPage()
        painter.save()
        painter.setFont(number_font)
        painter.drawText(
            QRectF(0, -top / 25.4 * dpi + 8 * pt, width, 18 * pt), Qt.AlignmentFlag.AlignHCenter, str(number)
        )
        painter.restore()

    for page, html in enumerate(pages_html):
        if page:
            new_page(page + 1)
        page_document(html).drawContents(painter)
    drawn = with_charts and written.options.charts
    if heatmaps := regularity_pages.figures(written.report) if drawn else []:

        def turn_page() -> None:
            nonlocal pages
            pages += 1
            new_page(pages)

        regularity_pages.paint(painter, turn_page, (width, height), pt, family, heatmaps)
    specs = charts_mod.chart_specs(written.report) if drawn else []
    if specs:
        pages += 1
        new_page(pages)
        title = QFont(family)
        title.setPixelSize(round(14 * pt))
        title.setBold(True)
        painter.setFont(title)
        painter.drawText(QRectF(0, 0, width, 24 * pt), Qt.AlignmentFlag.AlignHCenter, "PHỤ LỤC: BIỂU ĐỒ")
        y = 36 * pt
        for spec in specs:
            h = min(charts_mod.chart_height(spec) * width / 480, height - 36 * pt)
            if y + h > height:
                pages += 1
                new_page(pages)
                y = 0
            charts_mod.draw(painter, QRectF(0, y, width, h), spec, family, scale=width / 480)
            y += h + 18 * pt
    painter.end()
    return pages
