"""Tài liệu: the page (``page``, built by ``page_layout``), search hits, the viewer's folder."""

from .page import LibraryPage
from .search_hits import highlight_html
from .viewer_folder import ViewerFolder

__all__ = ["LibraryPage", "ViewerFolder", "highlight_html"]
