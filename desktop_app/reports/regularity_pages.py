"""The regularity appendix of the written report: the unit × week and the topic × month heatmaps,
each with its legend and caption, drawn on PDF pages of their own (a map taller than the room left
continues on the next page, on the same colour scale) and as PNG images for the DOCX."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .charts import chart_fonts, ensure_gui, png_bytes
from .heatmap import HeatmapSpec, draw_heatmap, heatmap_height
from .regularity import (
    TOPIC_MONTH_TITLE,
    UNIT_WEEK_TITLE,
    topic_month_heatmap,
    topic_month_legend,
    unit_week_heatmap,
    unit_week_legend,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QPainter

    from .model import Report

APPENDIX_TITLE = "PHỤ LỤC: ĐỘ ĐỀU ĐẶN CỦA HOẠT ĐỘNG"
BASE_WIDTH = 480.0  # points: a map is laid out on this width, then scaled, as the charts are
ROWS_PER_IMAGE = 40  # a DOCX image holds at most this many rows (taller ones run off the page)
MIN_ROWS = 3  # fewer rows than this left on a page: the map starts on the next one


@dataclass(frozen=True)
class Figure:
    spec: HeatmapSpec
    caption: str


def figures(report: Report) -> list[Figure]:
    """The maps the report's figures give: none when nothing happened in the period."""
    found: list[Figure] = []
    where = f"{report.period.label}, {report.unit_name}"
    measured = report.regularity
    if measured is not None and measured.whole.activities:
        spec = unit_week_heatmap(measured, UNIT_WEEK_TITLE)
        spec = dataclasses.replace(spec, legend=unit_week_legend(measured, spec.most))
        found.append(Figure(spec, f"Hình {len(found) + 1}. Số hoạt động mỗi tuần của từng đơn vị, {where}"))
    grid = report.topic_months
    if grid is not None and grid.topics:
        spec = topic_month_heatmap(grid, TOPIC_MONTH_TITLE)
        spec = dataclasses.replace(spec, legend=topic_month_legend(spec.most))
        found.append(Figure(spec, f"Hình {len(found) + 1}. Số buổi theo chuyên đề và tháng, {where}"))
    return found


def _continued(spec: HeatmapSpec, first: int) -> str:
    return spec.title if first == 0 else f"{spec.title} (tiếp theo)"


def paint(
    painter: QPainter,
    turn_page: Callable[[], None],
    size: tuple[float, float],
    pt: float,
    family: str,
    found: list[Figure],
) -> None:
    """The appendix from a new page on: its title, then each map under the one before, its rows
    continued on the next page when the page is full, its caption under its last rows."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QFontMetricsF

    width, height = size
    scale = width / BASE_WIDTH
    line = QFontMetricsF(chart_fonts(family, scale)[1]).height()
    title_font = QFont(family)
    title_font.setPixelSize(round(14 * pt))
    title_font.setBold(True)
    caption_font = QFont(family)
    caption_font.setPixelSize(round(12 * pt))
    caption_font.setItalic(True)
    caption_h = QFontMetricsF(caption_font).height() * 1.8
    turn_page()
    painter.setFont(title_font)
    painter.drawText(QRectF(0, 0, width, 24 * pt), Qt.AlignmentFlag.AlignHCenter, APPENDIX_TITLE)
    y = 36 * pt
    for figure in found:
        spec, first = figure.spec, 0
        while first < len(spec.rows):
            empty = dataclasses.replace(spec, rows=[], values=[])
            room = int((height - y - caption_h - heatmap_height(empty, line)) // (1.3 * line))
            if room < min(MIN_ROWS, len(spec.rows) - first) and y > 0:
                turn_page()
                y = 0
                continue
            end = first + max(1, room)
            part = spec.part(first, end, _continued(spec, first))
            h = heatmap_height(part, line)
            draw_heatmap(painter, QRectF(0, y, width, h), part, family, scale)
            y += h
            first = end
        painter.setFont(caption_font)
        painter.drawText(QRectF(0, y, width, caption_h), Qt.AlignmentFlag.AlignHCenter, figure.caption)
        y += caption_h + 12 * pt


def render_pngs(found: list[Figure], width: int = 1800) -> dict[str, bytes]:
    """Caption → PNG for the DOCX's appendix; a map of many rows in parts of ``ROWS_PER_IMAGE``."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter

    from .charts import report_font_family

    ensure_gui()
    family = report_font_family()
    scale = (width - 20) / BASE_WIDTH
    line = QFontMetricsF(chart_fonts(family, scale)[1]).height()
    images: dict[str, bytes] = {}
    for figure in found:
        spec = figure.spec
        parts = range(0, len(spec.rows), ROWS_PER_IMAGE)
        for n, first in enumerate(parts, 1):
            part = spec.part(first, first + ROWS_PER_IMAGE, _continued(spec, first))
            image = QImage(width, round(heatmap_height(part, line)) + 20, QImage.Format.Format_ARGB32)
            image.fill(QColor("white"))
            painter = QPainter(image)
            draw_heatmap(painter, QRectF(10, 10, width - 20, image.height() - 20), part, family, scale)
            painter.end()
            caption = figure.caption if len(parts) == 1 else f"{figure.caption} (phần {n}/{len(parts)})"
            images[caption] = png_bytes(image)
    return images
