"""The talk card as a one-page DOCX (python-docx): A5 or A4, large Times New Roman, bulleted
points, and a bordered "Ghi chú" box of blank lines."""

from __future__ import annotations

from pathlib import Path

from .card_model import NOTES, TITLE, TalkCard, sections, title_lines
from .docx_parts import set_widths, vietnamese_defaults
from .printable import printable

BODY_PT = {"a5": 13, "a4": 16}
PAGE_MM = {"a5": (148, 210), "a4": (210, 297)}
MARGIN_MM = 12
NOTE_LINES = {"a5": 6, "a4": 10}


def write_card_docx(card: TalkCard, path: Path, paper: str) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    doc = Document()
    vietnamese_defaults(doc)
    section = doc.sections[0]
    section.page_width, section.page_height = (Mm(v) for v in PAGE_MM[paper])
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(MARGIN_MM))
    body = BODY_PT[paper]
    normal = doc.styles["Normal"]
    normal.font.size = Pt(body)
    normal.paragraph_format.space_after = Pt(1)
    normal.paragraph_format.space_before = Pt(0)

    def para(text: str, size: float = body, bold: bool = False, italic: bool = False, before: float = 0) -> None:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        run = p.add_run(printable(text))
        run.font.size, run.bold, run.italic = Pt(size), bold, italic

    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(TITLE)
    run.bold, run.font.size = True, Pt(body + 3)
    topic, group, made = title_lines(card)
    para(topic, body + 1.5, bold=True, before=4)
    para(group)
    para(made, body - 2, italic=True)
    for n, part in enumerate(sections(card), 1):
        para(f"{n}. {part.heading}", body + 1.5, bold=True, before=6)
        for kind, text in part.lines:
            if kind == "bullet":
                p = doc.add_paragraph(style="List Bullet")
                p.add_run(printable(text)).font.size = Pt(body)
            elif kind == "source":
                para(text, body - 2, italic=True, before=3)
            else:
                para(text)
    notes = doc.add_table(rows=1, cols=1)
    notes.style = "Table Grid"
    set_widths(notes, [Mm(PAGE_MM[paper][0] - 2 * MARGIN_MM)])
    cell = notes.rows[0].cells[0]
    cell.paragraphs[0].add_run(NOTES).bold = True
    for _ in range(NOTE_LINES[paper]):
        cell.add_paragraph("")
    path = Path(path)
    doc.save(str(path))
    return path
