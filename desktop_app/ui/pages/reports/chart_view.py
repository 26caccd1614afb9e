"""One chart of the report page, drawn by the same drawing as the PDF's charts, with the window's
words (its language) and text size."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ....services.reports import CHART_CONTEXT, ChartSpec, ChartWords, draw_chart, report_font_family
from ... import i18n


def window_chart_words() -> ChartWords:
    """Chart titles, months and format names in the window's language (the files keep the report's)."""
    return ChartWords(text=lambda text: QCoreApplication.translate(CHART_CONTEXT, text), label=i18n.label_translation)


def text_scale() -> float:
    """The text size preference as a factor (1.5 at 150 %): the application's font over its size
    before scaling, which the window's start-up records."""
    app = QGuiApplication.instance()
    base = float(app.property("sotay_base_pt") or 0) if app is not None else 0.0
    size = QGuiApplication.font().pointSizeF()
    return size / base if base > 0 and size > 0 else 1.0


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.family = report_font_family()
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_spec(self, spec: ChartSpec | None) -> None:
        self.spec = spec
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.spec is not None:
            draw_chart(
                painter,
                QRectF(self.rect()).adjusted(8, 4, -8, -4),
                self.spec,
                self.family,
                scale=max(1.0, self.logicalDpiY() / 96) * 1.15,
                text_scale=text_scale(),
            )
        painter.end()
