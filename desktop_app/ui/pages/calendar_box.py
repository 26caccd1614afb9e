"""Settings' calendar box: the national days, anniversaries and campaign periods home reminds of,
edited here (add, change, take off this computer's calendar), and how many days ahead to remind.
Every change goes through ``services.calendar``, as ``sotay calendar`` does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.calendar import CalendarEntry, EntryKind
from ...core.errors import SotayError
from ...services import Services
from .. import i18n
from ..widgets import Ask, button

ID_ROLE = Qt.ItemDataRole.UserRole


def day_text(md: str) -> str:
    """``05-19`` as cadres write it, ``19/5``."""
    return f"{int(md[3:])}/{int(md[:2])}"


class CalendarBox(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lịch ngày lễ, ngày kỷ niệm"), parent)
        # attributes
        self.services = services
        self.editing: str | None = None  # the id of the entry shown in the fields, None for a new one
        self.kind_labels = {
            EntryKind.HOLIDAY: self.tr("Ngày lễ"),
            EntryKind.ANNIVERSARY: self.tr("Ngày kỷ niệm"),
            EntryKind.CAMPAIGN: self.tr("Đợt vận động"),
        }

        # widgets
        self.remind_days = QSpinBox()
        self.remind_days.setRange(0, 366)
        self.remind_days.setValue(services.calendar.remind_days)
        self.remind_days.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Tên"), self.tr("Loại"), self.tr("Nguồn")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):  # the day, kind and source stay whole; the name takes what is left
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(self.fontMetrics().height() * 8)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Ngày hội Đại đoàn kết toàn dân tộc"))
        self.start = QLineEdit()
        self.start.setPlaceholderText(self.tr("ví dụ 18/11"))
        self.end = QLineEdit()
        self.end.setPlaceholderText(self.tr("đợt vận động"))
        self.kind = QComboBox()
        for kind, text in self.kind_labels.items():
            self.kind.addItem(text, kind.value)
        for narrow in (self.start, self.end, self.kind):
            narrow.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 14)
        self.major = QCheckBox(self.tr("Ngày lễ lớn (tuần đó và tuần trước là tuần cao điểm)"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("hint")
        self.new_button = button(self.tr("Mục mới"), "add")
        self.save_button = button(self.tr("Lưu mục lịch"), "save")
        self.remove_button = button(self.tr("Bỏ khỏi lịch"), "delete")

        # layout
        layout = QVBoxLayout(self)
        days = QFormLayout()
        days.addRow(self.tr("Nhắc trước (số ngày)"), self.remind_days)
        layout.addLayout(days)
        layout.addWidget(self.table)
        form = QFormLayout()
        form.addRow(self.tr("Tên"), self.name)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel(self.tr("đến")))
        dates.addWidget(self.end)
        dates.addStretch(1)
        form.addRow(self.tr("Ngày"), dates)
        form.addRow(self.tr("Loại"), self.kind)
        form.addRow("", self.major)
        layout.addLayout(form)
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.remove_button):
            actions.addWidget(b)
        actions.addStretch(1)
        layout.addLayout(actions)

        # signals
        self.remind_days.valueChanged.connect(self._save_days)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_entry)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)
        for field in (self.name, self.start, self.end):
            field.returnPressed.connect(self.save)
        self.refresh()

    def refresh(self, select: str | None = None) -> None:
        entries = self.services.calendar.list()
        self.table.blockSignals(True)
        self.table.setRowCount(len(entries))
        for row, item in enumerate(entries):
            days = day_text(item.start) if item.start == item.end else f"{day_text(item.start)}–{day_text(item.end)}"
            source = self._source(item)
            cells = (days, item.title, self.kind_labels[item.kind], source)
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, item.id)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnToContents(0)
        self.table.blockSignals(False)
        rows = [r for r, item in enumerate(entries) if item.id == select]
        if rows:
            self.table.selectRow(rows[0])
        else:
            self.table.clearSelection()
            self._show(None)

    def new_entry(self) -> None:
        self.table.clearSelection()
        self._show(None)
        self.message.clear()
        self.name.setFocus()

    def save(self) -> None:
        calendar = self.services.calendar
        title, start, end = self.name.text(), self.start.text(), self.end.text().strip() or None
        kind, major = self.kind.currentData(), self.major.isChecked()
        try:
            if self.editing is None:
                saved = calendar.add(title, start, end, kind=kind, major=major)
            else:
                saved = calendar.edit(self.editing, title=title, start=start, end=end, kind=kind, major=major)
        except SotayError as exc:
            self.message.setText(i18n.error_text(exc))
            return
        self.refresh(select=saved.id)
        self.message.setText(self.tr("Đã lưu “%1”.").replace("%1", saved.title))

    def remove(self) -> None:
        if self.editing is None:
            return
        item = self.services.calendar.get(self.editing)
        if not Ask.confirm(
            self,
            self.tr("Bỏ khỏi lịch"),
            self.tr("Bỏ “%1” khỏi lịch của máy này? Trang Tổng quan sẽ không nhắc ngày này nữa.").replace(
                "%1", item.title
            ),
            self.tr("Bỏ khỏi lịch"),
            self.tr("Huỷ"),
        ):
            return
        self.services.calendar.remove(item.id)
        self.refresh()
        self.message.setText(self.tr("Đã bỏ “%1” khỏi lịch.").replace("%1", item.title))

    def _source(self, item: CalendarEntry) -> str:
        if item.from_above:
            return self.tr("từ cấp trên")
        return self.tr("có sẵn") if item.shipped else self.tr("của máy này")

    def _save_days(self, days: int) -> None:
        try:
            self.services.calendar.set_remind_days(days)
        except SotayError as exc:
            self.message.setText(i18n.error_text(exc))

    def _selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        cell = self.table.item(rows[0].row(), 0) if rows else None
        entry_id = cell.data(ID_ROLE) if cell is not None else None
        self.message.clear()
        self._show(self.services.calendar.get(entry_id) if entry_id else None)

    def _show(self, item: CalendarEntry | None) -> None:
        """The fields hold the entry chosen (to change it) or nothing (to add one)."""
        self.editing = item.id if item else None
        self.name.setText(item.title if item else "")
        self.start.setText(day_text(item.start) if item else "")
        self.end.setText(day_text(item.end) if item and item.end != item.start else "")
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind.value if item else EntryKind.ANNIVERSARY.value), 0))
        self.major.setChecked(bool(item and item.major))
        self.remove_button.setEnabled(item is not None)
        editable = item is None or not item.from_above  # an entry from above is hidden, never changed
        for field in (self.name, self.start, self.end):
            field.setReadOnly(not editable)
        for choice in (self.kind, self.major, self.save_button):
            choice.setEnabled(editable)
        if not editable:
            self.message.setText(self.tr("Mục này do cấp trên gửi xuống: chỉ bỏ khỏi lịch của máy này được."))
