"""Pages of the PDF, filled piece by piece: each page is a QTextDocument of its own, drawn whole.

Qt's paginated QTextDocument draws, on each page, a line or a block lying just past the page's edge
(hidden by the clip, but in the text layer: copy, paste and search find it twice) and knows no "keep
with next". Here a page takes pieces while they fit: a paragraph never splits, a heading or caption
goes to the page of what follows it, a table splits between rows with its header row repeated, and
the signature block moves whole, with the last paragraph before it. No page is left empty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Piece:
    """A paragraph or block of HTML; ``keep_with_next`` for headings and captions."""

    html: str
    keep_with_next: bool = False
    signature: bool = False  # stays whole, with the piece before it


@dataclass(frozen=True)
class TablePiece:
    """A table that may split between rows: ``head`` opens it (with the header row), ``tail`` closes
    it; the caption comes before it with ``keep_with_next``."""

    head: str
    rows: tuple[str, ...]
    tail: str
    after: str = ""  # the space below the table


Fits = Callable[[str], bool]  # whether this HTML fits on one page


@dataclass
class _Pages:
    fits: Fits
    done: list[list[str]] = field(default_factory=list)
    current: list[str] = field(default_factory=list)

    def try_add(self, html: str) -> bool:
        if self.fits("".join([*self.current, html])):
            self.current.append(html)
            return True
        return False

    def add(self, html: str) -> None:
        """Adds ``html`` here, or on a new page when it does not fit (and alone if it never fits)."""
        if not self.try_add(html):
            self.new_page()
            self.current.append(html)

    def new_page(self) -> None:
        if self.current:
            self.done.append(self.current)
            self.current = []

    def result(self) -> list[str]:
        self.new_page()
        return ["".join(page) for page in self.done]


def _opening(piece: Piece | TablePiece) -> str:
    """What must share a page with a heading before ``piece``: a paragraph, or a table's first row."""
    if isinstance(piece, TablePiece):
        return piece.head + "".join(piece.rows[:1]) + piece.tail
    return piece.html


def _add_table(pages: _Pages, table: TablePiece, glued: str = "") -> None:
    """As many rows as fit on each page (found by halving: a layout per try), the header row on each."""
    rows = list(table.rows)
    while rows:
        before = "".join([*pages.current, glued, table.head])
        fitting, low, high = 0, 1, len(rows)
        while low <= high:
            mid = (low + high) // 2
            if pages.fits(before + "".join(rows[:mid]) + table.tail):
                fitting, low = mid, mid + 1
            else:
                high = mid - 1
        if fitting == 0 and not pages.current:  # a row taller than a page: it goes alone
            fitting = 1
        if fitting:
            after = table.after if fitting == len(rows) else ""
            pages.current.append(glued + table.head + "".join(rows[:fitting]) + table.tail + after)
            glued, rows = "", rows[fitting:]
        if rows:
            pages.new_page()


def paginate(pieces: list[Piece | TablePiece], fits: Fits) -> list[str]:
    """The HTML of each page, in order."""
    pages = _Pages(fits)
    glued: list[str] = []  # headings and captions waiting for what follows them
    for piece in pieces:
        if isinstance(piece, Piece) and piece.keep_with_next:
            glued.append(piece.html)
            continue
        if glued and not pages.fits("".join([*pages.current, *glued, _opening(piece)])):
            pages.new_page()
        lead = "".join(glued)
        glued = []
        if isinstance(piece, TablePiece):
            _add_table(pages, piece, lead)
        elif piece.signature:
            _add_signature(pages, lead + piece.html)
        else:
            pages.add(lead + piece.html)
    if glued:
        pages.add("".join(glued))
    return pages.result()


def _add_signature(pages: _Pages, html: str) -> None:
    """The signature block whole; when it must move, the page's last piece goes with it."""
    if pages.try_add(html):
        return
    carried = pages.current.pop() if len(pages.current) > 1 else ""
    pages.new_page()
    pages.current.extend(p for p in (carried, html) if p)
