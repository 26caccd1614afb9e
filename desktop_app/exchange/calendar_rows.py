"""The checks of the ``shared_calendar`` rows of a bundle (``policy_table.POLICY`` lists the rule):
only this unit's aggregator sends calendar entries, its own only, and each names days that recur
every year, so the receiver's calendar and reminders can show it. A log never carries them."""

from __future__ import annotations

from typing import Any

from ..core.calendar import is_month_day
from .errors import BundleRefused
from .policy import Rights
from .rows import SPECS

_COLUMNS = SPECS["shared_calendar"].columns
_DAYS_AT = (_COLUMNS.index("start_md"), _COLUMNS.index("end_md"))


def check_sender(r: Rights, owners: set[str]) -> None:
    """Calendar entries only from the aggregator (or this installation itself), and only its own."""
    if not r.may_write_documents or owners - {r.sender}:
        raise BundleRefused(
            "calendar_not_allowed",
            f"calendar entries from {r.sender} (owners {sorted(owners)[:3]}); only this unit's aggregator sends them",
            unit=r.sender,
        )


def check_entry(row: tuple[Any, ...], line: int, name: str) -> None:
    for at in _DAYS_AT:
        if not is_month_day(row[at]):
            raise BundleRefused(
                "invalid_record",
                f"{name} line {line}: {_COLUMNS[at]} {str(row[at])[:20]!r} is not MM-DD of a day every year has",
                field=_COLUMNS[at],
                line=line,
                name=name,
                problem="ngày của mục lịch phải có dạng tháng-ngày (12-22), một ngày năm nào cũng có.",
            )
