"""The exchange page's pack box, for an installation that sends documents down: tick documents of
its own library (or every document of a topic) and deleted ones whose deletion must reach the units
below (ticked at first when a unit is known to hold them), see what the pack carries and its size, save it to a
folder with ``services.exchange.export_pack`` (the call ``sotay pack export`` makes); then the packs
sent and who has read each document (``reads``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ....core.records import Document
from ....core.text import sort_key
from ....services import Services
from ....services.exchange import ExportResult
from ... import i18n
from ...widgets import Ask, button
from ...workers import Cancel, Failure, Progress, Runner, Worker, run_call
from .reads import PackReads

DOCUMENT_ROLE = Qt.ItemDataRole.UserRole


def size_text(size: int) -> str:
    """Bytes as a reader reads them: KB under a megabyte, else MB with one decimal."""
    if size < 1024 * 1024:
        return f"{i18n.number(max(1, round(size / 1024)))} KB"
    return f"{i18n.number(round(size / 1024 / 1024, 1))} MB"


def pack_call(document_ids: list[str], folder: Path) -> Callable[[Services, Progress, Cancel], ExportResult]:
    """Writes a pack of these documents into ``folder`` (for every unit below)."""

    def call(services: Services, progress: Progress, cancel: Cancel) -> ExportResult:
        return services.exchange.export_pack(document_ids=document_ids, to=folder)

    return call


class PackBox(QGroupBox):
    sig_saved = Signal()

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.worker: Worker | None = None
        self.saved: ExportResult | None = None
        self.deleted_seen: set[str] = set()  # deleted documents listed once: their ticks are the user's since

        # widgets
        self.setTitle(self.tr("Gửi tài liệu xuống các đơn vị"))
        hint = QLabel(
            self.tr(
                "Đánh dấu các tài liệu của đơn vị mình (hoặc chọn một chuyên đề) để đóng thành một gói. Gửi tệp "
                "gói qua Zalo hoặc USB; các đơn vị nhập nó như mọi tệp nhận được và báo lại khi đã đọc."
            )
        )
        hint.setWordWrap(True)
        self.topic = QComboBox()
        self.documents = QListWidget()
        self.documents.setMinimumHeight(self.fontMetrics().height() * 6)
        self.documents.setMaximumHeight(self.fontMetrics().height() * 10)  # the read counts stay in sight
        self.content = QLabel()
        self.content.setWordWrap(True)
        self.content.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.save_button = button(self.tr("Lưu gói vào thư mục…"), "save")
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder = button(self.tr("Mở thư mục"), "folder")
        self.open_folder.hide()
        self.reads = PackReads(services)

        # layout
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Chuyên đề:")))
        row.addWidget(self.topic, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.documents, 3)
        row.addWidget(self.content, 2)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.result, 1)
        row.addWidget(self.open_folder)
        layout.addLayout(row)
        layout.addWidget(self.reads)

        # signals
        self.topic.activated.connect(self.tick_topic)
        self.documents.itemChanged.connect(self.show_content)
        self.save_button.clicked.connect(self.choose_folder)
        self.open_folder.clicked.connect(self.open_saved_folder)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        self.refresh()  # each time the page opens: documents added in the library since
        super().showEvent(event)

    def refresh_if_shown(self) -> None:
        """After an import or an export (a commune's page never shows this box, nor reads for it)."""
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """The library's own documents (ticks kept), their topics, the packs sent and who read what."""
        ticked = set(self.chosen())
        docs = self.services.packs.documents()
        self.documents.blockSignals(True)
        self.documents.clear()
        for doc in docs:
            self.documents.addItem(self._item(doc, doc.id in ticked))
        self._list_deleted(ticked)
        self.documents.blockSignals(False)
        self.topic.clear()
        self.topic.addItem(self.tr("— đánh dấu mọi tài liệu của một chuyên đề —"), "")
        for name in sorted({t for d in docs for t in d.topics}, key=sort_key):
            self.topic.addItem(name, name)
        if not self.documents.count():
            self.content.setText(self.tr("Thư viện chưa có tài liệu nào do đơn vị mình ban hành."))
        else:
            self.show_content()
        self.reads.refresh()

    def _list_deleted(self, ticked: set[str]) -> None:
        """The deleted documents under a heading; one is ticked the first time it is listed when a
        unit below is known to hold it (a read receipt), so that unit deletes it too."""
        deleted = self.services.packs.deleted_documents()
        if not deleted:
            return
        heading = QListWidgetItem(self.tr("Tài liệu đã xoá (gửi để các đơn vị cũng xoá):"))
        heading.setFlags(Qt.ItemFlag.NoItemFlags)
        self.documents.addItem(heading)
        for doc in deleted:
            first_time = doc.id not in self.deleted_seen
            item = QListWidgetItem(self.tr("Đã xoá: %1").replace("%1", doc.title))
            item.setData(DOCUMENT_ROLE, doc.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, ())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            tick = doc.id in ticked or (first_time and doc.readers > 0)
            item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)
            self.documents.addItem(item)
            self.deleted_seen.add(doc.id)

    def _item(self, doc: Document, ticked: bool) -> QListWidgetItem:
        issued = f" ({i18n.date(doc.issued_on)})" if doc.issued_on else ""
        item = QListWidgetItem(doc.title + issued)
        item.setData(DOCUMENT_ROLE, doc.id)
        item.setData(Qt.ItemDataRole.UserRole + 1, tuple(doc.topics))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        return item

    def chosen(self) -> list[str]:
        """The ids of the ticked documents, in the list's order."""
        items = (self.documents.item(n) for n in range(self.documents.count()))
        return [
            i.data(DOCUMENT_ROLE) for i in items if i.data(DOCUMENT_ROLE) and i.checkState() == Qt.CheckState.Checked
        ]

    def tick_topic(self, index: int) -> None:
        """Ticks every document of the chosen topic (the others keep their ticks)."""
        name = self.topic.itemData(index)
        if not name:
            return
        self.documents.blockSignals(True)
        for n in range(self.documents.count()):
            item = self.documents.item(n)
            if name in (item.data(Qt.ItemDataRole.UserRole + 1) or ()):
                item.setCheckState(Qt.CheckState.Checked)
        self.documents.blockSignals(False)
        self.show_content()

    def show_content(self, _item: QListWidgetItem | None = None) -> None:
        """What the pack of the ticked documents carries and its size, before anything is written."""
        ids = self.chosen()
        self.save_button.setEnabled(bool(ids) and self.worker is None)
        if not ids:
            self.content.setText(self.tr("Chưa chọn tài liệu nào."))
            return
        pack = self.services.packs.preview(ids)
        lines = [
            self.tr("Gói gồm %Ln tài liệu, %2 tệp đính kèm, khoảng %3:", "", len(pack.titles))
            .replace("%2", i18n.number(pack.attachments))
            .replace("%3", size_text(pack.size))
        ]
        lines += [f"• {title}" for title in pack.titles]
        if pack.deleted:
            lines.append(self.tr("và xoá %Ln tài liệu ở các đơn vị nhận gói:", "", len(pack.deleted)))
            lines += [f"• {title}" for title in pack.deleted]
        self.content.setText("\n".join(lines))

    def choose_folder(self) -> None:
        folder = Ask.folder(self, self.tr("Chọn thư mục hoặc USB để lưu gói tài liệu"))
        if folder is not None:
            self.save_to(folder)

    def save_to(self, folder: Path) -> None:
        ids = self.chosen()
        if not ids:
            return
        self.save_button.setEnabled(False)
        self.open_folder.hide()
        self.result.setText(self.tr("Đang tạo gói…"))
        self.worker = run_call(
            self.runner,
            self.services,
            pack_call(ids, folder),
            on_done=self._saved,
            on_failed=self._failed,
            unexpected="%1",
        )

    def _saved(self, result: ExportResult) -> None:
        self.worker, self.saved = None, result
        self.save_button.setEnabled(bool(self.chosen()))
        self.result.setText(
            self.tr("Đã lưu gói: %1 (%2, %3 tài liệu)\nThư mục: %4")
            .replace("%1", result.path.name)
            .replace("%2", size_text(result.size))
            .replace("%3", i18n.number(result.counts.get("documents", 0)))
            .replace("%4", str(result.path.parent))
        )
        self.open_folder.show()
        self.reads.refresh()
        self.sig_saved.emit()

    def _failed(self, failure: Failure) -> None:
        self.worker = None
        self.save_button.setEnabled(bool(self.chosen()))
        self.result.setText(self.tr("Chưa lưu được gói: %1").replace("%1", failure.message))

    def open_saved_folder(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved.path.parent)))
