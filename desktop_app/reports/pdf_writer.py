"""PDF of the same written report: QTextDocument laid out on A4 pages of a QPdfWriter, page numbers
at the top from page 2 (as Vietnamese documents number them), and the charts drawn as vectors by
``charts.draw`` on the appendix page. A font with Vietnamese glyphs is chosen explicitly."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from . import charts as charts_mod
from . import fmt
from .document import Table, WrittenReport

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

DPI = 300
MARGINS_MM = (30, 20, 15, 20)  # left, top, right, bottom (Decree 30/2020)


def _cell(value: str | int, col: int, bold: bool = False) -> str:
    if isinstance(value, int):
        text, align = (str(value) if col == 0 else fmt.num(value)), ("center" if col == 0 else "right")
    else:
        text, align = str(value), ("center" if value == fmt.DASH or value == "" else "left")
    weight = "font-weight:bold;" if bold else ""
    return f'<td align="{align}" style="{weight}">{escape(text)}</td>'


def _table_html(table: Table) -> str:
    total_w = sum(table.widths)
    out = []
    if table.caption:
        out.append(
            f'<p align="center" style="font-style:italic; font-size:12pt; margin-bottom:2px;">'
            f"{escape(table.caption)}</p>"
        )
    out.append(
        '<table width="100%" border="1" cellspacing="0" cellpadding="3" '
        'style="border-collapse:collapse; border-color:#000; font-size:11.5pt;"><thead><tr>'
    )
    for h, w in zip(table.headers, table.widths, strict=True):
        out.append(f'<th width="{100 * w / total_w:.0f}%" align="center">{escape(h)}</th>')
    out.append("</tr></thead>")
    for row in table.rows:
        out.append("<tr>" + "".join(_cell(v, i) for i, v in enumerate(row)) + "</tr>")
    if table.total:
        out.append("<tr>" + "".join(_cell(v, i, bold=True) for i, v in enumerate(table.total)) + "</tr>")
    out.append("</table><p style='font-size:6pt;'>&nbsp;</p>")
    return "".join(out)


def to_html(w: WrittenReport, family: str, indent_px: int = 40) -> str:
    o = w.options
    party = o.motto == "party"
    left = []
    if len(w.header_left) > 1:
        left.append(f"<div>{escape(w.header_left[0])}</div>")
    left.append(f"<div><b>{escape(w.header_left[-1])}</b></div>" if w.header_left else "")
    left.append("<div>*</div>" if party else "<div>_______</div>")
    left.append(f"<div>{escape(w.number)}</div>")
    m1, m2 = w.motto
    right = (
        [f'<div style="font-size:15pt;"><b><u>{escape(m1)}</u></b></div>']
        if party
        else [f'<div style="font-size:12pt;"><b>{escape(m1)}</b></div>', f"<div><b><u>{escape(m2)}</u></b></div>"]
    )
    right.append(f'<div style="margin-top:10px;"><i>{escape(w.place_date)}</i></div>')
    html = [
        f"<html><body style=\"font-family:'{family}'; font-size:14pt;\">",
        '<table width="100%" cellspacing="0" cellpadding="0" style="border:none;"><tr>',
        f'<td width="44%" align="center" valign="top" style="font-size:13pt;">{"".join(left)}</td>',
        f'<td width="56%" align="center" valign="top">{"".join(right)}</td></tr></table>',
        '<p style="margin-top:18px;" align="center"><span style="font-size:15pt;"><b>'
        f"{escape(w.title)}</b></span><br/><b>{escape(w.subtitle)}</b><br/>-----</p>",
        f'<p align="justify" style="text-indent:@INDENT@px;">{escape(w.intro)}</p>',
    ]
    for section in w.sections:
        html.append(f'<p style="margin-top:6px;"><b>{escape(section.heading)}</b></p>')
        for block in section.blocks:
            if isinstance(block, Table):
                html.append(_table_html(block))
            elif isinstance(block, tuple) and block[0] == "sub":
                html.append(f'<p style="text-indent:@INDENT@px;"><b><i>{escape(block[1])}</i></b></p>')
            else:
                html.append(f'<p align="justify" style="text-indent:@INDENT@px;">{escape(str(block))}</p>')
    for note in w.notes:
        html.append(f'<p style="font-size:12pt;"><i>{escape(note)}</i></p>')
    recipients = "".join(f'<div style="font-size:11pt;">{escape(r)}</div>' for r in w.recipients)
    signer = "".join(f"<div><b>{escape(s)}</b></div>" for s in w.signer)
    html.append(
        '<table width="100%" cellspacing="0" cellpadding="0" style="margin-top:12px;"><tr>'
        f'<td width="45%" valign="top"><div style="font-size:12pt;"><b><i>Nơi nhận:</i></b></div>'
        f"{recipients}</td>"
        f'<td width="55%" align="center" valign="top">{signer}<br/><br/><br/><br/>'
        f"<div><b>{escape(o.signer_name)}</b></div></td></tr></table>"
    )
    html.append("</body></html>")
    return "".join(html).replace("@INDENT@", str(indent_px))


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
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument

    family = charts_mod.report_font_family()
    left, top, right, bottom = MARGINS_MM
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
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(family)
    font.setPointSizeF(14)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(to_html(written, family, indent_px=round(dpi / 2.54)))
    doc.setPageSize(QSizeF(width, height))
    painter = QPainter(device)
    pt = dpi / 72
    number_font = QFont(family)
    number_font.setPixelSize(round(12 * pt))
    pages = doc.pageCount()

    def new_page(number: int) -> None:
        device.newPage()
        painter.save()
        painter.setFont(number_font)
        painter.drawText(
            QRectF(0, -top / 25.4 * dpi + 8 * pt, width, 16 * pt), Qt.AlignmentFlag.AlignHCenter, str(number)
        )
        painter.restore()

    for page in range(pages):
        if page:
            new_page(page + 1)
        painter.save()
        painter.translate(0, -page * height)
        doc.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
    specs = charts_mod.chart_specs(written.report) if with_charts and written.options.charts else []
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
