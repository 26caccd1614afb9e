"""Báo cáo: the page (``page``), its pickers, tables (``models``), charts and dialogs."""

from .page import ReportsPage

__all__ = ["ReportsPage"]
