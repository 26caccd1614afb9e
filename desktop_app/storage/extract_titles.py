"""Title candidates of an attached file, best first, read in the text reader's child process from the
document it already opened (``core.doc_title`` chooses among them): what the file declares as its
title, then its headings (a Heading or Title style, a bold centred line) or its largest lines, then
its first lines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FIRST_LINES = 12  # the first lines of a file offered after its headings
_MAX_CANDIDATES = 40


def safely(read: Callable[[Any], list[str]], document: Any) -> list[str]:
    """A file whose title cannot be read still has its text read: no candidates then."""
    try:
        return read(document)
    except Exception:  # noqa: BLE001 - damage in a file only means no title from it
        return []


def text_candidates(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()][:FIRST_LINES]


def docx_candidates(document: Any) -> list[str]:
    """The core properties' title, then headings and bold centred lines, then the first lines."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    out = [document.core_properties.title or ""]
    paragraphs = [p for p in document.paragraphs[:200] if p.text.strip()]
    for p in paragraphs:
        style = (p.style.name if p.style is not None else "") or ""
        runs = [r for r in p.runs if r.text.strip()]
        bold = bool(runs) and all(r.bold or (r.bold is None and _style_bold(p)) for r in runs)
        centred = p.alignment == WD_ALIGN_PARAGRAPH.CENTER or _style_centred(p)
        if style.startswith(("Title", "Heading")) or (bold and centred):
            out.append(p.text)
    out += [p.text for p in paragraphs[:FIRST_LINES]]
    return [c for c in out if c.strip()][:_MAX_CANDIDATES]


def _style_bold(paragraph: Any) -> bool:
    style = paragraph.style
    return bool(style is not None and style.font is not None and style.font.bold)


def _style_centred(paragraph: Any) -> bool:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    style = paragraph.style
    fmt = style.paragraph_format if style is not None else None
    return fmt is not None and fmt.alignment == WD_ALIGN_PARAGRAPH.CENTER


def pdf_candidates(reader: Any) -> list[str]:
    """The metadata title, then the first page's lines from the largest type down, then its lines
    in reading order."""
    out: list[str] = []
    try:
        out.append(str((reader.metadata or {}).get("/Title") or ""))
    except Exception:  # noqa: BLE001 - a damaged info dictionary only means no declared title
        pass
    if not len(reader.pages):
        return [c for c in out if c.strip()]
    lines: list[list[Any]] = []  # [baseline, size, text]

    def visit(text: str, cm: Any, tm: Any, _font: Any, size: float) -> None:
        if not text.strip():
            return
        scale = abs(tm[3] or tm[0] or 1) * abs(cm[3] or cm[0] or 1)
        height, baseline = round(size * scale, 1), round(tm[5] * abs(cm[3] or 1) + cm[5], 1)
        if lines and abs(lines[-1][0] - baseline) < 1 and lines[-1][1] == height:
            lines[-1][2] += text
        else:
            lines.append([baseline, height, text])

    page = reader.pages[0]
    text = page.extract_text(visitor_text=visit) or ""
    chars: dict[float, int] = {}
    for _, size, part in lines:
        chars[size] = chars.get(size, 0) + len(part)
    body = max(chars, key=lambda size: chars[size]) if chars else 0
    for size in sorted((s for s in chars if s > body), reverse=True)[:3]:  # larger than the body text
        run: list[str] = []  # consecutive lines of one size: a title set on two lines
        for line in lines + [[0, -1, ""]]:
            if line[1] == size:
                run.append(line[2].strip())
            elif run:
                out.append(" ".join(run))
                run = []
    out += text_candidates(text)
    return [c for c in out if c.strip()][:_MAX_CANDIDATES]
