"""Under the reader: "Có gì thay đổi" when a pack brought a newer version of a document since it was
read (sentences and key points added and removed, in words, never colour alone), and "Tài liệu
tương tự", the library's documents most like it (a double click or Enter opens one)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from ....core.doc_changes import DocumentChanges
from ....core.records import Document
from ....services import Services
from ...models import _esc
from ...widgets import button

SIMILAR_SHOWN = 5


class DocumentExtras(QWidget):
    sig_open = Signal(str)  # the id of a similar document to open

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.changes: DocumentChanges | None = None

        # widgets
        self.changes_button = button(self.tr("Có gì thay đổi"))
        self.changes_button.setCheckable(True)
        self.changes_hint = QLabel()
        self.changes_hint.setObjectName("hint")
        self.changes_hint.setWordWrap(True)
        self.changes_view = QTextBrowser()
        self.changes_view.hide()
        self.similar_label = QLabel(self.tr("Tài liệu tương tự"))
        self.similar = QListWidget()
        self.similar.setMaximumHeight(self.fontMetrics().lineSpacing() * (SIMILAR_SHOWN + 1))

        # layout
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.changes_button, 0, Qt.AlignmentFlag.AlignLeft)
        row.addWidget(self.changes_hint, 1)
        layout.addLayout(row)
        layout.addWidget(self.changes_view, 1)
        layout.addWidget(self.similar_label)
        layout.addWidget(self.similar)

        # signals
        self.changes_button.toggled.connect(self.changes_view.setVisible)
        self.similar.itemActivated.connect(self._open)

    def show_for(self, doc: Document | None) -> None:
        """What changed since read and the similar documents, for the document in the reader."""
        self.changes = self.services.library.changes_since_read(doc.id) if doc is not None else None
        changed = self.changes is not None and self.changes.changed
        self.changes_button.setChecked(False)
        for widget in (self.changes_button, self.changes_hint):
            widget.setVisible(changed)
        if self.changes is not None and changed:
            self.changes_hint.setText(self.tr("Tài liệu đã có bản mới kể từ lần bạn đọc."))
            self.changes_view.setHtml(self._changes_html(self.changes))
        self.similar.clear()
        found = self.services.library.similar(doc.id, SIMILAR_SHOWN) if doc is not None else []
        for other, _score in found:
            item = QListWidgetItem(other.title)
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            self.similar.addItem(item)
        self.similar_label.setVisible(bool(found))
        self.similar.setVisible(bool(found))

    def _changes_html(self, changes: DocumentChanges) -> str:
        parts = []
        sections = (
            (self.tr("Ý chính thêm"), "+", changes.points_added),
            (self.tr("Ý chính bỏ"), "−", changes.points_removed),
            (self.tr("Câu thêm"), "+", changes.added),
            (self.tr("Câu bỏ"), "−", changes.removed),
        )
        for heading, mark, lines in sections:
            if lines:
                parts.append(f"<h4>{_esc(heading)} ({len(lines)})</h4><ul>")
                parts += [f"<li>{mark} {_esc(line)}</li>" for line in lines]
                parts.append("</ul>")
        return "".join(parts)

    def lines(self) -> list[str]:
        """The change view's text, line by line (what a reader sees)."""
        return [line for line in self.changes_view.toPlainText().splitlines() if line.strip()]

    def _open(self, item: QListWidgetItem) -> None:
        """Opening rebuilds this list: done once the list has finished with the item."""
        doc_id = str(item.data(Qt.ItemDataRole.UserRole))
        QTimer.singleShot(0, lambda: self.sig_open.emit(doc_id))
