"""The fingerprint sheet on paper: the list an officer reads over the phone before confirming the
senders' keys, on one A4 page (a long list runs onto more): title, this installation, the date in
Vietnam, then one row per unit with its official name, code and key fingerprint in a monospaced
font, four groups of four, and an empty column to tick by hand once the unit read the same. Drawn
with QTextDocument on a QPdfWriter, or on a printer, like the written report."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from . import charts as charts_mod

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

DPI = 300
MARGINS_MM = (20, 15, 15, 15)  # left, top, right, bottom
TITLE = "DANH SÁCH ĐỐI CHIẾU DẤU VÂN TAY KHÓA"
HEADERS = ("STT", "Đơn vị", "Mã", "Dấu vân tay khóa", "Đã đối chiếu qua điện thoại")
WIDTHS = (7, 35, 10, 30, 18)  # percent of the page's width


@dataclass(frozen=True)
class SheetRow:
    unit_name: str  # the official name from the unit list
    unit_code: str
    fingerprint: str  # four groups of four hex digits


@dataclass(frozen=True)
class KeySheet:
    receiver_name: str  # this installation's unit, which confirms the keys
    receiver_code: str
    day: dt.date  # in Vietnam
    rows: tuple[SheetRow, ...]


def to_html(sheet: KeySheet, family: str, mono: str) -> str:
    """The sheet in Qt's HTML, in ``family`` with the fingerprints in the fixed-pitch ``mono``."""
    head = "".join(f'<th width="{w}%" align="center">{escape(h)}</th>' for h, w in zip(HEADERS, WIDTHS, strict=True))
    fixed = f'style="font-family:&quot;{escape(mono)}&quot;; font-size:11pt; white-space:nowrap;"'
    body = "".join(
        f'<tr><td align="center">{n}</td><td>{escape(r.unit_name)}</td><td align="center">{escape(r.unit_code)}</td>'
        f'<td align="center" {fixed}>{escape(r.fingerprint)}</td>'
        "<td></td></tr>"
        for n, r in enumerate(sheet.rows, start=1)
    )
    return (
        f"<html><body style=\"font-family:'{family}'; font-size:12pt;\">"
        f'<p align="center" style="font-size:15pt;"><b>{escape(TITLE)}</b></p>'
        f"<p>Đơn vị xác nhận: <b>{escape(sheet.receiver_name)}</b> (mã {escape(sheet.receiver_code)})<br/>"
        f"Ngày lập: {sheet.day:%d/%m/%Y}</p>"
        "<p><i>Gọi điện cho từng đơn vị, nhờ họ đọc dấu vân tay trong trang Cài đặt của họ; chỉ đánh dấu khi "
        "hai dãy giống hệt nhau.</i></p>"
        '<table width="100%" border="1" cellspacing="0" cellpadding="5" '
        f'style="border-collapse:collapse; border-color:#000;"><thead><tr>{head}</tr></thead>{body}</table>'
        '<p style="margin-top:18px;">Người đối chiếu: ................................................</p>'
        "</body></html>"
    )


def write_pdf(sheet: KeySheet, path: Path | str) -> Path:
    from PySide6.QtGui import QPdfWriter

    charts_mod.ensure_gui()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(f"{TITLE} {sheet.day:%d/%m/%Y}")
    writer.setCreator("Sổ tay Tuyên truyền")
    paint(sheet, writer, DPI)
    return path


def paint_on(sheet: KeySheet, device: object, dpi: int) -> int:
    """``paint`` for a caller that may not name Qt's types (the services): a QPrinter when printing."""
    from PySide6.QtGui import QPagedPaintDevice

    if not isinstance(device, QPagedPaintDevice):
        raise TypeError(f"cannot print on {type(device).__name__}")
    return paint(sheet, device, dpi)


def paint(sheet: KeySheet, device: QPagedPaintDevice, dpi: int) -> int:
    """Lay the sheet out on A4 pages of ``device``; the number of pages drawn."""
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF
    from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QTextDocument

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
    font.setPointSizeF(12)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(to_html(sheet, family, QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()))
    doc.setPageSize(QSizeF(width, height))
    painter = QPainter(device)
    pages = doc.pageCount()
    for page in range(pages):
        if page:
            device.newPage()
        painter.save()
        painter.translate(0, -page * height)
        doc.drawContents(painter, QRectF(0, page * height, width, height))
        painter.restore()
    painter.end()
    return pages
