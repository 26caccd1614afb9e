"""First run: role first, then the unit (province, then type to find the commune, old names too),
then the user's name and text size; the key fingerprint is shown at the end. Each step says why it
is asked and that it can be changed later; going back clears the answers that depended on it."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.enums import Role, UnitKind
from ..core.errors import SotayError
from ..core.records import Installation, Unit
from ..services import Services
from . import i18n
from .cluster import NewUnitPage
from .widgets import icon
from .workers import Cancel, Progress, Runner

# an aggregating installation may be a province, a commune, or a custom unit this data already has
AGGREGATOR_KINDS = (
    UnitKind.PROVINCE,
    UnitKind.COMMUNE,
    UnitKind.CLUSTER,
    UnitKind.MASS_ORGANISATION,
    UnitKind.LEGACY_DISTRICT,
)


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setObjectName("hint")
    return label


def _load_units(services: Services, _progress: Progress, _cancel: Cancel) -> bool:
    """Worker: loads the national list of units into the database once (under a second)."""
    services.units.search("xa", limit=1)
    return True


class RolePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bạn dùng sổ tay này ở đâu?"))
        self.setSubTitle(self.tr("Câu trả lời quyết định các trang bạn thấy đầu tiên. Sau này có thể thiết lập lại."))
        self.commune = QRadioButton(
            self.tr("Ở xã, phường, đặc khu: tôi ghi nhật ký các buổi tuyên truyền và gửi lên cấp trên")
        )
        self.aggregator = QRadioButton(
            self.tr(
                "Ở đơn vị tổng hợp (Ban Tuyên giáo và Dân vận, cụm, đoàn thể…): tôi nhận tệp của các xã và làm báo cáo"
            )
        )
        for radio in (self.commune, self.aggregator):
            radio.setStyleSheet("QRadioButton { padding: 6px; }")
        self.commune.setChecked(True)
        self.group = QButtonGroup(self)
        self.group.addButton(self.commune)
        self.group.addButton(self.aggregator)
        layout = QVBoxLayout(self)
        layout.addWidget(self.commune)
        layout.addWidget(self.aggregator)
        layout.addStretch(1)

    def role(self) -> Role:
        return Role.AGGREGATOR if self.aggregator.isChecked() else Role.COMMUNE


class UnitPage(QWizardPage):
    def __init__(self, services: Services, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.services = services
        self.setup = wizard
        self.setTitle(self.tr("Đơn vị của bạn"))
        self.setSubTitle(self.tr("Tên đơn vị được ghi vào mỗi tệp bạn gửi, để cấp trên biết tệp của ai."))
        self.province = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Gõ một phần tên, có dấu hoặc không dấu: thanh binh"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.status = _hint(self.tr("Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ)."))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tỉnh, thành phố")))
        layout.addWidget(self.province)
        layout.addWidget(QLabel(self.tr("Tìm xã, phường")))
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        self.search.textChanged.connect(self.run_search)
        self.province.currentIndexChanged.connect(self.run_search)
        self.results.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.results.itemActivated.connect(lambda _i: self.setup.next())
        self._provinces_loaded = False

    def initializePage(self) -> None:
        aggregator = self.setup.role_page.role() == Role.AGGREGATOR
        self.setTitle(self.tr("Đơn vị tổng hợp của bạn") if aggregator else self.tr("Xã, phường của bạn"))
        self.search.setPlaceholderText(
            self.tr("Gõ tên tỉnh hoặc xã, có dấu hoặc không dấu: dong thap")
            if aggregator
            else self.tr("Gõ một phần tên, có dấu hoặc không dấu: thanh binh")
        )
        self.search.setFocus()
        self.run_search()

    def cleanupPage(self) -> None:
        """Going back to the role clears the unit chosen for it."""
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
        from ..core.text import sort_key

        for p in sorted(provinces, key=lambda u: sort_key(u.name)):
            self.province.addItem(p.name, p.code)
        self.province.blockSignals(False)
        self._provinces_loaded = bool(provinces)

    def run_search(self) -> None:
        self.load_provinces()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.completeChanged.emit()
            return
        aggregator = self.setup.role_page.role() == Role.AGGREGATOR
        kinds = AGGREGATOR_KINDS if aggregator else (UnitKind.COMMUNE,)
        by_code = [u for u in self.services.units.named_by_code(text) if u.kind in kinds]
        units = by_code or self.services.units.search(text, limit=200, kinds=kinds)
        province = self.province.currentData()
        if province and not by_code:
            units = [u for u in units if u.province_code == province or u.code == province]
        for unit in units[:60]:
            code = self.services.units.unambiguous_code(unit.code)
            shown = f"{unit.full_name} ({code})" if unit.official else unit.full_name  # never a custom unit's id
            item = QListWidgetItem(f"{shown}  ·  {i18n.unit_kind_label(unit.kind)}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.results.addItem(item)
        ambiguous = len(by_code) > 1
        if self.results.count() and not ambiguous:  # a bare 82: the user picks, nothing is preselected
            self.results.setCurrentRow(0)
        self.status.setText(self._search_status(text, units, ambiguous))
        self.completeChanged.emit()

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
        return self.tr("Chọn đúng đơn vị trong danh sách (mũi tên lên xuống, Enter).")

    def unit_code(self) -> str | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def isComplete(self) -> bool:
        return self.unit_code() is not None


class NamePage(QWizardPage):
    def __init__(self, services: Services, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.services = services
        self.setup = wizard
        self.setTitle(self.tr("Tên của bạn và cỡ chữ"))
        self.setSubTitle(self.tr("Tên giúp cấp trên biết ai gửi tệp; có thể để trống."))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Ví dụ: Nguyễn Văn Hùng"))
        self.font_scale = QComboBox()
        for scale in (100, 125, 150):
            self.font_scale.addItem(f"{scale} %", scale)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Họ và tên")))
        layout.addWidget(self.name)
        layout.addSpacing(12)
        layout.addWidget(QLabel(self.tr("Cỡ chữ (đổi được trong Cài đặt)")))
        layout.addWidget(self.font_scale)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Thiết lập"))
        self.font_scale.currentIndexChanged.connect(
            lambda: self.setup.sig_font_scale.emit(self.font_scale.currentData())
        )

    def validatePage(self) -> bool:
        code = self.setup.unit_page.unit_code()
        if code is None:  # the unit page lets no one past without a unit
            return False
        new_unit = self.setup.new_unit_page
        name = self.name.text()
        try:
            if new_unit.wanted.isChecked():
                self.setup.installation = new_unit.install(name)
            else:
                self.setup.installation = self.services.identity.init(code, self.setup.role_page.role(), name)
        except SotayError as exc:
            self.error.setText(i18n.error_text(exc))
            self.error.show()
            return False
        self.services.identity.set_preference("ui.font_scale", self.font_scale.currentData())
        return True


class DonePage(QWizardPage):
    def __init__(self, services: Services, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.services = services
        self.setup = wizard
        self.setTitle(self.tr("Xong! Máy này đã sẵn sàng"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("fingerprint")
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Dấu vân tay khoá của máy này:")))
        layout.addWidget(self.fingerprint)
        layout.addWidget(
            _hint(
                self.tr(
                    "Khi cấp trên nhận tệp đầu tiên của bạn, họ sẽ hỏi dấu vân tay này để chắc "
                    "tệp đúng là của bạn. Xem lại bất cứ lúc nào trong Cài đặt."
                )
            )
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        inst = self.setup.installation
        if inst is None:
            return
        unit = self.services.units.get(inst.unit_code)
        self.summary.setText(
            self.tr("Đơn vị: %1\nVai trò: %2").replace("%1", unit.full_name).replace("%2", i18n.role_label(inst.role))
        )
        self.fingerprint.setText(inst.fingerprint)


class SetupWizard(QWizard):
    sig_font_scale = Signal(int)

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.installation: Installation | None = None
        self.setWindowTitle(self.tr("Thiết lập Sổ tay Tuyên truyền"))
        self.setWindowIcon(icon("app"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp theo"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Bắt đầu dùng"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Thoát"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Thiết lập"))
        self.role_page = RolePage(self)
        self.unit_page = UnitPage(services, self)
        self.new_unit_page = NewUnitPage(services, self.unit_page.unit_code, self)
        self.name_page = NamePage(services, self)
        self.done_page = DonePage(services, self)
        self._page_ids = {
            page: self.addPage(page)
            for page in (self.role_page, self.unit_page, self.new_unit_page, self.name_page, self.done_page)
        }
        # an aggregator may make a new cluster under the unit it found (cluster.py)
        cast(QVBoxLayout, self.unit_page.layout()).addWidget(self.new_unit_page.wanted)
        self.new_unit_page.wanted.setVisible(False)
        self.role_page.aggregator.toggled.connect(self._offer_new_unit)
        self.resize(760, 560)
        if runner is not None:
            self.unit_page.status.setText(self.tr("Đang nạp danh sách đơn vị…"))
            runner.run(
                services,
                _load_units,
                owner=self,
                on_done=lambda _ok: self.unit_page.status.setText(
                    self.tr("Tên cũ trước năm 2025 cũng tìm được (ví dụ: Tân Mỹ).")
                ),
            )

    def _offer_new_unit(self, aggregator: bool) -> None:
        self.new_unit_page.wanted.setVisible(aggregator)
        if not aggregator:
            self.new_unit_page.wanted.setChecked(False)

    def nextId(self) -> int:
        """The new unit's page only when the aggregator chose to make one."""
        if self.currentPage() is self.unit_page and not self.new_unit_page.wanted.isChecked():
            return self._page_ids[self.name_page]
        return super().nextId()
