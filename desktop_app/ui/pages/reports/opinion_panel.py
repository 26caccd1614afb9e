"""The opinion tab's lower half (issue 16, item 5): under the concerns by theme, how the matters
raised in the period stand (answered, transferred, still followed, with the median and longest days
to answer) and one table picked from three: the themes with their change from the period before,
the matters per unit, and what needs attention (oldest first). Themes, counts and days only."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from ....services.reports import Report
from ... import i18n
from .models import RowsModel
from .sorting import report_table


def _days(value: float | None) -> str:
    if value is None:
        return "—"
    return i18n.number(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


class OpinionPanel(QWidget):
    """``concerns_view`` (the themes of the period) over the resolution of the matters raised."""

    def __init__(self, concerns_view: QTableView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.report: Report | None = None
        self.model = RowsModel(self)

        # widgets
        _proxy, self.view = report_table(self.model)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.choice = QComboBox()
        self.choice.addItem(self.tr("Chủ đề so với kỳ trước"), "themes")
        self.choice.addItem(self.tr("Việc cần theo dõi theo đơn vị"), "units")
        self.choice.addItem(self.tr("Việc cần quan tâm"), "waiting")

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(concerns_view, 1)
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.choice)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)

        # signals
        self.choice.currentIndexChanged.connect(self._show_table)

    def set_report(self, report: Report) -> None:
        self.report = report
        op = report.opinion
        if op is None:
            self.summary.setText("")
            self.model.set_rows([], [])
            return
        r = op.resolution
        self.summary.setText(
            self.tr(
                "Việc cần theo dõi nêu trong kỳ: %1 · đã trả lời %2 · đã chuyển %3 · đang theo dõi %4 (quá hạn %5)"
                " · thời gian trả lời: trung vị %6 ngày, lâu nhất %7 ngày · ý kiến khẩn: %8"
            )
            .replace("%1", i18n.number(r.raised))
            .replace("%2", i18n.number(r.answered))
            .replace("%3", i18n.number(r.transferred))
            .replace("%4", i18n.number(r.open))
            .replace("%5", i18n.number(r.overdue))
            .replace("%6", _days(r.median_days))
            .replace("%7", _days(r.longest_days))
            .replace("%8", i18n.number(r.urgent))
        )
        units = self.choice.findData("units")
        self.choice.model().item(units).setEnabled(bool(op.units))  # type: ignore[attr-defined]
        if not op.units and self.choice.currentIndex() == units:
            self.choice.setCurrentIndex(0)
        self._show_table()

    def _show_table(self) -> None:
        op = self.report.opinion if self.report is not None else None
        if op is None:
            return
        kind = self.choice.currentData()
        headers: list[str]
        rows: list[list[Any]]
        if kind == "themes":
            headers = [self.tr("Chủ đề"), self.tr("Số buổi"), self.tr("Số ý kiến"), self.tr("So với kỳ trước")]
            rows = [
                [t.theme, t.talks, t.questions, self.tr("mới") if t.change == "mới" else t.change] for t in op.themes
            ]
        elif kind == "units":
            headers = [
                self.tr("Đơn vị"),
                self.tr("Việc nêu"),
                self.tr("Đã trả lời"),
                self.tr("Đã chuyển"),
                self.tr("Đang theo dõi"),
                self.tr("Quá hạn"),
                self.tr("Trung vị (ngày)"),
                self.tr("Lâu nhất (ngày)"),
            ]
            rows = [
                [
                    u.unit_name,
                    r.raised,
                    r.answered,
                    r.transferred,
                    r.open,
                    r.overdue,
                    _days(r.median_days),
                    _days(r.longest_days),
                ]
                for u in op.units
                for r in (u.resolution,)
            ]
        else:
            headers = [self.tr("Ngày nêu"), self.tr("Đơn vị"), self.tr("Chủ đề"), self.tr("Hạn"), self.tr("Lý do")]
            rows = [
                [
                    i18n.date(w.held_on),
                    w.unit_name,
                    ", ".join(w.themes),
                    i18n.date(w.due) if w.due else "—",
                    ", ".join([self.tr("quá hạn")] * w.overdue + [self.tr("khẩn")] * w.urgent),
                ]
                for w in op.waiting
            ]
        self.model.set_rows(headers, rows)
