"""The fingerprint sheet as a PDF: one A4 page with the title, the installation, the date, and a
row per unit (official name, code, fingerprint in four groups of four, an empty column to tick),
read back through the text layer with whitespace removed so no installed font changes the result."""

from __future__ import annotations

import datetime as dt

import pytest
from pdf_text import read_pdf, squeeze
from pypdf import PdfReader
from PySide6.QtGui import QPageSize

from desktop_app.reports.key_sheet import HEADERS, KeySheet, SheetRow, to_html, write_pdf

ROWS = tuple(SheetRow(f"Xã Thử Nghiệm {n}", f"3{n:04d}", " ".join(f"{n:04X}" for _ in range(4))) for n in range(1, 21))
SHEET = KeySheet("Đồng Tháp", "P82", dt.date(2026, 11, 1), ROWS)


@pytest.fixture(autouse=True)
def _one_qt_application(qapp):
    """The PDF needs Qt's GUI module; the one QApplication of the session (pytest-qt) serves it, so a
    later GUI test never meets a second application (which aborts)."""
    return qapp


def test_twenty_units_fit_one_a4_page_and_read_back_whole(tmp_path):
    path = write_pdf(SHEET, tmp_path / "dau-van-tay.pdf")
    pdf = read_pdf(path)
    assert len(pdf.raw_pages) == 1
    width, height = (float(v) for v in PdfReader(str(path)).pages[0].mediabox[2:])
    a4 = QPageSize(QPageSize.PageSizeId.A4).sizePoints()
    assert (round(width), round(height)) == (a4.width(), a4.height())
    text = pdf.text
    assert squeeze("DANH SÁCH ĐỐI CHIẾU DẤU VÂN TAY KHÓA") in text
    assert squeeze("Đơn vị xác nhận: Đồng Tháp (mã P82)") in text and "01/11/2026" in text
    assert all(squeeze(h) in text for h in HEADERS)
    order = [text.index(squeeze(f"{r.unit_name}{r.unit_code}{r.fingerprint}")) for r in ROWS]
    assert order == sorted(order)  # each row whole, in the order given
    assert "DANH" in pdf.title


def test_fingerprints_are_set_in_the_fixed_pitch_family_and_the_tick_column_is_empty():
    html = to_html(SHEET, "Serif", "Mono Family")
    assert html.count("font-family:&quot;Mono Family&quot;") == len(ROWS)
    assert html.count("<td></td></tr>") == len(ROWS)
