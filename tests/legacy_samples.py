"""Legacy Vietnamese samples made from Unicode text with the program's own tables: a mixed DOCX
(Unicode, TCVN3 and VNI runs, an upper-case ".VnTimeH" heading) and text files."""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.legacy_encoding import TCVN3, VNI, encode

HEADING = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
UNICODE_RUN = "Phần gõ Unicode: tuyên truyền miệng ở thôn. "
TCVN3_RUN = "Người dân được phổ biến về bảo hiểm xã hội tự nguyện."
VNI_RUN = " Lừa đảo trực tuyến qua điện thoại tăng mạnh."
CONVERTED_RUN = "Đã chuyển sang Unicode nhưng vẫn để phông .VnTime, có chữ á và à."
PASSAGE = (
    "Nghị quyết về chuyển đổi số: người dân được hướng dẫn thủ tục hành chính trực tuyến, "
    "giá cả ổn định, đất đai và bồi thường giải phóng mặt bằng được công khai."
)


def mixed_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    heading = document.add_paragraph().add_run(encode(HEADING, TCVN3, upper_font=True))
    heading.font.name = ".VnTimeH"
    paragraph = document.add_paragraph()
    for text, font in ((UNICODE_RUN, "Times New Roman"), (encode(TCVN3_RUN, TCVN3), ".VnTime")):
        paragraph.add_run(text).font.name = font
    paragraph.add_run(encode(VNI_RUN, VNI)).font.name = "VNI-Times"
    document.add_paragraph().add_run(CONVERTED_RUN).font.name = ".VnTime"  # converted, font left as it was
    document.save(path)
    return path


def legacy_text_file(path: Path, encoding: str, text: str = PASSAGE) -> Path:
    """A text file as an old editor saved it: the legacy font's bytes."""
    path.write_bytes(encode(text, encoding).encode("latin-1"))
    return path


def legacy_pdf(path: Path, encoding: str, text: str = PASSAGE) -> Path:
    """A PDF whose text was typed in a legacy font: its bytes drawn through a Windows-1252 font, as
    an old file printed to PDF without the font's Unicode map reads."""
    import hostile_files

    line = encode(text, encoding).encode("latin-1")
    path.write_bytes(
        hostile_files.pdf([b"BT /F1 8 Tf 5 100 Td (" + line + b") Tj ET"], font_encoding=b"/WinAnsiEncoding")
    )
    return path


def unsure_text_file(path: Path) -> Path:
    """Half its words in TCVN3 and half in VNI: no reading makes it Vietnamese."""
    words = PASSAGE.split()
    half = len(words) // 2
    text = encode(" ".join(words[:half]), TCVN3) + " " + encode(" ".join(words[half:]), VNI)
    path.write_bytes(text.encode("latin-1"))
    return path
