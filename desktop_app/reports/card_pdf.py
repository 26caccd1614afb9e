"""The talk card on one A5 or A4 page, drawn with QtGui on a paged device (a PDF, or a printer):
large type, short lines, bullets, and a ruled "Ghi chú" box filling the rest of the page. If the
text would not leave room for the box, the last key points are dropped until it does."""

from __future__ import annotations

import dataclasses
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from . import charts as charts_mod
from .card_model import NOTES, TITLE, TalkCard, sections, title_lines

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

DPI = 300
MARGIN_MM = 12
BODY_PT = {"a5": 13.0, "a4": 16.0}
BULLET_STYLE = "margin:0 0 2px 0; margin-left:14px; text-indent:-14px;"
MIN_NOTES_MM = 30  # the notes box is at least this tall


def card_html(card: TalkCard, body_pt: float) -> str:
    head_pt, title_pt = body_pt + 1.5, body_pt + 3
    topic, group, made = title_lines(card)
    out = [
        f'<p align="center" style="font-size:{title_pt}pt; font-weight:bold; margin:0;">{escape(TITLE)}</p>',
        f'<p style="font-size:{head_pt}pt; font-weight:bold; margin-top:6px; margin-bottom:0;">{escape(topic)}</p>',
        f'<p style="margin:0;">{escape(group)}</p>',
        f'<p style="margin:0; color:#444; font-size:{body_pt - 2}pt;"><i>{escape(made)}</i></p>',
    ]
    for n, section in enumerate(sections(card), 1):
        out.append(
            f'<p style="font-size:{head_pt}pt; font-weight:bold; margin-top:8px; margin-bottom:2px;">'
            f"{n}. {escape(section.heading)}</p>"
        )
        for kind, text in section.lines:
            if kind == "bullet":
                out.append(f'<p style="{BULLET_STYLE}">•&nbsp;{escape(text)}</p>')
            elif kind == "source":
                out.append(f'<p style="margin:4px 0 1px 0; font-size:{body_pt - 2}pt;"><i>{escape(text)}</i></p>')
            else:
                out.append(f'<p style="margin:0;">{escape(text)}</p>')
    return "".join(out)


def _fewer_points(card: TalkCard) -> TalkCard | None:
    """The card without its last key point, or None when none is left to drop."""
    docs = list(card.documents)
    while docs and not docs[-1].points:
        docs.pop()
    if not docs:
        return None
    docs[-1] = dataclasses.replace(docs[-1], points=docs[-1].points[:-1])
    return dataclasses.replace(card, documents=tuple(docs))


def paint_card(card: TalkCard, device: QPagedPaintDevice, dpi: int, paper: str) -> None:
    from PySide6.QtCore import QMarginsF, QRectF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPen, QTextDocument

    charts_mod.ensure_gui()
    family = charts_mod.report_font_family()
    size = QPageSize.PageSizeId.A5 if paper == "a5" else QPageSize.PageSizeId.A4
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    device.setPageLayout(
        QPageLayout(QPageSize(size), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    )
    area = device.pageLayout().paintRectPixels(dpi)
    width, height = float(area.width()), float(area.height())
    body_pt = BODY_PT[paper]
    font = QFont(family)
    font.setPointSizeF(body_pt)
    min_notes = MIN_NOTES_MM / 25.4 * dpi

    def laid_out(shown: TalkCard) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(0)
        style = f"font-family:'{family}'; font-size:{body_pt}pt;"
        doc.setHtml(f'<html><body style="{style}">{card_html(shown, body_pt)}</body></html>')
        doc.setTextWidth(width)
        return doc

    text = laid_out(card)
    while text.size().height() + min_notes > height:
        shorter = _fewer_points(card)
        if shorter is None:
            break
        card, text = shorter, laid_out(shorter)
    painter = QPainter(device)
    text.drawContents(painter, QRectF(0, 0, width, height))
    pt = dpi / 72
    top = min(text.size().height() + 8 * pt, height - min_notes)
    painter.setPen(QPen(Qt.GlobalColor.black, 1.2 * pt))
    painter.drawRect(QRectF(0, top, width, height - top))
    label = QFont(family)
    label.setPixelSize(round(body_pt * pt))
    label.setBold(True)
    painter.setFont(label)
    painter.drawText(QRectF(6 * pt, top + 4 * pt, width, 24 * pt), Qt.AlignmentFlag.AlignLeft, NOTES)
    painter.end()


def write_card_pdf(card: TalkCard, path: Path, paper: str) -> Path:
    from PySide6.QtGui import QPdfWriter

    charts_mod.ensure_gui()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(f"{TITLE}: {card.topic}, {card.group_name}")
    writer.setCreator("Sổ tay Tuyên truyền")
    paint_card(card, writer, DPI, paper)
    return path


def paint_card_on(card: TalkCard, device: object, dpi: int, paper: str) -> None:
    """``paint_card`` for a caller that may not name Qt's types (the window's print): ``device``
    must be a paged device."""
    from PySide6.QtGui import QPagedPaintDevice

    if not isinstance(device, QPagedPaintDevice):
        raise TypeError(f"cannot print on {type(device).__name__}")
    paint_card(card, device, dpi, paper)
