"""The talk card printed: one PDF page (A5 or A4) whose text layer holds the card, drawn in the
shipped font; the DOCX opened with python-docx, on the chosen paper, with its notes box."""

from __future__ import annotations

import docx
import pytest
from pdf_text import read_pdf

from desktop_app.reports.card_model import NOTES, TITLE

TOPIC = "Phòng, chống lừa đảo qua mạng"


@pytest.fixture
def card(demo_services):
    gid = next(g.id for g in demo_services.groups.list() if g.name == "Ấp Tân Mỹ")
    return demo_services.assistant.talk_card(TOPIC, gid)


@pytest.mark.parametrize("paper", ["a5", "a4"])
def test_the_pdf_is_one_page_holding_the_card(demo_services, card, tmp_path, paper):
    path = demo_services.assistant.save_card(card, tmp_path / "the.pdf", "pdf", paper)
    pdf = read_pdf(path)
    assert len(pdf.pages) == 1
    for text in (TITLE, f"Chuyên đề: {TOPIC}", "Đối tượng: Ấp Tân Mỹ", "Giả danh công an, tòa án gọi điện", NOTES):
        assert pdf.has(text), text
    assert pdf.has(f"{card.year_sessions} buổi")
    assert all(embedded for embedded in pdf.fonts.values()) and any("Tinos" in f for f in pdf.fonts)


def test_a_card_too_long_for_the_page_keeps_to_one_page(demo_services, card, tmp_path):
    import dataclasses

    long_doc = dataclasses.replace(card.documents[0], points=tuple(f"Ý số {n}: " + "rất dài " * 20 for n in range(40)))
    crowded = dataclasses.replace(card, documents=(long_doc,) * 3)
    pdf = read_pdf(demo_services.assistant.save_card(crowded, tmp_path / "long.pdf", "pdf", "a5"))
    assert len(pdf.pages) == 1 and pdf.has(NOTES)


@pytest.mark.parametrize(("paper", "width"), [("a5", 148), ("a4", 210)])
def test_the_docx_opens_on_the_chosen_paper(demo_services, card, tmp_path, paper, width):
    path = demo_services.assistant.save_card(card, tmp_path / "the.docx", "docx", paper)
    opened = docx.Document(str(path))
    assert round(opened.sections[0].page_width.mm) == width
    text = "\n".join(p.text for p in opened.paragraphs)
    assert TITLE in text and f"Chuyên đề: {TOPIC}" in text and "Không chuyển tiền cho người lạ" in text
    bullets = [p.text for p in opened.paragraphs if p.style.name == "List Bullet"]
    assert "Giả danh công an, tòa án gọi điện" in bullets
    [notes] = opened.tables
    assert notes.rows[0].cells[0].paragraphs[0].text == NOTES
