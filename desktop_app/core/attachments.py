"""Which attached files are accepted: the type read from the bytes, and a name that cannot lie.

A file's name and the type a sender declares are claims; the first bytes are evidence. An
attachment is accepted only when its bytes are one of a few types a cadre reads (PDF, DOCX, plain
text, PNG, JPEG, GIF, WebP), its name carries no control or bidirectional-override character
(``Thong bao\\u202efdp.exe`` shows as "Thong baoexe.pdf"), and its extension and any declared type
agree with the bytes. Pure functions over bytes: the same rule for ``library add`` and for import.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
import zlib
from pathlib import PurePosixPath

from .errors import ValidationError

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEXT = "text/plain"
PNG = "image/png"
JPEG = "image/jpeg"
GIF = "image/gif"
WEBP = "image/webp"

# type -> the extensions a name of that type may have; the first one names the viewer's copy
EXTENSIONS: dict[str, tuple[str, ...]] = {
    PDF: (".pdf",),
    DOCX: (".docx",),
    TEXT: (".txt", ".md"),
    PNG: (".png",),
    JPEG: (".jpg", ".jpeg"),
    GIF: (".gif",),
    WEBP: (".webp",),
}
IMAGES = frozenset((PNG, JPEG, GIF, WEBP))  # phones often save one image type under another's name

MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
MAX_NAME_CHARS = 255
# A DOCX is a ZIP: its parts are checked from the central directory before anything inflates them.
MAX_DOCX_PARTS = 2000
MAX_DOCX_UNPACKED = 256 * 1024 * 1024  # all parts together, as declared
MAX_DOCX_RATIO = 100  # real Word XML compresses 5-20:1; a bomb 1000:1
RATIO_FLOOR = 1024 * 1024  # small parts (styles, a page of spaces) may compress better; they cost nothing

BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")
_TEXT_CONTROLS = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f]")  # tab, LF, VT, FF, CR, DOS EOF are text
_WINDOWS_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"COM{n}" for n in range(1, 10)] + [f"LPT{n}" for n in range(1, 10)]
)
_UNSAFE_STEM = re.compile(r"[^\w\- ()]+")


class AttachmentRefused(ValidationError):
    """An attached file is not accepted; ``reason`` is a stable code, the message says what to do."""

    code = "attachment"

    def __init__(self, reason: str, message: str, detail: str) -> None:
        super().__init__(message, detail, field="file")
        self.reason = reason


def shown_name(name: str) -> str:
    """The name without its control, invisible and direction characters, as it is safe to show."""
    return "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf"))


def check_name(name: str) -> None:
    """A name shown to readers must read as what it is: no control, invisible or direction character."""
    shown = shown_name(name)
    if not name or len(name) > MAX_NAME_CHARS:
        raise AttachmentRefused(
            "bad_name",
            f"Tên tệp “{shown[:80]}” rỗng hoặc dài quá {MAX_NAME_CHARS} ký tự.",
            f"attachment name has {len(name)} characters (1..{MAX_NAME_CHARS})",
        )
    bidi = sorted({f"U+{ord(ch):04X}" for ch in name if ch in BIDI_CONTROLS})
    if bidi:
        raise AttachmentRefused(
            "bidi_name",
            f"Tên tệp “{shown}” chứa ký tự đảo chiều chữ ({', '.join(bidi)}), "
            "thường dùng để giả đuôi tệp (ví dụ tệp .exe trông như .pdf). Tệp bị từ chối.",
            f"attachment name contains bidirectional control {', '.join(bidi)}",
        )
    hidden = sorted({f"U+{ord(ch):04X}" for ch in name if unicodedata.category(ch) in ("Cc", "Cf")})
    if hidden:
        raise AttachmentRefused(
            "control_name",
            f"Tên tệp “{shown}” chứa ký tự điều khiển hoặc ký tự ẩn "
            f"({', '.join(hidden)}). Hãy đổi tên tệp rồi thêm lại.",
            f"attachment name contains control character {', '.join(hidden)}",
        )
    if "/" in name or "\\" in name or name.strip(" .") == "":
        raise AttachmentRefused(
            "bad_name",
            f"Tên tệp “{name}” không hợp lệ (chứa đường dẫn).",
            "attachment name contains a path separator or only dots",
        )


def detect_type(data: bytes) -> str:
    """The type the bytes are, from their first bytes (and a DOCX's parts); anything else is refused."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith((b"GIF87a", b"GIF89a")):
        return GIF
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data.startswith(b"PK\x03\x04"):
        check_docx(data)
        return DOCX
    if _is_text(data):
        return TEXT
    raise AttachmentRefused(
        "unsupported_type",
        "Loại tệp không được chấp nhận: nội dung tệp không phải PDF, DOCX, "
        f"văn bản (TXT) hay ảnh (PNG, JPEG, GIF, WebP){_known_hint(data)}.",
        f"content is not an allowed type (starts with {data[:8]!r})",
    )


def _known_hint(data: bytes) -> str:
    if data.startswith(b"MZ"):
        return " mà là chương trình chạy được (.exe)"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return " mà là tài liệu Word/Excel cũ (.doc, .xls): hãy lưu lại thành DOCX hoặc PDF"
    return ""


def _is_text(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            decoded = data.decode("utf-16")
        except UnicodeDecodeError:
            return False
        return _TEXT_CONTROLS.search(decoded.encode("utf-8")) is None
    return _TEXT_CONTROLS.search(data) is None


# Everything zipfile may raise on a damaged or hostile archive: catch the family, not one type.
ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    EOFError,
    ValueError,
    OSError,
    KeyError,
    UnicodeDecodeError,
    RuntimeError,
    zlib.error,
    IndexError,
    OverflowError,
    TypeError,
)


def check_docx(data: bytes, max_part: int = MAX_DOCX_UNPACKED) -> None:
    """A Word document, not any ZIP: ``word/document.xml`` present, no duplicate part, and the
    declared sizes (which bound what inflating may produce) and ratios of a document, not of a bomb."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            parts = archive.infolist()
    except ZIP_ERRORS as exc:
        raise AttachmentRefused(
            "damaged_docx", "Tệp DOCX bị hỏng (không đọc được phần nén).", f"damaged zip: {type(exc).__name__}: {exc}"
        ) from exc
    names = [p.filename for p in parts]
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise AttachmentRefused(
            "not_docx",
            "Tệp nén ZIP này không phải tài liệu Word (DOCX).",
            "zip without word/document.xml or [Content_Types].xml",
        )
    if len(parts) > MAX_DOCX_PARTS or len(set(names)) != len(names):
        raise AttachmentRefused(
            "damaged_docx",
            "Tệp DOCX có cấu trúc bất thường (quá nhiều phần hoặc phần trùng tên).",
            f"{len(parts)} parts, {len(parts) - len(set(names))} duplicated",
        )
    total = sum(p.file_size for p in parts)
    largest = max(parts, key=lambda p: p.file_size)
    bomb = next(
        (p for p in parts if p.file_size > RATIO_FLOOR and p.file_size > MAX_DOCX_RATIO * max(p.compress_size, 1)), None
    )
    if total > MAX_DOCX_UNPACKED or largest.file_size > max_part or bomb is not None:
        worst = bomb or largest
        raise AttachmentRefused(
            "docx_bomb",
            "Tệp DOCX giải nén ra quá lớn so với kích thước tệp (có thể là “bom nén”): bị từ chối để bảo vệ máy.",
            f"{worst.filename}: {worst.file_size} bytes from {worst.compress_size}, all parts {total} bytes",
        )


def check_attachment(name: str, data: bytes, declared: str | None = None) -> str:
    """The checked type of a named file; refuses a bad name, type, extension or declared type."""
    check_name(name)
    if len(data) > MAX_ATTACHMENT_BYTES:
        raise AttachmentRefused(
            "too_large",
            f"Tệp “{name}” lớn quá 50 MB.",
            f"attachment has {len(data)} bytes, limit {MAX_ATTACHMENT_BYTES}",
        )
    media = detect_type(data)
    suffix = PurePosixPath(name).suffix.lower()
    if not _agrees(suffix, media):
        allowed = ", ".join(ext for exts in EXTENSIONS.values() for ext in exts)
        raise AttachmentRefused(
            "extension_mismatch",
            f"Đuôi tệp “{name}” không khớp với nội dung "
            f"({label(media)}). Chỉ nhận các đuôi {allowed} đúng với nội dung tệp.",
            f"extension {suffix or '(none)'} but content is {media}",
        )
    if declared is not None and declared != media and not (declared in IMAGES and media in IMAGES):
        raise AttachmentRefused(
            "declared_mismatch",
            f"Tệp “{name}” ghi là {label(declared)} nhưng nội dung là {label(media)}.",
            f"declared {declared[:100]} but content is {media}",
        )
    return media


def _agrees(suffix: str, media: str) -> bool:
    if suffix in EXTENSIONS[media]:
        return True
    return media in IMAGES and any(suffix in EXTENSIONS[m] for m in IMAGES)


def label(media: str) -> str:
    """A short name of a type for messages: PDF, DOCX, văn bản, ảnh PNG…"""
    names = {
        PDF: "PDF",
        DOCX: "DOCX",
        TEXT: "văn bản",
        PNG: "ảnh PNG",
        JPEG: "ảnh JPEG",
        GIF: "ảnh GIF",
        WEBP: "ảnh WebP",
    }
    return names.get(media, media[:100])


def viewer_name(filename: str, media: str) -> str:
    """The name of the copy handed to the system viewer: a plain stem and the checked type's
    extension, never the sender's (a ``.pdf.exe`` opens as ``.pdf`` or not at all)."""
    stem = PurePosixPath(filename.replace("\\", "/")).name
    stem = stem[: -len(PurePosixPath(stem).suffix)] if PurePosixPath(stem).suffix else stem
    stem = _UNSAFE_STEM.sub("_", unicodedata.normalize("NFC", shown_name(stem))).strip(" ._")[:80] or "tep-dinh-kem"
    if stem.upper() in _WINDOWS_RESERVED:
        stem += "_"
    return stem + EXTENSIONS[media][0]
