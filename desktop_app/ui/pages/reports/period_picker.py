"""The report page's choice of period (month, quarter, half-year, year or two dates) and unit."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from ....services.reports import ALL, Period, ReportUnit, periods

KINDS = ("month", "quarter", "half", "year", "custom")


class PeriodPicker(QWidget):
    def __init__(self, units: list[ReportUnit], today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.own_unit = units[0].code
        self.pick_labels: dict[str, QLabel] = {}

        self._make_widgets(today)
        self._fill_units(units)
        self._fill_parts()
        self.kind.setCurrentIndex(KINDS.index("month"))
        self.select(periods.previous("month", today))
        self._lay_out()
        self._connect()
        self._kind_changed()

    def _make_widgets(self, today: dt.date) -> None:
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
        completer = self.unit.completer()
        if completer is not None:  # an editable combo box has one
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(completer.CompletionMode.PopupCompletion)

    def _lay_out(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
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
                row.addWidget(self.pick_labels[label])
            row.addWidget(widget)
        self.unit.setMinimumContentsLength(24)

    def _connect(self) -> None:
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def _fill_units(self, units: list[ReportUnit]) -> None:
        for unit in units:
            if unit.code == ALL:
                self.unit.addItem(self.tr("Toàn quốc"), unit.code)
            else:
                self.unit.addItem(("   " if unit.below else "") + unit.name, unit.code)

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
            label = next((lbl for lbl in self.pick_labels.values() if lbl.buddy() is widget), None)
            if label is not None:
                label.setVisible(widget.isVisibleTo(self))

    def select(self, period: Period) -> None:
        """Show ``period`` in the pickers."""
        self.kind.setCurrentIndex(KINDS.index(period.kind))
        if period.kind == "custom":
            self.date_from.setDate(QDate(period.start.year, period.start.month, period.start.day))
            self.date_to.setDate(QDate(period.end.year, period.end.month, period.end.day))
            return
        self.year.setValue(period.start.year)
        self._fill_parts()
        part = {
            "month": period.start.month,
            "quarter": (period.start.month - 1) // 3 + 1,
            "half": 1 if period.start.month == 1 else 2,
        }.get(period.kind)
        if part is not None:
            self.part.setCurrentIndex(self.part.findData(part))

    def period(self) -> Period:
        """The chosen period; two dates in the wrong order are refused (``ValidationError``)."""
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "month":
            return periods.month(year, self.part.currentData())
        if kind == "quarter":
            return periods.quarter(year, self.part.currentData())
        if kind == "half":
            return periods.half(year, self.part.currentData())
        if kind == "year":
            return periods.year(year)
        return periods.custom(_day(self.date_from.date()), _day(self.date_to.date()))

    def unit_code(self) -> str:
        """The unit typed or chosen; this installation's own when the text names none."""
        index = self.unit.findText(self.unit.currentText(), Qt.MatchFlag.MatchFixedString)
        if index < 0:
            index = self.unit.currentIndex()
        return self.unit.itemData(index) or self.own_unit


def _day(date: QDate) -> dt.date:
    return dt.date(date.year(), date.month(), date.day())
