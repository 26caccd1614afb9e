"""How the library page is built: filters | list | reader, side by side (``LibraryPage`` is the logic)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ....core.filters import MAX_QUERY_CHARS
from ....services import Services
from ...models import DocumentTableModel, SearchHitModel
from ...widgets import Banner, button, heading, with_keys
from ...workers import Runner
from .doc_extras import DocumentExtras
from .key_points_draft import KeyPointsDraftPanel
from .search_hits import HtmlDelegate

if TYPE_CHECKING:  # what the mixin builds on: the page's own Qt class
    _Widget = QWidget
else:
    _Widget = object


class LibraryLayout(_Widget):
    """The widgets of ``LibraryPage`` (a mixin: it builds them on the page itself)."""

    services: Services
    runner: Runner | None

    def _make_widgets(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Tìm trong tài liệu (có dấu hoặc không dấu)…  Ctrl+F"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(with_keys(self.tr("Tìm trong tài liệu"), "Ctrl+F"))
        self.search.setMaxLength(MAX_QUERY_CHARS)  # the search reads no further
        self.history = QStringListModel(self.services.identity.preference("library.history", []), self)
        completer = QCompleter(self.history, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.setCompleter(completer)
        self.topic = QComboBox()
        self.topic.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.topic.setMinimumContentsLength(10)  # long topic names must not widen the filter pane
        self.topic.setEditable(True)
        self.topic.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        topic_completer = self.topic.completer()
        if topic_completer is not None:  # an editable combo box has one
            topic_completer.setFilterMode(Qt.MatchFlag.MatchContains)
            topic_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.required = QCheckBox(self.tr("Chỉ tài liệu bắt buộc"))
        self.unread = QCheckBox(self.tr("Chỉ tài liệu chưa đọc"))
        self.valid = QCheckBox(self.tr("Còn hiệu lực"))
        self.valid.setChecked(True)
        self.add_button = button(self.tr("Thêm tài liệu…"), "add")
        self.drop_hint = QLabel(self.tr("Hoặc kéo thả tệp PDF, DOCX, TXT, ảnh vào đây."))
        self.drop_hint.setObjectName("hint")
        self.drop_hint.setWordWrap(True)
        self.banner = Banner(self)

        self.doc_model = DocumentTableModel(self)
        self.hit_model = SearchHitModel(self)
        self.list = QTableView()
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(True)
        self.list.setModel(self.doc_model)
        self.hit_delegate = HtmlDelegate(SearchHitModel.HTML_ROLE, self.list)
        self.count = QLabel()

        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.extras = DocumentExtras(self.services)
        self.read_button = button(self.tr("Đánh dấu đã đọc"), "read")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Ghi chú riêng của bạn (chỉ lưu trên máy này)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.note_button = button(self.tr("Lưu ghi chú"), "save")
        self.note_state = QLabel()
        self.note_state.setObjectName("hint")
        self.edit_button = button(self.tr("Sửa thông tin…"), keys="F2")
        self.delete_button = button(self.tr("Xoá tài liệu"), "delete")
        self.key_points_draft = KeyPointsDraftPanel(self.services, self.runner, self.banner)

    def _lay_out(self) -> None:
        filters = QWidget()
        fl = QVBoxLayout(filters)
        fl.setContentsMargins(12, 8, 8, 8)
        fl.addWidget(heading(self.tr("Lọc"), 2))
        fl.addWidget(QLabel(self.tr("Chuyên đề")))
        fl.addWidget(self.topic)
        for w in (self.required, self.unread, self.valid):
            fl.addWidget(w)
        fl.addSpacing(12)
        fl.addWidget(self.add_button)
        fl.addWidget(self.drop_hint)
        fl.addStretch(1)
        middle = QWidget()
        ml = QVBoxLayout(middle)
        ml.setContentsMargins(8, 8, 8, 8)
        ml.addWidget(self.search)
        ml.addWidget(self.list, 1)
        ml.addWidget(self.count)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(8, 8, 12, 8)
        rl.addWidget(self.reader, 1)
        rl.addWidget(self.key_points_draft)
        rl.addWidget(self.extras)
        row = QHBoxLayout()
        row.addWidget(self.read_button)
        row.addWidget(self.key_points_draft.draft_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        rl.addLayout(row)
        rl.addWidget(self.note)
        row2 = QHBoxLayout()
        row2.addWidget(self.note_button)
        row2.addWidget(self.note_state, 1)
        rl.addLayout(row2)
        self.splitter = QSplitter()
        for pane in (filters, middle, right):
            self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        fm = self.fontMetrics()
        self.splitter.setSizes([fm.horizontalAdvance("M") * 11, fm.horizontalAdvance("M") * 34, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QVBoxLayout()
        top.setContentsMargins(12, 8, 12, 0)
        top.addWidget(heading(self.tr("Thư viện tài liệu")))
        top.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
