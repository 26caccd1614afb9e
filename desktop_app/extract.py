"""Text of attached files for search: PDF through pypdf, DOCX through python-docx, plain text."""

from __future__ import annotations

import io
import mimetypes
from pathlib import Path

MEDIA_TYPES = {
    ".pdf": "application/pdf",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".txt": "text/plain",
    ".md": "text/plain",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
}
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024


def media_type(path: Path) -> str | None:
    return MEDIA_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]


def decode_text(data: bytes) -> str:
    """Vietnamese text files come as UTF-8 (with or without BOM), UTF-16, or old Windows-1258."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace")


def extract_text(data: bytes, media: str) -> str:
    """Best effort: a file whose text cannot be read is still stored, just not searchable inside."""
    try:
        if media == "application/pdf":
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(data))
            return "\n".join((page.extract_text() or "") for page in reader.pages)
        if media == MEDIA_TYPES[".docx"]:
            import docx

            document = docx.Document(io.BytesIO(data))
            parts = [p.text for p in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    parts.append(" ".join(cell.text for cell in row.cells))
            return "\n".join(parts)
        if media.startswith("text/"):
            return decode_text(data)
    except Exception:  # noqa: BLE001 - any damaged attachment just has no searchable text
        return ""
    return ""
