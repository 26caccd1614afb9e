"""Pages of the PDF, filled piece by piece: each page is a QTextDocument of its own, drawn whole.

Qt's paginated QTextDocument draws, on each page, a line or a block lying just past the page's edge
(hidden by the clip, but in the text layer: copy, paste and search find it twice) and knows no "keep
with next". Here a page takes pieces while they fit: a short paragraph moves whole (a long one splits
between words), a heading or caption goes to the page of what follows it, a table splits between
rows with its header row repeated, and the signature block moves whole, with the last piece before
it. No page is left empty.
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
class TextPiece:
    """A paragraph that may split between words when it is long: ``opening`` starts it (indented),
    ``continued`` starts its rest on the next page."""

    opening: str
    continued: str
    words: tuple[str, ...]
    closing: str = "</p>"

    @property
    def html(self) -> str:
        return self.opening + " ".join(self.words) + self.closing


MINIMAL_ROW = "<tr><td>x</td></tr>"
SPLIT_ABOVE = 0.25  # a paragraph taller than this share of a page may split; a shorter one moves whole


@dataclass(frozen=True)
class TablePiece:
    """A table that may split between rows: ``head`` opens it (with the header row), ``tail`` closes
    it; the caption comes before it with ``keep_with_next``."""

    head: str
    rows: tuple[str, ...]
    tail: str
    after: str = ""  # the space below the table


Measure = Callable[[str], float]  # the height of this HTML laid out on a page's width


@dataclass
class _Pages:
    measure: Measure
    limit: float  # the height a page's text may take
    done: list[list[str]] = field(default_factory=list)
    current: list[str] = field(default_factory=list)
    used: float = 0.0  # at least the height the current page's pieces take

    def room_for(self, html: str) -> float | None:
        """The current page's height with ``html`` added, or None when it does not fit. Pieces
        measured alone add up to at least their height together (margins between them collapse),
        so the whole page is laid out again only when that sum comes near the limit."""
        alone = self.measure(html)
        if alone > self.limit:  # taller than a page on its own: no need to lay the page out again
            return None
        estimate = self.used + alone
        if estimate <= self.limit:
            return estimate
        exact = self.measure("".join([*self.current, html]))
        return exact if exact <= self.limit else None

    def try_add(self, html: str) -> bool:
        height = self.room_for(html)
        if height is None:
            return False
        self.current.append(html)
        self.used = height
        return True

    def add(self, html: str) -> None:
        """Adds ``html`` here, or on a new page when it does not fit (and alone if it never fits)."""
        if not self.try_add(html):
            self.new_page()
            self.current.append(html)
            self.used = self.measure(html)

    def new_page(self) -> None:
        if self.current:
            self.done.append(self.current)
            self.current = []
            self.used = 0.0

    def result(self) -> list[str]:
        self.new_page()
        return ["".join(page) for page in self.done]


def _opening(piece: Piece | TextPiece | TablePiece) -> str:
    """What must share a page with a heading before ``piece``: a paragraph, or a table's first row."""
    if isinstance(piece, TablePiece):
        return piece.head + "".join(piece.rows[:1]) + piece.tail
    if isinstance(piece, TextPiece):  # its first words (two lines or so): what a page must show of it
        return piece.opening + " ".join(piece.words[:20]) + piece.closing
    return piece.html


def _add_in_parts(
    pages: _Pages,
    opens: tuple[str, str],
    units: list[str],
    sep: str,
    close: str,
    after: str,
    glued: str,
    most: int | None = None,
) -> None:
    """As many units (rows, words) as fit on each page, found by halving, each part opened with
    ``opens[0]`` first and ``opens[1]`` after (a table's header row, a paragraph's indent or none);
    ``most``: no page holds more units than that."""
    opening = opens[0]
    while units:
        before = "".join([*pages.current, glued, opening])
        fitting, height, low, high = 0, 0.0, 1, min(len(units), most or len(units))
        while low <= high:
            mid = (low + high) // 2
            tried = pages.measure(before + sep.join(units[:mid]) + close)
            if tried <= pages.limit:
                fitting, height, low = mid, tried, mid + 1
            else:
                high = mid - 1
        if fitting == 0 and not pages.current:  # a unit taller than a page: it goes alone
            fitting = 1
        if fitting:
            last = after if fitting == len(units) else ""
            pages.current.append(glued + opening + sep.join(units[:fitting]) + close + last)
            pages.used = height if height else pages.measure("".join(pages.current))
            glued, units, opening = "", units[fitting:], opens[1]
        if units:
            pages.new_page()


def _add_table(pages: _Pages, table: TablePiece, glued: str) -> None:
    """The whole table when it fits, else split between rows with the header row on each page."""
    # no row is lower than one line of text: that bounds the rows a page can hold, and the search
    lowest = pages.measure(table.head + MINIMAL_ROW + table.tail) - pages.measure(table.head + table.tail)
    most = int(pages.limit // lowest) + 1 if lowest > 0 else None
    whole = glued + table.head + "".join(table.rows) + table.tail + table.after
    if (most is None or len(table.rows) <= most) and pages.try_add(whole):
        return
    _add_in_parts(pages, (table.head, table.head), list(table.rows), "", table.tail, table.after, glued, most)


def _add_text(pages: _Pages, text: TextPiece, glued: str) -> None:
    """The paragraph whole when it fits or is short (it then starts the next page), else split."""
    if pages.try_add(glued + text.html):
        return
    if pages.measure(text.html) <= SPLIT_ABOVE * pages.limit:
        pages.add(glued + text.html)
        return
    _add_in_parts(pages, (text.opening, text.continued), list(text.words), " ", text.closing, "", glued)


def paginate(pieces: list[Piece | TextPiece | TablePiece], measure: Measure, limit: float) -> list[str]:
    """The HTML of each page, in order; ``limit`` is the height a page's text may take."""
    pages = _Pages(measure, limit)
    glued: list[str] = []  # headings and captions waiting for what follows them
    for piece in pieces:
        if isinstance(piece, Piece) and piece.keep_with_next:
            glued.append(piece.html)
            continue
        if glued and pages.room_for("".join([*glued, _opening(piece)])) is None:
            pages.new_page()
        lead = "".join(glued)
        glued = []
        if isinstance(piece, TablePiece):
            _add_table(pages, piece, lead)
        elif isinstance(piece, TextPiece):
            _add_text(pages, piece, lead)
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
    pages.used = pages.measure("".join(pages.current))
