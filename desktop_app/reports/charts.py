"""Charts drawn with QPainter on any paint device: the report page in the window, a PNG for the
DOCX, and the PDF (vector). Qt Charts is deprecated since Qt 6.10, so bars and lines are drawn here.

Only QtGui is used; no widgets. ``ensure_gui()`` gives headless commands a QGuiApplication.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core.labels import QT_TRANSLATE_NOOP, format_unit
from . import fmt
from .model import Report

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QRectF
    from PySide6.QtGui import QFont, QImage, QPainter

FONT_CANDIDATES = (
    "Times New Roman",
    "Liberation Serif",
    "Tinos",
    "Noto Serif",
    "DejaVu Serif",
    "Noto Sans",
    "DejaVu Sans",
    "Arial",
)
SAMPLE = "ĐđƯưỚớệễữỵẫặ"
BAR = "#2f6f9f"
LINE = "#b5472d"
MAX_BARS = 15


CHART_CONTEXT = "Charts"  # the window translates chart words under this context (sotay_en.ts)
MONTH_WORDS = (
    QT_TRANSLATE_NOOP("Charts", "T1"),
    QT_TRANSLATE_NOOP("Charts", "T2"),
    QT_TRANSLATE_NOOP("Charts", "T3"),
    QT_TRANSLATE_NOOP("Charts", "T4"),
    QT_TRANSLATE_NOOP("Charts", "T5"),
    QT_TRANSLATE_NOOP("Charts", "T6"),
    QT_TRANSLATE_NOOP("Charts", "T7"),
    QT_TRANSLATE_NOOP("Charts", "T8"),
    QT_TRANSLATE_NOOP("Charts", "T9"),
    QT_TRANSLATE_NOOP("Charts", "T10"),
    QT_TRANSLATE_NOOP("Charts", "T11"),
    QT_TRANSLATE_NOOP("Charts", "T12"),
)
BY_UNIT = QT_TRANSLATE_NOOP("Charts", "Số cuộc theo đơn vị")
BY_UNIT_TOP = QT_TRANSLATE_NOOP("Charts", "Số cuộc theo đơn vị (%1 đơn vị nhiều nhất)")
BY_FORMAT = QT_TRANSLATE_NOOP("Charts", "Hoạt động tuyên truyền theo hình thức")  # posts, broadcasts: not "cuộc"
BY_MONTH = QT_TRANSLATE_NOOP("Charts", "Số cuộc theo tháng")
NO_FIGURES = QT_TRANSLATE_NOOP("Charts", "Không có số liệu")


@dataclass(frozen=True)
class ChartWords:
    """How a chart's words are written: as in the report (Vietnamese, the default: the DOCX and PDF),
    or through the window's translation (``text`` under ``CHART_CONTEXT``, ``label`` for the labels of
    closed lists such as talk formats)."""

    text: Callable[[str], str] = str
    label: Callable[[str], str] = str


@dataclass(frozen=True)
class ChartSpec:
    kind: str  # bars | line
    title: str
    items: tuple[tuple[str, int], ...]
    empty: str = NO_FIGURES  # drawn when there are no items
    value_words: tuple[str, ...] = ()  # per item, the word its count takes ("buổi phát thanh"), if any

    def value_text(self, index: int) -> str:
        value = fmt.num(self.items[index][1])
        return f"{value} {self.value_words[index]}" if self.value_words else value


def ensure_gui() -> QCoreApplication:
    """The running QGuiApplication, or a new offscreen one for a headless command."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["sotay"])
    return app


def covers_vietnamese(family: str) -> bool:
    from PySide6.QtGui import QFont, QFontMetrics

    font = QFont(family)
    font.setStyleStrategy(QFont.StyleStrategy.NoFontMerging)
    metrics = QFontMetrics(font)
    return all(metrics.inFontUcs4(ord(ch)) for ch in SAMPLE)


def report_font_family() -> str:
    """The shipped Tinos (``fonts.py``); failing that, a machine's serif family with Vietnamese glyphs."""
    from PySide6.QtGui import QFontDatabase

    from .fonts import bundled_family

    ensure_gui()
    bundled = bundled_family()
    if bundled is not None:
        return bundled
    families = set(QFontDatabase.families())
    for family in FONT_CANDIDATES:
        if family in families and covers_vietnamese(family):
            return family
    for family in sorted(families):
        if covers_vietnamese(family):
            return family
    return "Serif"


def _month_label(key: str, one_year: bool, words: ChartWords) -> str:
    """ "T7" within one year, "T7/26" across years (``key`` is YYYY-MM)."""
    name = words.text(MONTH_WORDS[int(key[5:7]) - 1])
    return name if one_year else f"{name}/{key[2:4]}"


def chart_specs(report: Report, words: ChartWords | None = None) -> list[ChartSpec]:
    """The report's charts, their words written by ``words`` (the report's Vietnamese by default)."""
    words = words or ChartWords()
    empty = words.text(NO_FIGURES)
    specs = []
    units = [r for r in report.breakdowns.get("unit", []) if r.figures is not None]
    if len(units) > 1:
        top = sorted(units, key=lambda r: -r.counted.sessions)[:MAX_BARS]
        title = words.text(BY_UNIT_TOP).replace("%1", str(MAX_BARS)) if len(units) > MAX_BARS else words.text(BY_UNIT)
        specs.append(ChartSpec("bars", title, tuple((r.label, r.counted.sessions) for r in top), empty))
    fmts = report.breakdowns.get("format", [])
    if len(units) <= 1 and fmts:
        items = tuple((words.label(r.label), r.counted.sessions) for r in fmts)
        counted_as = tuple(words.label(format_unit(r.key)) for r in fmts)
        specs.append(ChartSpec("bars", words.text(BY_FORMAT), items, empty, counted_as))
    months = report.breakdowns.get("month", [])
    if len(months) > 1:
        one_year = len({r.key[:4] for r in months}) == 1
        items = tuple((_month_label(r.key, one_year, words), r.counted.sessions) for r in months)
        specs.append(ChartSpec("line", words.text(BY_MONTH), items, empty))
    return specs


MAX_INTERVALS = 6  # at most six gaps between gridlines: 0, 1, …, 6 or 0, 2, …, 12, never crowded


def nice_axis(value: int) -> tuple[int, int]:
    """(top, step) of a value axis reaching ``value``: the step is 1, 2 or 5 times a power of ten
    and the top a multiple of it, so every gridline is a whole, evenly spaced, round number."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            intervals = max(1, -(-value // step))
            if intervals <= MAX_INTERVALS:
                return intervals * step, step
        magnitude *= 10


def axis_ticks(value: int) -> list[int]:
    """The gridline values of an axis reaching ``value``, from 0 to its top."""
    top, step = nice_axis(value)
    return list(range(0, top + 1, step))


TITLE_SIZE, TEXT_SIZE = 11.0, 8.5  # points (before ``scale``): readable on an A4 page in the PDF


def chart_fonts(family: str, scale: float, text_scale: float = 1.0) -> tuple[QFont, QFont]:
    """The title and the text fonts: ``scale`` turns points into device units, ``text_scale`` is
    the window's text size (1.5 at 150 %)."""
    from PySide6.QtGui import QFont

    title_font = QFont(family)
    title_font.setPixelSize(max(1, round(TITLE_SIZE * scale * text_scale)))
    title_font.setBold(True)
    text_font = QFont(family)
    text_font.setPixelSize(max(1, round(TEXT_SIZE * scale * text_scale)))
    return title_font, text_font


def draw(
    painter: QPainter,
    rect: QRectF,
    spec: ChartSpec,
    family: str | None = None,
    scale: float = 1.0,
    text_scale: float = 1.0,
) -> None:
    """Draw ``spec`` inside ``rect`` (a QRectF in the painter's coordinates).

    ``scale`` turns the point sizes below into the device's units (1.0 on screen; the PDF
    writer passes its resolution / 72); ``text_scale`` enlarges the text alone (the window's
    text size preference).
    """
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPen

    family = family or report_font_family()
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, True)
    title_font, text_font = chart_fonts(family, scale, text_scale)
    painter.setFont(title_font)
    painter.setPen(QColor("#222222"))
    title_h = QFontMetricsF(title_font).height() * 1.6
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_h),
        Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
        spec.title,
    )
    body = QRectF(rect.left(), rect.top() + title_h, rect.width(), rect.height() - title_h)
    painter.setFont(text_font)
    fm = QFontMetricsF(text_font)
    items = spec.items
    ticks = axis_ticks(max((v for _l, v in items), default=0))
    top_value = ticks[-1]
    grid = QPen(QColor("#cccccc"))
    grid.setWidthF(0.5 * scale)
    axis = QPen(QColor("#555555"))
    axis.setWidthF(0.8 * scale)
    if not items:
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, spec.empty)
        painter.restore()
        return
    if spec.kind == "bars":
        label_w = min(max(fm.horizontalAdvance(lbl) for lbl, _v in items) + 6 * scale, body.width() * 0.38)
        value_w = max(fm.horizontalAdvance(spec.value_text(i)) for i in range(len(items))) + 8 * scale
        plot = QRectF(
            body.left() + label_w,
            body.top() + 4 * scale,
            body.width() - label_w - value_w,
            body.height() - fm.height() - 10 * scale,
        )
        row_h = plot.height() / len(items)
        for tick in ticks:
            x = plot.left() + plot.width() * tick / top_value
            painter.setPen(grid)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor("#444444"))
            painter.drawText(
                QRectF(x - 40 * scale, plot.bottom() + 2 * scale, 80 * scale, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                fmt.num(tick),
            )
        painter.setBrush(QBrush(QColor(BAR)))
        for i, (label, value) in enumerate(items):
            y = plot.top() + i * row_h
            bar_h = row_h * 0.68
            w = plot.width() * value / top_value if top_value else 0
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRect(QRectF(plot.left(), y + (row_h - bar_h) / 2, w, bar_h))
            painter.setPen(QColor("#222222"))
            text = fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6 * scale)
            painter.drawText(
                QRectF(body.left(), y, label_w - 6 * scale, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            painter.drawText(
                QRectF(plot.left() + w + 3 * scale, y, value_w + 40 * scale, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                spec.value_text(i),
            )
        painter.setPen(axis)
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
    else:
        value_w = fm.horizontalAdvance(fmt.num(top_value)) + 10 * scale
        plot = QRectF(
            body.left() + value_w,
            body.top() + fm.height(),
            body.width() - value_w - 12 * scale,
            body.height() - 2.6 * fm.height(),
        )
        for tick in ticks:
            y = plot.bottom() - plot.height() * tick / top_value
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#444444"))
            painter.drawText(
                QRectF(body.left(), y - fm.height() / 2, value_w - 5 * scale, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fmt.num(tick),
            )
        n = len(items)
        pad = min(24 * scale, plot.width() / (2 * n))
        plot = QRectF(plot.left() + pad, plot.top(), plot.width() - 2 * pad, plot.height())
        step = plot.width() / max(n - 1, 1)
        points = [
            QPointF(
                plot.left() + i * step if n > 1 else plot.center().x(), plot.bottom() - plot.height() * v / top_value
            )
            for i, (_l, v) in enumerate(items)
        ]
        pen = QPen(QColor(LINE))
        pen.setWidthF(1.6 * scale)
        painter.setPen(pen)
        for a, b in zip(points, points[1:], strict=False):
            painter.drawLine(a, b)
        painter.setBrush(QBrush(QColor(LINE)))
        every = max(1, n // 12)
        for i, ((label, value), pt) in enumerate(zip(items, points, strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(pt, 2.2 * scale, 2.2 * scale)
            painter.setPen(QColor("#222222"))
            painter.drawText(
                QRectF(pt.x() - 30 * scale, pt.y() - fm.height() - 3 * scale, 60 * scale, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                fmt.num(value),
            )
            if i % every == 0:
                painter.drawText(
                    QRectF(pt.x() - 30 * scale, plot.bottom() + 3 * scale, 60 * scale, fm.height()),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
        painter.setPen(axis)
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    painter.restore()


def render_png(spec: ChartSpec, width: int = 1800, height: int = 900, family: str | None = None) -> bytes:
    """The chart as a PNG (for the DOCX), drawn by the same ``draw``."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    ensure_gui()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, QRectF(10, 10, width - 20, height - 20), spec, family, scale=width / 560)
    painter.end()
    return png_bytes(image)


def png_bytes(image: QImage) -> bytes:
    """A drawn image encoded as PNG, for the DOCX."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; the binding takes only str
    buf.close()
    return bytes(data.data())


def chart_height(spec: ChartSpec) -> float:
    """Height in points for a chart of ``spec`` 480 points wide."""
    return max(200.0, 36 + 16 * len(spec.items)) if spec.kind == "bars" else 220.0
