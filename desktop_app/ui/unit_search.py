"""Finding one's unit by typing: the search box first, the results under it (Up/Down from the box,
Enter takes only the highlighted row), the province filter last so that typing never lands in it.
Shared by the first-run wizard and the change of unit in Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.enums import UnitKind
from ..core.errors import SotayError
from ..core.records import Unit
from ..core.text import sort_key
from ..services import Services
from . import i18n

# keys that move the highlight from the search box, and by how many rows
_MOVES = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10, Qt.Key.Key_PageDown: 10}
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# a commune's or a province's name already says its kind ("Xã", "Phường", "Tỉnh"): no suffix for them
_KINDS_NAMED_BY_THEIR_NAME = (UnitKind.COMMUNE, UnitKind.PROVINCE)


def province_in_sentence(unit: Unit) -> str:
    """ "Xã Thanh Bình, tỉnh Đồng Tháp": the province's kind in lower case, as inside a sentence."""
    province = unit.province_name
    if not province:
        return unit.name
    return f"{unit.name}, {province[:1].lower()}{province[1:]}"


def confirmation_text(unit: Unit, code: str, former: str) -> str:
    """The question that confirms a chosen unit, with its province and code (and the old name that
    found it), so that a namesake in another province is caught before anything is set up."""
    text = (
        QCoreApplication.translate("UnitSearch", "%1 — mã %2 — đúng đơn vị của bạn?")
        .replace("%1", province_in_sentence(unit))
        .replace("%2", code)
        if unit.official
        else QCoreApplication.translate("UnitSearch", "%1 — đúng đơn vị của bạn?").replace(
            "%1", province_in_sentence(unit)
        )
    )
    return text + (
        "\n" + QCoreApplication.translate("UnitSearch", "(trước đây: %1)").replace("%1", former) if former else ""
    )


class UnitSearch(QWidget):
    """A unit found by part of its name or its code, old names included. ``sig_chosen`` carries the
    code of the highlighted row on Enter or a double click; with nothing highlighted Enter says so."""

    sig_chosen = Signal(str)
    sig_selection = Signal()

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.kinds: tuple[UnitKind, ...] = (UnitKind.COMMUNE,)
        self._former: dict[str, tuple[str, str]] = {}
        self._provinces_loaded = False
        self._search_said = ""  # what the last search said, shown again once a row is highlighted
        # widgets
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.province = QComboBox()
        self.status = QLabel(self.tr("Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ)."))
        self.status.setWordWrap(True)
        self.status.setObjectName("hint")
        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search_label = QLabel(self.tr("Tìm xã, phường (gõ tên rồi dùng mũi tên lên xuống, Enter)"))
        self.search_label.setBuddy(self.search)
        layout.addWidget(self.search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        row = QHBoxLayout()
        province_label = QLabel(self.tr("Chỉ tìm trong:"))
        province_label.setBuddy(self.province)
        row.addWidget(province_label)
        row.addWidget(self.province, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        QWidget.setTabOrder(self.search, self.results)
        QWidget.setTabOrder(self.results, self.province)
        # signals
        self.search.textChanged.connect(self.run_search)
        self.province.currentIndexChanged.connect(self.run_search)
        self.results.itemSelectionChanged.connect(self._selection_changed)
        self.results.itemDoubleClicked.connect(lambda _item: self.choose())
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.search and key in _MOVES:
                self._move(_MOVES[Qt.Key(key)])
                return True
            if watched in (self.search, self.results) and key in _ENTER:
                self.choose()  # never the dialog's default button: a row, or a word that none is highlighted
                return True
        return super().eventFilter(watched, event)

    def _selection_changed(self) -> None:
        if self._search_said:  # "no row chosen" no longer applies
            self.status.setText(self._search_said)
        self.sig_selection.emit()

    def _move(self, step: int) -> None:
        """Moves the highlight while the focus stays in the box, so the user can go on typing."""
        count = self.results.count()
        if not count:
            return
        row = self.results.currentRow()
        # from nothing highlighted, the first row, whichever way the arrow points
        self.results.setCurrentRow(0 if self.unit_code() is None else max(0, min(count - 1, row + step)))
        self.results.scrollToItem(self.results.currentItem())

    def choose(self) -> None:
        code = self.unit_code()
        if code is None:
            self.status.setText(
                self.tr("Chưa chọn dòng nào: dùng mũi tên lên xuống để chọn đúng đơn vị, rồi bấm Enter.")
            )
            return
        self.sig_chosen.emit(code)

    def set_kinds(self, kinds: tuple[UnitKind, ...], placeholder: str) -> None:
        self.kinds = kinds
        self.search.setPlaceholderText(placeholder)

    def clear(self) -> None:
        self.search.clear()
        self.results.clear()

    def load_provinces(self) -> None:
        if self._provinces_loaded:
            return
        self.province.blockSignals(True)
        self.province.clear()
        self.province.addItem(self.tr("Mọi tỉnh, thành phố"), None)
        try:
            provinces = self.services.units.list(UnitKind.PROVINCE)
        except SotayError:
            provinces = []
        for p in sorted(provinces, key=lambda u: sort_key(u.name)):
            self.province.addItem(p.name, p.code)
        self.province.blockSignals(False)
        self._provinces_loaded = bool(provinces)

    def run_search(self) -> None:
        self.load_provinces()
        text = self.search.text().strip()
        self._search_said = ""
        self.results.clear()
        if not text:
            self.sig_selection.emit()
            return
        by_code = [u for u in self.services.units.named_by_code(text) if u.kind in self.kinds]
        units = by_code or self.services.units.search(text, limit=200, kinds=self.kinds)
        province = self.province.currentData()
        if province and not by_code:
            units = [u for u in units if u.province_code == province or u.code == province]
        units = units[:60]
        self._former = {} if by_code else self.services.units.former_names(text, [u.code for u in units])
        for unit in units:
            self.results.addItem(self._item(unit))
        ambiguous = len(by_code) > 1
        self._search_said = self._search_status(text, units, ambiguous)
        if len(units) == 1:  # one result only: highlighted, and the status says so
            self.results.setCurrentRow(0)
        self.status.setText(self._search_said)
        self.sig_selection.emit()

    def _item(self, unit: Unit) -> QListWidgetItem:
        code = self.services.units.unambiguous_code(unit.code)
        text = f"{unit.full_name} ({code})" if unit.official else unit.full_name  # never a custom unit's id
        if unit.kind not in _KINDS_NAMED_BY_THEIR_NAME:
            text += f"  ·  {i18n.unit_kind_label(unit.kind)}"
        former = self.former_name(unit.code)
        if former:
            text += "  ·  " + self.tr("trước đây: %1").replace("%1", former)
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setData(Qt.ItemDataRole.UserRole + 1, unit.code)
        return item

    def former_name(self, code: str) -> str:
        """The pre-2025 name that made ``code`` match, with its old district: "Xã Tân Mỹ (Huyện
        Thanh Bình)"; empty when the unit matched by its own name."""
        name, district = self._former.get(code, ("", ""))
        return f"{name} ({district})" if name and district else name

    def _search_status(self, text: str, units: list[Unit], ambiguous: bool) -> str:
        if ambiguous:  # a bare 82: the province and the commune, never one chosen silently
            province, commune = units
            return (
                self.tr("%1 là mã của %2 và của %3: chọn đúng đơn vị trong danh sách.")
                .replace("%1", text)
                .replace("%2", f"{province.name} ({province.code})")
                .replace("%3", f"{commune.full_name} ({self.services.units.unambiguous_code(commune.code)})")
            )
        if not units:
            return self.tr("Không tìm thấy; thử gõ ít chữ hơn.")
        if len(units) == 1:
            return self.tr("Chỉ có một đơn vị khớp, đã chọn sẵn: %1. Bấm Enter nếu đúng.").replace(
                "%1", units[0].full_name
            )
        return self.tr("%Ln đơn vị khớp: dùng mũi tên lên xuống để chọn đúng đơn vị, rồi bấm Enter.", "", len(units))

    def _highlighted(self) -> QListWidgetItem | None:
        """The selected row: a row Qt only gave the focus cursor (on Tab) is not a choice."""
        selected = self.results.selectedItems()
        return selected[0] if selected else None

    def unit_code(self) -> str | None:
        item = self._highlighted()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def chosen(self) -> Unit | None:
        """The highlighted unit, read again from the services (its province name included)."""
        item = self._highlighted()
        return self.services.units.get(item.data(Qt.ItemDataRole.UserRole + 1)) if item else None

    def chosen_former_name(self) -> str:
        item = self._highlighted()
        return self.former_name(item.data(Qt.ItemDataRole.UserRole + 1)) if item else ""
