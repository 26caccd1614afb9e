"""Reports: aggregation over periods and the unit tree, completeness, period locks, and the
XLSX / DOCX / PDF writers. No Qt widgets (QtGui only to draw charts and the PDF)."""
