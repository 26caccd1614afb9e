"""Corrections in the library page: the edit form, delete with a few seconds to undo, and the note
kept when the reader moves on (``LibraryPage`` mixes this in)."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QPushButton, QWidget

from ....core.errors import SotayError
from ....core.records import Document
from ....services import Services
from ... import i18n
from ...widgets import Banner, with_keys
from .edit_form import DocumentForm

if TYPE_CHECKING:  # what the mixin builds on: the page's own Qt class
    _Widget = QWidget
else:
    _Widget = object

UNDO_S = 10  # how long "Hoàn tác" stays offered after a deletion


class LibraryEditing(_Widget):
    """Edit, delete and undo, and the note saved on leaving a document."""

    services: Services
    current: Document | None
    banner: Banner
    note: QPlainTextEdit
    note_state: QLabel
    edit_button: QPushButton
    delete_button: QPushButton
    sig_changed: Signal

    def refresh(self) -> None: ...
    def reload_topics(self) -> None: ...
    def select_document(self, doc_id: str | None) -> None: ...

    def _make_undo(self) -> None:
        self.deleted: Document | None = None
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.setInterval(UNDO_S * 1000)
        self.undo_timer.timeout.connect(self._undo_expired)
        self.banner.sig_action.connect(self._banner_action)

    def _show_editing(self, doc: Document | None) -> None:
        """The buttons for this document: a document from above opens its form read-only."""
        own = doc is not None and self.services.library.editable(doc)
        self.edit_button.setEnabled(doc is not None)
        self.edit_button.setText(self.tr("Sửa thông tin…") if own or doc is None else self.tr("Xem thông tin…"))
        self.delete_button.setEnabled(own)
        self.delete_button.setToolTip(
            with_keys(self.delete_button.text(), self.tr("Delete trong danh sách"))
            if own or doc is None
            else self.tr("Tài liệu của cấp trên: chỉ đơn vị ban hành xoá được.")
        )

    def edit_current(self) -> None:
        if self.current is None:
            return
        form = DocumentForm(self.services, self.current, self)
        if not self.open_form(form) or form.saved is None:
            return
        self.reload_topics()
        self.refresh()
        self.select_document(form.saved.id)
        self.banner.show_message(self.tr("Đã lưu tài liệu “%1”.").replace("%1", form.saved.title), "success")
        self.sig_changed.emit()

    @staticmethod
    def open_form(form: DocumentForm) -> bool:
        """Shows the form until it is saved or closed; tests replace it."""
        return form.exec() == QDialog.DialogCode.Accepted

    def delete_current(self) -> None:
        doc = self.current
        if doc is None or not self.services.library.editable(doc):
            return
        self.keep_note()
        try:
            self.services.library.delete(doc.id)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.deleted = doc
        self.current = None
        self.refresh()
        self.banner.show_message(
            self.tr("Đã xoá tài liệu “%1”.").replace("%1", doc.title), "info", (("undo", self.tr("Hoàn tác")),)
        )
        self.undo_timer.start()
        self.sig_changed.emit()

    def _banner_action(self, key: str) -> None:
        if key != "undo" or self.deleted is None:
            return
        self.undo_timer.stop()
        restored, self.deleted = self.deleted, None
        try:
            self.services.library.restore(restored.id)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.refresh()
        self.select_document(restored.id)
        self.banner.show_message(self.tr("Đã khôi phục tài liệu “%1”.").replace("%1", restored.title), "success")
        self.sig_changed.emit()

    def _undo_expired(self) -> None:
        if self.deleted is not None and self.banner.action_button("undo") is not None:
            self.banner.hide()
        self.deleted = None

    def keep_note(self) -> None:
        """Saves the note of the document being left when it was changed: a note typed and not
        saved is never lost, and "Đã lưu ghi chú" says it was kept."""
        doc = self.current
        text = self.note.toPlainText()
        if doc is None or text == doc.note:
            return
        try:
            self.services.library.set_note(doc.id, text)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.current = dataclasses.replace(doc, note=text)
        self.note_state.setText(self.tr("Đã lưu ghi chú cho “%1”.").replace("%1", doc.title))
