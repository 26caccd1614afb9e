"""The report page's "Đều đặn" section, under the charts tab (the tab row is full at 150 %): how
regularly the units worked over the period (weeks with activity, the longest gap, the share in
peak weeks, who works only at peaks), the unit × week and the topic × month heatmaps, drawn as the
PDF's are. The figures come with the built report: nothing is read again here."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontInfo, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ....services.regularity import (
    HeatmapSpec,
    RegularityReport,
    TopicMonths,
    draw_heatmap,
    heatmap_height,
    topic_month_heatmap,
    unit_week_heatmap,
)
from ....services.reports import TEXT_SIZE, Report, report_font_family
from ... import i18n
from ...widgets import heading


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
        self.setVisible(spec is not None)
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.spec is not None:
            text_scale = QFontInfo(self.font()).pixelSize() / TEXT_SIZE
            draw_heatmap(painter, QRectF(self.rect()).adjusted(8, 4, -8, -4), self.spec, self.family, 1.0, text_scale)
        painter.end()


class RegularitySection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.report: RegularityReport | None = None

        # widgets
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.heatmap = HeatmapView()
        self.topic_heatmap = HeatmapView()

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading(self.tr("Đều đặn"), 2))
        layout.addWidget(self.summary)
        layout.addWidget(self.heatmap)
        layout.addWidget(self.topic_heatmap)

    def show_report(self, report: Report) -> None:
        """The regularity and the topic × month grid the report was built with."""
        self.report = report.regularity
        self.summary.setText(self._sentence(report.regularity) if report.regularity else "")
        self.heatmap.set_spec(self._unit_weeks(report.regularity) if report.regularity else None)
        grid = report.topic_months
        self.topic_heatmap.set_spec(self._topic_months(grid) if grid is not None and grid.topics else None)

    def _sentence(self, report: RegularityReport) -> str:
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
        peak_only = [unit.name for unit in report.peak_only]
        if peak_only:
            sentence += "<br>" + self.tr("Chỉ hoạt động vào cao điểm (%1): %2").replace(
                "%1", i18n.number(len(peak_only))
            ).replace("%2", ", ".join(peak_only))
        return sentence

    def _unit_weeks(self, report: RegularityReport) -> HeatmapSpec:
        spec = unit_week_heatmap(report, self.tr("Hoạt động theo tuần (vạch cam: tuần cao điểm)"))
        legend = self.tr("Ô trắng: tuần không có hoạt động; màu càng đậm càng nhiều hoạt động (đậm nhất: %1)")
        return dataclasses.replace(spec, legend=legend.replace("%1", i18n.number(spec.most)))

    def _topic_months(self, grid: TopicMonths) -> HeatmapSpec:
        def label(month: int, year: int, one_year: bool) -> str:
            short = self.tr("T%1").replace("%1", str(month))
            return short if one_year else f"{month}/{year % 100:02d}"

        spec = topic_month_heatmap(grid, self.tr("Số buổi theo chuyên đề và tháng"), label=label)
        rows = list(spec.rows)
        if grid.grouped:  # the grouped row in the window's language
            rows[-1] = self.tr("Các chuyên đề khác (%1)").replace("%1", i18n.number(grid.grouped))
        legend = self.tr("Ô trắng: không có buổi nào; màu càng đậm càng nhiều buổi (đậm nhất: %1)")
        return dataclasses.replace(spec, rows=rows, legend=legend.replace("%1", i18n.number(spec.most)))
