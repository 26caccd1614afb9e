"""Báo cáo: figures of a period for a unit and everything under it, tables and charts, who has
reported, period lock, and the documents to file (XLSX, DOCX, PDF, print).

Reports are built in a worker (its own database connection) so the window never freezes; the charts
are drawn by ``reports.charts.draw``, the same drawing that goes into the PDF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QRectF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import SotayError
from ..reports import charts, fmt, periods
from ..reports.completeness import Completeness
from ..reports.model import FIGURE_HEADERS, KEY_HEADERS, Report
from ..services import Services
from . import i18n
from .widgets import Ask, Banner, button, heading
from .workers import Failure, Runner

KINDS = ("month", "quarter", "half", "year", "custom")
SUMMARY = ("sessions", "attendance", "views", "likes", "shares", "comments", "points", "questions")


def build_in_worker(
    services: Services, root: str, period: periods.Period, progress, cancel
) -> tuple[Report, Completeness | None]:
    """Runs off the GUI thread with its own connection (one connection is never shared)."""
    from ..reports.build import build_report
    from ..reports.export import status_for

    report = build_report(
        services.db,
        root,
        period,
        today=services.today,
        cancel=cancel,
        progress=lambda pct, text: progress(pct, 100, text),
    )
    return report, status_for(services.db, report, services.today)


class RowsModel(QAbstractTableModel):
    """A read-only table over plain rows; integers are shown 1.234 and aligned right, None as "—"."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[Any]] = []

    def set_rows(self, headers: list[str], rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = list(headers), [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | None = None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or index.column() >= len(self.headers):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return fmt.DASH
            return fmt.num(value) if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, int) or value is None or value == fmt.DASH:
                align = Qt.AlignmentFlag.AlignRight if isinstance(value, int) else Qt.AlignmentFlag.AlignCenter
                return int(align | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None


class ChartView(QWidget):
    """One chart, drawn with ``reports.charts.draw`` (the same drawing as the PDF)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.spec: charts.ChartSpec | None = None
        self.family = charts.report_font_family()
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_spec(self, spec: charts.ChartSpec | None) -> None:
        self.spec = spec
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        if self.spec is not None:
            charts.draw(
                painter,
                QRectF(self.rect()).adjusted(8, 4, -8, -4),
                self.spec,
                self.family,
                scale=max(1.0, self.logicalDpiY() / 96) * 1.15,
            )
        painter.end()


class ReportsPage(QWidget):
    sig_built = Signal(object)  # the Report, once shown
    sig_exported = Signal(str)  # the path written

    def __init__(self, services: Services, runner: Runner | None = None, parent=None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner if runner is not None else Runner(self)  # the application's; a page alone has its own
        self.report: Report | None = None
        self.status: Completeness | None = None
        self.worker = None
        self.generation = 0  # results of an older (cancelled or replaced) build are ignored
        self.role = services.installation.role.value
        today = services.today

        # widgets
        self.title = heading(self.tr("Báo cáo"), 1)
        self.kind = QComboBox()
        for key, label in zip(
            KINDS,
            (
                self.tr("Tháng"),
                self.tr("Quý"),
                self.tr("6 tháng (sơ kết)"),
                self.tr("Năm (tổng kết)"),
                self.tr("Từ ngày – đến ngày"),
            ),
            strict=True,
        ):
            self.kind.addItem(label, key)
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(today.year)
        self.part = QComboBox()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.date_from.setDate(QDate(today.year, 1, 1))
        self.date_to.setDate(QDate(today.year, today.month, today.day))
        self.unit = QComboBox()
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.unit.completer().setCompletionMode(self.unit.completer().CompletionMode.PopupCompletion)
        self.motto = QComboBox()
        self.motto.addItem(self.tr("Tiêu ngữ Đảng"), "party")
        self.motto.addItem(self.tr("Quốc hiệu, tiêu ngữ Nhà nước"), "state")
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
        self.figures: dict[str, QLabel] = {}
        self.summary = QWidget()
        self.tabs = QTabWidget()
        self.models: dict[str, RowsModel] = {}
        self.views: dict[str, QTableView] = {}
        self.bar_chart, self.line_chart = ChartView(), ChartView()
        self.xlsx_button = button(self.tr("Xuất Excel (XLSX)"), "save")
        self.docx_button = button(self.tr("Xuất Word (DOCX)"), "save")
        self.pdf_button = button(self.tr("Xuất PDF"), "save")
        self.print_button = button(self.tr("In"))

        # layout
        self._fill_units()
        self._fill_parts()
        self.kind.setCurrentIndex(KINDS.index("month"))
        self._select_previous_period(today)
        top = QHBoxLayout()
        self.pick_labels: dict[str, QLabel] = {}
        for label, widget in (
            (self.tr("Kỳ:"), self.kind),
            (self.tr("Năm:"), self.year),
            ("", self.part),
            (self.tr("Từ:"), self.date_from),
            (self.tr("Đến:"), self.date_to),
            (self.tr("Đơn vị:"), self.unit),
        ):
            if label:
                self.pick_labels[label] = QLabel(label)
                self.pick_labels[label].setBuddy(widget)
                top.addWidget(self.pick_labels[label])
            top.addWidget(widget)
        self.unit.setMinimumContentsLength(24)
        top.addWidget(self.show_button)
        top.addStretch(1)
        busy = QHBoxLayout()
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.progress_text, 2)
        busy.addWidget(self.cancel_button)
        grid = QGridLayout(self.summary)
        for i, key in enumerate(SUMMARY):
            name = QLabel(self._figure_header(key))
            value = QLabel(fmt.DASH)
            value.setObjectName("h2")
            self.figures[key] = value
            grid.addWidget(name, 0 if i < 4 else 2, i % 4)
            grid.addWidget(value, 1 if i < 4 else 3, i % 4)
        grid.setHorizontalSpacing(32)
        grid.setColumnStretch(4, 1)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_label, 1)
        lock_row.addWidget(self.lock_button)
        lock_row.addWidget(self.unlock_button)
        chart_tab = QWidget()
        chart_layout = QHBoxLayout(chart_tab)
        chart_layout.addWidget(self.bar_chart, 1)
        chart_layout.addWidget(self.line_chart, 1)
        self.tabs.addTab(chart_tab, self.tr("Biểu đồ"))
        for key, label in (
            ("unit", self.tr("Theo đơn vị")),
            ("month", self.tr("Theo tháng")),
            ("format", self.tr("Theo hình thức")),
            ("topic", self.tr("Theo chuyên đề")),
            ("group_kind", self.tr("Nhóm đối tượng")),
            ("concerns", self.tr("Ý kiến, kiến nghị")),
            ("coverage", self.tr("Tài liệu")),
            ("status", self.tr("Tình hình báo cáo")),
        ):
            model = RowsModel(self)
            view = QTableView()
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().hide()
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.setWordWrap(False)
            self.models[key], self.views[key] = model, view
            self.tabs.addTab(view, label)
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
        layout.addWidget(self.tabs, 1)
        layout.addLayout(outputs)

        # signals
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_button.clicked.connect(self.build)
        self.cancel_button.clicked.connect(self.cancel)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.print_button.clicked.connect(self.print_report)
        self.lock_button.clicked.connect(self.lock_period)
        self.unlock_button.clicked.connect(self.unlock_period)
        self.motto.currentIndexChanged.connect(
            lambda: self.services.set_preference("reports.motto", self.motto.currentData())
        )
        saved = services.preference("reports.motto", "party")
        self.motto.setCurrentIndex(max(0, self.motto.findData(saved)))
        self._kind_changed()
        self._set_busy(False)
        self._set_outputs_enabled(False)

    # --- choices -----------------------------------------------------------------------------------

    def _figure_header(self, key: str) -> str:
        labels = {
            "sessions": self.tr("Số cuộc"),
            "attendance": self.tr("Lượt người dự"),
            "views": self.tr("Lượt xem"),
            "likes": self.tr("Lượt thích"),
            "shares": self.tr("Lượt chia sẻ"),
            "comments": self.tr("Bình luận"),
            "points": self.tr("Điểm cầu"),
            "questions": self.tr("Ý kiến, kiến nghị"),
        }
        return labels.get(key, FIGURE_HEADERS[key])

    def _fill_units(self) -> None:
        from ..core.text import sort_key
        from ..reports.build import ALL

        own = self.services.installation.unit_code
        unit = self.services.unit(own)
        self.unit.addItem(unit.name, own)
        children = sorted(self.services.child_units(own), key=lambda c: sort_key(c[1]))
        for code, name, _kind in children:
            self.unit.addItem("   " + name, code)
        if unit.kind.value == "province" and self.role == "aggregator":
            self.unit.addItem(self.tr("Toàn quốc"), ALL)

    def _fill_parts(self) -> None:
        kind = self.kind.currentData()
        self.part.clear()
        if kind == "month":
            for m in range(1, 13):
                self.part.addItem(self.tr("Tháng %1").replace("%1", str(m)), m)
        elif kind == "quarter":
            for q in range(1, 5):
                self.part.addItem(self.tr("Quý %1").replace("%1", periods.ROMAN[q]), q)
        elif kind == "half":
            self.part.addItem(self.tr("6 tháng đầu năm"), 1)
            self.part.addItem(self.tr("6 tháng cuối năm"), 2)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        current = self.part.currentData()
        self._fill_parts()
        if current is not None and self.part.findData(current) >= 0:
            self.part.setCurrentIndex(self.part.findData(current))
        custom = kind == "custom"
        self.part.setVisible(kind in ("month", "quarter", "half"))
        self.year.setVisible(not custom)
        for edit in (self.date_from, self.date_to):
            edit.setVisible(custom)
        for widget in (self.date_from, self.date_to, self.year):
            label = next((lbl for lbl in getattr(self, "pick_labels", {}).values() if lbl.buddy() is widget), None)
            if label is not None:
                label.setVisible(widget.isVisibleTo(self))

    def _select_previous_period(self, today: dt.date) -> None:
        previous = periods.previous("month", today)
        self.year.setValue(previous.start.year)
        self._fill_parts()
        self.part.setCurrentIndex(self.part.findData(previous.start.month))

    def set_period(self, period: periods.Period) -> None:
        """Select ``period`` in the pickers (used by other pages and by tests)."""
        self.kind.setCurrentIndex(KINDS.index(period.kind))
        if period.kind == "custom":
            self.date_from.setDate(QDate(period.start.year, period.start.month, period.start.day))
            self.date_to.setDate(QDate(period.end.year, period.end.month, period.end.day))
            return
        self.year.setValue(period.start.year)
        part = {
            "month": period.start.month,
            "quarter": (period.start.month - 1) // 3 + 1,
            "half": 1 if period.start.month == 1 else 2,
        }.get(period.kind)
        if part is not None:
            self.part.setCurrentIndex(self.part.findData(part))

    def set_unit(self, code: str) -> None:
        index = self.unit.findData(code)
        if index >= 0:
            self.unit.setCurrentIndex(index)

    def selected_period(self) -> periods.Period:
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "month":
            return periods.month(year, self.part.currentData())
        if kind == "quarter":
            return periods.quarter(year, self.part.currentData())
        if kind == "half":
            return periods.half(year, self.part.currentData())
        if kind == "year":
            return periods.year(year)
        return periods.custom(self.date_from.date().toPython(), self.date_to.date().toPython())

    def selected_unit(self) -> str:
        index = self.unit.findText(self.unit.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.unit.currentIndex()
        return self.unit.itemData(index) or self.services.installation.unit_code

    # --- building ----------------------------------------------------------------------------------

    def activated(self) -> None:
        """Shown for the first time: build the default period at once (in the worker) so the page
        opens on figures rather than empty tables."""
        if self.report is None and self.worker is None:
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
        gen = self.generation
        root = self.selected_unit()
        self.worker = self.runner.run(
            self.services,
            lambda services, progress, cancel: build_in_worker(services, root, period, progress, cancel),
            on_done=lambda result: self._built(result, gen),
            on_failed=lambda failure: self._failed(failure, gen),
            on_progress=lambda d, t, text: self._progress(d, t, text, gen),
            unexpected=self.tr("Không lập được báo cáo: %1"),
        )

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
        self.worker = None
        self.generation += 1
        self._set_busy(False)
        self.progress_text.setText(self.tr("Đã huỷ."))

    def _progress(self, done: int, total: int, text: str, gen: int | None = None) -> None:
        if gen is None or gen == self.generation:
            self.progress.setValue(int(100 * done / total) if total else 0)

    def _failed(self, failure: Failure, gen: int | None = None) -> None:
        if gen is not None and gen != self.generation:
            return
        self._set_busy(False)
        self.worker = None
        self.banner.show_message(failure.message, "error")

    def _built(self, result: tuple[Report, Completeness | None], gen: int) -> None:
        if gen != self.generation:  # cancelled or replaced meanwhile
            return
        self.worker = None
        self._set_busy(False)
        self.progress_text.setText("")
        self.show_report(*result)

    def show_report(self, report: Report, status: Completeness | None = None) -> None:
        self.report, self.status = report, status
        self.heading.setText(
            self.tr("Kết quả công tác tuyên truyền miệng %1 — %2")
            .replace("%1", report.period.label)
            .replace("%2", report.unit_name)
        )
        for key, label in self.figures.items():
            label.setText(fmt.num(getattr(report.totals, key)))
        self._show_lock(report)
        fig_headers = [self._figure_header(k) for k in FIGURE_HEADERS]
        for key in ("unit", "month", "format", "topic", "group_kind"):
            rows = report.breakdowns.get(key, [])
            body = [
                [
                    r.label,
                    *(
                        [None] * len(FIGURE_HEADERS)
                        if r.figures is None
                        else [getattr(r.figures, k) for k in FIGURE_HEADERS]
                    ),
                ]
                for r in rows
            ]
            self.models[key].set_rows([KEY_HEADERS[key], *fig_headers], body)
        self.models["concerns"].set_rows(
            [
                self.tr("Chủ đề"),
                self.tr("Số buổi"),
                self.tr("Số ý kiến"),
                self.tr("Đang theo dõi"),
                self.tr("Quá hạn"),
                self.tr("Đơn vị"),
            ],
            [
                [c.theme, c.talks, c.questions, c.open_follow_ups, c.overdue, ", ".join(c.units)]
                for c in report.concerns
            ],
        )
        self.models["coverage"].set_rows(
            [
                self.tr("Tài liệu"),
                self.tr("Số cuộc"),
                self.tr("Lượt người dự"),
                self.tr("Đơn vị đã dùng"),
                self.tr("Đơn vị chưa dùng"),
                self.tr("Đơn vị đã đọc"),
            ],
            [
                [
                    (c.number + " – " if c.number else "") + c.title,
                    c.sessions,
                    c.attendance,
                    len(c.units_with),
                    len(c.units_without),
                    len(c.readers),
                ]
                for c in report.coverage
            ],
        )
        if status is not None:
            self.models["status"].set_rows(
                [
                    self.tr("Trạng thái"),
                    self.tr("Đơn vị"),
                    self.tr("Trực thuộc"),
                    self.tr("Số cuộc"),
                    self.tr("Lượt người dự"),
                    self.tr("Tệp gần nhất"),
                    self.tr("Tệp bị thiếu"),
                ],
                [
                    [
                        r.label,
                        r.name,
                        r.parent_name,
                        r.sessions,
                        r.attendance,
                        fmt.stamp(r.last_created),
                        len(r.gaps) or "",
                    ]
                    for r in status.rows
                ],
            )
        else:
            self.models["status"].set_rows([self.tr("Trạng thái")], [])
        self.tabs.setTabVisible(self.tabs.indexOf(self.views["status"]), status is not None)
        specs = charts.chart_specs(report)
        bars = next((s for s in specs if s.kind == "bars"), None)
        line = next((s for s in specs if s.kind == "line"), None)
        self.bar_chart.set_spec(bars)
        self.line_chart.set_spec(line)
        self.line_chart.setVisible(line is not None)  # a one-month period has no line to draw
        self._set_outputs_enabled(True)
        self.sig_built.emit(report)

    def _show_lock(self, report: Report) -> None:
        can_lock = self.role == "aggregator" or report.unit_code == self.services.installation.unit_code
        lk = report.lock
        if lk is None:
            self.lock_label.setText(self.tr("Số liệu kỳ này chưa chốt."))
        elif lk.changed:
            d = lk.difference
            self.lock_label.setText(
                self.tr(
                    "Đã chốt lúc %1 (%2 cuộc, %3 lượt người dự). Sau khi chốt có %4 buổi gửi bổ sung hoặc "
                    "sửa: chênh lệch %5 cuộc, %6 lượt người dự."
                )
                .replace("%1", fmt.stamp(lk.locked_at))
                .replace("%2", fmt.num(lk.approved.sessions))
                .replace("%3", fmt.num(lk.approved.attendance))
                .replace("%4", fmt.num(lk.late_changes))
                .replace("%5", fmt.signed(d.sessions))
                .replace("%6", fmt.signed(d.attendance))
            )
        else:
            self.lock_label.setText(
                self.tr("Đã chốt lúc %1; không có thay đổi sau khi chốt.").replace("%1", fmt.stamp(lk.locked_at))
            )
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

    def doc_options(self):
        from ..reports.document import default_options

        pref = self.services.preference
        return default_options(
            self.report,
            self.motto.currentData(),
            number=pref("reports.number"),
            signer_name=pref("reports.signer_name") or self.services.installation.display_name,
            signer_title=pref("reports.signer_title"),
            place=pref("reports.place"),
            day=self.services.today,
        )

    def export(self, kind: str) -> None:
        if self.report is None:
            return
        filters = {
            "xlsx": self.tr("Bảng tính Excel (*.xlsx)"),
            "docx": self.tr("Văn bản Word (*.docx)"),
            "pdf": self.tr("Tệp PDF (*.pdf)"),
        }[kind]
        suggested = f"bao-cao-{self.report.unit_code}-{self.report.period.code.replace('..', '_')}.{kind}"
        path = Ask.save_file(self, self.tr("Lưu báo cáo"), suggested, filters)
        if path is None:
            return
        if path.suffix.lower() != f".{kind}":
            path = path.with_suffix(f".{kind}")
        self.progress_text.setText(self.tr("Đang ghi tệp…"))
        from ..reports.export import write

        report, status, options = self.report, self.status, self.doc_options()
        self.runner.run(
            self.services,
            lambda _services, _progress, _cancel: write(report, kind, path, status, options),
            on_done=self._exported,
            on_failed=self._failed,
            unexpected=self.tr("Không lập được báo cáo: %1"),
        )

    def _exported(self, path: Path) -> None:
        self.progress_text.setText("")
        self.banner.show_message(self.tr("Đã lưu báo cáo vào %1").replace("%1", str(path)), "success")
        self.sig_exported.emit(str(path))

    def ask_printer(self):
        """The print dialog; returns a configured QPrinter or None. Tests replace this method."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("In báo cáo"))
        return printer if dialog.exec() else None

    def print_report(self) -> None:
        if self.report is None:
            return
        from ..reports.document import compose
        from ..reports.pdf_writer import paint
        from ..reports.printable import printable

        printer = self.ask_printer()
        if printer is None:
            return
        written = compose(printable(self.report), printable(self.doc_options()), printable(self.status))
        pages = paint(written, printer, printer.resolution())
        self.banner.show_message(self.tr("Đã gửi %1 trang tới máy in.").replace("%1", str(pages)), "success")

    # --- lock --------------------------------------------------------------------------------------

    def ask_reason(self) -> str | None:
        """Why the period is unlocked; tests replace this method."""
        text, ok = QInputDialog.getText(self, self.tr("Mở khóa kỳ"), self.tr("Lý do mở khóa:"))
        return text if ok else None

    def lock_period(self) -> None:
        from ..reports.locks import lock_period

        if self.report is None:
            return
        if not Ask.confirm(
            self,
            self.tr("Chốt số liệu"),
            self.tr("Chốt số liệu %1? Số liệu gửi đến sau sẽ được đánh dấu, không thay đổi âm thầm.").replace(
                "%1", self.report.period.label
            ),
            self.tr("Chốt"),
            self.tr("Không"),
        ):
            return
        try:
            lock_period(
                self.services.db,
                self.report.unit_code,
                self.report.period,
                by=self.services.installation.display_name,
                today=self.services.today,
            )
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.build()

    def unlock_period(self) -> None:
        from ..reports.locks import unlock_period

        if self.report is None:
            return
        reason = self.ask_reason()
        if reason is None:
            return
        try:
            unlock_period(
                self.services.db,
                self.report.unit_code,
                self.report.period,
                by=self.services.installation.display_name,
                note=reason,
            )
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.build()
