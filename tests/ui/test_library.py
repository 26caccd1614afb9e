"""Tài liệu: search with and without diacritics, highlighted matches, read marks, notes, adding files."""

from __future__ import annotations

from desktop_app.ui.pages.library import highlight_html


def library(window):
    window.open_page("library")
    return window.pages["library"]


def test_search_with_and_without_diacritics_finds_the_same_document(window, qtbot):
    page = library(window)
    results = {}
    for query in ("lừa đảo", "lua dao", "LUA ĐAO"):
        page.search.setText(query)
        page.run_search()
        results[query] = [page.hit_model.record(r).title for r in range(page.hit_model.rowCount())]
    assert results["lừa đảo"] == results["lua dao"] == results["LUA ĐAO"]
    assert any("lừa đảo" in t for t in results["lua dao"])
    html = page.hit_model.index(0, 0).data(page.hit_model.HTML_ROLE)
    assert "<b>" in html
    assert "background:#ffe08a" in page.reader.toHtml() or "ffe08a" in page.reader.toHtml()
    assert "lừa đảo" in page.current.title


def test_enter_moves_into_the_results_and_remembers_the_query(window, qtbot):
    page = library(window)
    page.search.setText("chuyen doi so")
    page._enter()
    assert page.list.hasFocus() or page.list.selectionModel().selectedRows()
    assert page.history.stringList()[0] == "chuyen doi so"


def test_nothing_found_says_so(window):
    page = library(window)
    page.search.setText("khongcotu")
    page.run_search()
    assert page.hit_model.rowCount() == 0
    assert "Không tìm thấy" in page.count.text()


def test_filters_and_read_mark(window, demo_services):
    page = library(window)
    page.search.clear()
    page.required.setChecked(True)
    page.unread.setChecked(True)
    docs = page.doc_model.records()
    assert docs and all(d.required and not d.read_at for d in docs)
    page.list.selectRow(0)
    doc = page.current
    page.toggle_read()
    assert demo_services.library.document(doc.id).read_at
    page.refresh()
    assert doc.id not in [d.id for d in page.doc_model.records()]


def test_key_points_come_first_and_the_note_is_saved(window, demo_services):
    page = library(window)
    page.required.setChecked(False)
    page.unread.setChecked(False)
    page.list.selectRow(0)
    html = page.reader.toPlainText()
    assert html.index("Ý chính") < html.index("Nội dung")
    page.note.setPlainText("Ghi chú của tôi")
    page.save_note()
    assert demo_services.library.document(page.current.id).note == "Ghi chú của tôi"


def test_adding_a_file(window, qtbot, tmp_path, demo_services):
    page = library(window)
    f = tmp_path / "Huong_dan_phong_chong_bao_lu.txt"
    f.write_text("Hướng dẫn phòng, chống bão lũ năm 2026\nSơ tán người dân khỏi vùng nguy hiểm.", encoding="utf-8")
    before = len(demo_services.library.documents())
    page.add_files([f])
    qtbot.waitUntil(lambda: len(demo_services.library.documents()) == before + 1, timeout=5000)
    qtbot.waitUntil(lambda: "Đã thêm" in page.banner.label.text(), timeout=5000)
    page.search.setText("bao lu")
    page.run_search()
    assert page.hit_model.rowCount() >= 1


def test_opening_an_attachment_uses_the_system_viewer(window, qtbot, tmp_path, demo_services, monkeypatch):
    page = library(window)
    f = tmp_path / "dinh_kem.txt"
    f.write_text("Nội dung đính kèm", encoding="utf-8")
    doc = demo_services.library.add_document([f], title="Tài liệu có tệp")
    opened = []
    monkeypatch.setattr(type(page), "open_external", staticmethod(lambda p: opened.append(p) or True))
    page.open_document(doc.id)
    assert page.current.id == doc.id
    from PySide6.QtCore import QUrl

    page._anchor(QUrl(f"file:{doc.attachments[0].sha256}"))
    assert opened and opened[0].read_text(encoding="utf-8") == "Nội dung đính kèm"


def test_highlight_ignores_marks():
    html = highlight_html("Phòng, chống lừa đảo qua mạng", "lua dao")
    assert html.count("ffe08a") == 2
    assert "lừa" in html and "đảo" in html


def test_ctrl_f_and_ctrl_e(window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window.open_page("home")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "library"
    assert QApplication.focusWidget() is window.pages["library"].search
    QTest.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "exchange"
    assert QApplication.focusWidget() is window.pages["exchange"].send_button
