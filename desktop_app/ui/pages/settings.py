"""Cài đặt: language, text size, data folder and backups, unit and role, the key fingerprint, the
priority areas of the units and the lists the forms offer; for an aggregator, when reports are due."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import Role
from ...core.errors import SotayError
from ...services import Services
from .. import i18n
from ..cluster import MembersBox
from ..widgets import Ask, Banner, button, fill_with_scrolled, heading
from .calendar_box import CalendarBox
from .settings_area_lists import AreaListsBox
from .settings_unit_tags import UnitTagsBox

if TYPE_CHECKING:
    from ..workers import Runner
    from .change_unit import ChangeUnitDialog

FONT_SCALES = (100, 125, 150)


class SettingsPage(QWidget):
    sig_language = Signal(str)
    sig_font = Signal(int)
    sig_restored = Signal()
    sig_unit_changed = Signal()

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner

        # widgets
        self.banner = Banner(self)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 18)
        self.language_note = QLabel(
            self.tr(
                "Báo cáo xuất ra (Word, PDF, Excel) và bản in luôn viết bằng tiếng Việt, theo thể thức văn bản "
                "của Đảng và Nhà nước, dù cửa sổ hiển thị bằng ngôn ngữ nào."
            )
        )
        self.language_note.setWordWrap(True)
        self.language_note.setObjectName("hint")
        self.language.setCurrentIndex(max(self.language.findData(services.identity.preference("ui.language", "vi")), 0))
        self.font_group = QButtonGroup(self)
        font_row = QHBoxLayout()
        current_scale = int(services.identity.preference("ui.font_scale", 100))
        for scale in FONT_SCALES:
            radio = QRadioButton(f"{scale} %")
            radio.setChecked(scale == current_scale)
            self.font_group.addButton(radio, scale)
            font_row.addWidget(radio)
        font_row.addStretch(1)
        self.folder = QLabel(str(services.data_dir))
        self.folder.setWordWrap(True)
        self.open_folder = button(self.tr("Mở thư mục"), "folder")
        self.backup_button = button(self.tr("Sao lưu ngay"), "backup")
        self.restore_button = button(self.tr("Khôi phục bản đã chọn…"), "undo")
        self.backups = QListWidget()
        self.backups.setMaximumHeight(self.fontMetrics().height() * 8)
        inst = services.identity.installation
        unit = services.units.get(inst.unit_code)
        shown = self.tr("%1 (mã %2)").replace("%1", unit.full_name).replace("%2", unit.code)
        self.unit = QLabel(shown if unit.official else unit.full_name)  # never a custom unit's id
        self.role = QLabel(i18n.role_label(inst.role))
        self.name = QLabel(inst.display_name or "—")
        self.fingerprint = QLabel(inst.fingerprint)
        self.fingerprint.setObjectName("fingerprint")
        self.change_unit_button = button(self.tr("Đổi đơn vị…"), "settings")
        note = QLabel(
            self.tr(
                "Chọn nhầm đơn vị? Trước khi gửi tệp đầu tiên thì đổi được ngay; sau đó vẫn đổi được, "
                "và đơn vị tổng hợp sẽ xác nhận khoá mới của máy."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        key_note = QLabel(
            self.tr(
                "Đọc dấu vân tay này cho đơn vị cấp trên khi họ nhận tệp đầu tiên của bạn, "
                "để họ xác nhận tệp đúng là của bạn."
            )
        )
        key_note.setWordWrap(True)
        key_note.setObjectName("hint")
        self.about_button = button(self.tr("Giới thiệu"), "app")
        rule = services.reports.rule()
        self.due_days = QSpinBox()
        self.due_days.setRange(0, 60)
        self.due_days.setValue(rule.due_days)
        self.cycle_start = QSpinBox()
        self.cycle_start.setRange(1, 28)
        self.cycle_start.setValue(rule.cycle_start)
        for spin in (self.due_days, self.cycle_start):
            spin.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 6)
        self.due_example = QLabel()
        self.due_example.setWordWrap(True)
        self.due_example.setObjectName("hint")

        # layout
        inner = QWidget()
        layout = QVBoxLayout(inner)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(self.tr("Cài đặt")))
        layout.addWidget(self.banner)
        look = QGroupBox(self.tr("Hiển thị"))
        lf = QFormLayout(look)
        lf.addRow(self.tr("Ngôn ngữ"), self.language)
        lf.addRow("", self.language_note)
        lf.addRow(self.tr("Cỡ chữ"), font_row)
        layout.addWidget(look)
        data = QGroupBox(self.tr("Dữ liệu và sao lưu"))
        dl = QVBoxLayout(data)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Thư mục dữ liệu:")))
        row.addWidget(self.folder, 1)
        row.addWidget(self.open_folder)
        dl.addLayout(row)
        dl.addWidget(QLabel(self.tr("Các bản sao lưu (tự động trước mỗi lần nhập tệp và nâng cấp):")))
        dl.addWidget(self.backups)
        row2 = QHBoxLayout()
        row2.addWidget(self.backup_button)
        row2.addWidget(self.restore_button)
        row2.addStretch(1)
        dl.addLayout(row2)
        layout.addWidget(data)
        who = QGroupBox(self.tr("Đơn vị, vai trò và khoá"))
        wf = QFormLayout(who)
        unit_row = QHBoxLayout()
        unit_row.addWidget(self.unit, 1)
        unit_row.addWidget(self.change_unit_button)
        wf.addRow(self.tr("Đơn vị"), unit_row)
        wf.addRow(self.tr("Vai trò"), self.role)
        wf.addRow(self.tr("Người dùng"), self.name)
        wf.addRow(note)
        wf.addRow(self.tr("Dấu vân tay khoá"), self.fingerprint)
        wf.addRow(key_note)
        wf.addRow(self.about_button)
        layout.addWidget(who)
        gathering = services.units.gathering()
        if gathering is not None:  # a cluster or mass organisation: its members are chosen here
            self.members_box: MembersBox | None = MembersBox(services, gathering)
            layout.addWidget(self.members_box)
        else:
            self.members_box = None
        self.unit_tags = UnitTagsBox(services)
        self.area_lists = AreaListsBox(services)
        layout.addWidget(self.unit_tags)
        layout.addWidget(self.area_lists)
        self.calendar_box = CalendarBox(services)
        layout.addWidget(self.calendar_box)
        due = QGroupBox(self.tr("Hạn báo cáo của các đơn vị"))
        df = QFormLayout(due)
        df.addRow(self.tr("Kỳ báo cáo tháng bắt đầu từ ngày"), self.cycle_start)
        df.addRow(self.tr("Hạn gửi: số ngày sau khi hết kỳ"), self.due_days)
        df.addRow(self.due_example)
        due.setVisible(inst.role == Role.AGGREGATOR)  # a commune expects no reports
        layout.addWidget(due)
        layout.addStretch(1)
        fill_with_scrolled(self, inner)

        # signals
        self.language.currentIndexChanged.connect(self._language)
        self.font_group.idClicked.connect(self._font)
        self.open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(services.data_dir))))
        self.backup_button.clicked.connect(self.backup_now)
        self.about_button.clicked.connect(self._about)
        self.change_unit_button.clicked.connect(self.change_unit)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backups.currentRowChanged.connect(lambda r: self.restore_button.setEnabled(r >= 0))
        self.due_days.valueChanged.connect(self._save_rule)
        self.cycle_start.valueChanged.connect(self._save_rule)
        self.area_lists.sig_changed.connect(self.unit_tags.refresh)
        self.refresh_backups()
        self._show_rule()

    def _save_rule(self) -> None:
        try:
            self.services.reports.set_rule(self.due_days.value(), self.cycle_start.value())
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
        self._show_rule()

    def _show_rule(self) -> None:
        """The rule said with the current period, so "5" reads as "due on 05/11/2026"."""
        reports = self.services.reports
        period = reports.current_period()
        self.due_example.setText(
            self.tr(
                "Kỳ đang thu báo cáo: từ %1 đến %2, hạn gửi %3. Trang Tổng quan, Trao đổi và Báo cáo đều tính "
                "theo hạn này."
            )
            .replace("%1", i18n.date(period.start))
            .replace("%2", i18n.date(period.end))
            .replace("%3", i18n.date(reports.rule().deadline(period)))
        )

    def _about(self) -> None:
        from ..about import show_about

        show_about(self, self.services)

    def change_unit(self) -> ChangeUnitDialog:
        """Opens the guided change of unit (window-modal, returns at once); the window is rebuilt
        for the new unit once it is made."""
        from .change_unit import ChangeUnitDialog

        dialog = ChangeUnitDialog(self.services, self.runner, self)
        dialog.sig_changed.connect(self.sig_unit_changed)
        dialog.open()
        return dialog

    def activated(self) -> None:
        self.refresh_backups()
        self.unit_tags.refresh()  # an import may have brought units

    def _language(self) -> None:
        lang = self.language.currentData()
        self.services.identity.set_preference("ui.language", lang)
        self.sig_language.emit(lang)

    def _font(self, scale: int) -> None:
        self.services.identity.set_preference("ui.font_scale", scale)
        self.sig_font.emit(scale)

    def refresh_backups(self) -> None:
        self.backups.clear()
        for path in self.services.maintenance.backups():  # newest first by counter, whatever the files' dates
            item = QListWidgetItem(path.name)
            item.setData(256, str(path))
            self.backups.addItem(item)
        self.restore_button.setEnabled(self.backups.currentRow() >= 0)

    def backup_now(self) -> None:
        try:
            path = self.services.maintenance.backup()
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.refresh_backups()
        self.banner.show_message(self.tr("Đã sao lưu: %1").replace("%1", path.name), "success")

    def restore_selected(self) -> None:
        if self.backups.currentRow() < 0:
            return
        item = self.backups.currentItem()
        from pathlib import Path

        path = Path(item.data(256))
        if not Ask.confirm(
            self,
            self.tr("Khôi phục"),
            self.tr("Thay dữ liệu hiện tại bằng bản sao lưu “%1”? Dữ liệu hiện tại được sao lưu trước.").replace(
                "%1", path.name
            ),
            self.tr("Khôi phục"),
            self.tr("Huỷ"),
        ):
            return
        try:
            safety = self.services.maintenance.restore(path)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.refresh_backups()
        self.banner.show_message(
            self.tr("Đã khôi phục. Bản trước đó được giữ ở %1.").replace("%1", safety.name), "success"
        )
        self.sig_restored.emit()
