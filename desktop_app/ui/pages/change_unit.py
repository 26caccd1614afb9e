"""Settings' guided change of this installation's unit: the same search and confirmation as at
set-up, then what the change does (free while nothing was sent; afterwards what the aggregator will
see and a new key), then the result with the new fingerprint to read to the aggregator."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import Role, UnitKind
from ...core.errors import SotayError
from ...services import Services
from ...services.identity import UnitChange
from .. import i18n
from ..unit_search import UnitSearch, confirmation_text, province_in_sentence
from ..wizard import AGGREGATOR_KINDS
from ..workers import Cancel, Failure, Progress, Runner, run_call

SEARCH, CONFIRM, DONE = range(3)


def _text(object_name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    if object_name:
        label.setObjectName(object_name)
    return label


class ChangeUnitDialog(QDialog):
    """Emits ``sig_changed`` once the change is made and the user closes the result."""

    sig_changed = Signal()

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.plan: UnitChange | None = None
        self.change: UnitChange | None = None
        # widgets
        self.setWindowTitle(self.tr("Đổi đơn vị của máy này"))
        self.finder = UnitSearch(services)
        aggregator = services.identity.installation.role == Role.AGGREGATOR
        self.finder.set_kinds(
            AGGREGATOR_KINDS if aggregator else (UnitKind.COMMUNE,),
            self.tr("Gõ một phần tên, có dấu hoặc không dấu: thanh binh"),
        )
        self.question = _text("h2")
        self.explanation = _text()
        self.outcome = _text()
        self.error = _text("error")
        self.error.hide()
        self.working = _text("hint")
        self.working.setText(self.tr("Đang sao lưu và đổi đơn vị…"))
        self.working.hide()
        self.stack = QStackedWidget()
        self.back_button = QPushButton(self.tr("Quay lại"))
        self.next_button = QPushButton(self.tr("Tiếp theo"))
        self.change_button = QPushButton(self.tr("Đổi đơn vị"))
        self.close_button = QPushButton(self.tr("Huỷ"))
        # layout
        search_page = QWidget()
        sl = QVBoxLayout(search_page)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.finder)
        confirm_page = QWidget()
        cl = QVBoxLayout(confirm_page)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.addWidget(self.question)
        cl.addWidget(self.explanation)
        cl.addStretch(1)
        done_page = QWidget()
        dl = QVBoxLayout(done_page)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.outcome)
        dl.addStretch(1)
        for page in (search_page, confirm_page, done_page):
            self.stack.addWidget(page)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (self.back_button, self.next_button, self.change_button, self.close_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.working)
        layout.addLayout(buttons)
        wanted = QSize(self.fontMetrics().horizontalAdvance("M") * 80, self.fontMetrics().height() * 30)
        screen = self.screen().availableGeometry().size() * 0.9  # at 150 % text, never past a 1366×768 screen
        self.resize(wanted.boundedTo(screen))
        # signals
        self.finder.sig_chosen.connect(lambda _code: self.confirm())
        self.finder.sig_selection.connect(self._update_buttons)
        self.next_button.clicked.connect(self.confirm)
        self.back_button.clicked.connect(lambda: self._show(SEARCH))
        self.change_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self._close)
        self._show(SEARCH)

    def _show(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.error.hide()
        self.back_button.setVisible(step == CONFIRM)
        self.next_button.setVisible(step == SEARCH)
        self.change_button.setVisible(step == CONFIRM)
        self.close_button.setText(self.tr("Đóng") if step == DONE else self.tr("Huỷ"))
        self._update_buttons()
        if step == SEARCH:
            self.finder.search.setFocus()
        elif step == CONFIRM:
            self.change_button.setDefault(True)
            self.change_button.setFocus()
        else:
            self.close_button.setDefault(True)
            self.close_button.setFocus()

    def _update_buttons(self) -> None:
        self.next_button.setEnabled(self.finder.unit_code() is not None)

    def confirm(self) -> None:
        """The chosen unit asked once more, with what the change will do."""
        code, unit = self.finder.unit_code(), self.finder.chosen()
        if code is None or unit is None:
            return
        try:
            self.plan = self.services.identity.unit_change(code)
        except SotayError as exc:
            self._refuse(exc)
            return
        self.question.setText(confirmation_text(unit, code, self.finder.chosen_former_name()))
        self.explanation.setText(self._explanation(self.plan))
        self.change_button.setText(self.tr("Đổi đơn vị và thay khoá") if self.plan.sent else self.tr("Đổi đơn vị"))
        self._show(CONFIRM)

    def _explanation(self, plan: UnitChange) -> str:
        old, new = province_in_sentence(plan.old), province_in_sentence(plan.new)
        if not plan.sent:
            return self.tr(
                "Máy này chưa gửi tệp nào lên, nên đổi được ngay: mọi buổi, nhóm và tài liệu của máy chuyển "
                "sang %2. Trước khi đổi, dữ liệu được sao lưu."
            ).replace("%2", new)
        return (
            self.tr(
                "Máy này đã gửi tệp lên với tên %1. Sau khi đổi:\n"
                "• Ở đơn vị tổng hợp, các bản ghi đã gửi vẫn thuộc %1; ở máy này chúng cũng giữ tên %1.\n"
                "• Các buổi, nhóm ghi từ nay đứng tên %2.\n"
                "• Máy tạo khoá mới thay khoá cũ. Lần nhận tệp tới, đơn vị tổng hợp sẽ hỏi xác nhận khoá mới: "
                "hãy gọi điện đọc cho họ dấu vân tay mới.\n"
                "Trước khi đổi, dữ liệu được sao lưu."
            )
            .replace("%1", old)
            .replace("%2", new)
        )

    def apply(self) -> None:
        """The backup and the change run in the background; the dialog waits with its buttons off."""
        if self.plan is None:
            return
        code = self.plan.new.code

        def change(services: Services, _progress: Progress, _cancel: Cancel) -> UnitChange:
            return services.identity.change_unit(code)

        for b in (self.back_button, self.change_button, self.close_button):
            b.setEnabled(False)
        self.error.hide()
        self.working.show()
        run_call(self.runner, self.services, change, on_done=self._changed, on_failed=self._failed, owner=self)

    def _changed(self, change: UnitChange) -> None:
        self.change = change
        self.services.identity.reread()  # the change was made on the worker's own connection
        lines = [self.tr("Máy này đã là của %1.").replace("%1", province_in_sentence(change.new))]
        if change.sent:
            lines.append(
                self.tr("Khoá mới, dấu vân tay: %1 — đọc dãy này cho đơn vị tổng hợp khi họ hỏi.").replace(
                    "%1", change.fingerprint
                )
            )
        else:
            lines.append(self.tr("%Ln bản ghi đã chuyển sang đơn vị mới.", "", change.records_moved))
        lines.append(self.tr("Bản sao lưu trước khi đổi: %1").replace("%1", change.backup))
        self.outcome.setText("\n\n".join(lines))
        self._enable_buttons()
        self._show(DONE)

    def _failed(self, failure: Failure) -> None:
        self._enable_buttons()
        self.error.setText(failure.message)
        self.error.show()

    def _enable_buttons(self) -> None:
        self.working.hide()
        for b in (self.back_button, self.change_button, self.close_button):
            b.setEnabled(True)

    def _refuse(self, exc: SotayError) -> None:
        self.error.setText(i18n.error_text(exc))
        self.error.show()

    def _close(self) -> None:
        if self.change is not None:
            self.accept()
        else:
            self.reject()

    def done(self, result: int) -> None:
        """However the dialog closes (Đóng, Esc, the window's ×), a change made is announced."""
        super().done(result)
        if self.change is not None:
            self.sig_changed.emit()
