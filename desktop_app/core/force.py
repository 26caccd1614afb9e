"""The outreach force (báo cáo viên, tuyên truyền viên, cộng tác viên dư luận xã hội): members,
their training courses and the periodic conferences, with the rules a member record keeps.

Roles and levels are configuration, not constants: the levels changed with the 2025 reform and
may change again, so the defaults below are only what a new installation starts with.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from .errors import ValidationError
from .text import clean

DEFAULT_ROLES = ("báo cáo viên", "tuyên truyền viên", "cộng tác viên dư luận xã hội")
DEFAULT_LEVELS = ("Trung ương", "Tỉnh", "Xã")
DEFAULT_LANGUAGES = ("Tiếng Việt",)

# text caps, the same for the form, the command line and (later) a receiver
NAME_CAP = 120
TEXT_CAP = 300
LIST_CAP = 20


class MemberStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    LEFT = "left"


STATUS_LABELS_VI = {
    MemberStatus.ACTIVE: "Đang hoạt động",
    MemberStatus.PAUSED: "Tạm dừng",
    MemberStatus.LEFT: "Đã thôi",
}


@dataclass(frozen=True)
class Member:
    """One member of the force. ``phone`` is personal data: kept only with ``phone_consent``."""

    id: str
    owner_unit: str
    hlc: str
    unit_code: str
    name: str
    role: str
    level: str = ""
    decision_number: str = ""
    decision_date: dt.date | None = None
    decision_body: str = ""
    status: MemberStatus = MemberStatus.ACTIVE
    status_since: dt.date | None = None
    expertise: str = ""
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    phone: str = ""
    phone_consent: bool = False
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Training:
    """A course one member attended (bồi dưỡng, tập huấn), with its result and certificate."""

    id: str
    owner_unit: str
    hlc: str
    member_id: str
    unit_code: str
    name: str
    organiser: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    result: str = ""
    certificate: str = ""
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def day(self) -> dt.date | None:
        """The day that dates the course for "trained this year": its end, else its start."""
        return self.end or self.start


@dataclass(frozen=True)
class Conference:
    """A periodic báo cáo viên conference followed at a connection point (điểm cầu)."""

    id: str
    owner_unit: str
    hlc: str
    unit_code: str
    held_on: dt.date
    topic: str
    connection_point: str = ""
    attendee_ids: tuple[str, ...] = ()
    deleted: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class MemberRow:
    """A member as the roster lists it: with the talks naming them and their latest course."""

    member: Member
    talks: int
    last_trained: dt.date | None


@dataclass(frozen=True)
class UnitForce:
    """One unit's force in figures: members (those who left not counted) by role and level, how
    many were trained this year, how many held at least one talk in the period."""

    unit_code: str
    unit_name: str
    members: int
    by_role: dict[str, int]
    by_level: dict[str, int]
    trained_this_year: int
    active_in_period: int

    @property
    def trained_percent(self) -> int:
        return round(100 * self.trained_this_year / self.members) if self.members else 0


def rollup(
    members: list[Member],
    trained: set[str],
    talked: dict[tuple[str, str], int],
    names: dict[str, str],
) -> list[UnitForce]:
    """Per unit, in the order of the units' names: the members (those who left not counted) by
    role and level, how many of them are in ``trained``, how many ``talked`` (talks by owner and
    folded name) counts at least once."""
    from collections import Counter

    from .text import fold, sort_key

    by_unit: dict[str, list[Member]] = {}
    for m in members:
        if not m.deleted and m.status is not MemberStatus.LEFT:
            by_unit.setdefault(m.unit_code, []).append(m)
    out = [
        UnitForce(
            unit_code=code,
            unit_name=names.get(code, code),
            members=len(people),
            by_role=dict(Counter(m.role for m in people)),
            by_level=dict(Counter(m.level for m in people if m.level)),
            trained_this_year=sum(1 for m in people if m.id in trained),
            active_in_period=sum(1 for m in people if talked.get((m.owner_unit, fold(m.name)))),
        )
        for code, people in by_unit.items()
    ]
    return sorted(out, key=lambda u: (sort_key(u.unit_name), u.unit_code))


def role_counts(units: list[UnitForce]) -> list[tuple[str, int]]:
    """Members by role over ``units``: the usual roles first, in their usual order, then the others."""
    total: dict[str, int] = {}
    for u in units:
        for role, n in u.by_role.items():
            total[role] = total.get(role, 0) + n
    order = {role: n for n, role in enumerate(DEFAULT_ROLES)}
    return sorted(total.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))


def _fail(field_name: str, label: str, message: str, detail: str) -> ValidationError:
    return ValidationError(f"{label}: {message}", detail, field=field_name)


def check_text(field_name: str, label: str, value: str, cap: int = TEXT_CAP, required: bool = False) -> str:
    value = clean(value)
    if required and not value:
        raise _fail(field_name, label, "không được để trống.", f"{field_name} is required")
    if len(value) > cap:
        raise _fail(field_name, label, f"dài quá {cap} ký tự.", f"{field_name} longer than {cap} characters")
    return value


def check_choice(field_name: str, label: str, value: str, allowed: tuple[str, ...]) -> str:
    """A role or a level from the configured list, matched without regard to case."""
    value = clean(value)
    for option in allowed:
        if option.casefold() == value.casefold():
            return option
    raise _fail(
        field_name,
        label,
        f"“{value[:40]}” không có trong danh sách; chọn một trong: {', '.join(allowed)}.",
        f"{field_name} must be one of {', '.join(allowed)}",
    )


def check_dates(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and end < start:
        raise _fail("end", "Ngày kết thúc", "trước ngày bắt đầu.", "end before start")


def trained_in(trainings: list[Training], members: list[Member], year: int) -> set[str]:
    """The members with a course dated in ``year``, counted only from a course of the member's own
    unit (a received file may name another unit's member: ``exchange.links``)."""
    owners = {m.id: m.owner_unit for m in members}
    return {
        t.member_id
        for t in trainings
        if not t.deleted and t.day is not None and t.day.year == year and owners.get(t.member_id) == t.owner_unit
    }


def presenter_names(text: str) -> list[str]:
    """The names a talk's presenter field holds (several separated by commas or semicolons)."""
    return [name for name in (clean(part) for part in text.replace(";", ",").split(",")) if name]
