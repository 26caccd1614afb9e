"""Files made by the tests, hostile and harmless: PDFs written byte by byte, DOCX (a real one and a
ZIP bomb), an executable's header, the first bytes of each image type. No binary fixtures."""

from __future__ import annotations

import io
import zipfile

EXE = (
    b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    + b"\x00" * 44
    + b"\x80\x00\x00\x00"
    + (b"This program cannot be run in DOS mode.\r\r\n$" + b"\x00" * 64)
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"
GIF = b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"
WEBP = b"RIFF\x1a\x00\x00\x00WEBPVP8L\x0d\x00\x00\x00\x2f\x00\x00\x00\x10\x07\x10\x11\x11\x88\x88\xfe\x07\x00"


def pdf(page_contents: list[bytes], shared: bytes | None = None, font_encoding: bytes = b"") -> bytes:
    """A PDF with one page per content stream. With ``shared``, every page points at that one
    stream too: ``/Contents [shared own]``, or only the shared one where the page's own is empty.
    Objects: 1 catalog, 2 page tree, 3 font, then the shared stream, the pages' streams, the pages.
    ``font_encoding`` (e.g. ``b"/WinAnsiEncoding"``) is the font's ``/Encoding``, if any."""
    encoding = b" /Encoding " + font_encoding if font_encoding else b""
    objects: list[bytes] = [b"", b"", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica%s >>" % encoding]
    if shared is not None:
        objects.append(b"<< /Length %d >>\nstream\n" % len(shared) + shared + b"\nendstream")
    first_stream = len(objects) + 1
    for content in page_contents:
        objects.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    first_page = len(objects) + 1
    for n, content in enumerate(page_contents):
        own = b"%d 0 R" % (first_stream + n)
        contents = own if shared is None else b"[4 0 R %s]" % own if content else b"4 0 R"
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] "
            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %s >>" % contents
        )
    kids = b" ".join(b"%d 0 R" % (first_page + n) for n in range(len(page_contents)))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_contents))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def text_pdf(*pages: str) -> bytes:
    """A PDF whose pages show these (ASCII) texts."""
    return pdf([b"BT /F1 12 Tf 20 100 Td (%s) Tj ET" % p.encode("ascii") for p in pages])


def shared_stream_pdf(pages: int = 200, repeats: int = 150_000, own_streams: bool = True) -> bytes:
    """Many pages sharing one large content stream (about 2 MB of operators that show one short
    line): each page makes a reader parse all of it, seconds per page. With ``own_streams`` each
    page adds a tiny stream of its own, so a reader cannot tell the pages are the same."""
    content = b"BT /F1 12 Tf 20 100 Td (Phong chong lua dao) Tj " + b"1 0 0 1 0 0 Tm " * repeats + b"ET"
    return pdf([b"q Q" if own_streams else b""] * pages, shared=content)


def docx(text: str) -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def docx_paragraphs(count: int) -> bytes:
    """A real DOCX whose body is ``count`` short paragraphs written straight into document.xml:
    parsed whole, it costs python-docx hundreds of bytes of memory per paragraph."""
    with zipfile.ZipFile(io.BytesIO(docx(""))) as blank:
        members = {i.filename: blank.read(i) for i in blank.infolist()}
    body = b"".join(b"<w:p><w:r><w:t>tu%d</w:t></w:r></w:p>" % n for n in range(count))
    members["word/document.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body
        + b"</w:body></w:document>"
    )
    return zip_of(members)


def docx_bomb(unpacked_mb: int = 24) -> bytes:
    """A DOCX-shaped ZIP whose document.xml inflates about 1000:1 (a few tens of KB on disk)."""
    body = b"<w:p><w:r><w:t>" + b"a" * (unpacked_mb * 1024 * 1024) + b"</w:t></w:r></w:p>"
    return zip_of(
        {
            "[Content_Types].xml": b'<?xml version="1.0"?><Types/>',
            "word/document.xml": b'<?xml version="1.0"?><w:document><w:body>' + body + b"</w:body></w:document>",
        }
    )


def zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()
