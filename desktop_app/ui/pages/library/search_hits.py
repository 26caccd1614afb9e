"""Search hits in the library list: the words of the query marked in a text (accents and đ ignored),
drawn as rich text."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ....core.text import fold
from ...models import Index, _esc

MARK_COLOR = "#ffe08a"  # the background of a matched word, in the list and the reader


def highlight_html(text: str, query: str) -> str:
    """The text as HTML with every word of the query marked (accents and đ ignored, last word a prefix)."""
    words = re.findall(r"\w+", fold(query))
    if not words:
        return _esc(text)
    folded = fold(text)
    spans: list[tuple[int, int]] = []
    for n, word in enumerate(words):
        pattern = r"\b" + re.escape(word) + (r"\w*" if n == len(words) - 1 else r"\b")
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, folded)]
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out, last = [], 0
    for start, end in merged:
        out += [_esc(text[last:start]), f"<span style='background:{MARK_COLOR}'>", _esc(text[start:end]), "</span>"]
        last = end
    out.append(_esc(text[last:]))
    return "".join(out)


class HtmlDelegate(QStyledItemDelegate):
    """Draws a search hit as rich text: the title, then the snippet with matches marked."""

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.role = role

    def _document(self, option: QStyleOptionViewItem, index: Index) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(self.role) or "")
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        if opt.state & QStyle.StateFlag.State_Selected:
            ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(opt.rect.translated(-opt.rect.topLeft()))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802 - Qt API
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 4)
