"""A document's title from what its file offers, best first: the title the file declares, its first
heading, its largest line, its first lines; never a date or time line nor a line every document of
its kind carries; the file name, cleaned, only when nothing else is a title."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from .text import fold, nfc

MAX_TITLE_CHARS = 300  # a longer "title" is a paragraph that was not split into lines

# A date or a time anywhere ("16/02/2024 10:14 GMT+7", "ngày 05 tháng 02 năm 2024", "2024-02-16").
_DATE_OR_TIME = re.compile(
    r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}:\d{2}\b|"
    r"\bngay \d{1,2} thang \d{1,2}\b|\bthang \d{1,2} nam \d{4}\b|\bgmt\b|\butc\b"
)
# Folded lines that head many documents and name none of them.
_GENERIC = {
    "xuat ban thong tin",
    "dang cong san viet nam",
    "cong hoa xa hoi chu nghia viet nam",
    "doc lap tu do hanh phuc",
    "ban tuyen giao va dan van",
    "ban tuyen giao",
    "ban dan van",
    "tai lieu",
    "tai lieu tuyen truyen",
    "tai lieu sinh hoat chi bo",
    "luu hanh noi bo",
    "mat",
    "khan",
    "noi nhan",
    "du thao",
    "microsoft word",
    "untitled",
    "trang",
}
# A line that only names the kind of document: the subject on the next line belongs with it.
_KINDS = {
    "chi thi",
    "nghi quyet",
    "ket luan",
    "quyet dinh",
    "ke hoach",
    "huong dan",
    "thong bao",
    "bao cao",
    "de cuong",
    "cong van",
    "chuong trinh",
    "to trinh",
    "thong tri",
    "quy dinh",
}
_NUMBER_LINE = re.compile(r"^(so|so hieu)\b|^\d+\s*[-/]")  # "Số 12-BC/ĐU", "12-CT/TW"


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold(text)))


def is_title(line: str) -> bool:
    """Whether a line can name a document: some words, no date or time, not a generic heading."""
    words = _words(line)
    if len(re.findall(r"[^\W\d_]", words)) < 4 or len(line) > MAX_TITLE_CHARS:
        return False
    if _DATE_OR_TIME.search(fold(line)):
        return False
    if words in _GENERIC or words.removesuffix(" docx").removesuffix(" pdf") in _GENERIC:
        return False
    return not _NUMBER_LINE.match(words) and not words.startswith(("trang ", "page "))


def choose_title(candidates: Iterable[str], filename: str) -> str:
    """The first candidate that is a title (a lone kind of document, "CHỈ THỊ", joined with the
    subject that follows it); else the file name, cleaned."""
    lines = [" ".join(nfc(c).split()) for c in candidates]
    lines = [line for line in lines if line]
    for n, line in enumerate(lines):
        if _words(line) in _KINDS and n + 1 < len(lines) and is_title(lines[n + 1]):
            return f"{line} {lines[n + 1]}"
        if is_title(line) and _words(line) not in _KINDS:
            return line
    return title_from_filename(filename)


def title_from_filename(filename: str) -> str:
    """ "Huong_dan-phong.chong (1).docx" → "Huong dan phong chong": separators to spaces, copy
    marks dropped, the first letter capitalised."""
    stem = PurePath(nfc(filename)).stem
    stem = re.sub(r"\s*\(\d+\)$|\s*-\s*(copy|bản sao)$", "", stem, flags=re.IGNORECASE)
    text = " ".join(re.sub(r"[_.\-+]+", " ", stem).split())
    return (text[:1].upper() + text[1:]) if text else nfc(filename)
