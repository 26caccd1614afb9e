"""The orientation table of an aggregator's report page (under its topics, the tab bar being full):
its communes × the period's orientation topics, each cell ticked when a talk of the period received
from that commune covered the topic."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from ....core.orientation import Priority
from ....services import Services
from ....services.orientation import Coverage
from ....services.reports import Period
from ... import i18n
from ...widgets import button
from ...workers import Failure, Runner, run_call
from ..orientation_form import OrientationForm
from .models import RowsModel
from .sorting import report_table


class OrientationTab(QWidget):
    def __init__(self, services: Services, runner: Runner | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.runner = runner
        self.title = QLabel(self.tr("Định hướng tuyên truyền: chủ đề đã có buổi, theo đơn vị"))
        self.title.setObjectName("h2")
        self.issue_button = button(self.tr("Ra định hướng…"), "send")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.summary = QLabel()  # how many units covered every high-priority topic
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.model = RowsModel(self)
        self.proxy, self.view = report_table(self.model)
        self.period: Period | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.issue_button)
        layout.addLayout(head)
        layout.addWidget(self.note)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.issue_button.clicked.connect(self.open_form)

    def open_form(self) -> OrientationForm:
        """The form for issuing a period's orientation (window-modal, returns at once); the table
        is counted again after each save."""
        form = OrientationForm(self.services, self.runner, self)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        form.sig_saved.connect(lambda _code: self.show_period(self.period) if self.period else None)
        form.open()
        return form

    def show_period(self, period: Period) -> None:
        """Count the coverage of ``period``'s orientation (a month or a quarter) in the worker."""
        self.period = period
        self.summary.hide()
        self.model.set_rows([], [])
        if period.kind not in ("month", "quarter"):
            self._say(self.tr("Định hướng ra theo tháng hoặc theo quý: hãy chọn một tháng hay một quý."))
            return
        self._say("")
        run_call(
            self.runner,
            self.services,
            lambda services, _progress, _cancel: services.orientation.coverage(period.code),
            on_done=self._show,
            on_failed=self._failed,
            owner=self,
        )

    def _show(self, coverage: Coverage) -> None:
        if not coverage.topics:
            self._say(self.tr("Chưa có định hướng cho kỳ này."))
            return
        n = len(coverage.topics)
        headers = [self.tr("Đơn vị")]
        for t in coverage.topics:
            headers.append(
                self.tr("%1 (ưu tiên cao)").replace("%1", t.topic) if t.priority is Priority.HIGH else t.topic
            )
        headers.append(self.tr("Đã có buổi"))
        rows = [[u.unit_name, *("✓" if done else "" for done in u.covered), f"{u.count}/{n}"] for u in coverage.units]
        self.model.set_rows(headers, rows)
        line = self.tr("%1/%2 đơn vị đã có buổi cho mọi chủ đề ưu tiên cao.") if coverage.high else ""
        line = line or self.tr("%1/%2 đơn vị đã có buổi cho mọi chủ đề định hướng.")
        self.summary.setText(
            line.replace("%1", i18n.number(coverage.all_high_covered())).replace("%2", i18n.number(len(coverage.units)))
        )
        self.summary.show()

    def _failed(self, failure: Failure) -> None:
        self._say(failure.message)

    def _say(self, text: str) -> None:
        """A line above the table, taking no room when there is nothing to say."""
        self.note.setText(text)
        self.note.setVisible(bool(text))


def under_topics(topics: QWidget, orientation: OrientationTab) -> QSplitter:
    """The topic table above the orientation table, the user moving the line between them."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(topics)
    splitter.addWidget(orientation)
    return splitter
