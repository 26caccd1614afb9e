"""Tài liệu: the library searches as the person types, without Enter, in a worker; an answer that
arrives after the text changed again is not shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.ui.pages.library.page import found_documents


def library(window):
    window.open_page("library")
    return window.pages["library"]


def shown(page):
    return [page.hit_model.record(r).ref_id for r in range(page.hit_model.rowCount())]


def test_two_letters_typed_show_the_documents_without_enter(window, demo_services, qtbot):
    page = library(window)
    page.search.setFocus()
    with qtbot.waitSignal(page.timer.timeout, timeout=5000):
        qtbot.keyClicks(page.search, "ng")
    assert page.typed_search is not None  # asked in a worker: the window goes on taking keys
    qtbot.waitUntil(lambda: page.typed_search is None and page.list.model() is page.hit_model, timeout=20000)
    expected = [h.ref_id for h in demo_services.library.search("ng", ("document",), limit=100)]
    assert expected and shown(page) == expected
    assert "“ng”" in page.count.text()


def test_a_word_typed_with_or_without_accents_finds_the_same(window, qtbot):
    page = library(window)
    results = []
    for text in ("nghị qu", "nghi qu"):
        page.search.setText(text)  # as an input method delivers it (QTest types Latin-1 only)
        qtbot.waitUntil(lambda t=text: f"“{t}”" in page.count.text(), timeout=20000)
        results.append(shown(page))
    assert results[0] and results[0] == results[1]


def test_an_answer_for_text_since_changed_is_not_shown(window, demo_services, qtbot):
    page = library(window)
    page.search.setText("nghi quyet")
    page.run_search()
    before = shown(page)
    stale = found_documents(demo_services, "ng", page.filter())
    assert stale and [h.ref_id for h in stale] != before
    page._typed_found("ng", stale)
    assert shown(page) == before


def test_clearing_the_box_lists_every_document_again(window, qtbot):
    page = library(window)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "t")
    qtbot.waitUntil(lambda: page.list.model() is page.hit_model, timeout=20000)
    page.search.selectAll()
    qtbot.keyClick(page.search, Qt.Key.Key_Delete)
    assert page.list.model() is page.doc_model and page.typed_search is None
