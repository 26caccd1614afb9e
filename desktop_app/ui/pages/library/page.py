"""Tài liệu: filters | list | reader. Search as you type (in a worker, once typing pauses) ignores
accents and đ; matches are marked."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QHeaderView, QWidget

from ....core import attachments
from ....core.errors import SotayError
from ....core.filters import DocumentFilter
from ....core.records import Document, SearchHit
from ....services import Services
from ... import i18n
from ...models import ID_ROLE, RecordTableModel, _esc
from ...workers import Failure, Runner, Worker, run_call
from .adding import LibraryAdding
from .editing import LibraryEditing
from .page_layout import LibraryLayout
from .search_hits import MARK_COLOR, highlight_html
from .viewer_folder import ViewerFolder

HITS_SHOWN = 100


def found_documents(services: Services, text: str, doc_filter: DocumentFilter) -> list[SearchHit]:
    """The hits the list shows for ``text``: ranked documents, narrowed to the filters (the whole
    library is listed only when a filter narrows it)."""
    hits = services.library.search(text, kinds=("document",), limit=HITS_SHOWN)
    if doc_filter == DocumentFilter():
        return hits
    allowed = {d.id for d in services.library.documents(doc_filter)}
    return [h for h in hits if h.ref_id in allowed]


class LibraryPage(LibraryAdding, LibraryEditing, LibraryLayout, QWidget):
    sig_changed = Signal()

    def __init__(self, services: Services, runner: Runner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # attributes
        self.services = services
        self.runner = runner
        self.current: Document | None = None
        self.typed_search: Worker | None = None  # the search of what is typed, until it answers
        self.viewer_folder = ViewerFolder()
        ViewerFolder.remove_stale()
        self.setAcceptDrops(True)
        self.timer = QTimer(self)  # a search once typing pauses, in a worker
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)

        self._make_widgets()
        self._lay_out()
        self._make_undo()
        self._connect()
        self.reload_topics()
        self.refresh()

    def _connect(self) -> None:
        self.timer.timeout.connect(self.search_typed)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._enter)
        self.topic.currentIndexChanged.connect(self.refresh)
        for box in (self.required, self.unread, self.valid):
            box.toggled.connect(self.refresh)
        self.add_button.clicked.connect(self.choose_files)
        self.read_button.clicked.connect(self.toggle_read)
        self.note_button.clicked.connect(self.save_note)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_current)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.edit_current, Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Delete, self.list, self.delete_current, Qt.ShortcutContext.WidgetShortcut)
        self.reader.anchorClicked.connect(self._anchor)
        self.extras.sig_open.connect(self.open_document)
        self.list.selectionModel().selectionChanged.connect(self._selected)
        self.reader.anchorClicked.connect(self.key_points_draft.anchor_clicked)
        self.key_points_draft.sig_changed.connect(
            lambda doc_id: self.show_document(self.services.library.document(doc_id))
        )

    # --- listing and searching ------------------------------------------------------------------

    def reload_topics(self) -> None:
        current = self.topic.currentData()
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(self.tr("Mọi chuyên đề"), None)
        for t in self.services.library.topics():
            self.topic.addItem(t, t)
        self.topic.setCurrentIndex(max(self.topic.findData(current), 0))
        self.topic.blockSignals(False)

    def filter(self) -> DocumentFilter:
        return DocumentFilter(
            topic=self.topic.currentData(),
            required_only=self.required.isChecked(),
            unread_only=self.unread.isChecked(),
            valid_on=self.services.session.today if self.valid.isChecked() else None,
        )

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        if self.search.text().strip():
            self.run_search()
            return
        selected = self.current.id if self.current else None
        docs = self.services.library.documents(self.filter())
        self.list.setItemDelegateForColumn(0, self.list.itemDelegate())  # plain text again, not the hits' HTML
        self.doc_model.set_records(docs)
        if self.list.model() is not self.doc_model:
            self.list.setModel(self.doc_model)
            self.list.selectionModel().selectionChanged.connect(self._selected)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.show()
        self.list.resizeRowsToContents()
        self.count.setText(self.tr("%Ln tài liệu", "", len(docs)))
        self.select_document(selected or (docs[0].id if docs else None))

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self._drop_typed_search()
            self.refresh()
        else:
            self.timer.start()

    def _enter(self) -> None:
        self.timer.stop()
        self.run_search()
        text = self.search.text().strip()
        if text:
            items = [text] + [h for h in self.history.stringList() if h != text]
            self.history.setStringList(items[:10])
            self.services.identity.set_preference("library.history", items[:10])
        if self.hit_model.rowCount():
            self.list.setFocus()
            self.list.selectRow(0)

    def search_typed(self) -> None:
        """What is typed, searched in a worker: the box keeps taking keys, and an answer that
        arrives after the text changed again is dropped (its worker is cancelled)."""
        text = self.search.text().strip()
        if not text:
            return
        self._drop_typed_search()
        doc_filter = self.filter()
        self.typed_search = run_call(
            self.runner,
            self.services,
            lambda services, _progress, _cancel: found_documents(services, text, doc_filter),
            on_done=lambda hits: self._typed_found(text, hits),
            on_failed=self._search_failed,
            owner=self,
        )

    def _drop_typed_search(self) -> None:
        if self.typed_search is not None:
            self.typed_search.cancel()
            self.typed_search = None

    def _typed_found(self, text: str, hits: list[SearchHit]) -> None:
        self.typed_search = None
        if text == self.search.text().strip():
            self.show_hits(text, hits)

    def _search_failed(self, failure: Failure) -> None:
        self.typed_search = None
        self.banner.show_message(failure.message, "error")

    def run_search(self) -> None:
        """Searches at once (Enter, a filter changed): a search costs about a keystroke's budget."""
        text = self.search.text().strip()
        if not text:
            return
        self._drop_typed_search()
        self.show_hits(text, found_documents(self.services, text, self.filter()))

    def show_hits(self, text: str, hits: list[SearchHit]) -> None:
        self.hit_model.set_records(hits)
        if self.list.model() is not self.hit_model:
            self.list.setModel(self.hit_model)
            self.list.selectionModel().selectionChanged.connect(self._selected)
        self.list.setItemDelegateForColumn(0, self.hit_delegate)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list.horizontalHeader().hide()
        self.list.resizeRowsToContents()
        self.count.setText(
            self.tr("%Ln kết quả cho “%2”", "", len(hits)).replace("%2", text)
            if hits
            else self.tr("Không tìm thấy “%1”. Thử bỏ bớt từ.").replace("%1", text)
        )
        if hits:
            self.select_document(hits[0].ref_id)
        else:
            self.show_document(None)

    def shutdown(self) -> None:
        self.timer.stop()
        self._drop_typed_search()
        self.keep_note()
        self.viewer_folder.remove()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_document(self, doc_id: str | None) -> None:
        model = self.list.model()
        row = model.row_of(doc_id) if doc_id and isinstance(model, RecordTableModel) else -1
        if row >= 0:
            self.list.selectRow(row)
            self.list.scrollTo(model.index(row, 0))
        else:
            self.show_document(None)

    def open_document(self, doc_id: str) -> None:
        """From elsewhere (the overview): clear the search and filters that would hide it."""
        self.search.clear()
        self.required.setChecked(False)
        self.unread.setChecked(False)
        self.valid.setChecked(False)
        self.topic.setCurrentIndex(0)
        self.refresh()
        self.select_document(doc_id)

    def _selected(self, *_args: object) -> None:
        rows = self.list.selectionModel().selectedRows()
        doc_id = self.list.model().index(rows[0].row(), 0).data(ID_ROLE) if rows else None
        self.show_document(self.services.library.document(doc_id) if doc_id else None)

    # --- the reader -----------------------------------------------------------------------------

    def show_document(self, doc: Document | None) -> None:
        self.keep_note()
        self.current = doc
        for w in (self.read_button, self.note, self.note_button):
            w.setEnabled(doc is not None)
        self._show_editing(doc)
        self.extras.show_for(doc)
        self.key_points_draft.show_for(doc)
        if doc is None:
            empty = self.tr("Chọn một tài liệu trong danh sách.")
            self.reader.setHtml(f"<p>{_esc(empty)}</p>")
            self.note.clear()
            return
        q = self.search.text()
        meta = " · ".join(x for x in (doc.issuer, doc.number, i18n.date(doc.issued_on)) if x)
        parts = [f"<h2>{highlight_html(doc.title, q)}</h2>", f"<p style='color:#555'>{_esc(meta)}</p>"]
        tags = []
        if doc.required:
            tags.append(self.tr("Bắt buộc đọc"))
        if doc.valid_until:
            tags.append(
                (
                    self.tr("Hiệu lực đến %1")
                    if doc.valid_on(self.services.session.today)
                    else self.tr("Hết hiệu lực từ %1")
                ).replace("%1", i18n.date(doc.valid_until))
            )
        tags.append(self.tr("Đã đọc") if doc.read_at else self.tr("Chưa đọc"))
        if doc.topics:
            tags.append(self.tr("Chuyên đề: %1").replace("%1", ", ".join(doc.topics)))
        parts.append(f"<p><b>{_esc(' · '.join(tags))}</b></p>")
        hit = next((h for h in self.hit_model.records() if h.ref_id == doc.id), None) if q.strip() else None
        if hit is not None and hit.attachment:  # the passage that matched, which the reader does not show
            parts.append("<h3>" + _esc(self.tr("Đoạn khớp trong tệp “%1”").replace("%1", hit.attachment)) + "</h3>")
            parts.append(f"<p>{highlight_html(hit.snippet, q)}</p>")
        if doc.key_points:
            parts.append("<h3>" + _esc(self.tr("Ý chính")) + "</h3><ul>")
            parts += [f"<li>{highlight_html(p, q)}</li>" for p in doc.key_points]
            parts.append("</ul>")
        parts.append(self.key_points_draft.reader_section(doc))
        if doc.attachments:
            parts.append("<h3>" + _esc(self.tr("Tệp đính kèm")) + "</h3><ul>")
            parts += [
                f"<li><a href='file:{a.sha256}'>{_esc(attachments.shown_name(a.filename))}</a> "
                f"({i18n.number(max(1, a.size // 1024))} KB)</li>"
                for a in doc.attachments
            ]
            parts.append("</ul>")
        if doc.body:
            parts.append("<h3>" + _esc(self.tr("Nội dung")) + "</h3>")
            body = doc.body if len(doc.body) < 200_000 else doc.body[:200_000] + " …"
            parts += [f"<p>{highlight_html(p, q)}</p>" for p in body.split("\n") if p.strip()]
        self.reader.setHtml("".join(parts))
        self._scroll_to_first_match()
        self.read_button.setText(self.tr("Bỏ đánh dấu đã đọc") if doc.read_at else self.tr("Đánh dấu đã đọc"))
        self.note.setPlainText(doc.note)

    def _scroll_to_first_match(self) -> None:
        """Selects the first marked match in the reader and scrolls it into view."""
        document = self.reader.document()
        block = document.begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                fragment = fragments.fragment()
                if fragment.charFormat().background().color().name() == MARK_COLOR:
                    cursor = QTextCursor(document)
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                    self.reader.setTextCursor(cursor)
                    self.reader.ensureCursorVisible()
                    return
                fragments += 1
            block = block.next()

    def _anchor(self, url: QUrl) -> None:
        text = url.toString()
        if not text.startswith("file:") or self.current is None:
            return
        sha = text.split(":", 1)[1]
        attachment = next((a for a in self.current.attachments if a.sha256 == sha), None)
        if attachment is None:
            return
        try:
            data = self.services.library.attachment_data(sha)
            media = attachments.detect_type(data)  # again: files stored before the check existed
            target = self.viewer_folder.copy(sha, attachments.viewer_name(attachment.filename, media), data)
        except SotayError as exc:
            self.banner.show_message(self.tr("Không mở tệp: %1").replace("%1", i18n.error_text(exc)), "error")
            return
        except OSError as exc:
            self.banner.show_message(self.tr("Không chép được tệp để mở: %1").replace("%1", str(exc)), "error")
            return
        self.open_external(target)

    @staticmethod
    def open_external(path: Path) -> bool:
        """Opens a file in the system viewer; tests replace it."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def toggle_read(self) -> None:
        if self.current is None:
            return
        doc_id = self.current.id
        self.services.library.mark_read(doc_id, not self.current.read_at)
        self.show_document(self.services.library.document(doc_id))
        row = self.doc_model.row_of(doc_id)
        if self.list.model() is self.doc_model and row >= 0:
            records = self.doc_model.records()
            records[row] = self.current
            self.doc_model.set_records(records)
            self.list.selectRow(row)
        self.sig_changed.emit()

    def save_note(self) -> None:
        if self.current is None:
            return
        try:
            self.services.library.set_note(self.current.id, self.note.toPlainText())
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.current = dataclasses.replace(self.current, note=self.note.toPlainText())
        self.banner.show_message(self.tr("Đã lưu ghi chú."), "success")
