"""The font the PDF and the charts are drawn in: Tinos, shipped with the program.

Tinos has every Vietnamese letter and the metrics of Times New Roman, which the DOCX names (Word
has it). Drawing in a shipped font makes the PDF look and extract the same on every machine: a
system font that lacks a precomposed letter (Liberation Serif 1.07 lacks "Ả") makes Qt draw that
letter from another font, and the PDF's text layer then reads "Đ Ả NG". Licence and origin:
``desktop_app/resources/fonts/README.md``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

FAMILY = "Tinos"
FONT_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"


@cache
def bundled_family() -> str | None:
    """Registers the shipped font files with Qt once and returns their family name, or None when the
    files are missing (a damaged installation: the caller falls back to the machine's fonts).

    Needs a QGuiApplication (``charts.ensure_gui``)."""
    from PySide6.QtGui import QFontDatabase

    families: set[str] = set()
    for path in sorted(FONT_DIR.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families.update(QFontDatabase.applicationFontFamilies(font_id))
    return FAMILY if FAMILY in families else None
