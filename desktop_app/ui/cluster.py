"""A cluster or mass organisation as this installation's unit: the member checklist (type to filter,
select all or none, the count), the wizard's page that makes the new unit, and the Settings box that
changes the members. Membership is this installation's own choice; it never travels in a file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..core.enums import UnitKind
from ..core.errors import SotayError
from ..core.records import Installation, Unit
from ..core.text import fold
from ..services import Services
from . import i18n

NEW_UNIT_KINDS = (UnitKind.CLUSTER, UnitKind.MASS_ORGANISATION)


class _TickList(QListWidget):
    """Space ticks the current unit, and Qt makes none current when the list was focused before it
    was filled or the filter hid the current one: the first unit shown is kept current."""

    def keep_a_current_unit(self) -> None:
        current = self.currentItem()
        if current is None or current.isHidden():
            shown = (self.item(i) for i in range(self.count()) if not self.item(i).isHidden())
            first = next(shown, None)
            if first is not None:
                self.setCurrentItem(first, QItemSelectionModel.SelectionFlag.NoUpdate)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.keep_a_current_unit()
        super().focusInEvent(event)


class MemberChecklist(QWidget):
    """The units a cluster may gather, each with a tick box, in the order given (Vietnamese order)."""

    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # widgets
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Lọc theo tên, có dấu hoặc không dấu"))
        self.filter.setClearButtonEnabled(True)
        self.units = _TickList()
        self.select_all = QPushButton(self.tr("Chọn tất cả"))
        self.select_none = QPushButton(self.tr("Bỏ chọn tất cả"))
        self.count = QLabel()
        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.units, 1)
        row = QHBoxLayout()
        row.addWidget(self.select_all)
        row.addWidget(self.select_none)
        row.addStretch(1)
        row.addWidget(self.count)
        layout.addLayout(row)
        # signals
        self.filter.textChanged.connect(self._apply_filter)
        self.select_all.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Checked))
        self.select_none.clicked.connect(lambda: self._tick_shown(Qt.CheckState.Unchecked))
        self.units.itemChanged.connect(lambda _item: self._changed())
        self._changed()

    def set_units(self, units: list[Unit], checked: set[str] | frozenset[str] = frozenset()) -> None:
        self.units.blockSignals(True)
        self.units.clear()
        for unit in units:
            item = QListWidgetItem(unit.name)
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            item.setData(Qt.ItemDataRole.UserRole + 1, fold(unit.name))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if unit.code in checked else Qt.CheckState.Unchecked)
            self.units.addItem(item)
        self.units.blockSignals(False)
        self._apply_filter()
        self._changed()

    def checked_codes(self) -> list[str]:
        return [
            item.data(Qt.ItemDataRole.UserRole) for item in self._items() if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: set[str]) -> None:
        for item in self._items():
            wanted = item.data(Qt.ItemDataRole.UserRole) in codes
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def shown_codes(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self._items() if not item.isHidden()]

    def _items(self) -> list[QListWidgetItem]:
        return [self.units.item(i) for i in range(self.units.count())]

    def _apply_filter(self) -> None:
        wanted = fold(self.filter.text())
        for item in self._items():
            item.setHidden(bool(wanted) and wanted not in item.data(Qt.ItemDataRole.UserRole + 1))
        self.units.keep_a_current_unit()

    def _tick_shown(self, state: Qt.CheckState) -> None:
        """Select all or none of the units the filter shows (those hidden keep their tick)."""
        self.units.blockSignals(True)
        for item in self._items():
            if not item.isHidden():
                item.setCheckState(state)
        self.units.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self.count.setText(
            self.tr("Đã chọn %1/%2")
            .replace("%1", str(len(self.checked_codes())))
            .replace("%2", str(self.units.count()))
        )
        self.sig_changed.emit()


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setWordWrap(True)
    label.hide()
    return label


class NewUnitPage(QWizardPage):
    """The wizard's page for a new cluster or mass organisation placed under the unit chosen on the
    page before (usually a province), with its members among the units under that one."""

    def __init__(
        self, services: Services, chosen_unit: Callable[[], str | None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.chosen_unit = chosen_unit  # the unit found on the page before: the new unit's parent
        self.parent_code: str | None = None
        # widgets
        self.setTitle(self.tr("Đơn vị mới và các đơn vị thành viên"))
        self.setSubTitle(
            self.tr(
                "Các xã, phường được chọn gửi tệp cho máy này; báo cáo và danh sách chưa báo cáo tính theo họ. "
                "Danh sách thành viên chỉ lưu trên máy này và đổi được trong Cài đặt."
            )
        )
        self.wanted = QCheckBox(self.tr("Tạo đơn vị mới (cụm, khối thi đua, đoàn thể…) thuộc đơn vị đã chọn"))
        self.kind = QComboBox()
        for kind in NEW_UNIT_KINDS:
            self.kind.addItem(i18n.unit_kind_label(kind), kind.value)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Cụm thi đua số 1"))
        self.parent_name = QLabel()
        self.members = MemberChecklist()
        self.error = _error_label()
        # layout
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Loại đơn vị"), self.kind)
        form.addRow(self.tr("Tên đơn vị"), self.name)
        form.addRow(self.tr("Thuộc"), self.parent_name)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Đơn vị thành viên")))
        layout.addWidget(self.members, 1)
        layout.addWidget(self.error)
        # signals
        self.name.textChanged.connect(lambda _text: self.error.hide())
        self.members.sig_changed.connect(self.error.hide)

    def initializePage(self) -> None:
        QTimer.singleShot(0, self.name.setFocus)  # the one thing to type; the kind already says "Cụm"
        code = self.chosen_unit()
        if code == self.parent_code:
            return
        self.parent_code = code
        try:
            parent = self.services.units.get(code) if code else None
            candidates = self.services.units.member_candidates(code) if code else []
        except SotayError as exc:
            parent, candidates = None, []
            self._show(i18n.error_text(exc))
        self.parent_name.setText(parent.full_name if parent else "—")
        self.members.set_units(candidates)

    def new_unit_kind(self) -> UnitKind:
        return UnitKind(self.kind.currentData())

    def validatePage(self) -> bool:
        """The same refusals as ``sotay init --new-unit``, said here before the last page."""
        try:
            self.services.units.check_new_unit(
                self.name.text(), self.new_unit_kind(), self.parent_code or "", self.members.checked_codes()
            )
        except SotayError as exc:
            self._show(i18n.error_text(exc))
            return False
        return True

    def install(self, display_name: str) -> Installation:
        """Set this installation up for the new unit (the wizard's commit page calls it)."""
        return self.services.identity.init_new_unit(
            self.name.text(), self.new_unit_kind(), self.parent_code or "", self.members.checked_codes(), display_name
        )

    def _show(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class MembersBox(QGroupBox):
    """Settings: the members of this installation's cluster or mass organisation, changed here."""

    def __init__(self, services: Services, unit: Unit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.unit = unit
        # widgets
        self.setTitle(self.tr("Đơn vị thành viên"))
        hint = QLabel(
            self.tr(
                "Các đơn vị được chọn gửi tệp cho máy này; báo cáo và danh sách chưa báo cáo tính theo họ. "
                "Danh sách chỉ lưu trên máy này, không gửi đi trong tệp."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.members = MemberChecklist()
        self.members.setMinimumHeight(self.fontMetrics().height() * 14)
        self.save = QPushButton(self.tr("Lưu danh sách thành viên"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = _error_label()
        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.members)
        row = QHBoxLayout()
        row.addWidget(self.save)
        row.addWidget(self.status, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        # signals
        self.save.clicked.connect(self.save_members)
        self.members.sig_changed.connect(self._edited)
        self.reload()

    def reload(self) -> None:
        current = {u.code for u in self.services.units.members()}
        candidates = self.services.units.member_candidates(self.unit.parent_code or "", self.unit.code)
        # the members first (each part in Vietnamese order): what this installation gathers, at a glance
        self.members.set_units(sorted(candidates, key=lambda u: u.code not in current), current)
        self.status.clear()

    def save_members(self) -> None:
        try:
            saved = self.services.units.set_members(self.members.checked_codes())
        except SotayError as exc:
            self.error.setText(i18n.error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.status.setText(self.tr("Đã lưu %Ln đơn vị thành viên.", "", len(saved)))

    def _edited(self) -> None:
        self.status.clear()
        self.error.hide()
