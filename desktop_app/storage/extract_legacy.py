"""DOCX runs typed in a legacy Vietnamese font (TCVN3 ".Vn…", VNI "VNI-…") rewritten in Unicode, run by
run, in the text reader's child process before the text and the title are read.

A run's font is the first one named by the run itself, its character style, its paragraph's style
(and the styles those are based on), then the document's defaults. Word draws the Latin-1 letters
a legacy file holds with the "hAnsi" font of that list, so it is read before the "ascii" one. A run
already in Unicode under an old font name (converted, the font left as it was) is left alone.
"""

from __future__ import annotations

import re
from typing import Any

from ..core.legacy_encoding import decode, font_encoding

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PREVIEW_RUNS = 40  # converted runs kept for the before/after preview
# Letters no legacy font stores (they lie beyond Latin-1): a run holding one was already converted to
# Unicode with its old font name left on it, and is kept as it is.
_UNICODE_LETTERS = re.compile("[\u0100-\u024f\u1e00-\u1eff]")


def convert_runs(document: Any) -> list[tuple[str, str, str, str]]:
    """Rewrites every legacy-font run of the body and its tables; returns ``(encoding, font, before,
    after)`` of the first converted runs, for the preview."""
    default_font = _fonts_of(document.styles.element.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr"))
    converted: list[tuple[str, str, str, str]] = []
    for paragraph in _paragraphs(document):
        for run in paragraph.runs:
            font = _run_font(run, paragraph) or default_font
            legacy = font_encoding(font)
            if legacy is None or not run.text or _UNICODE_LETTERS.search(run.text):
                continue
            before = run.text
            run.text = decode(before, *legacy)
            if len(converted) < _PREVIEW_RUNS and run.text != before:
                converted.append((legacy[0], font or "", before, run.text))
    return converted


def _paragraphs(document: Any) -> Any:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _run_font(run: Any, paragraph: Any) -> str | None:
    own = _fonts_of(run._element.rPr)
    if own:
        return own
    style = run.style if run._element.rPr is not None and run._element.rPr.rStyle is not None else None
    return _style_font(style) or _style_font(paragraph.style)


def _style_font(style: Any) -> str | None:
    while style is not None:
        font = _fonts_of(style.element.rPr)
        if font:
            return font
        style = style.base_style
    return None


def _fonts_of(rpr: Any) -> str | None:
    fonts = rpr.find(f"{_W}rFonts") if rpr is not None else None
    if fonts is None:
        return None
    name = fonts.get(f"{_W}hAnsi") or fonts.get(f"{_W}ascii")
    return str(name) if name else None
