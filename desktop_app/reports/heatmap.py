"""A heatmap (rows × columns of counts, e.g. unit × week) drawn with QPainter, for the window and
for a PDF alike: darker cells for more activity, empty cells white, peak columns marked under the
header, and a legend line under the grid (a swatch from light to dark, then its words). Text in the
report font (``charts.report_font_family``)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .charts import chart_fonts, report_font_family

if TYPE_CHECKING:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QPainter

EMPTY = "#ffffff"
LIGHT, DARK = (222, 235, 247), (8, 69, 148)  # blues: one activity to the most in a cell
PEAK = "#d95f02"


@dataclass(frozen=True)
class HeatmapSpec:
    title: str
    rows: list[str]  # row labels (units, topics)
    columns: list[str]  # column labels; an empty label is not written (every fourth week is)
    values: list[list[int]]  # values[row][column]
    peak_columns: frozenset[int] = frozenset()
    legend: str = ""  # written under the grid, after the colour swatch
    scale_most: int = 0  # the darkest cell's value when this is part of a larger map, else its own

    @property
    def most(self) -> int:
        return self.scale_most or max((v for row in self.values for v in row), default=0)

    def part(self, first: int, end: int, title: str) -> HeatmapSpec:
        """Rows ``first`` to ``end`` (excluded) under ``title``, coloured on the whole map's scale."""
        return dataclasses.replace(
            self, title=title, rows=self.rows[first:end], values=self.values[first:end], scale_most=self.most
        )


def cell_colour(value: int, most: int) -> str:
    """White for none; from light to dark blue as ``value`` nears the most of the map."""
    if value <= 0 or most <= 0:
        return EMPTY
    share = value / most
    r, g, b = (round(lo + (hi - lo) * share) for lo, hi in zip(LIGHT, DARK, strict=True))
    return f"#{r:02x}{g:02x}{b:02x}"


def heatmap_height(spec: HeatmapSpec, line: float) -> float:
    """Room for the title, the column labels and a row per label, ``line`` being a text line."""
    return line * (4.0 + 1.3 * len(spec.rows) + (2.8 if spec.legend else 0.0))


def draw_heatmap(
    painter: QPainter,
    rect: QRectF,
    spec: HeatmapSpec,
    family: str | None = None,
    scale: float = 1.0,
    text_scale: float = 1.0,
) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF, QPen

    family = family or report_font_family()
    painter.save()
    title_font, text_font = chart_fonts(family, scale, text_scale)
    painter.setFont(title_font)
    painter.setPen(QColor("#222222"))
    title_h = QFontMetricsF(title_font).height() * 1.6
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h), Qt.AlignmentFlag.AlignCenter, spec.title)
    painter.setFont(text_font)
    metrics = QFontMetricsF(text_font)
    line = metrics.height()
    label_w = min(rect.width() * 0.35, max((metrics.horizontalAdvance(r) for r in spec.rows), default=0) + line)
    top = rect.top() + title_h + line * 1.4
    left = rect.left() + label_w
    cell_w = (rect.width() - label_w) / max(1, len(spec.columns))
    cell_h = line * 1.3
    for c, label in enumerate(spec.columns):
        x = left + c * cell_w
        if label and metrics.horizontalAdvance(label) <= cell_w:  # fits over its cell: centred there
            painter.drawText(QRectF(x, top - line * 1.4, cell_w, line), Qt.AlignmentFlag.AlignHCenter, label)
        elif label:
            painter.drawText(QRectF(x, top - line * 1.4, line * 4, line), Qt.AlignmentFlag.AlignLeft, label)
        if c in spec.peak_columns:
            painter.fillRect(QRectF(x, top - line * 0.35, cell_w, line * 0.25), QColor(PEAK))
    most = spec.most
    painter.setPen(QPen(QColor("#dddddd"), 0.5 * scale))
    for r, label in enumerate(spec.rows):
        y = top + r * cell_h
        painter.setPen(QColor("#222222"))
        painter.drawText(
            QRectF(rect.left(), y, label_w - line * 0.5, cell_h),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - line * 0.5),
        )
        painter.setPen(QPen(QColor("#dddddd"), 0.5 * scale))
        for c, value in enumerate(spec.values[r]):
            cell = QRectF(left + c * cell_w, y, cell_w, cell_h)
            painter.setBrush(QColor(cell_colour(value, most)))
            painter.drawRect(cell)
    if spec.legend:
        legend_top = top + len(spec.rows) * cell_h + line * 0.4
        _draw_legend(painter, QRectF(rect.left(), legend_top, rect.width(), line * 2.2), spec, line)
    painter.restore()


def _draw_legend(painter: QPainter, rect: QRectF, spec: HeatmapSpec, line: float) -> None:
    """Five swatches from no activity to the darkest cell, then the legend's words (two lines at
    most, the rest elided)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFontMetricsF

    side = line * 0.8
    most = max(1, spec.most)
    for i in range(5):
        swatch = QRectF(rect.left() + i * side, rect.top() + line * 0.1, side, side)
        painter.setBrush(QColor(cell_colour(max(1, round(most * i / 4)), most) if i else EMPTY))
        painter.drawRect(swatch)
    painter.setPen(QColor("#222222"))
    text_rect = rect.adjusted(side * 5.6, 0, 0, 0)
    metrics = QFontMetricsF(painter.font())
    words = spec.legend
    wrap = Qt.TextFlag.TextWordWrap
    while words and metrics.boundingRect(text_rect, wrap, words).height() > text_rect.height() + 1:
        words = words[: len(words) - 4].rstrip() + "…"
    painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | wrap, words)
