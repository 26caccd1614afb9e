"""The check of a ``talks`` row that needs today: a follow-up's resolved day not still to come
(``core.follow_up``; a day before the talk is refused by the row checker), so a file cannot carry a
time to answer this installation would refuse to save."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..core.follow_up import resolution_problem
from ..core.validation import label
from .errors import BundleRefused
from .rows import SPECS

_COLUMNS = SPECS["talks"].columns
HELD_AT = _COLUMNS.index("held_on")
RESOLVED_AT = _COLUMNS.index("follow_up_resolved_on")
# a sender's calendar may run ahead of this one by a day or two (as for a talk's own date)
LEEWAY = dt.timedelta(days=2)


def check_talk(row: tuple[Any, ...], line: int, name: str, today: dt.date) -> None:
    resolved = row[RESOLVED_AT]
    if resolved is None:
        return
    problem = resolution_problem(dt.date.fromisoformat(row[HELD_AT]), dt.date.fromisoformat(resolved), today + LEEWAY)
    if problem is not None:
        reason_vi, detail = problem
        raise BundleRefused(
            "invalid_record",
            f"{name} line {line}: {detail}",
            field="follow_up_resolved_on",
            line=line,
            name=name,
            problem=f"{label('follow_up_resolved_on')}: {reason_vi}",
        )
