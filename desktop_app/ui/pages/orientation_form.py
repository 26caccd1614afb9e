"""The aggregator's form for issuing a period's orientation (định hướng tuyên truyền): its topics
with their priority, key dates, briefing documents picked from the library, the formats expected
and a due date; saved, changed or withdrawn as a whole, then sent down in a pack. Opened from the
orientation table of the Báo cáo page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.enums import TalkFormat
from ...core.errors import SotayError
from ...core.orientation import Priority
from ...core.text import fold
from ...services import Services
from ...services.exchange import ExportResult
from ...services.orientation import parse_key_dates
from .. import i18n
from ..widgets import Ask, button
from ..workers import Cancel, Failure, Progress, Runner, run_call

DATA = Qt.ItemDataRole.UserRole


class OrientationForm(QDialog):
    sig_saved = Signal(str)  # the period's code, after a save or a withdrawal

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.priority_labels = {Priority.HIGH: self.tr("ưu tiên cao"), Priority.NORMAL: self.tr("thường")}

        # widgets
        self.setWindowTitle(self.tr("Ra định hướng tuyên truyền"))
        self.period = QComboBox()
        for period in services.orientation.period_choices():
            self.period.addItem(i18n.period_label(period), period.code)
        self.topic = QLineEdit()
        self.topic.setPlaceholderText(self.tr("Gõ tên chủ đề, Enter để thêm"))
        completer = QCompleter(services.talks.topic_choices(), self.topic)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.topic.setCompleter(completer)
        self.high = QCheckBox(self.tr("Ưu tiên cao"))
        self.topics = QListWidget()
        self.remove_topic = button(self.tr("Bỏ chủ đề"), "delete")
        self.day = QLineEdit()
        self.day.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.day_label = QLineEdit()
        self.day_label.setPlaceholderText(self.tr("Tên ngày, Enter để thêm"))
        self.key_dates = QListWidget()
        self.remove_day = button(self.tr("Bỏ ngày"), "delete")
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("dd/mm/yyyy"))
        for short in (self.day, self.due):
            short.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 9)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm tài liệu trong thư viện"))
        self.search.setClearButtonEnabled(True)
        self.documents = QListWidget()
        self.formats = {f: QCheckBox(i18n.format_label(f)) for f in TalkFormat}
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.save_button = button(self.tr("Lưu định hướng"), primary=True)
        self.send_button = button(self.tr("Gửi xuống…"), "send")
        self.withdraw_button = button(self.tr("Rút định hướng của kỳ"), "undo")
        self.close_button = button(self.tr("Đóng"))
        for lists in (self.topics, self.key_dates, self.documents):
            lists.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            lists.setMinimumHeight(self.fontMetrics().height() * 4)
            lists.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # long names end in "…"

        # layout
        topics = QGroupBox(self.tr("Chủ đề"))
        tl = QVBoxLayout(topics)
        row = QHBoxLayout()
        row.addWidget(self.topic, 1)
        row.addWidget(self.high)
        tl.addLayout(row)
        tl.addWidget(self.topics, 1)
        tl.addWidget(self.remove_topic, 0, Qt.AlignmentFlag.AlignLeft)
        days = QGroupBox(self.tr("Ngày cần nhớ"))
        dl = QVBoxLayout(days)
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.day_label, 1)
        dl.addLayout(row)
        dl.addWidget(self.key_dates, 1)
        dl.addWidget(self.remove_day, 0, Qt.AlignmentFlag.AlignLeft)
        docs = QGroupBox(self.tr("Tài liệu hướng dẫn"))
        docl = QVBoxLayout(docs)
        docl.addWidget(self.search)
        docl.addWidget(self.documents, 1)
        formats = QGroupBox(self.tr("Hình thức mong đợi"))
        fl = QGridLayout(formats)
        for n, box in enumerate(self.formats.values()):
            fl.addWidget(box, n // 2, n % 2)
        head = QFormLayout()
        head.addRow(self.tr("Kỳ"), self.period)
        head.addRow(self.tr("Hạn hoàn thành"), self.due)
        grid = QGridLayout()
        grid.addLayout(head, 0, 0)
        grid.addWidget(topics, 1, 0)
        grid.addWidget(days, 2, 0)
        grid.addWidget(docs, 0, 1, 2, 1)
        grid.addWidget(formats, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        actions = QHBoxLayout()
        for b in (self.save_button, self.send_button, self.withdraw_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.close_button)
        layout.addLayout(actions)
        screen = self.screen().availableGeometry()  # wide enough for long names, never past the screen
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(min(screen.width() - 2 * em, 80 * em), min(screen.height() - 2 * em, self.sizeHint().height()))

        # signals
        self.period.currentIndexChanged.connect(self.load)
        self.topic.returnPressed.connect(self.add_topic)
        self.remove_topic.clicked.connect(lambda: self._take(self.topics))
        self.day_label.returnPressed.connect(self.add_key_date)
        self.day.returnPressed.connect(self.add_key_date)
        self.remove_day.clicked.connect(lambda: self._take(self.key_dates))
        self.search.textChanged.connect(self._filter)
        self.save_button.clicked.connect(self.save)
        self.send_button.clicked.connect(self.choose_folder)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.close_button.clicked.connect(self.close)
        for b in (self.save_button, self.send_button, self.withdraw_button, self.close_button):
            b.setAutoDefault(False)  # Enter in a field adds a topic or a day, never saves or closes
            b.setDefault(False)
        self._list_documents()
        self.load()

    @property
    def code(self) -> str:
        return str(self.period.currentData())

    def load(self) -> None:
        """The period's orientation as saved here, or an empty form for a new one."""
        saved = [
            t
            for t in self.services.orientation.list(self.code)
            if t.owner_unit == self.services.identity.installation.unit_code
        ]
        self.topics.clear()
        for t in saved:
            self._add_topic_item(t.topic, t.priority)
        self.key_dates.clear()
        for key in sorted({k for t in saved for k in t.key_dates}, key=lambda k: (k.on, k.label)):
            self._add_day_item(key.wire, f"{i18n.date(key.on)} — {key.label}")
        linked = {d for t in saved for d in t.document_ids}
        for n in range(self.documents.count()):
            item = self.documents.item(n)
            item.setCheckState(Qt.CheckState.Checked if item.data(DATA) in linked else Qt.CheckState.Unchecked)
        expected = {f for t in saved for f in t.formats}
        for fmt, box in self.formats.items():
            box.setChecked(fmt.value in expected)
        due = next((t.due_on for t in saved if t.due_on), None)
        self.due.setText(i18n.date(dt.date.fromisoformat(due)) if due else "")
        self.withdraw_button.setEnabled(bool(saved))
        self._say("")

    def add_topic(self) -> None:
        name = " ".join(self.topic.text().split())
        if not name:
            return
        priority = Priority.HIGH if self.high.isChecked() else Priority.NORMAL
        self._add_topic_item(name, priority)
        self.topic.clear()
        self.high.setChecked(False)

    def add_key_date(self) -> None:
        text = f"{self.day.text().strip()}:{self.day_label.text()}"
        try:
            (key,) = parse_key_dates((text,))
        except SotayError as exc:
            self._say(i18n.error_text(exc))
            return
        self._add_day_item(key.wire, f"{i18n.date(key.on)} — {key.label}")
        self.day.clear()
        self.day_label.clear()
        self.day.setFocus()
        self._say("")

    def save(self) -> bool:
        """Every field checked by the service before anything is written; the refusal said below."""
        try:
            topics = self.services.orientation.set_period(
                self.code,
                [(i.data(DATA), i.data(DATA + 1)) for i in _items(self.topics)],
                due_on=self.due.text(),
                document_ids=tuple(self.chosen_documents()),
                formats=tuple(f.value for f, box in self.formats.items() if box.isChecked()),
                key_dates=tuple(i.data(DATA) for i in _items(self.key_dates)),
            )
        except SotayError as exc:
            self._say(i18n.error_text(exc))
            return False
        self.withdraw_button.setEnabled(True)
        self._say(
            self.tr("Đã lưu định hướng %1: %2 chủ đề.")
            .replace("%1", self.period.currentText())
            .replace("%2", i18n.number(len(topics)))
        )
        self.sig_saved.emit(self.code)
        return True

    def withdraw(self) -> None:
        if not Ask.confirm(
            self,
            self.tr("Rút định hướng"),
            self.tr("Rút định hướng %1? Gói gửi xuống lần sau sẽ rút nó ở các đơn vị.").replace(
                "%1", self.period.currentText()
            ),
            self.tr("Rút định hướng"),
            self.tr("Huỷ"),
            default_no=True,
        ):
            return
        count = self.services.orientation.withdraw(self.code)
        self.load()
        self._say(self.tr("Đã rút %1 chủ đề. Hãy gửi gói xuống để các đơn vị cũng rút.").replace("%1", str(count)))
        self.sig_saved.emit(self.code)

    def choose_folder(self) -> None:
        """Saves the form, then writes the pack (the period's orientation and its documents)."""
        if not self.save():
            return
        folder = Ask.folder(self, self.tr("Chọn thư mục hoặc USB để lưu gói định hướng"))
        if folder is not None:
            self.send_to(folder)

    def send_to(self, folder: Path) -> None:
        code, ids = self.code, self.chosen_documents()

        def call(services: Services, _progress: Progress, _cancel: Cancel) -> ExportResult:
            return services.exchange.export_pack(orientation=code, document_ids=ids, to=folder)

        self.send_button.setEnabled(False)
        self._say(self.tr("Đang tạo gói…"))
        run_call(self.runner, self.services, call, on_done=self._sent, on_failed=self._failed, owner=self)

    def chosen_documents(self) -> list[str]:
        return [i.data(DATA) for i in _items(self.documents) if i.checkState() == Qt.CheckState.Checked]

    def _sent(self, result: ExportResult) -> None:
        self.send_button.setEnabled(True)
        self._say(
            self.tr("Đã lưu gói: %1\nThư mục: %2. Gửi tệp này cho các đơn vị qua Zalo hoặc USB.")
            .replace("%1", result.path.name)
            .replace("%2", str(result.path.parent))
        )

    def _failed(self, failure: Failure) -> None:
        self.send_button.setEnabled(True)
        self._say(failure.message)

    def _list_documents(self) -> None:
        for doc in self.services.library.documents():
            item = QListWidgetItem(doc.title)
            item.setToolTip(doc.title)
            item.setData(DATA, doc.id)
            item.setData(DATA + 1, fold(doc.title))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.documents.addItem(item)

    def _filter(self, text: str) -> None:
        """Documents whose title holds the words typed, accents and case aside; ticked ones stay."""
        words = fold(text).split()
        for item in _items(self.documents):
            ticked = item.checkState() == Qt.CheckState.Checked
            item.setHidden(not ticked and not all(w in item.data(DATA + 1) for w in words))

    def _add_topic_item(self, name: str, priority: Priority) -> None:
        shown = name if priority is Priority.NORMAL else f"{name} ({self.priority_labels[priority]})"
        item = QListWidgetItem(shown)
        item.setToolTip(shown)
        item.setData(DATA, name)
        item.setData(DATA + 1, priority.value)
        self.topics.addItem(item)

    def _add_day_item(self, wire: str, shown: str) -> None:
        if wire in {i.data(DATA) for i in _items(self.key_dates)}:
            return
        item = QListWidgetItem(shown)
        item.setToolTip(shown)
        item.setData(DATA, wire)
        self.key_dates.addItem(item)

    def _take(self, items: QListWidget) -> None:
        row = items.currentRow()
        if row >= 0:
            items.takeItem(row)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _items(items: QListWidget) -> list[QListWidgetItem]:
    return [items.item(n) for n in range(items.count())]
