"""Charts drawn with QPainter on any paint device: the report page in the window, a PNG for the
DOCX, and the PDF (vector). Qt Charts is deprecated since Qt 6.10, so bars and lines are drawn here.

Only QtGui is used; no widgets. ``ensure_gui()`` gives headless commands a QGuiApplication.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import fmt
from .model import Report

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QRectF
    from PySide6.QtGui import QPainter

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


@dataclass(frozen=True)
class ChartSpec:
    kind: str  # bars | line
    title: str
    items: tuple[tuple[str, int], ...]
    unit: str = "cuộc"


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


def chart_specs(report: Report) -> list[ChartSpec]:
    specs = []
    units = [r for r in report.breakdowns.get("unit", []) if r.figures is not None]
    if len(units) > 1:
        top = sorted(units, key=lambda r: -r.counted.sessions)[:MAX_BARS]
        title = "Số cuộc theo đơn vị" + (f" ({MAX_BARS} đơn vị nhiều nhất)" if len(units) > MAX_BARS else "")
        specs.append(ChartSpec("bars", title, tuple((r.label, r.counted.sessions) for r in top)))
    fmts = report.breakdowns.get("format", [])
    if len(units) <= 1 and fmts:
        specs.append(ChartSpec("bars", "Số cuộc theo hình thức", tuple((r.label, r.counted.sessions) for r in fmts)))
    months = report.breakdowns.get("month", [])
    if len(months) > 1:
        years = {r.key[:4] for r in months}
        specs.append(
            ChartSpec(
                "line",
                "Số cuộc theo tháng",
                tuple(
                    (
                        (f"T{int(r.key[5:7])}" if len(years) == 1 else f"{int(r.key[5:7])}/{r.key[2:4]}"),
                        r.counted.sessions,
                    )
                    for r in months
                ),
            )
        )
    return specs


AXIS_STEPS = 4  # the value axis is cut in four: its top is a multiple of four, so every tick is a whole number


def _nice_max(value: int) -> int:
    """The top of the value axis: a round number at or above ``value`` whose quarters are whole."""
    if value <= AXIS_STEPS:
        return AXIS_STEPS
    magnitude = 10 ** (len(str(value)) - 1)
    for step in (1, 1.2, 1.6, 2, 2.4, 3.2, 4, 6, 8, 10):
        top = int(step * magnitude)
        if top >= value and top % AXIS_STEPS == 0:
            return top
    return -(-value // AXIS_STEPS) * AXIS_STEPS


def draw(painter: QPainter, rect: QRectF, spec: ChartSpec, family: str | None = None, scale: float = 1.0) -> None:
    """Draw ``spec`` inside ``rect`` (a QRectF in the painter's coordinates).

    ``scale`` turns the point sizes below into the device's units (1.0 on screen; the PDF
    writer passes its resolution / 72).
    """
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen

    family = family or report_font_family()
    painter.save()
    painter.setRenderHint(painter.RenderHint.Antialiasing, True)
    title_font = QFont(family)
    title_font.setPixelSize(max(1, round(11 * scale)))
    title_font.setBold(True)
    text_font = QFont(family)
    text_font.setPixelSize(max(1, round(8.5 * scale)))
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
    top_value = _nice_max(max((v for _l, v in items), default=0))
    grid = QPen(QColor("#cccccc"))
    grid.setWidthF(0.5 * scale)
    axis = QPen(QColor("#555555"))
    axis.setWidthF(0.8 * scale)
    if not items:
        painter.drawText(body, Qt.AlignmentFlag.AlignCenter, "Không có số liệu")
        painter.restore()
        return
    if spec.kind == "bars":
        label_w = min(max(fm.horizontalAdvance(lbl) for lbl, _v in items) + 6 * scale, body.width() * 0.38)
        value_w = fm.horizontalAdvance(fmt.num(top_value)) + 8 * scale
        plot = QRectF(
            body.left() + label_w,
            body.top() + 4 * scale,
            body.width() - label_w - value_w,
            body.height() - fm.height() - 10 * scale,
        )
        row_h = plot.height() / len(items)
        for i in range(AXIS_STEPS + 1):
            x = plot.left() + plot.width() * i / AXIS_STEPS
            painter.setPen(grid)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor("#444444"))
            painter.drawText(
                QRectF(x - 40 * scale, plot.bottom() + 2 * scale, 80 * scale, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                fmt.num(top_value * i // AXIS_STEPS),
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
                fmt.num(value),
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
        for i in range(AXIS_STEPS + 1):
            y = plot.bottom() - plot.height() * i / AXIS_STEPS
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#444444"))
            painter.drawText(
                QRectF(body.left(), y - fm.height() / 2, value_w - 5 * scale, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                fmt.num(top_value * i // AXIS_STEPS),
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
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    ensure_gui()
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    draw(painter, QRectF(10, 10, width - 20, height - 20), spec, family, scale=width / 560)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; the binding takes only str
    buf.close()
    return bytes(data.data())


def chart_height(spec: ChartSpec) -> float:
    """Height in points for a chart of ``spec`` 480 points wide."""
    return max(200.0, 36 + 16 * len(spec.items)) if spec.kind == "bars" else 220.0
