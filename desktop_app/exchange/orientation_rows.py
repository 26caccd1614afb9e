"""The checks of the ``orientations`` rows of a bundle (``policy_table.POLICY`` lists the rule): who
may send them (this unit's aggregator, its own topics only), a period that is a month or a
quarter, so the commune's home and the coverage table find them, and key dates that are real days
with a label, so the home's reminders can show them."""

from __future__ import annotations

from typing import Any

import orjson

from ..core.orientation import is_period, key_date_from_wire
from .errors import BundleRefused
from .policy import Rights
from .rows import SPECS

_KEY_DATES_AT = SPECS["orientations"].columns.index("key_dates")


def check_sender(r: Rights, owners: set[str]) -> None:
    """Orientations only from the aggregator (or this installation itself), and only its own."""
    if not r.may_write_documents or owners - {r.sender}:
        raise BundleRefused(
            "orientations_not_allowed",
            f"orientations from {r.sender} (owners {sorted(owners)[:3]}); only this unit's aggregator sends them",
            unit=r.sender,
        )


def check_orientation(row: tuple[Any, ...], line: int, name: str) -> None:
    if not is_period(row[4]):
        raise BundleRefused(
            "invalid_record",
            f"{name} line {line}: period {str(row[4])[:40]!r} is not YYYY-MM or YYYY-Qn",
            field="period",
            line=line,
            name=name,
            problem="kỳ không phải một tháng (2026-12) hay một quý (2026-Q4).",
        )
    for text in orjson.loads(row[_KEY_DATES_AT] or "[]"):
        if key_date_from_wire(text) is None:
            raise BundleRefused(
                "invalid_record",
                f"{name} line {line}: key date {str(text)[:60]!r} is not YYYY-MM-DD:label",
                field="key_dates",
                line=line,
                name=name,
                problem="ngày cần nhớ phải có dạng 2026-12-22:tên ngày (một ngày có thật và một tên).",
            )
