"""Danh sách: the roster and one member's form. A phone is kept only with the person's consent;
erasing a member removes their name and phone everywhere, their talks keep the count."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import SotayError
from ....core.force import NAME_CAP, TEXT_CAP, Member, MemberStatus
from ....services import Services
from ... import i18n
from ...forms import DateEdit, Field
from ...unit_filter import UnitFilterBox
from ...widgets import Ask, Banner, button, heading, record_table
from .models import MemberTableModel


def text_box(cap: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(cap)
    return edit


class RosterTab(QWidget):
    sig_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.current: Member | None = None

        # widgets
        self.model = MemberTableModel(self)
        self.table = record_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole names; at 150 % it scrolls
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # names in Vietnamese order first
        self.table.setSortingEnabled(True)
        self.unit_filter = UnitFilterBox()
        self.unit_caption = QLabel(self.tr("Đơn vị"))
        self.unit_caption.setBuddy(self.unit_filter)
        self.untrained = QCheckBox(self.tr("Chỉ người chưa được bồi dưỡng năm nay"))
        self.new_button = button(self.tr("Thành viên mới"), "add")
        self.count = QLabel()
        self.banner = Banner(self)
        self.title = heading("", 2)
        self.name = text_box(NAME_CAP)
        self.role = QComboBox()
        self.level = QComboBox()
        self.decision_number = text_box(NAME_CAP)
        self.decision_date = DateEdit(lambda: services.session.today)
        self.decision_body = text_box(TEXT_CAP)
        self.status = QComboBox()
        for status in MemberStatus:
            self.status.addItem(self.model.status_label(status), status.value)
        self.status_since = DateEdit(lambda: services.session.today)
        self.expertise = text_box(TEXT_CAP)
        self.languages = text_box(TEXT_CAP)
        self.languages.setPlaceholderText(self.tr("Tiếng Việt, Tiếng Khmer…"))
        self.phone = text_box(20)
        self.consent = QCheckBox(self.tr("Người này đã đồng ý cho lưu số điện thoại"))
        self.save_button = button(self.tr("Lưu"), "save", primary=True)
        self.erase_button = button(self.tr("Xoá hẳn"), "delete")
        self.fields = {
            "name": Field(self.tr("Họ và tên"), self.name),
            "role": Field(self.tr("Vai trò"), self.role),
            "level": Field(self.tr("Cấp"), self.level),
            "decision_number": Field(self.tr("Số quyết định công nhận"), self.decision_number),
            "decision_date": Field(self.tr("Ngày quyết định"), self.decision_date),
            "decision_body": Field(self.tr("Cơ quan ra quyết định"), self.decision_body),
            "status": Field(self.tr("Trạng thái"), self.status),
            "status_since": Field(self.tr("Từ ngày"), self.status_since),
            "expertise": Field(self.tr("Lĩnh vực chuyên môn"), self.expertise),
            "languages": Field(self.tr("Ngôn ngữ nói được"), self.languages),
            "phone": Field(
                self.tr("Số điện thoại"), self.phone, self.tr("Chỉ lưu trên máy này; không gửi đi trừ khi bạn chọn.")
            ),
        }

        # layout
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(12, 8, 8, 8)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit_caption)
        unit_row.addWidget(self.unit_filter, 1)
        ll.addLayout(unit_row)
        ll.addWidget(self.untrained)
        ll.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addStretch(1)
        bottom.addWidget(self.count)
        ll.addLayout(bottom)
        form = QWidget()
        fl = QVBoxLayout(form)
        fl.setContentsMargins(8, 8, 12, 8)
        fl.addWidget(self.title)
        fl.addWidget(self.banner)
        grid = QGridLayout()
        f = self.fields
        grid.addWidget(f["name"], 0, 0, 1, 2)
        grid.addWidget(f["role"], 1, 0)
        grid.addWidget(f["level"], 1, 1)
        grid.addWidget(f["decision_number"], 2, 0)
        grid.addWidget(f["decision_date"], 2, 1)
        grid.addWidget(f["decision_body"], 3, 0, 1, 2)
        grid.addWidget(f["status"], 4, 0)
        grid.addWidget(f["status_since"], 4, 1)
        grid.addWidget(f["expertise"], 5, 0, 1, 2)
        grid.addWidget(f["languages"], 6, 0, 1, 2)
        grid.addWidget(f["phone"], 7, 0)
        grid.addWidget(self.consent, 8, 0, 1, 2)
        fl.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        fl.addLayout(buttons)
        fl.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # signals
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_member)
        self.save_button.clicked.connect(self.save)
        self.erase_button.clicked.connect(self.erase)
        self.name.returnPressed.connect(self.save)
        self.untrained.toggled.connect(self.refresh)
        self.unit_filter.currentIndexChanged.connect(self.refresh)

        self._fill_lists()
        self.refresh()
        # the roster's seven columns need more room than the form beside it
        self.splitter.setSizes([self.fontMetrics().horizontalAdvance("M") * 58, 480])

    def _fill_lists(self) -> None:
        """The configured roles and levels (configuration, not constants)."""
        self.role.clear()
        for role in self.services.force.roles():
            self.role.addItem(role, role)
        self.level.clear()
        self.level.addItem("—", "")
        for level in self.services.force.levels():
            self.level.addItem(level, level)

    def refresh(self) -> None:
        selected = self.current.id if self.current else None
        units = self.services.units.own()
        below = len(units) > 1
        self.unit_filter.set_units(units if below else [])
        self.model.unit_names = self.unit_filter.labels
        for widget in (self.unit_filter, self.unit_caption):
            widget.setVisible(below)
        self.table.setColumnHidden(MemberTableModel.UNIT_COLUMN, not below)
        header = self.table.horizontalHeader()
        if below and header.visualIndex(MemberTableModel.UNIT_COLUMN) != 1:
            header.moveSection(header.visualIndex(MemberTableModel.UNIT_COLUMN), 1)  # beside the name
        rows = self.services.force.list(
            unit_codes=self.unit_filter.selected_codes(), untrained_this_year=self.untrained.isChecked()
        )
        self.model.set_records(rows)
        self.count.setText(self.tr("%Ln người", "", len(rows)))
        row = self.model.row_of(selected) if selected else -1
        if row < 0 and rows and selected is None:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.new_member()

    def _selected(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        record = self.model.record(rows[0].row()) if rows else None
        if record is not None:
            self.show_member(record.member)

    def new_member(self) -> None:
        self.table.clearSelection()
        self.show_member(None)
        self.name.setFocus()

    def show_member(self, member: Member | None) -> None:
        self.current = member
        self.banner.hide()
        for f in self.fields.values():
            f.set_error("")
        self.title.setText(member.name if member else self.tr("Thành viên mới"))
        self.name.setText(member.name if member else "")
        self.role.setCurrentIndex(max(self.role.findData(member.role if member else ""), 0))
        if member and self.level.findData(member.level) < 0:
            self.level.addItem(member.level, member.level)  # a level no longer configured stays shown
        self.level.setCurrentIndex(max(self.level.findData(member.level if member else ""), 0))
        self.decision_number.setText(member.decision_number if member else "")
        self.decision_date.set_date(member.decision_date if member else None)
        self.decision_body.setText(member.decision_body if member else "")
        self.status.setCurrentIndex(max(self.status.findData(member.status.value if member else "active"), 0))
        self.status_since.set_date(member.status_since if member else None)
        self.expertise.setText(member.expertise if member else "")
        self.languages.setText(", ".join(member.languages) if member else self.tr("Tiếng Việt"))
        self.phone.setText(member.phone if member else "")
        self.consent.setChecked(bool(member and member.phone_consent))
        # a member another unit keeps (received in its file) is shown, never changed here
        own = member is None or member.owner_unit == self.services.session.installation.unit_code
        self.save_button.setEnabled(own)
        self.erase_button.setEnabled(member is not None and own)

    def _fields(self) -> dict[str, Any]:
        return dict(
            name=self.name.text(),
            role=self.role.currentData() or "",
            level=self.level.currentData() or "",
            decision_number=self.decision_number.text(),
            decision_date=self.decision_date.text() or None,
            decision_body=self.decision_body.text(),
            status=self.status.currentData(),
            status_since=self.status_since.text() or None,
            expertise=self.expertise.text(),
            languages=tuple(part.strip() for part in self.languages.text().split(",") if part.strip()),
            phone=self.phone.text(),
            phone_consent=self.consent.isChecked(),
        )

    def save(self) -> Member | None:
        for f in self.fields.values():
            f.set_error("")
        fields = self._fields()
        withdrawn = self.current is not None and bool(self.current.phone) and not self.consent.isChecked()
        if withdrawn:
            fields["phone"] = ""  # consent withdrawn: the phone goes, whatever the form still shows
        try:
            if self.current is None:
                saved = self.services.force.add(**fields)
            else:
                saved = self.services.force.edit(self.current.id, **fields)
        except SotayError as exc:
            field = self.fields.get(exc.field or "")
            if field is not None:
                field.set_error(i18n.error_text(exc))
                field.widget.setFocus()
            self.banner.show_message(self.tr("Chưa lưu: %1").replace("%1", i18n.error_text(exc)), "error")
            return None
        self.current = saved
        self.refresh()
        message = self.tr("Đã lưu “%1”.").replace("%1", saved.name)
        if withdrawn:
            message += " " + self.tr("Đã xoá số điện thoại (rút lại đồng ý), kể cả trong lịch sử.")
        self.banner.show_message(message, "success")
        self.sig_changed.emit()
        return saved

    def erase(self) -> None:
        if self.current is None:
            return
        if not Ask.confirm(
            self,
            self.tr("Xoá hẳn thành viên"),
            self.tr(
                "Xoá hẳn “%1”? Tên và số điện thoại bị xoá khỏi máy này, kể cả trong lịch sử; "
                "các buổi họ đã trình bày vẫn được đếm nhưng không còn tên."
            ).replace("%1", self.current.name),
            self.tr("Xoá hẳn"),
            self.tr("Giữ lại"),
            default_no=True,
        ):
            return
        try:
            talks = self.services.force.remove(self.current.id)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.current = None
        self.refresh()
        self.banner.show_message(self.tr("Đã xoá hẳn thành viên; %Ln buổi vẫn được đếm.", "", talks), "success")
        self.sig_changed.emit()
