"""One chart of the report page, drawn by the same drawing as the PDF's charts, with the window's
words (its language) and text size."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QFontInfo, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QWidget

from ....services.reports import CHART_CONTEXT, TEXT_SIZE, ChartSpec, ChartWords, draw_chart, report_font_family
from ... import i18n


def window_chart_words() -> ChartWords:
    """Chart titles, months and format names in the window's language (the files keep the report's)."""
    return ChartWords(text=lambda text: QCoreApplication.translate(CHART_CONTEXT, text), label=i18n.label_translation)


MIN_HEIGHT = 220


def scrolled(charts: QWidget) -> QScrollArea:
    """The charts in a vertical scroll area: a bar per unit at 150 % text may need more height than
    the window has."""
    area = QScrollArea()
    area.setWidget(charts)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class ChartView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: ChartSpec | None = None
        self.family = report_font_family()
        self.setMinimumHeight(MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_spec(self, spec: ChartSpec | None) -> None:
        self.spec = spec
        self.setMinimumHeight(self.needed_height())
        self.update()

    def needed_height(self) -> int:
        """Room for every bar's label at the window's text size: the title and the axis take about
        three and a half lines, each bar a line and a half."""
        if self.spec is None or self.spec.kind != "bars":
            return MIN_HEIGHT
        line = QFontInfo(self.font()).pixelSize()
        return max(MIN_HEIGHT, round(line * (3.5 + 1.5 * len(self.spec.items))))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.FontChange:  # the text size preference changed
            self.setMinimumHeight(self.needed_height())
        super().changeEvent(event)

    def scale(self) -> float:
        """Device pixels per chart point: the lines and gaps of the drawing."""
        return max(1.0, self.logicalDpiY() / 96) * 1.15

    def text_scale(self) -> float:
        """The chart's text as large as the window's (whose size follows the text size preference:
        150 % makes both 1.5 times larger)."""
        return QFontInfo(self.font()).pixelSize() / (TEXT_SIZE * self.scale())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.spec is not None:
            draw_chart(
                painter,
                QRectF(self.rect()).adjusted(8, 4, -8, -4),
                self.spec,
                self.family,
                scale=self.scale(),
                text_scale=self.text_scale(),
            )
        painter.end()
