"""Vietnamese number and date writing for reports: 17.270, 20/11/2026, "—" for nothing received."""

from __future__ import annotations

import datetime as dt

from ..core.vntime import shown_time

DASH = "—"


def num(value: int | None) -> str:
    if value is None:
        return DASH
    return f"{value:,}".replace(",", ".")


def date(value: dt.date | str | None) -> str:
    if value is None or value == "":
        return DASH
    if isinstance(value, str):
        value = dt.date.fromisoformat(value[:10])
    return f"{value:%d/%m/%Y}"


def stamp(value: str | None) -> str:
    """A UTC ledger time as a Vietnamese date and time (UTC+7)."""
    if not value:
        return DASH
    return shown_time(value, missing=DASH)


def place_name(unit_name: str) -> str:
    """ "Xã Thanh Bình" → "Thanh Bình" (the place written before the date)."""
    for prefix in ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thị trấn "):
        if unit_name.startswith(prefix):
            return unit_name[len(prefix) :]
    return unit_name


def place_and_date(place: str, day: dt.date) -> str:
    """As Decree 30/2020 writes it: a day below 10 and the months 1 and 2 take a leading zero."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def lower_first(text: str) -> str:
    """A label inside a sentence: its first letter lower-cased, the rest as written, so proper names
    keep their capitals ("Bài đăng nhóm Zalo" → "bài đăng nhóm Zalo", never "nhóm zalo")."""
    return text[:1].lower() + text[1:]


def signed(value: int) -> str:
    return ("+" if value > 0 else "") + num(value)
