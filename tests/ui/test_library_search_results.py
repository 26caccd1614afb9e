"""Tài liệu: search results that show why they matched, in the window: an attachment's passage
named in the list and shown in the reader, near words ranked first."""

from __future__ import annotations

import docx


def library(window):
    window.open_page("library")
    page = window.pages["library"]
    page.valid.setChecked(False)
    return page


def test_a_match_in_an_attachment_shows_its_passage_in_the_list_and_the_reader(window, demo_services, tmp_path):
    document = docx.Document()
    document.add_paragraph("Mục 3. Phòng chống cháy nổ mùa khô tại khu dân cư và chợ.")
    path = tmp_path / "phu-luc-3.docx"
    document.save(path)
    doc = demo_services.library.add_document([path], title="Kế hoạch tháng 3", body="Theo phụ lục.")
    page = library(window)
    page.search.setText("chay no mua kho")
    page.run_search()
    assert page.hit_model.record(0).ref_id == doc.id
    html = page.hit_model.index(0, 0).data(page.hit_model.HTML_ROLE)
    assert "Trong tệp phu-luc-3.docx" in html and "mùa" in html and "ffe08a" in html
    reader = page.reader.toPlainText()
    assert "Đoạn khớp trong tệp “phu-luc-3.docx”" in reader and "cháy nổ mùa khô" in reader
    assert page.reader.textCursor().selectedText() == "cháy"  # the first match, selected


def test_near_words_come_first_in_the_list(window, demo_services):
    far = demo_services.library.add_document(
        title="Đảng viên gương mẫu, Ủy ban nhân dân", body="Đảng bộ và nhân dân cùng Ủy ban thực hiện."
    )
    near = demo_services.library.add_document(title="Kế hoạch tháng 5", body="Đảng ủy xã lãnh đạo tuyên truyền.")
    page = library(window)
    page.search.setText("dang uy")
    page.run_search()
    order = [page.hit_model.record(r).ref_id for r in range(page.hit_model.rowCount())]
    assert order.index(near.id) < order.index(far.id)
