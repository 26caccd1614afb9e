"""Bồi dưỡng: the courses members attended (organiser, dates, result or score, certificate)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from ....core.errors import SotayError
from ....core.force import NAME_CAP, TEXT_CAP, Training
from ....services import Services
from ... import i18n
from ...forms import DateEdit, Field
from ...widgets import Banner, button, heading, record_table
from .models import TrainingTableModel
from .roster import text_box


class TrainingsTab(QWidget):
    sig_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services

        # widgets
        self.banner = Banner(self)
        self.member = QComboBox()
        self.name = text_box(TEXT_CAP)
        self.organiser = text_box(TEXT_CAP)
        self.start = DateEdit(lambda: services.session.today)
        self.end = DateEdit(lambda: services.session.today)
        self.result = text_box(NAME_CAP)
        self.certificate = text_box(NAME_CAP)
        self.add_button = button(self.tr("Ghi lớp bồi dưỡng"), "add", primary=True)
        self.fields = {
            "member": Field(self.tr("Người học"), self.member),
            "name": Field(self.tr("Tên lớp"), self.name),
            "organiser": Field(self.tr("Đơn vị tổ chức"), self.organiser),
            "start": Field(self.tr("Từ ngày"), self.start),
            "end": Field(self.tr("Đến ngày"), self.end),
            "result": Field(self.tr("Kết quả hoặc điểm"), self.result),
            "certificate": Field(self.tr("Số chứng chỉ"), self.certificate),
        }
        self.model = TrainingTableModel(self)
        self.table = record_table(self.model)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)  # the newest course first
        self.table.setSortingEnabled(True)

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(heading(self.tr("Ghi một lớp bồi dưỡng, tập huấn"), 2))
        layout.addWidget(self.banner)
        grid = QGridLayout()
        f = self.fields
        grid.addWidget(f["member"], 0, 0)
        grid.addWidget(f["name"], 0, 1, 1, 2)
        grid.addWidget(f["organiser"], 1, 0)
        grid.addWidget(f["start"], 1, 1)
        grid.addWidget(f["end"], 1, 2)
        grid.addWidget(f["result"], 2, 0)
        grid.addWidget(f["certificate"], 2, 1)
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

        # signals
        self.add_button.clicked.connect(self.add)
        self.name.returnPressed.connect(self.add)

    def refresh(self) -> None:
        chosen = self.member.currentData()
        rows = self.services.force.list()
        self.member.clear()
        for row in rows:
            self.member.addItem(row.member.name, row.member.id)
        self.member.setCurrentIndex(max(self.member.findData(chosen), 0))
        self.model.member_names = {row.member.id: row.member.name for row in rows}
        self.model.set_records(self.services.force.trainings())
        self.table.resizeColumnsToContents()

    def add(self) -> Training | None:
        for f in self.fields.values():
            f.set_error("")
        if self.member.currentData() is None:
            self.banner.show_message(self.tr("Chưa có ai trong danh sách lực lượng: thêm người trước."), "error")
            return None
        try:
            training = self.services.force.add_training(
                self.member.currentData(),
                name=self.name.text(),
                organiser=self.organiser.text(),
                start=self.start.text() or None,
                end=self.end.text() or None,
                result=self.result.text(),
                certificate=self.certificate.text(),
            )
        except SotayError as exc:
            field = self.fields.get(exc.field or "")
            if field is not None:
                field.set_error(i18n.error_text(exc))
                field.widget.setFocus()
            self.banner.show_message(self.tr("Chưa lưu: %1").replace("%1", i18n.error_text(exc)), "error")
            return None
        for edit in (self.name, self.result, self.certificate):
            edit.clear()
        self.refresh()
        self.banner.show_message(
            self.tr("Đã ghi lớp “%1” cho %2.").replace("%1", training.name).replace("%2", self.member.currentText()),
            "success",
        )
        self.sig_changed.emit()
        return training
