"""The checks of the ``orientations`` rows of a bundle (``policy_table.POLICY`` lists the rule): who
may send them (this unit's aggregator, its own topics only) and a period that is a month or a
quarter, so the commune's home and the coverage table find them."""

from __future__ import annotations

from typing import Any

from ..core.orientation import is_period
from .errors import BundleRefused
from .policy import Rights


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
