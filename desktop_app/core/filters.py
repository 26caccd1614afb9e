"""What a list of talks or documents is narrowed to, and how long a search may be: plain values the
window and the command line build and the storage turns into SQL (``storage.records_repo``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict

from .records import Unit

MAX_QUERY_CHARS = 200  # a search reads no further than this


@dataclass(frozen=True)
class TalkFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    format: str | None = None
    topic: str | None = None  # a topic name or id
    group_id: str | None = None
    unit_codes: tuple[str, ...] = ()
    include_deleted: bool = False
    follow_up_open: bool = False  # only talks whose follow-up is still open
    follow_up_due_before: dt.date | None = None  # only follow-ups due before this day (overdue on it)


@dataclass(frozen=True)
class DocumentFilter:
    topic: str | None = None
    required_only: bool = False
    unread_only: bool = False
    valid_on: dt.date | None = None


def units_within(units: Iterable[Unit], root: str) -> tuple[str, ...]:
    """``root`` and every unit under it among ``units`` (followed by their parent codes): what
    choosing one unit in a unit filter keeps, a commune's hamlets with the commune."""
    children: dict[str, list[str]] = {}
    for unit in units:
        if unit.parent_code:
            children.setdefault(unit.parent_code, []).append(unit.code)
    found, seen, todo = [root], {root}, [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in seen:
                seen.add(child)
                found.append(child)
                todo.append(child)
    return tuple(found)


def unit_labels(units: Iterable[Unit]) -> dict[str, str]:
    """Code → the name to show for each unit; a name several units share (five "Ấp Bình Hòa"
    under five communes) gets its parent's name after it, so whose is whose shows."""
    units = list(units)
    names = {u.code: u.name for u in units}
    seen: dict[str, int] = {}
    for unit in units:
        seen[unit.name] = seen.get(unit.name, 0) + 1
    return {
        u.code: f"{u.name}, {names.get(u.parent_code or '', u.parent_code)}"
        if seen[u.name] > 1 and u.parent_code
        else u.name
        for u in units
    }


FOLLOW_UP_SCOPES = ("open", "overdue")  # the talk log's follow-up choices, besides every talk


class FollowUpScope(TypedDict, total=False):
    """The ``TalkFilter`` fields a follow-up choice sets."""

    follow_up_open: bool
    follow_up_due_before: dt.date


def follow_up_scope(key: str | None, today: dt.date) -> FollowUpScope:
    """A follow-up choice as ``TalkFilter`` fields: "open" (still open), "overdue" (open and due
    before ``today``, as home's "Cần làm ngay" counts them); anything else is every talk."""
    if key == "overdue":
        return {"follow_up_open": True, "follow_up_due_before": today}
    return {"follow_up_open": True} if key == "open" else {}


def quick_period(key: str, today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The dates of the talk log's quick period choices ("this_month", "last_30", …); any other key
    is every date."""
    first = today.replace(day=1)
    if key == "this_month":
        return first, today
    if key == "last_month":
        end = first - dt.timedelta(days=1)
        return end.replace(day=1), end
    if key == "last_30":
        return today - dt.timedelta(days=29), today
    if key == "this_quarter":
        return dt.date(today.year, 3 * ((today.month - 1) // 3) + 1, 1), today
    if key == "this_year":
        return dt.date(today.year, 1, 1), today
    return None, None
