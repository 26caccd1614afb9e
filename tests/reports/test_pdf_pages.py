"""How the PDF's pages are filled (reports/pdf_pages.py), with a stand-in for Qt's layout: every
paragraph, table row and word counts as a height, so each rule can be checked exactly."""

from __future__ import annotations

import re

from desktop_app.reports.pdf_pages import Piece, TablePiece, TextPiece, paginate

LIMIT = 100.0


def measure(html: str) -> float:
    """10 per paragraph or row, 1 per word after the first nine of a paragraph (so a long one grows)."""
    height = 10.0 * len(re.findall(r"<p|<tr|<div", html))
    for body in re.findall(r"<p[^>]*>(.*?)</p>", html):
        height += max(0, len(body.split(" ")) - 9)
    return height


def para(text: str) -> Piece:
    return Piece(f"<p>{text}</p>")


def words(n: int, tag: str) -> TextPiece:
    return TextPiece('<p class="first">', '<p class="rest">', tuple(f"{tag}{i}" for i in range(n)))


def table(n: int) -> TablePiece:
    return TablePiece("<table><tr>head</tr>", tuple(f"<tr>row{i}</tr>" for i in range(n)), "</table>")


def test_a_page_takes_pieces_while_they_fit():
    pages = paginate([para(f"p{i}") for i in range(25)], measure, LIMIT)
    assert len(pages) == 3 and [p.count("<p>") for p in pages] == [10, 10, 5]


def test_a_heading_goes_to_the_page_of_what_follows_it():
    pieces = [para(f"p{i}") for i in range(9)] + [Piece("<p>HEADING</p>", keep_with_next=True), para("after")]
    first, second = paginate(pieces, measure, LIMIT)
    assert "HEADING" not in first and second.startswith("<p>HEADING</p><p>after</p>")


def test_a_caption_stays_with_its_table_which_splits_between_rows_with_its_header_on_each_page():
    pieces = [para(f"p{i}") for i in range(8)] + [Piece("<p>CAPTION</p>", keep_with_next=True), table(25)]
    pages = paginate(pieces, measure, LIMIT)
    assert "CAPTION" not in pages[0] and pages[1].startswith("<p>CAPTION</p><table><tr>head</tr><tr>row0</tr>")
    assert all(page.count("<tr>head</tr>") == 1 for page in pages[1:])
    rows = [int(r) for page in pages for r in re.findall(r"row(\d+)", page)]
    assert rows == list(range(25))  # every row once, in order
    assert all(measure(page) <= LIMIT for page in pages)


def test_a_short_paragraph_moves_whole_and_a_long_one_splits_between_words():
    short = words(12, "s")  # 13 high: under a quarter of a page
    pages = paginate([*(para(f"p{i}") for i in range(9)), short], measure, LIMIT)
    assert "s0" not in pages[0] and pages[1] == short.html
    long = words(150, "w")  # taller than a page
    pages = paginate([*(para(f"p{i}") for i in range(5)), long], measure, LIMIT)
    found = [int(w) for page in pages for w in re.findall(r"w(\d+)", page)]
    assert found == list(range(150)) and len(pages) == 3
    assert '<p class="first">w0 ' in pages[0] and all(p.startswith('<p class="rest">') for p in pages[1:])
    assert all(measure(page) <= LIMIT for page in pages)


def test_the_signature_moves_whole_with_the_piece_before_it_and_no_page_is_empty():
    signature = Piece("<div>a</div><div>b</div><div>c</div>", signature=True)
    pages = paginate([*(para(f"p{i}") for i in range(9)), signature], measure, LIMIT)
    assert pages[-1] == "<p>p8</p>" + signature.html and "<div>" not in pages[0]
    assert all(pages) and paginate([], measure, LIMIT) == []
