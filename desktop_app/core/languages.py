"""The language a talk was given in (issue 16: direct contact in ethnic-minority areas).

Vietnamese is the default and is stored as nothing (NULL), so the talks logged before the field
existed, and the great majority after, need no value; any other language is kept by its name.
"""

from __future__ import annotations

from .text import clean

VIETNAMESE = "Tiếng Việt"

# Offered in the talk form after Vietnamese; any other name may be typed.
ETHNIC_LANGUAGES = (
    "Tiếng Khmer",
    "Tiếng Chăm",
    "Tiếng Hoa",
    "Tiếng Tày",
    "Tiếng Thái",
    "Tiếng Mường",
    "Tiếng Nùng",
    "Tiếng H'Mông",
    "Tiếng Dao",
    "Tiếng Ê Đê",
    "Tiếng Gia Rai",
    "Tiếng Ba Na",
)


def talk_language(value: str | None) -> str | None:
    """None for Vietnamese (blank, or "Tiếng Việt" in any case), else the cleaned name."""
    name = clean(value or "")
    if not name or name.casefold() in (VIETNAMESE.casefold(), "vi", "vietnamese"):
        return None
    return name
