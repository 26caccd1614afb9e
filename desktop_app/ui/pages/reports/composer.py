"""Soạn báo cáo: the written sections of the report shown on the page, each starting from a draft
written from the figures; the officer's text saved per unit and period; what the units below wrote
in the same section, side by side, with a button that pulls a passage in with the unit named; and a
live preview of the whole document (the same model the DOCX, PDF and print lay out).

Unsaved edits are what the preview, the exports and the print carry: what is on screen goes out.
Building another period keeps them, per unit and period, for as long as the window is open: built
again, that period shows them (marked "Có thay đổi chưa lưu"), so no edit is lost without a question
and none is saved without the officer's "Lưu".
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....core.errors import SotayError
from ....services import Services
from ....services.reports import SECTION_KEYS, BuiltReport, DocOptions, SavedSection
from ... import i18n
from ...widgets import button
from .doc_fields import DocumentFields

PREVIEW_DELAY_MS = 300  # the preview follows typing once the typing pauses


class ReportComposer(QWidget):
    sig_saved = Signal(str)  # the key of the section saved

    def __init__(self, services: Services, motto: QComboBox, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.motto = motto  # the page's choice of style (Party or State)
        self.built: BuiltReport | None = None
        self.texts: dict[str, str] = {}  # what each section says now (saved, draft or being edited)
        self.drafts: dict[str, str] = {}
        self.saved: dict[str, SavedSection] = {}
        self.passages: list[SavedSection] = []
        self.unsaved: dict[tuple[str, object], dict[str, str]] = {}  # (unit, period) -> edited sections
        self.writable = False
        self.preview_stale = False  # the report or the text changed while the composer was not shown
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        # widgets
        self.inner = QTabWidget()
        self.section_list = QListWidget()
        for key in SECTION_KEYS:
            item = QListWidgetItem(self._title(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.section_list.addItem(item)
        self.section_title = QLabel()
        self.section_title.setObjectName("h2")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.save_button = button(self.tr("Lưu phần này"), primary=True)
        self.draft_button = button(self.tr("Dùng bản nháp"))
        self.below_label = QLabel(self.tr("Các đơn vị cấp dưới đã viết trong phần này:"))
        self.below = QTableWidget(0, 2)
        self.below.setHorizontalHeaderLabels([self.tr("Đơn vị"), self.tr("Nội dung")])
        self.below.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.below.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.below.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.below.setWordWrap(True)
        self.pull_button = button(self.tr("Đưa vào báo cáo"))
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.fields = DocumentFields(services)
        # layout
        editing = QWidget()
        column = QVBoxLayout(editing)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.section_title)
        column.addWidget(self.state)
        actions = QHBoxLayout()  # above the editor: in reach on a short screen at a large text size
        actions.addWidget(self.save_button)
        actions.addWidget(self.draft_button)
        actions.addStretch(1)
        column.addLayout(actions)
        column.addWidget(self.editor, 3)
        column.addWidget(self.below_label)
        column.addWidget(self.below, 2)
        pull = QHBoxLayout()
        pull.addStretch(1)
        pull.addWidget(self.pull_button)
        column.addLayout(pull)
        editing_area = QScrollArea()  # short at 150 % text: the column scrolls, the page keeps its height
        editing_area.setWidgetResizable(True)
        editing_area.setFrameShape(QFrame.Shape.NoFrame)
        editing_area.setWidget(editing)
        splitter = QSplitter()
        splitter.addWidget(self.section_list)
        splitter.addWidget(editing_area)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        width = self.section_list.fontMetrics().horizontalAdvance("Đội ngũ báo cáo viên, tuyên truyền viên")
        splitter.setSizes([width + 30, 2 * width, 2 * width])
        self.inner.addTab(splitter, self.tr("Các phần"))
        self.inner.addTab(self.fields, self.tr("Thông tin văn bản"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inner)
        # signals
        self.section_list.currentRowChanged.connect(self._show_section)
        self.editor.textChanged.connect(self._edited)
        self.save_button.clicked.connect(self.save_section)
        self.draft_button.clicked.connect(self.use_draft)
        self.pull_button.clicked.connect(self.pull_selected)
        self.below.itemSelectionChanged.connect(self._update_buttons)
        self.fields.sig_changed.connect(self.preview_timer.start)
        self.motto.currentIndexChanged.connect(self.preview_timer.start)
        self.preview_timer.timeout.connect(self.refresh_preview)
        self._update_buttons()

    def _title(self, key: str) -> str:
        return {
            "general": self.tr("Tình hình chung"),
            "leadership": self.tr("Lãnh đạo, chỉ đạo"),
            "conferences": self.tr("Hội nghị báo cáo viên"),
            "force": self.tr("Đội ngũ báo cáo viên, tuyên truyền viên"),
            "opinion": self.tr("Dư luận xã hội, tâm trạng nhân dân"),
            "assessment": self.tr("Ưu điểm, hạn chế, nguyên nhân"),
            "direction": self.tr("Phương hướng thời gian tới"),
            "recommendations": self.tr("Kiến nghị, đề xuất"),
        }[key]

    @property
    def key(self) -> str:
        item = self.section_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else SECTION_KEYS[0]

    # --- the report shown --------------------------------------------------------------------------

    def set_built(self, built: BuiltReport) -> None:
        """The page built a report: its saved sections, its drafts, what the units below wrote, and the
        edits not saved when this period was last shown."""
        if self.built is not None:
            self._keep_unsaved()
        self.built, report = built, built.report
        self.writable = self.services.reports.can_write_sections(report.unit_code)
        self.drafts = self.services.reports.drafts(report, built.status)
        self.saved = self.services.reports.saved_sections(report.unit_code, report.period)
        self.texts = {key: self._stored(key) for key in SECTION_KEYS}
        self.texts.update(self.unsaved.pop((report.unit_code, report.period), {}))
        self.editor.setReadOnly(not self.writable)
        if self.section_list.currentRow() < 0:
            self.section_list.setCurrentRow(0)
        else:
            self._show_section(self.section_list.currentRow())
        self.refresh_preview()

    def _stored(self, key: str) -> str:
        """A section as it stands without edits: its saved text, else the draft from the figures."""
        return self.saved[key].text if key in self.saved else self.drafts[key]

    def _keep_unsaved(self) -> None:
        """The sections of the report shown whose text differs from what is stored, kept aside."""
        assert self.built is not None
        edited = {key: text for key, text in self.texts.items() if text != self._stored(key)}
        if edited:
            self.unsaved[(self.built.report.unit_code, self.built.report.period)] = edited

    def doc_options(self) -> DocOptions | None:
        """The document as the window shows it: the fields, the style and every section's text now."""
        if self.built is None:
            return None
        return self.services.reports.document_options(
            self.built.report,
            self.motto.currentData(),
            status=self.built.status,
            sections=self.texts,
            **self.fields.values(),
        )

    def refresh_preview(self) -> None:
        """The preview (and the fields' unit wording) drawn again, once the composer is on screen."""
        if not self.isVisible():
            self.preview_stale = True
            return
        self.preview_stale = False
        options = self.doc_options()
        if self.built is None or options is None:
            return
        self.fields.show_unit_wording(self.services.reports.document_options(self.built.report, options.motto))
        bar = self.preview.verticalScrollBar()
        kept = bar.value()
        self.preview.setHtml(self.services.reports.preview_html(self.built, options))
        bar.setValue(kept)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.preview_stale:
            self.refresh_preview()

    # --- one section -------------------------------------------------------------------------------

    def _show_section(self, row: int) -> None:
        if row < 0 or self.built is None:
            return
        key = SECTION_KEYS[row]
        self.section_title.setText(self._title(key))
        self.editor.blockSignals(True)
        self.editor.setPlainText(self.texts.get(key, ""))
        self.editor.blockSignals(False)
        report = self.built.report
        self.passages = self.services.reports.sections_below(report.unit_code, report.period, key)
        self.below.setRowCount(len(self.passages))
        for n, passage in enumerate(self.passages):
            self.below.setItem(n, 0, QTableWidgetItem(passage.unit_name))
            self.below.setItem(n, 1, QTableWidgetItem(passage.text))
        self.below.resizeRowsToContents()
        shown = bool(self.passages) and self.writable
        for widget in (self.below_label, self.below, self.pull_button):
            widget.setVisible(shown)
        self._show_state()
        self._update_buttons()

    def _show_state(self) -> None:
        key = self.key
        if not self.writable:
            text = self.tr("Báo cáo của đơn vị khác: các phần do đơn vị đó viết và gửi lên (chỉ xem).")
        elif key in self.saved and self.texts.get(key) == self.saved[key].text:
            text = self.tr("Đã lưu.")
        elif key in self.saved or self.texts.get(key) != self.drafts.get(key):
            text = self.tr("Có thay đổi chưa lưu.")
        elif self.drafts.get(key):
            text = self.tr("Bản nháp viết từ số liệu: sửa rồi bấm “Lưu phần này”.")
        else:
            text = self.tr("Số liệu chưa có gì cho phần này: phần để trống sẽ không có trong báo cáo.")
        self.state.setText(text)

    def _update_buttons(self) -> None:
        key = self.key
        self.save_button.setEnabled(self.writable and self.built is not None)
        self.draft_button.setEnabled(
            self.writable and self.built is not None and self.texts.get(key) != self.drafts.get(key)
        )
        self.pull_button.setEnabled(self.writable and bool(self.below.selectionModel().selectedRows()))

    def _edited(self) -> None:
        self.texts[self.key] = self.editor.toPlainText()
        self._show_state()
        self._update_buttons()
        self.preview_timer.start()

    def show_error(self, exc: SotayError) -> None:
        self.state.setText(i18n.error_text(exc))

    def save_section(self) -> None:
        if self.built is None:
            return
        report, key = self.built.report, self.key
        try:
            self.services.reports.save_section(report.unit_code, report.period, key, self.texts[key])
        except SotayError as exc:
            self.show_error(exc)
            return
        self.saved = self.services.reports.saved_sections(report.unit_code, report.period)
        self.texts[key] = self.saved[key].text
        self._show_state()
        self._update_buttons()
        self.sig_saved.emit(key)

    def use_draft(self) -> None:
        """Back to the draft from the figures (a saved text is withdrawn)."""
        if self.built is None:
            return
        report, key = self.built.report, self.key
        try:
            self.services.reports.clear_section(report.unit_code, report.period, key)
        except SotayError as exc:
            self.show_error(exc)
            return
        self.saved.pop(key, None)
        self.editor.setPlainText(self.drafts[key])

    def pull_selected(self) -> None:
        """The selected units' passages, each with its unit named, added at the end of the section."""
        rows = sorted(index.row() for index in self.below.selectionModel().selectedRows())
        quoted = [self.services.reports.quote(self.passages[row]) for row in rows]
        if not quoted:
            return
        current = self.editor.toPlainText().rstrip()
        self.editor.setPlainText("\n".join([current, *quoted] if current else quoted))
