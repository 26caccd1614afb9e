"""The channels panel: the list (with the unit column and filter at an aggregator), the form of one
channel, its monthly counts, and "Nhập số liệu từ Meta…" (preview first, then the import)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.channels import Channel
from ....core.enums import Platform
from ....core.errors import SotayError
from ....services import Services
from ....services.channels import ChannelLine
from ....services.meta_import import MetaImport
from ... import i18n
from ...forms import Field, NumberBox, line_edit
from ...unit_filter import UnitFilterBox
from ...widgets import Ask, Banner, button, heading, record_table
from ...workers import Failure, Runner, run_call
from .meta_dialog import MetaPreviewDialog
from .model import ChannelTableModel

FIELD_WIDGETS = {"name": "name", "url": "url", "admin_name": "admin", "notes": "notes", "platform": "platform"}


class ChannelsPanel(QWidget):
    sig_changed = Signal()

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.current: Channel | None = None
        self.has_units_below = False

        # widgets
        self.model = ChannelTableModel(self)
        self.table = record_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the name column takes the room
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.unit_filter = UnitFilterBox()
        self.unit_caption = QLabel(self.tr("Đơn vị"))
        self.unit_caption.setBuddy(self.unit_filter)
        self.new_button = button(self.tr("Kênh mới"), "add")
        self.meta_button = button(self.tr("Nhập số liệu từ Meta…"), "receive")
        self.count = QLabel()
        self.banner = Banner(self)
        self.title = heading("", 2)
        self.name = line_edit("channels", "name")
        self.platform = QComboBox()
        for platform in Platform:
            self.platform.addItem(i18n.enum_label(platform), platform.value)
        self.url = line_edit("channels", "url")
        self.url.setPlaceholderText("https://facebook.com/…")
        self.admin = line_edit("channels", "admin_name")
        self.admin.setCompleter(QCompleter(services.force.presenter_names(), self.admin))  # the roster first
        self.official = QCheckBox(self.tr("Kênh chính thống của đơn vị"))
        self.notes = line_edit("channels", "notes")
        self.save_button = button(self.tr("Lưu kênh"), "save", primary=True)
        self.delete_button = button(self.tr("Xoá kênh"), "delete")
        self.fields = {
            "name": Field(self.tr("Tên kênh"), self.name),
            "platform": Field(self.tr("Nền tảng"), self.platform),
            "url": Field(self.tr("Đường dẫn"), self.url),
            "admin": Field(self.tr("Người quản trị"), self.admin),
            "notes": Field(self.tr("Ghi chú"), self.notes),
        }
        self.counts_title = heading(self.tr("Số người theo dõi (thành viên) theo tháng"), 2)
        self.counts = QTableWidget(0, 2)
        self.counts.setHorizontalHeaderLabels([self.tr("Tháng"), self.tr("Người theo dõi")])
        self.counts.verticalHeader().hide()
        self.counts.horizontalHeader().setStretchLastSection(True)
        self.counts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.month = QLineEdit()
        self.month.setPlaceholderText(self.tr("NĂM-THÁNG, ví dụ 2026-10"))
        self.month.setMaxLength(7)
        self.followers = NumberBox(1_000_000_000)
        self.snapshot_button = button(self.tr("Ghi số liệu tháng"), "save")
        self.snapshot_fields = {
            "month": Field(self.tr("Tháng"), self.month),
            "followers": Field(self.tr("Số người theo dõi"), self.followers),
        }

        # layout
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 8, 8, 8)  # a tab of the force page, which has its heading and margins
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit_caption)
        unit_row.addWidget(self.unit_filter, 1)
        ll.addLayout(unit_row)
        ll.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.new_button)
        bottom.addWidget(self.meta_button)
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
        grid.addWidget(f["platform"], 1, 0)
        grid.addWidget(f["admin"], 1, 1)
        grid.addWidget(self.official, 2, 0, 1, 2)
        grid.addWidget(f["url"], 3, 0, 1, 2)
        grid.addWidget(f["notes"], 4, 0, 1, 2)
        fl.addLayout(grid)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        fl.addLayout(buttons)
        fl.addWidget(self.counts_title)
        snap_row = QHBoxLayout()
        snap_row.addWidget(self.snapshot_fields["month"])
        snap_row.addWidget(self.snapshot_fields["followers"])
        snap_row.addWidget(self.snapshot_button, 0, Qt.AlignmentFlag.AlignBottom)
        fl.addLayout(snap_row)
        fl.addWidget(self.counts, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # signals
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_channel)
        self.meta_button.clicked.connect(self.import_meta)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.snapshot_button.clicked.connect(self.save_snapshot)
        self.name.returnPressed.connect(self.save)
        self.unit_filter.currentIndexChanged.connect(self.refresh)

        self.refresh()
        # the list's share grows with the text size, and leaves the form room at 150 % on 1366 pixels
        self.splitter.setSizes([self.fontMetrics().horizontalAdvance("M") * (40 if self.has_units_below else 36), 600])

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        selected = self.current.id if self.current else None
        units = self.services.units.own()
        self.has_units_below = len(units) > 1
        self.unit_filter.set_units(units if self.has_units_below else [])
        self.model.unit_names = self.unit_filter.labels
        for widget in (self.unit_filter, self.unit_caption):
            widget.setVisible(self.has_units_below)
        self.table.setColumnHidden(ChannelTableModel.UNIT_COLUMN, not self.has_units_below)
        lines = self.services.channels.list(unit_codes=self.unit_filter.selected_codes())
        self.model.set_records(lines)
        self.count.setText(self.tr("%Ln kênh", "", len(lines)))
        row = self.model.row_of(selected) if selected else -1
        if row < 0 and lines:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.new_channel()

    def _selected(self, *_args: object) -> None:
        rows = self.table.selectionModel().selectedRows()
        line: ChannelLine | None = self.model.record(rows[0].row()) if rows else None
        if line is not None:
            self.show_channel(line.channel)

    def new_channel(self) -> None:
        self.table.clearSelection()
        self.show_channel(None)
        self.name.setFocus()

    def show_channel(self, channel: Channel | None) -> None:
        self.current = channel
        self.banner.hide()
        for f in (*self.fields.values(), *self.snapshot_fields.values()):
            f.set_error("")
        mine = channel is None or channel.owner_unit == self.services.identity.installation.unit_code
        self.title.setText(channel.name if channel else self.tr("Kênh mới"))
        self.name.setText(channel.name if channel else "")
        self.platform.setCurrentIndex(max(self.platform.findData(channel.platform.value if channel else "fanpage"), 0))
        self.url.setText(channel.url if channel else "")
        self.admin.setText(channel.admin_name if channel else "")
        self.official.setChecked(bool(channel and channel.official))
        self.notes.setText(channel.notes if channel else "")
        for widget in (self.save_button, self.snapshot_button, self.delete_button):
            widget.setEnabled(mine)
        self.delete_button.setEnabled(mine and channel is not None)
        self.snapshot_button.setEnabled(mine and channel is not None)
        counts = self.services.channels.snapshots(channel.id) if channel else []
        self.counts.setRowCount(len(counts))
        for row, snap in enumerate(reversed(counts)):
            self.counts.setItem(row, 0, QTableWidgetItem(snap.month))
            item = QTableWidgetItem(i18n.number(snap.followers))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.counts.setItem(row, 1, item)

    def save(self) -> Channel | None:
        for f in self.fields.values():
            f.set_error("")
        fields = dict(
            name=self.name.text(),
            platform=self.platform.currentData(),
            url=self.url.text(),
            admin_name=self.admin.text(),
            official=self.official.isChecked(),
            notes=self.notes.text(),
        )
        try:
            if self.current is not None:
                fields.update(id=self.current.id)
            channel = self.services.channels.new(**fields)
            if self.current is not None:
                channel = dataclasses.replace(
                    channel,
                    unit_code=self.current.unit_code,
                    admin_member_id=self.current.admin_member_id,
                    extra=self.current.extra,
                )
            saved = self.services.channels.save(channel)
        except SotayError as exc:
            self._refused(exc, self.fields, FIELD_WIDGETS)
            return None
        self.current = saved
        self.refresh()
        self.banner.show_message(self.tr("Đã lưu kênh “%1”.").replace("%1", saved.name), "success")
        self.sig_changed.emit()
        return saved

    def save_snapshot(self) -> None:
        if self.current is None:
            return
        for f in self.snapshot_fields.values():
            f.set_error("")
        try:
            snap = self.services.channels.snapshot(self.current.id, self.month.text(), self.followers.value())
        except SotayError as exc:
            self._refused(exc, self.snapshot_fields, {"month": "month", "followers": "followers"})
            return
        self.refresh()
        self.banner.show_message(
            self.tr("Đã ghi %Ln người theo dõi tháng %2.", "", snap.followers).replace("%2", snap.month),
            "success",
        )
        self.sig_changed.emit()

    def _refused(self, exc: SotayError, fields: dict[str, Field], widgets: dict[str, str]) -> None:
        field = fields.get(widgets.get(exc.field or "", ""))
        if field is not None:
            field.set_error(i18n.error_text(exc))
            field.widget.setFocus()
        self.banner.show_message(self.tr("Chưa lưu: %1").replace("%1", i18n.error_text(exc)), "error")

    def delete(self) -> None:
        if self.current is None:
            return
        if not Ask.confirm(
            self,
            self.tr("Xoá kênh"),
            self.tr("Xoá kênh “%1”? Các buổi đã ghi vẫn giữ nguyên.").replace("%1", self.current.name),
            self.tr("Xoá"),
            self.tr("Giữ lại"),
        ):
            return
        try:
            self.services.channels.delete(self.current.id)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.current = None
        self.refresh()
        self.sig_changed.emit()

    # --- Meta import: files → preview (the import rolled back) → the user decides → import ---------

    def import_meta(self) -> None:
        files = Ask.open_files(self, self.tr("Chọn tệp Meta Business Suite"), self.tr("Tệp CSV (*.csv);;Mọi tệp (*)"))
        if files:
            self.preview_meta(files)

    def _meta_channel(self) -> str | None:
        """The fanpage chosen in the list, if it is one; else the service picks the unit's only one."""
        current = self.current
        return current.id if current is not None and current.platform is Platform.FANPAGE else None

    def preview_meta(self, files: list[Path]) -> None:
        channel_id = self._meta_channel()
        self.banner.show_message(self.tr("Đang đọc %Ln tệp…", "", len(files)), "info")
        run_call(
            self.runner,
            self.services,
            lambda s, _progress, _cancel: s.channels.import_meta(
                files, channel_id=channel_id, create_talks=True, dry_run=True
            ),
            on_done=lambda preview: self._previewed(files, channel_id, preview),
            on_failed=self._meta_failed,
            owner=self,
        )

    def _previewed(self, files: list[Path], channel_id: str | None, preview: MetaImport) -> None:
        self.banner.hide()
        accepted, create_talks = MetaPreviewDialog.ask(self, preview)
        if not accepted:
            return
        as_of = preview.as_of
        target = channel_id or preview.channel_id
        run_call(
            self.runner,
            self.services,
            lambda s, _progress, _cancel: s.channels.import_meta(
                files, channel_id=target, as_of=as_of, create_talks=create_talks
            ),
            on_done=self._imported,
            on_failed=self._meta_failed,
            owner=self,
        )

    def _imported(self, result: MetaImport) -> None:
        self.refresh()
        self.banner.show_message(
            self.tr("Đã nhập số liệu của %Ln bài đăng vào fanpage “%2” (%3 mới, %4 cập nhật).", "", result.posts)
            .replace("%2", result.channel_name)
            .replace("%3", i18n.number(result.new))
            .replace("%4", i18n.number(result.updated)),
            "success",
        )
        self.sig_changed.emit()

    def _meta_failed(self, failure: Failure) -> None:
        self.banner.show_message(self.tr("Chưa nhập được: %1").replace("%1", failure.message), "error")
