"""The report page's "Đều đặn" section, under the charts tab (the tab row is full at 150 %): how
regularly the units worked over the period (weeks with activity, the longest gap, the share in
peak weeks, who works only at peaks) and the unit × week heatmap, drawn as the PDF's would be."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontInfo, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ....services import Services
from ....services.regularity import (
    HeatmapSpec,
    Period,
    RegularityReport,
    draw_heatmap,
    heatmap_height,
    unit_week_heatmap,
)
from ....services.reports import TEXT_SIZE, report_font_family
from ... import i18n
from ...widgets import heading
from ...workers import Failure, Runner, run_call


class HeatmapView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec: HeatmapSpec | None = None
        self.family = report_font_family()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_spec(self, spec: HeatmapSpec | None) -> None:
        self.spec = spec
        line = QFontInfo(self.font()).pixelSize() * 1.3
        self.setMinimumHeight(round(heatmap_height(spec, line)) if spec is not None else 0)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.spec is not None:
            text_scale = QFontInfo(self.font()).pixelSize() / TEXT_SIZE
            draw_heatmap(painter, QRectF(self.rect()).adjusted(8, 4, -8, -4), self.spec, self.family, 1.0, text_scale)
        painter.end()


class RegularitySection(QWidget):
    def __init__(self, services: Services, runner: Runner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.report: RegularityReport | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.heatmap = HeatmapView()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading(self.tr("Đều đặn"), 2))
        layout.addWidget(self.summary)
        layout.addWidget(self.heatmap)

    def load(self, root: str, period: Period) -> None:
        self.summary.setText(self.tr("Đang tính…"))
        run_call(
            self.runner,
            self.services,
            lambda s, _progress, _cancel: s.regularity.measure(root, period),
            on_done=self.show_regularity,
            on_failed=self._failed,
            owner=self,
        )

    def _failed(self, failure: Failure) -> None:
        self.summary.setText(failure.message)

    def show_regularity(self, report: RegularityReport) -> None:
        self.report = report
        whole = report.whole
        sentence = (
            self.tr(
                "Hoạt động diễn ra ở %1/%2 tuần, dài nhất %3 ngày không có hoạt động; %4 % hoạt động tập trung vào các tuần cao điểm."  # noqa: E501
            )
            .replace("%1", i18n.number(whole.weeks_active))
            .replace("%2", i18n.number(whole.weeks_total))
            .replace("%3", i18n.number(whole.longest_gap_days))
            .replace("%4", i18n.number(round(whole.peak_share * 100)))
        )
        peak_only = [unit.name for unit in report.units if unit.figures.peak_only]
        if peak_only:
            sentence += "<br>" + self.tr("Chỉ hoạt động vào cao điểm (%1): %2").replace(
                "%1", i18n.number(len(peak_only))
            ).replace("%2", ", ".join(peak_only))
        self.summary.setText(sentence)
        title = self.tr("Hoạt động theo tuần (vạch cam: tuần cao điểm)")
        self.heatmap.set_spec(unit_week_heatmap(report, title))
