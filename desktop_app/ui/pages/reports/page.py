"""Báo cáo: figures of a period for a unit and everything under it, tables and charts, who has
reported, period lock, and the documents to file (XLSX, DOCX, PDF, print).

Everything goes through ``services.reports``. Reports are built, written and locked in a worker (its
own database connection) so the window never freezes; the charts are the same drawing as the PDF's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ....core.enums import Role
from ....core.errors import SotayError
from ....services import Services
from ....services.reports import BuiltReport, Completeness, DocOptions, Period, Report, chart_specs, fmt
from ... import i18n
from ...widgets import Banner, button, heading
from ...workers import Failure, Runner, ServiceCall, Worker
from .areas_panel import AreasPanel
from .chart_view import ChartView, scrolled, window_chart_words
from .composer import ReportComposer
from .dialogs import ReportDialogs
from .models import BREAKDOWN_TABS, ReportTables, RowsModel
from .opinion_panel import OpinionPanel
from .orientation_tab import OrientationTab, under_topics
from .outputs import ReportOutputs
from .period_picker import PeriodPicker
from .regularity_section import RegularitySection
from .sorting import ReportSortProxy, above, report_table
from .status_line import StatusLine

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

SUMMARY = ("sessions", "attendance", "views", "likes", "shares", "comments", "points", "questions")


class ReportsPage(QWidget):
    sig_built = Signal(object)  # the Report, once shown
    sig_exported = Signal(str)  # the path written

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner if runner is not None else Runner(self)  # the application's; a page alone has its own
        self.built: BuiltReport | None = None
        self.worker: Worker | None = None
        self.generation = 0  # results of an older (cancelled or replaced) build are ignored
        self.tables = ReportTables(self)
        self.dialogs = ReportDialogs(self)
        self.outputs = ReportOutputs(self)

        self._make_widgets()
        self._lay_out()
        self._connect()
        self._set_busy(False)
        self._set_outputs_enabled(False)

    def _make_widgets(self) -> None:
        self.title = heading(self.tr("Báo cáo"), 1)
        self.picker = PeriodPicker(self.services.reports.units(), self.services.session.today)
        self.unit = self.picker.unit  # the unit box, for other pages and tests
        self.motto = QComboBox()
        self.motto.addItem(self.tr("Tiêu ngữ Đảng"), "party")
        self.motto.addItem(self.tr("Quốc hiệu, tiêu ngữ Nhà nước"), "state")
        saved = self.services.identity.preference("reports.motto", "party")
        self.motto.setCurrentIndex(max(0, self.motto.findData(saved)))
        self.show_button = button(self.tr("Xem báo cáo"), primary=True)
        self.cancel_button = button(self.tr("Huỷ"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress_text = QLabel()
        self.banner = Banner(self)
        self.heading = heading("", 2)
        self.lock_label = QLabel()
        self.lock_label.setWordWrap(True)
        self.lock_button = button(self.tr("Chốt số liệu kỳ này"))
        self.unlock_button = button(self.tr("Mở khóa kỳ"))
        self.status_line = StatusLine(self.services)
        self.figures: dict[str, QLabel] = {key: QLabel(fmt.DASH) for key in SUMMARY}
        for value in self.figures.values():
            value.setObjectName("h2")
        self.summary = QWidget()
        self.tabs = QTabWidget()
        self.models: dict[str, RowsModel] = {}
        self.views: dict[str, QTableView] = {}
        self.proxies: dict[str, ReportSortProxy] = {}
        self.hide_empty = QCheckBox(self.tr("Ẩn đơn vị chưa có số liệu"))  # on the per-unit tab
        self.hide_empty.setChecked(bool(self.services.identity.preference("reports.hide_empty_units", False)))
        self.bar_chart, self.line_chart = ChartView(), ChartView()
        self.xlsx_button = button(self.tr("Xuất Excel (XLSX)"), "save")
        self.docx_button = button(self.tr("Xuất Word (DOCX)"), "save")
        self.pdf_button = button(self.tr("Xuất PDF"), "save")
        self.print_button = button(self.tr("In"))
        self.composer = ReportComposer(self.services, self.motto)
        self.regularity = RegularitySection()
        self.orientation = OrientationTab(self.services, self.runner)

    def _table_view(self, key: str) -> QTableView:
        self.models[key] = RowsModel(self)
        self.proxies[key], self.views[key] = report_table(self.models[key])
        return self.views[key]

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.show_button)
        top.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.progress_text, 2)
        busy.addWidget(self.cancel_button)
        grid = QGridLayout(self.summary)  # two lines of "label figure" pairs: short at 150 %
        grid.setContentsMargins(0, 0, 0, 0)
        for i, key in enumerate(SUMMARY):
            grid.addWidget(QLabel(self.tables.figure_header(key)), i // 4, 2 * (i % 4))
            grid.addWidget(self.figures[key], i // 4, 2 * (i % 4) + 1)
        for column in range(1, 8, 2):
            grid.setColumnMinimumWidth(column, self.fontMetrics().horizontalAdvance("000.000") + 24)
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(8, 1)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_label, 1)
        lock_row.addWidget(self.lock_button)
        lock_row.addWidget(self.unlock_button)
        chart_tab = QWidget()
        chart_column = QVBoxLayout(chart_tab)  # the regularity below the charts: no room for an 11th tab
        chart_layout = QHBoxLayout()
        chart_layout.addWidget(self.bar_chart, 1)
        chart_layout.addWidget(self.line_chart, 1)
        chart_column.addLayout(chart_layout, 1)
        chart_column.addWidget(self.regularity)
        self.tabs.addTab(scrolled(chart_tab), self.tr("Biểu đồ"))
        for key, label in (  # short words: ten tabs in one row at 150 % on a 1366-pixel screen
            ("unit", self.tr("Đơn vị")),
            ("month", self.tr("Tháng")),
            ("format", self.tr("Hình thức")),
            ("topic", self.tr("Chuyên đề")),
            ("group_kind", self.tr("Đối tượng")),
            ("concerns", self.tr("Ý kiến, kiến nghị")),
            ("coverage", self.tr("Tài liệu")),
            ("status", self.tr("Tình hình báo cáo")),
        ):
            view = self._table_view(key)
            if key == "group_kind":
                self.areas = AreasPanel(view)
            tab: QWidget = (
                above(self.hide_empty, view) if key == "unit" else self.areas if key == "group_kind" else view
            )
            if key == "concerns":  # the resolution of the matters raised under the themes (issue 16)
                tab = self.opinion = OpinionPanel(view)
            if key == "topic" and self.services.identity.installation.role is Role.AGGREGATOR:
                tab = under_topics(view, self.orientation)  # the communes' orientation coverage (issue 16)
            self.tabs.addTab(tab, label)
        self.tabs.addTab(self.composer, self.tr("Soạn báo cáo"))
        self.proxies["unit"].set_hide_empty(self.hide_empty.isChecked())
        outputs = QHBoxLayout()
        outputs.addWidget(QLabel(self.tr("Văn bản:")))
        outputs.addWidget(self.motto)
        outputs.addStretch(1)
        for b in (self.xlsx_button, self.docx_button, self.pdf_button, self.print_button):
            outputs.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addLayout(busy)
        layout.addWidget(self.banner)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(lock_row)
        layout.addWidget(self.status_line)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(outputs)

    def _connect(self) -> None:
        self.show_button.clicked.connect(self.build)
        self.cancel_button.clicked.connect(self.cancel)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.print_button.clicked.connect(self.print_report)
        self.hide_empty.toggled.connect(self._hide_empty_toggled)
        self.lock_button.clicked.connect(self.lock_period)
        self.unlock_button.clicked.connect(self.unlock_period)
        self.motto.currentIndexChanged.connect(
            lambda: self.services.identity.set_preference("reports.motto", self.motto.currentData())
        )

    # --- choices -----------------------------------------------------------------------------------

    def _hide_empty_toggled(self, hide: bool) -> None:
        self.proxies["unit"].set_hide_empty(hide)
        self.services.identity.set_preference("reports.hide_empty_units", hide)

    @property
    def report(self) -> Report | None:
        return None if self.built is None else self.built.report

    @property
    def status(self) -> Completeness | None:
        return None if self.built is None else self.built.status

    def set_period(self, period: Period) -> None:
        """Select ``period`` in the pickers (used by other pages and by tests)."""
        self.picker.select(period)

    def show_status(self, period: Period) -> None:
        """Opens on who has reported for ``period`` under this installation's unit (home's link)."""
        self.set_period(period)
        self.unit.setCurrentIndex(max(0, self.unit.findData(self.services.identity.installation.unit_code)))
        self.tabs.setCurrentWidget(self.views["status"])
        self.build()

    def selected_period(self) -> Period:
        return self.picker.period()

    def selected_unit(self) -> str:
        return self.picker.unit_code()

    # --- building ----------------------------------------------------------------------------------

    def activated(self) -> None:
        """Shown for the first time: build the default period at once (in the worker) so the page
        opens on figures rather than empty tables."""
        if self.built is None and self.worker is None:
            self.build()

    def build(self) -> None:
        try:
            period = self.selected_period()
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        if self.worker is not None:
            self.worker.cancel()
        self.banner.hide()
        self._set_busy(True)
        self.progress_text.setText(self.tr("Đang tổng hợp…"))
        self.generation += 1
        gen, root = self.generation, self.selected_unit()
        self.worker = self.runner.run(
            self.services,
            lambda services, progress, cancel: services.reports.build(root, period, progress=progress, cancel=cancel),
            owner=self,
            on_done=lambda built: self._built(built, gen),
            on_failed=lambda failure: self._failed(failure, gen),
            on_progress=lambda done, total, _text: self._progress(done, total, gen),
            unexpected=self.tr("Không lập được báo cáo: %1"),
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        self.worker = None
        self.generation += 1
        self._set_busy(False)
        self.progress_text.setText(self.tr("Đã huỷ."))

    def shutdown(self) -> None:
        """The window closes: a build still running reports to nobody."""
        if self.worker is not None:
            self.worker.cancel()

    def _progress(self, done: int, total: int, gen: int) -> None:
        if gen == self.generation:
            self.progress.setValue(int(100 * done / total) if total else 0)

    def output_failed(self, failure: Failure) -> None:
        self._failed(failure)

    def _failed(self, failure: Failure, gen: int | None = None) -> None:
        if gen is not None and gen != self.generation:
            return
        self._set_busy(False)
        self.worker = None
        self.progress_text.setText("")
        self.banner.show_message(failure.message, "error")

    def _built(self, built: BuiltReport, gen: int) -> None:
        if gen != self.generation:  # cancelled or replaced meanwhile
            return
        self.worker = None
        self._set_busy(False)
        self.progress_text.setText("")
        self.show_report(built)
        self.outputs.built(gen)

    def show_report(self, built: BuiltReport) -> None:
        self.built, report = built, built.report
        self.heading.setText(
            self.tr("Kết quả công tác tuyên truyền miệng %1 — %2")
            .replace("%1", i18n.period_label(report.period))
            .replace("%2", report.unit_name)
        )
        for key, label in self.figures.items():
            label.setText(i18n.number(getattr(report.totals, key)))
        self._show_lock(report)
        for key in BREAKDOWN_TABS:
            self.models[key].set_rows(*self.tables.breakdown(report, key))
        self.models["concerns"].set_rows(*self.tables.concerns(report))
        self.areas.set_report(report)
        self.opinion.set_report(report)
        self.models["coverage"].set_rows(*self.tables.coverage(report))
        self.models["status"].set_rows(*self.tables.status(built.status))
        self.orientation.show_period(report.period)
        self.tabs.setTabVisible(self.tabs.indexOf(self.views["status"]), built.status is not None)
        self.status_line.set_status(built.status)
        specs = chart_specs(report, window_chart_words())
        line = next((s for s in specs if s.kind == "line"), None)
        self.bar_chart.set_spec(next((s for s in specs if s.kind == "bars"), None))
        self.line_chart.set_spec(line)
        self.line_chart.setVisible(line is not None)  # a one-month period has no line to draw
        self.composer.set_built(built)
        self.regularity.show_report(report)
        self._set_outputs_enabled(True)
        self.sig_built.emit(report)

    def _show_lock(self, report: Report) -> None:
        can_lock, lk = self.services.reports.can_lock(report), report.lock
        self.lock_label.setText(self.tables.lock_sentence(report))
        self.lock_button.setVisible(can_lock and lk is None)
        self.unlock_button.setVisible(can_lock and lk is not None)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.show_button.setEnabled(not busy)
        if busy:
            self.progress.setValue(0)

    def _set_outputs_enabled(self, enabled: bool) -> None:
        for b in (self.xlsx_button, self.docx_button, self.pdf_button, self.print_button):
            b.setEnabled(enabled)
        if not enabled:
            self.lock_button.setVisible(False)
            self.unlock_button.setVisible(False)

    # --- outputs -----------------------------------------------------------------------------------

    def doc_options(self) -> DocOptions | None:
        """The heading, signature and sections as the composer shows them (unsaved edits included)."""
        return self.composer.doc_options()

    def export(self, kind: str) -> None:
        """Write the report of the unit and period in the form as ``kind`` (built first if not shown)."""
        self.outputs.export(kind)

    def ask_printer(self) -> QPrinter | None:
        """The print dialog; tests replace this method."""
        return self.dialogs.printer()

    def print_report(self) -> None:
        self.outputs.print_report()

    # --- lock --------------------------------------------------------------------------------------

    def ask_reason(self) -> str | None:
        """Why the period is unlocked; tests replace this method."""
        return self.dialogs.unlock_reason()

    def lock_period(self) -> None:
        report = self.report
        if report is None or not self.dialogs.confirm_lock(i18n.period_label(report.period)):
            return
        unit, period = report.unit_code, report.period
        self._change_lock(lambda services, _progress, _cancel: services.reports.lock(unit, period))

    def unlock_period(self) -> None:
        report = self.report
        if report is None:
            return
        reason = self.ask_reason()
        if reason is None:
            return
        unit, period = report.unit_code, report.period
        self._change_lock(lambda services, _progress, _cancel: services.reports.unlock(unit, period, reason))

    def _change_lock(self, call: ServiceCall) -> None:
        """Lock or unlock in the worker (a lock records the period's figures), then show the report again."""
        self.runner.run(
            self.services,
            call,
            owner=self,
            on_done=lambda _lock: self.build(),
            on_failed=lambda failure: self.banner.show_message(failure.message, "error"),
        )
