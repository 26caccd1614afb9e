"""Titles of added files from their content, read in the text reader's child process: a DOCX's
declared title or first heading, a PDF's metadata title or its largest line. The files are made at
test time (python-docx, QPdfWriter, a PDF in the standard Helvetica): nothing depends on fonts."""

from __future__ import annotations

import io

from desktop_app.storage.extract import read_texts


def _docx(paragraphs, title: str = "") -> bytes:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = docx.Document()
    document.core_properties.title = title
    for text, kind in paragraphs:
        if kind == "heading":
            document.add_heading(text, level=1)
            continue
        p = document.add_paragraph()
        p.add_run(text).bold = kind == "bold-centred"
        if kind == "bold-centred":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _pdf(lines: list[tuple[int, str]], title: str = "") -> bytes:
    """One page in the standard Helvetica (no font file involved), each line at its own size."""
    from pypdf import PdfWriter
    from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

    writer = PdfWriter()
    page = writer.add_blank_page(width=600, height=800)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): writer._add_object(font)})}
    )
    y, ops = 760, []
    for size, text in lines:
        ops.append(f"BT /F1 {size} Tf 40 {y} Td ({text}) Tj ET")
        y -= size + 10
    stream = DecodedStreamObject()
    stream.set_data("\n".join(ops).encode())
    page[NameObject("/Contents")] = writer._add_object(stream)
    if title:
        writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _qt_pdf_with_title(title: str) -> bytes:
    """A PDF written by Qt with a metadata title and no text at all (so no font is needed)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    painter = QPainter(writer)
    painter.drawRect(10, 10, 100, 100)
    painter.end()
    buffer.close()
    return bytes(data.data())


def _title(data: bytes, media: str, name: str) -> str:
    from desktop_app.core.doc_title import choose_title

    return choose_title(read_texts([(data, media)])[0].titles, name)


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_docx_titles_from_properties_heading_or_bold_centred_line_never_the_date():
    date_first = [("16/02/2024 10:14 GMT+7", "plain"), ("Xuất bản thông tin", "plain")]
    heading = _docx([*date_first, ("Kế hoạch tuyên truyền chuyển đổi số", "heading"), ("Nội dung.", "plain")])
    centred = _docx([*date_first, ("Hướng dẫn phân loại rác thải", "bold-centred"), ("Nội dung.", "plain")])
    declared = _docx([*date_first, ("Nội dung.", "plain")], title="Đề cương tuyên truyền Tháng hành động")
    assert _title(heading, DOCX, "chithi.docx") == "Kế hoạch tuyên truyền chuyển đổi số"
    assert _title(centred, DOCX, "chithi.docx") == "Hướng dẫn phân loại rác thải"
    assert _title(declared, DOCX, "chithi.docx") == "Đề cương tuyên truyền Tháng hành động"
    assert _title(_docx([("16/02/2024", "plain")]), DOCX, "chithi.docx") == "Chithi"


def test_pdf_titles_from_metadata_or_the_largest_line(qapp):
    pdf = "application/pdf"
    large = _pdf(
        [(9, "16/02/2024 10:14 GMT+7"), (10, "Xuat ban thong tin"), (20, "Ke hoach tuyen truyen"), (11, "Body")]
    )
    assert _title(large, pdf, "scan_0001.pdf") == "Ke hoach tuyen truyen"
    assert _title(_pdf([(12, "16/02/2024 10:14")], title="Chi thi 30-CT/TW"), pdf, "x.pdf") == "Chi thi 30-CT/TW"
    assert _title(_qt_pdf_with_title("Huong dan 155-HD/BTGTW"), pdf, "x.pdf") == "Huong dan 155-HD/BTGTW"
    assert _title(b"%PDF-1.4 broken", pdf, "bao_cao_thang.pdf") == "Bao cao thang"


def test_an_added_file_takes_its_title_from_its_content(services, tmp_path):
    path = tmp_path / "chithi.docx"
    path.write_bytes(_docx([("16/02/2024 10:14 GMT+7", "plain"), ("Chỉ thị về tuyên truyền miệng", "heading")]))
    assert services.library.add_document([path]).title == "Chỉ thị về tuyên truyền miệng"
    text = tmp_path / "ghi-chu.txt"
    text.write_text("16/02/2024 10:14 GMT+7\nXuất bản thông tin\nPhòng chống lừa đảo qua mạng\n", encoding="utf-8")
    assert services.library.add_document([text]).title == "Phòng chống lừa đảo qua mạng"
