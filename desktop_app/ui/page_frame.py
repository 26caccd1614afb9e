"""The frame each page of the main window sits in: it scrolls when the window is smaller than the
page's minimum, so a page never forces the window wider or taller than the screen (the talk log made
it jump to ~1,047 pixels) and the window keeps its size when pages switch."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageFrame(QScrollArea):
    """Sizes the page itself: the page fills the window and shrinks to its minimum size, never to
    the preferred height a word-wrapped label asks for (what ``setWidgetResizable`` would give), so
    tables take the height that is left instead of the whole page scrolling."""

    def __init__(self, page: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_frame")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(page)
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        page = self.widget()
        if page is None:
            return
        least, room = page.minimumSizeHint().expandedTo(page.minimumSize()), self.maximumViewportSize()
        page.resize(max(least.width(), room.width()), max(least.height(), room.height()))
