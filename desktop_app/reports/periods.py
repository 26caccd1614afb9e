"""Report periods: month, quarter, six months (sơ kết), year (tổng kết) or custom dates.

Codes are what the command line takes: ``2026-10``, ``2026-Q3``, ``2026-H1``, ``2026`` and
``2026-01-15..2026-03-20`` (dates also as dd/mm/yyyy).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from ..core.errors import ValidationError

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
KINDS = ("month", "quarter", "half", "year", "custom")


@dataclass(frozen=True)
class Period:
    kind: str  # month | quarter | half | year | custom
    start: dt.date
    end: dt.date  # inclusive
    code: str

    @property
    def label(self) -> str:
        """As written in a Vietnamese report: "quý III năm 2026", "6 tháng đầu năm 2026"."""
        y = self.start.year
        if self.kind == "month":
            return f"tháng {self.start.month} năm {y}"
        if self.kind == "quarter":
            return f"quý {ROMAN[(self.start.month - 1) // 3 + 1]} năm {y}"
        if self.kind == "half":
            return f"6 tháng {'đầu' if self.start.month == 1 else 'cuối'} năm {y}"
        if self.kind == "year":
            return f"năm {y}"
        return f"từ ngày {self.start:%d/%m/%Y} đến ngày {self.end:%d/%m/%Y}"

    @property
    def short_label(self) -> str:
        if self.kind == "month":
            return f"Tháng {self.start.month:02d}/{self.start.year}"
        if self.kind == "custom":
            return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"
        return self.label[0].upper() + self.label[1:]

    def months(self) -> list[str]:
        """Every month the period touches, as ``YYYY-MM``."""
        out, y, m = [], self.start.year, self.start.month
        while (y, m) <= (self.end.year, self.end.month):
            out.append(f"{y:04d}-{m:02d}")
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def deadline(self, grace_days: int) -> dt.date:
        """The day by which a unit's report for this period is on time."""
        return self.end + dt.timedelta(days=grace_days)

    def as_dict(self) -> dict[str, str]:
        return {
            "code": self.code,
            "kind": self.kind,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "label": self.label,
        }


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def month(year: int, m: int) -> Period:
    return Period("month", dt.date(year, m, 1), _month_end(year, m), f"{year:04d}-{m:02d}")


def quarter(year: int, q: int) -> Period:
    first = 3 * (q - 1) + 1
    return Period("quarter", dt.date(year, first, 1), _month_end(year, first + 2), f"{year:04d}-Q{q}")


def half(year: int, h: int) -> Period:
    first = 1 if h == 1 else 7
    return Period("half", dt.date(year, first, 1), _month_end(year, first + 5), f"{year:04d}-H{h}")


def year(y: int) -> Period:
    return Period("year", dt.date(y, 1, 1), dt.date(y, 12, 31), f"{y:04d}")


def custom(start: dt.date, end: dt.date) -> Period:
    if end < start:
        raise ValidationError("Ngày kết thúc phải sau ngày bắt đầu.", f"{end} < {start}", field="period")
    return Period("custom", start, end, f"{start.isoformat()}..{end.isoformat()}")


def _date(text: str) -> dt.date:
    text = text.strip()
    try:
        if re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", text):
            d, m, y = (int(x) for x in text.split("/"))
            return dt.date(y, m, d)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            f"Ngày “{text}” không hợp lệ (dùng dd/mm/yyyy hoặc yyyy-mm-dd).", f"bad date {text!r}", field="period"
        ) from None


def parse(text: str) -> Period:
    """A period from its code; raises ValidationError with a message a cadre can act on."""
    t = text.strip().upper()
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{1,2})", t):
            return month(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", t):
            return quarter(int(m[1]), int(m[2]))
        if m := re.fullmatch(r"(\d{4})-H([12])", t):
            return half(int(m[1]), int(m[2]))
        if re.fullmatch(r"\d{4}", t):
            return year(int(t))
    except ValueError:
        pass
    else:
        if ".." in t:
            a, b = t.split("..", 1)
            return custom(_date(a), _date(b))
    raise ValidationError(
        f"Kỳ báo cáo “{text}” không hợp lệ. Dùng 2026-10 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), "
        "2026 (năm) hoặc 01/01/2026..31/03/2026.",
        f"bad period {text!r}",
        field="period",
    )


def containing(kind: str, day: dt.date) -> Period:
    """The period of ``kind`` that contains ``day``."""
    if kind == "month":
        return month(day.year, day.month)
    if kind == "quarter":
        return quarter(day.year, (day.month - 1) // 3 + 1)
    if kind == "half":
        return half(day.year, 1 if day.month <= 6 else 2)
    if kind == "year":
        return year(day.year)
    raise ValueError(kind)


def previous(kind: str, day: dt.date) -> Period:
    """The last complete period of ``kind`` before ``day`` (what a report is usually about)."""
    current = containing(kind, day)
    return containing(kind, current.start - dt.timedelta(days=1))
