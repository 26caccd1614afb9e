"""Reading a report's PDF back in a way that does not depend on the fonts the machine has.

Qt draws a glyph the chosen font lacks with a fallback font, in a text run of its own, and pypdf then
puts whitespace inside the word ("Đ\\nẢ\\nNG" when Liberation Serif 1.07 draws "ĐẢNG"); where lines and
pages break depends on the font's metrics as well. The reports now draw in the shipped Tinos
(reports/fonts.py), so words come out whole (tests/reports/test_report_layout.py reads them with their
spaces); most tests still compare text with all whitespace removed, which holds whatever the font, and
check the structure (page numbers, embedded fonts, the charts drawn as vectors) directly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream


def squeeze(text: str) -> str:
    """The text without any whitespace: what stays the same whichever font drew it."""
    return "".join(text.split())


@dataclass(frozen=True)
class ReadPdf:
    raw_pages: tuple[str, ...]  # each page's text as pypdf extracts it
    fonts: dict[str, bool]  # each font's base name -> whether the file embeds it
    title: str
    operators: tuple[Counter[str], ...] = field(repr=False)  # each page's drawing operators ("re": a rectangle)
    images: tuple[int, ...] = field(repr=False)  # each page's number of images

    @property
    def pages(self) -> tuple[str, ...]:
        """Each page's text without whitespace, and without the number drawn at its top from page 2."""
        return tuple(
            text.removeprefix(str(n)) if n > 1 else text for n, text in enumerate(map(squeeze, self.raw_pages), start=1)
        )

    @property
    def text(self) -> str:
        """All pages squeezed into one string, so a sentence that runs onto the next page reads whole."""
        return "".join(self.pages)

    @property
    def raw_text(self) -> str:
        return "\n".join(self.raw_pages)

    def numbered_from_page_two(self) -> bool:
        return all(squeeze(text).startswith(str(n)) for n, text in enumerate(self.raw_pages, start=1) if n > 1)

    def has(self, text: str) -> bool:
        return squeeze(text) in self.text


def _objects(resources, kind: str) -> list:
    """The fonts (``/Font``) or images and forms (``/XObject``) a page's resources name."""
    named = resources.get(kind)
    return [value.get_object() for value in named.get_object().values()] if named else []


def read_pdf(path: Path | str) -> ReadPdf:
    reader = PdfReader(str(path))
    fonts: dict[str, bool] = {}
    operators, images = [], []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for font in _objects(resources, "/Font"):
            described = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            fonts[str(font["/BaseFont"]).removeprefix("/")] = all(
                "/FontDescriptor" in d
                and any(key in d["/FontDescriptor"].get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in described
            )
        images.append(sum(x.get("/Subtype") == "/Image" for x in _objects(resources, "/XObject")))
        operators.append(Counter(op.decode() for _, op in ContentStream(page.get_contents(), reader).operations))
    return ReadPdf(
        tuple(p.extract_text() for p in reader.pages),
        fonts,
        str((reader.metadata or {}).get("/Title", "")),
        tuple(operators),
        tuple(images),
    )
