"""First run: role first, then the unit (province, then type to find the commune, old names too),
then the user's name and text size; the key fingerprint is shown at the end. Each step says why it
is asked and that it can be changed later; going back clears the answers that depended on it."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ..core.enums import Role, UnitKind
from ..core.errors import SotayError
from ..core.records import Installation
from ..services import Services
from . import i18n
from .cluster import NewUnitPage
from .unit_search import UnitSearch, confirmation_text, province_in_sentence
from .widgets import icon
from .workers import Cancel, Progress, Runner

if TYPE_CHECKING:
    from .help import HelpWindow

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
        self.finder = UnitSearch(services)
        # the parts tests and the set-up read by name
        self.search, self.results, self.province, self.status = (
            self.finder.search,
            self.finder.results,
            self.finder.province,
            self.finder.status,
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.finder)
        self.finder.sig_selection.connect(self.completeChanged)
        self.finder.sig_chosen.connect(self._chosen)

    def initializePage(self) -> None:
        aggregator = self.setup.role_page.role() == Role.AGGREGATOR
        self.setTitle(self.tr("Đơn vị tổng hợp của bạn") if aggregator else self.tr("Xã, phường của bạn"))
        if aggregator:
            self.finder.search_label.setText(
                self.tr("Tìm tỉnh, xã, phường (gõ tên hoặc mã rồi dùng mũi tên lên xuống, Enter)")
            )
        self.finder.set_kinds(
            AGGREGATOR_KINDS if aggregator else (UnitKind.COMMUNE,),
            self.tr("Gõ tên tỉnh hoặc xã, có dấu hoặc không dấu: dong thap")
            if aggregator
            else self.tr("Gõ một phần tên, có dấu hoặc không dấu: thanh binh"),
        )
        self.run_search()
        QTimer.singleShot(0, self.search.setFocus)  # after QWizard has given focus to the page's first widget

    def cleanupPage(self) -> None:
        """Going back to the role clears the unit chosen for it."""
        self.finder.clear()

    def run_search(self) -> None:
        self.finder.run_search()

    def _chosen(self, _code: str) -> None:
        """Enter on a highlighted row: on to the confirmation, one page and never further."""
        if self.setup.currentPage() is self:
            self.setup.next()

    def unit_code(self) -> str | None:
        return self.finder.unit_code()

    def isComplete(self) -> bool:
        return self.unit_code() is not None


class ConfirmUnitPage(QWizardPage):
    """The chosen unit with its province and code, asked once more: a namesake in another province
    is the mistake a list of a few hundred "Xã Thanh Bình"-like names invites."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.setup = wizard
        self.setTitle(self.tr("Đúng đơn vị của bạn?"))
        self.setSubTitle(self.tr("Kiểm tra tên, tỉnh và mã trước khi thiết lập."))
        self.question = QLabel()
        self.question.setObjectName("h2")
        self.question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(
            _hint(
                self.tr(
                    "Đúng thì bấm “Đúng, tiếp theo” (Enter). Chưa đúng thì bấm “Quay lại” để chọn lại. "
                    "Sau này vẫn đổi được trong Cài đặt."
                )
            )
        )
        layout.addStretch(1)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Đúng, tiếp theo"))

    def initializePage(self) -> None:
        finder = self.setup.unit_page.finder
        unit, code = finder.chosen(), finder.unit_code()
        if unit is None or code is None:
            return
        parent = self.setup.new_unit_page.wanted.isChecked()  # the unit found is the new unit's parent
        self.setTitle(self.tr("Đơn vị mới thuộc đơn vị này?") if parent else self.tr("Đúng đơn vị của bạn?"))
        if parent:
            self.question.setText(
                self.tr("Đơn vị mới sẽ thuộc %1 — mã %2. Đúng không?")
                .replace("%1", province_in_sentence(unit))
                .replace("%2", code)
            )
        else:
            self.question.setText(confirmation_text(unit, code, finder.chosen_former_name()))


class NamePage(QWizardPage):
    def __init__(self, services: Services, wizard: SetupWizard) -> None:
        super().__init__(wizard)
        self.services = services
        self.setup = wizard
        self.setTitle(self.tr("Tên của bạn và cỡ chữ"))
        self.setSubTitle(self.tr("Tên giúp cấp trên biết ai gửi tệp; trang chủ chào bạn bằng tên này."))
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

    def initializePage(self) -> None:
        QTimer.singleShot(0, self.name.setFocus)

    def validatePage(self) -> bool:
        code = self.setup.unit_page.unit_code()
        if code is None:  # the unit page lets no one past without a unit
            return False
        if not self.name.text().strip():  # asked for: never a greeting by the unit's name
            self.error.setText(self.tr("Hãy gõ họ và tên của bạn: cấp trên cần biết ai gửi tệp."))
            self.error.show()
            self.name.setFocus()
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
        self.confirm_page = ConfirmUnitPage(self)
        self.new_unit_page = NewUnitPage(services, self.unit_page.unit_code, self)
        self.name_page = NamePage(services, self)
        self.done_page = DonePage(services, self)
        pages = (self.role_page, self.unit_page, self.confirm_page, self.new_unit_page, self.name_page, self.done_page)
        self._page_ids = {page: self.addPage(page) for page in pages}
        # an aggregator may make a new cluster under the unit it found (cluster.py)
        cast(QVBoxLayout, self.unit_page.layout()).addWidget(self.new_unit_page.wanted)
        self.new_unit_page.wanted.setVisible(False)
        self.role_page.aggregator.toggled.connect(self._offer_new_unit)
        self.resize(760, 560)
        self.help_window: HelpWindow | None = None
        QShortcut(QKeySequence("F1"), self, self.show_help)
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

    def show_help(self) -> None:
        """F1: the guide at its part on this setup (as F1 opens the part about a page in the window)."""
        from .help import open_guide

        self.help_window = open_guide(self, self.services, "setup", self.help_window)

    def reject(self) -> None:
        """Escape or closing once the installation is set up opens the window: setup is saved, and
        quitting then would leave the user wondering whether it was."""
        if self.installation is not None:
            self.accept()
        else:
            super().reject()

    def _offer_new_unit(self, aggregator: bool) -> None:
        self.new_unit_page.wanted.setVisible(aggregator)
        if not aggregator:
            self.new_unit_page.wanted.setChecked(False)

    def nextId(self) -> int:
        """The new unit's page only when the aggregator chose to make one."""
        if self.currentPage() is self.confirm_page and not self.new_unit_page.wanted.isChecked():
            return self._page_ids[self.name_page]
        return super().nextId()
