"""Nhóm: audience groups (hamlets, mass organisations, Zalo groups, fanpages) and the talks that
reached each one. A contact's name and phone need the person's consent (Law 91/2025/QH15)."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import GroupKind
from ...core.errors import SotayError
from ...core.filters import TalkFilter
from ...core.records import Group
from ...services import Services
from .. import i18n
from ..area_tags import AreaTagsBox
from ..card_dialog import TalkCardDialog
from ..forms import DateEdit, Field, NumberBox, line_edit
from ..models import GroupTableModel, TalkTableModel
from ..unit_filter import UnitFilterBox
from ..widgets import Banner, button, heading

FIELD_WIDGETS = {
    "name": "name",
    "size": "size",
    "channel_url": "channel",
    "contact_name": "contact",
    "contact_phone": "phone",
    "consent_date": "consent_date",
    "notes": "notes",
    "kind": "kind",
    "tags": "tags",
    "tag": "tags",
}


class GroupsPage(QWidget):
    sig_changed = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.current: Group | None = None
        self.has_units_below = False  # an aggregator, or a commune with hamlets

        # widgets
        self.model = GroupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, GroupTableModel.UNIT_COLUMN):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.unit_filter = UnitFilterBox()
        self.unit_caption = QLabel(self.tr("Đơn vị"))
        self.unit_caption.setBuddy(self.unit_filter)
        self.new_button = button(self.tr("Nhóm mới"), "add")
        self.count = QLabel()
        self.banner = Banner(self)
        self.title = heading("", 2)
        self.name = line_edit("groups", "name")
        self.kind = QComboBox()
        for kind in GroupKind:
            self.kind.addItem(i18n.group_kind_label(kind), kind.value)
        self.size_box = NumberBox(services.identity.limits.max_group_size)
        self.channel = line_edit("groups", "channel_url")
        self.channel.setPlaceholderText("https://zalo.me/g/…")
        self.contact = line_edit("groups", "contact_name")
        self.phone = line_edit("groups", "contact_phone")
        self.consent = QCheckBox(self.tr("Người liên hệ đã đồng ý cho lưu tên và số điện thoại"))
        self.consent_date = DateEdit(lambda: services.session.today)
        self.notes = line_edit("groups", "notes")
        self.tags = AreaTagsBox(services.areas.offered())
        self.active = QCheckBox(self.tr("Nhóm còn hoạt động"))
        self.save_button = button(self.tr("Lưu nhóm"), "save", primary=True)
        self.delete_button = button(self.tr("Xoá nhóm"), "delete")
        self.card_button = button(self.tr("Chuẩn bị buổi nói chuyện…"))
        self.fields = {
            "name": Field(self.tr("Tên nhóm"), self.name),
            "kind": Field(self.tr("Loại"), self.kind),
            "size": Field(self.tr("Quy mô (số người, số thành viên)"), self.size_box),
            "channel": Field(self.tr("Đường dẫn nhóm Zalo, fanpage"), self.channel),
            "contact": Field(
                self.tr("Người liên hệ"), self.contact, self.tr("Chỉ lưu trên máy này; không gửi đi trừ khi bạn chọn.")
            ),
            "phone": Field(self.tr("Số điện thoại"), self.phone),
            "consent_date": Field(self.tr("Ngày đồng ý"), self.consent_date),
            "notes": Field(self.tr("Ghi chú"), self.notes),
            "tags": Field(self.tr("Vùng ưu tiên"), self.tags),
        }
        self.talks_title = heading(self.tr("Các buổi đã đến với nhóm"), 2)
        self.talk_model = TalkTableModel(services, None, self)
        self.talk_model.set_filter(TalkFilter(group_id="-"))
        self.talks = QTableView()
        self.talks.setModel(self.talk_model)
        self.talks.verticalHeader().hide()
        self.talks.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.talks.horizontalHeader().setStretchLastSection(True)
        for col in (3, 5, 6, TalkTableModel.UNIT_COLUMN):
            self.talks.setColumnHidden(col, True)

        # layout
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(12, 8, 8, 8)
        ll.addWidget(heading(self.tr("Nhóm đối tượng")))
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit_caption)
        unit_row.addWidget(self.unit_filter, 1)
        ll.addLayout(unit_row)
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
        grid.addWidget(f["kind"], 1, 0)
        grid.addWidget(f["size"], 1, 1)
        grid.addWidget(f["channel"], 2, 0, 1, 2)
        grid.addWidget(f["contact"], 3, 0)
        grid.addWidget(f["phone"], 3, 1)
        grid.addWidget(self.consent, 4, 0, 1, 2)
        grid.addWidget(f["consent_date"], 5, 0)
        grid.addWidget(self.active, 5, 1, Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(f["notes"], 6, 0, 1, 2)
        grid.addWidget(f["tags"], 7, 0, 1, 2)
        fl.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        fl.addLayout(buttons)
        fl.addWidget(self.talks_title)
        fl.addWidget(self.talks, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        # the splitter never squeezes the form below its width (it ran off the right edge at 150 %):
        # the list of groups gives way instead
        scroll.setMinimumWidth(form.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 4)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        # signals
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_group)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.card_button.clicked.connect(
            lambda: TalkCardDialog.show_for(self, self.services, None, self.current.id if self.current else None, None)
        )
        self.name.returnPressed.connect(self.save)
        self.consent.toggled.connect(self._consent_toggled)
        self.unit_filter.currentIndexChanged.connect(self.refresh)

        self.refresh()
        # the unit column needs room beside the group's name ("Ấp Bình Thạnh | … | Phường Đạo Thạnh")
        self.splitter.setSizes([self.fontMetrics().horizontalAdvance("M") * (58 if self.has_units_below else 40), 600])

    def activated(self) -> None:
        self.tags.set_offered(self.services.areas.offered())  # Settings may have changed the list
        self.refresh()

    def refresh(self) -> None:
        selected = self.current.id if self.current else None
        self._reload_units()
        groups = self.services.groups.list(unit_codes=self.unit_filter.selected_codes())
        self.model.set_records(groups)
        self.count.setText(self.tr("%Ln nhóm", "", len(groups)))
        row = self.model.row_of(selected) if selected else -1
        if row < 0 and groups and (selected is None or self.unit_filter.selected_codes()):
            row = 0  # nothing chosen yet, or the chosen group is in another unit than the filter's
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.new_group()

    def _reload_units(self) -> None:
        """An installation with units below it gets the unit filter and the unit column."""
        units = self.services.units.own()
        self.has_units_below = len(units) > 1
        self.unit_filter.set_units(units if self.has_units_below else [])
        self.model.unit_names = self.unit_filter.labels
        for widget in (self.unit_filter, self.unit_caption):
            widget.setVisible(self.has_units_below)
        self.table.setColumnHidden(GroupTableModel.UNIT_COLUMN, not self.has_units_below)

    def _selected(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        group = self.model.record(rows[0].row()) if rows else None
        if group is not None:
            self.show_group(group)

    def _consent_toggled(self, on: bool) -> None:
        if on and not self.consent_date.text():
            self.consent_date.set_date(self.services.session.today)

    def new_group(self) -> None:
        self.table.clearSelection()
        self.show_group(None)
        self.name.setFocus()

    def open_record(self, group_id: str) -> None:
        """A group named elsewhere (a refused export): selected, shown, and what breaks a rule of
        today (saved by an older version) marked at its field."""
        row = self.model.row_of(group_id)
        if row >= 0:
            self.table.selectRow(row)
        self.show_group(self.services.groups.get(group_id))
        problems = self.services.groups.problems(group_id)
        for problem in reversed(problems):  # the first ends with the focus
            field = self.fields.get(FIELD_WIDGETS.get(problem.field, ""))
            if field is not None:
                field.set_error(i18n.error_text(problem))
                field.widget.setFocus()
        if problems:
            self.banner.show_message(
                self.tr("Nhóm này vượt quy định nên chưa gửi lên được. Sửa chỗ được đánh dấu rồi lưu: %1").replace(
                    "%1", "; ".join(i18n.error_text(p) for p in problems)
                ),
                "error",
            )

    def show_group(self, group: Group | None) -> None:
        self.current = group
        self.banner.hide()
        for f in self.fields.values():
            f.set_error("")
        self.title.setText(group.name if group else self.tr("Nhóm mới"))
        self.name.setText(group.name if group else "")
        self.kind.setCurrentIndex(max(self.kind.findData(group.kind.value if group else "hamlet"), 0))
        self.size_box.setValue(group.size if group else 0)
        self.channel.setText(group.channel_url if group else "")
        self.contact.setText(group.contact_name if group else "")
        self.phone.setText(group.contact_phone if group else "")
        self.consent.setChecked(bool(group and group.contact_consent))
        self.consent_date.set_date(group.consent_date if group else None)
        self.notes.setText(group.notes if group else "")
        self.tags.set_tags(group.tags if group else ())
        self.active.setChecked(group.active if group else True)
        self.delete_button.setEnabled(group is not None)
        self.card_button.setEnabled(group is not None)
        self.talk_model.set_filter(TalkFilter(group_id=group.id if group else "-"))
        self.talks.resizeColumnsToContents()
        self.talks_title.setText(
            self.tr("Các buổi đã đến với nhóm: %1").replace("%1", i18n.number(self.talk_model.total))
        )

    def save(self) -> Group | None:
        for f in self.fields.values():
            f.set_error("")
        fields = dict(
            name=self.name.text(),
            kind=self.kind.currentData(),
            size=self.size_box.value(),
            channel_url=self.channel.text(),
            contact_name=self.contact.text(),
            contact_phone=self.phone.text(),
            contact_consent=self.consent.isChecked(),
            consent_date=self.consent_date.text() or None,
            notes=self.notes.text(),
            active=self.active.isChecked(),
            tags=self.tags.tags(),
        )
        try:
            if self.current is not None:
                fields.update(id=self.current.id)
            group = self.services.groups.new(**fields)
            if self.current is not None:
                group = dataclasses.replace(group, unit_code=self.current.unit_code, extra=self.current.extra)
            had_contact = self.current is not None and bool(self.current.contact_name or self.current.contact_phone)
            saved = self.services.groups.save(group)
        except SotayError as exc:
            field = self.fields.get(FIELD_WIDGETS.get(exc.field or "", ""))
            if field is not None:
                field.set_error(i18n.error_text(exc))
                field.widget.setFocus()
            self.banner.show_message(self.tr("Chưa lưu: %1").replace("%1", i18n.error_text(exc)), "error")
            return None
        self.current = saved
        self.refresh()
        message = self.tr("Đã lưu nhóm “%1”.").replace("%1", saved.name)
        if had_contact and not saved.contact_consent:
            message += " " + self.tr("Đã xoá tên và số điện thoại người liên hệ (rút lại đồng ý), kể cả trong lịch sử.")
        self.banner.show_message(message, "success")
        self.sig_changed.emit()
        return saved

    def delete(self) -> None:
        if self.current is None:
            return
        from ..widgets import Ask

        if not Ask.confirm(
            self,
            self.tr("Xoá nhóm"),
            self.tr("Xoá nhóm “%1”? Các buổi đã ghi vẫn giữ nguyên.").replace("%1", self.current.name)
            + " "
            + self.tr("Tên và số điện thoại người liên hệ cũng được xoá, kể cả trong lịch sử."),
            self.tr("Xoá"),
            self.tr("Giữ lại"),
        ):
            return
        try:
            self.services.groups.delete(self.current.id)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.current = None
        self.refresh()
        self.sig_changed.emit()
