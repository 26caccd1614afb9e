"""The lines of a written report whose form the rules fix, worded once for every writer: the number
(its colon and order differ between Party and State documents) and the recipients' punctuation.
``docs/report-layout.md`` lists the rules and where they come from."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .document import DocOptions

BLANK_NUMBER = "\u00a0" * 8  # room to write the number by hand; no-break spaces, so no layout collapses them


def number_line(options: DocOptions) -> str:
    """ "Số 12-BC/ĐU" for a Party body (HD 36-HD/VPTW, no colon), "Số: 12/BC-UBND" for a State body
    (NĐ 30/2020/NĐ-CP). A bare number gets the kind and the issuer's abbreviation; none leaves room."""
    party = options.motto == "party"
    text = re.sub(r"^s[ốo]\s*:?\s*", "", options.number.strip(), flags=re.IGNORECASE)
    if not text or text.isdigit():
        text = text or BLANK_NUMBER
        text = f"{text}-BC/{_short_issuer(options)}" if party else f"{text}/BC-{_short_issuer(options)}"
    return f"Số {text}" if party else f"Số: {text}"


def recipient_lines(options: DocOptions) -> list[str]:
    """Each recipient on a line of its own after "- ": a Party list separates them with "," (HD 36), a
    State list with ";" and ends with "Lưu: VT." (NĐ 30); the last line ends with "."."""
    items = [r.strip().rstrip(",;.").strip() for r in options.recipients]
    items = [r for r in items if r]
    party = options.motto == "party"
    if not party and not any(r.startswith("Lưu") for r in items):
        items.append("Lưu: VT")
    last = len(items) - 1
    return [f"- {r}{'.' if i == last else (',' if party else ';')}" for i, r in enumerate(items)]


def _short_issuer(options: DocOptions) -> str:
    """The abbreviation after "BC": the Party committee, the board, or the People's Committee."""
    return (
        "ĐU"
        if options.motto == "party" and options.issuer.startswith("ĐẢNG ỦY")
        else ("BTGDV" if "TUYÊN GIÁO" in options.issuer else "UBND")
    )
