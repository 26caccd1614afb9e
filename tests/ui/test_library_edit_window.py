"""Tài liệu, a library one can correct: the edit form, a document from above read-only, delete with
undo, a note never lost on moving on, the reader scrolled to the first match."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from desktop_app.core.records import Document
from desktop_app.core.text import fold
from desktop_app.storage import records_repo
from desktop_app.ui.pages.library import LibraryPage


def library(window) -> LibraryPage:
    window.open_page("library")
    page = window.pages["library"]
    page.search.clear()
    page.valid.setChecked(False)
    return page


def titles(page) -> list[str]:
    return [d.title for d in page.doc_model.records()]


def test_a_document_corrected_in_the_form_shows_in_the_list(window, demo_services, monkeypatch, qtbot):
    page = library(window)
    page.list.setFocus()
    page.list.selectRow(0)
    doc = page.current
    seen = []

    def fill_and_save(form):
        seen.append(form)
        form.title.setText("Chỉ thị 30-CT/TW về tuyên truyền miệng")
        form.issued.setText("05/02/2024")
        form.topics.setText("Tuyên truyền miệng; Chỉ thị")
        form.required.setChecked(True)
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        return form.result() == form.DialogCode.Accepted

    monkeypatch.setattr(LibraryPage, "open_form", staticmethod(fill_and_save))
    qtbot.keyClick(page.list, Qt.Key.Key_F2)
    assert seen and seen[0].editable and not seen[0].why.isVisible()
    assert "Chỉ thị 30-CT/TW về tuyên truyền miệng" in titles(page)
    assert page.current.id == doc.id and "Đã lưu tài liệu" in page.banner.text()
    stored = demo_services.library.document(doc.id)
    assert (stored.issued_on.isoformat(), stored.topics, stored.required) == (
        "2024-02-05",
        ("Tuyên truyền miệng", "Chỉ thị"),
        True,
    )
    assert page.topic.findData("Tuyên truyền miệng") >= 0  # the filter offers the new topic


def test_a_refused_correction_is_shown_at_the_field_and_stays_in_the_form(window, demo_services, monkeypatch):
    page = library(window)
    page.list.selectRow(0)
    before = demo_services.library.document(page.current.id)
    forms = []

    def wrong_date(form):
        forms.append(form)
        form.issued.setText("31/02/2024")
        form.save()
        return form.result() == form.DialogCode.Accepted

    monkeypatch.setattr(LibraryPage, "open_form", staticmethod(wrong_date))
    page.edit_current()
    field = forms[0].fields["issued_on"]
    assert not field.error.isHidden() and "không phải là ngày hợp lệ" in field.error.text()
    assert "Chưa lưu" in forms[0].summary.text()
    assert demo_services.library.document(before.id) == before


def test_a_document_from_above_opens_read_only_and_cannot_be_deleted(window, demo_services, monkeypatch):
    db = demo_services.session.db
    above = Document(id="01a00000-0000-7000-8000-000000000082", owner_unit="P82", hlc="", title="Xuất bản thông tin")
    records_repo.save_document(db, dataclasses.replace(above, hlc=demo_services.session.next_version()))
    page = library(window)
    page.open_document(above.id)
    assert page.current.id == above.id
    assert not page.delete_button.isEnabled() and "Xem thông tin" in page.edit_button.text()
    forms = []
    monkeypatch.setattr(LibraryPage, "open_form", staticmethod(lambda form: forms.append(form) or False))
    page.edit_current()
    form = forms[0]
    assert not form.editable and form.title.isReadOnly() and not form.required.isEnabled()
    assert form.save_button.isHidden()
    assert "Đồng Tháp" in form.why.text() and "ghi chú" in form.why.text()
    page.delete_current()
    assert demo_services.library.document(above.id).deleted is False
    page.note.setPlainText("Ghi chú cho tài liệu cấp trên")
    page.save_note()
    assert demo_services.library.document(above.id).note == "Ghi chú cho tài liệu cấp trên"


def test_delete_then_undo_from_the_banner(window, demo_services, qtbot):
    page = library(window)
    page.list.setFocus()
    page.list.selectRow(0)
    doc = page.current
    qtbot.keyClick(page.list, Qt.Key.Key_Delete)
    assert doc.title not in titles(page) and demo_services.library.document(doc.id).deleted
    assert "Đã xoá tài liệu" in page.banner.text()
    undo = page.banner.action_button("undo")
    assert undo is not None and undo.text() == "Hoàn tác"
    assert page.undo_timer.isActive() and page.undo_timer.interval() == 10_000
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert doc.title in titles(page) and page.current.id == doc.id
    assert not demo_services.library.document(doc.id).deleted and "Đã khôi phục" in page.banner.text()


def test_the_undo_offer_ends_after_its_time(window, demo_services):
    page = library(window)
    page.list.selectRow(0)
    doc = page.current
    page.delete_current()
    page.undo_timer.timeout.emit()  # what the timer does after UNDO_S seconds
    assert page.banner.isHidden() and page.deleted is None
    assert demo_services.library.document(doc.id).deleted


def test_a_note_typed_and_not_saved_is_kept_when_another_document_is_selected(window, demo_services, qtbot):
    page = library(window)
    page.list.selectRow(0)
    first = page.current
    page.note.clear()
    qtbot.keyClicks(page.note, "Doc ky phan hai")
    page.list.selectRow(1)
    assert page.current.id != first.id
    assert demo_services.library.document(first.id).note == "Doc ky phan hai"
    assert "Đã lưu ghi chú" in page.note_state.text()
    page.list.selectRow(0)
    assert page.note.toPlainText() == "Doc ky phan hai"


def test_the_reader_scrolls_to_and_selects_the_first_match(window, demo_services, qtbot):
    filler = "\n".join(f"Đoạn {n}: nội dung chung về công tác tuyên truyền ở cơ sở." for n in range(120))
    demo_services.library.add_document(title="Đề cương dài", body=filler + "\nBảo vệ nền tảng tư tưởng của Đảng.")
    page = library(window)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    page.search.setText("nen tang tu tuong")
    page.run_search()
    assert page.current.title == "Đề cương dài"
    assert page.reader.verticalScrollBar().value() > 0
    assert fold(page.reader.textCursor().selectedText()) == "nen"


def test_a_note_typed_and_not_saved_is_kept_when_the_window_closes(window, demo_services):
    page = library(window)
    page.list.selectRow(0)
    doc = page.current
    page.note.setPlainText("Hỏi lại Ban về mục 3")
    window.close()
    assert demo_services.library.document(doc.id).note == "Hỏi lại Ban về mục 3"
