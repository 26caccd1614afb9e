"""Who has reported for a period: one row per expected unit with its status (icon and word),
the last file received, chain gaps, and its figures — "—" when nothing came, never 0.

A unit has reported for a period when a log bundle made after the period closed has arrived
(incremental bundles carry everything up to the moment they were made); it is on time when that
bundle was made by the deadline (period end + the due days of the reporting rule, Vietnam time).
Every unit without such a bundle has not reported: before the deadline it is "not yet due", after it
"missing" (or "partial" when a file made during the period came). Home, the exchange status, the
reports and ``sotay status`` all read this one definition.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.errors import ValidationError
from ..core.text import sort_key
from ..storage import reporting_status as q
from ..storage import settings
from ..storage import units as units_repo
from . import fmt, periods
from .build import unit_info
from .periods import Period

if TYPE_CHECKING:
    from ..storage.store import Store

VN_TZ = dt.timezone(dt.timedelta(hours=7))
OFFICIAL_SINCE = dt.date(2025, 7, 1)  # the 3,321 communes exist from this day
DEFAULT_GRACE_DAYS = 5  # a month's report is due on the 5th of the next month
DEFAULT_CYCLE_START = 1  # reporting months run from the 1st (15: from the 15th to the 14th)
MAX_GRACE_DAYS = 60
MAX_CYCLE_START = 28  # every month has this day

# status → (rank: worst first, icon, word)
STATUSES: dict[str, tuple[int, str, str]] = {
    "missing": (0, "✗", "Chưa báo cáo"),
    "partial": (1, "◐", "Chưa đủ kỳ"),
    "late": (2, "⚠", "Báo cáo trễ"),
    "pending": (3, "…", "Chưa đến hạn"),
    "on_time": (4, "✓", "Đúng hạn"),
    "local": (5, "✓", "Dữ liệu tại máy"),
}


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    parent_name: str
    status: str
    sessions: int | None  # None: nothing received ("—")
    attendance: int | None
    bundles: int = 0
    last_created: str | None = None
    last_applied: str | None = None
    last_bundle: str | None = None
    closing_created: str | None = None
    gaps: tuple[str, ...] = ()

    @property
    def rank(self) -> int:
        return STATUSES[self.status][0]

    @property
    def label(self) -> str:
        _rank, icon, word = STATUSES[self.status]
        return f"{icon} {word}"

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "parent": self.parent_name,
            "status": self.status,
            "status_label": STATUSES[self.status][2],
            "sessions": self.sessions,
            "attendance": self.attendance,
            "bundles": self.bundles,
            "last_created": self.last_created,
            "last_applied": self.last_applied,
            "last_bundle": self.last_bundle,
            "closing_created": self.closing_created,
            "gaps": list(self.gaps),
        }


@dataclass(frozen=True)
class Completeness:
    unit_code: str
    unit_name: str
    period: Period
    deadline: dt.date
    rows: list[UnitStatus] = field(default_factory=list)
    ledger: bool = True  # False: this installation has no exchange ledger yet

    def count(self, *statuses: str) -> int:
        return sum(1 for r in self.rows if r.status in statuses)

    @property
    def expected(self) -> int:
        return len(self.rows)

    @property
    def received(self) -> int:
        return self.count("on_time", "late", "local")

    @property
    def on_time(self) -> int:
        return self.count("on_time", "local")

    @property
    def not_received(self) -> list[UnitStatus]:
        """The units whose report for the period has not come (silent, partial or not yet due)."""
        return [r for r in self.rows if r.status in NOT_RECEIVED]

    def as_dict(self) -> dict[str, Any]:
        return {
            "unit": {"code": self.unit_code, "name": self.unit_name},
            "period": self.period.as_dict(),
            "deadline": self.deadline.isoformat(),
            "expected": self.expected,
            "received": self.received,
            "on_time": self.on_time,
            "late": self.count("late"),
            "partial": self.count("partial"),
            "missing": self.count("missing"),
            "pending": self.count("pending"),
            "gaps": sum(1 for r in self.rows if r.gaps),
            "not_received": [r.code for r in self.not_received],
            "rows": [r.as_dict() for r in self.rows],
        }


def _utc_stamp(day: dt.date) -> str:
    """The first moment of ``day`` in Vietnam, as the ledger writes times (UTC, fixed width)."""
    moment = dt.datetime(day.year, day.month, day.day, tzinfo=VN_TZ).astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


NOT_RECEIVED = ("missing", "partial", "pending")


@dataclass(frozen=True)
class ReportingRule:
    """When reports are due: ``due_days`` after a period's last day, over reporting months that
    start on ``cycle_start`` (1: calendar months; 15: from the 15th to the 14th of the next month)."""

    due_days: int = DEFAULT_GRACE_DAYS
    cycle_start: int = DEFAULT_CYCLE_START

    def __post_init__(self) -> None:
        if not 0 <= self.due_days <= MAX_GRACE_DAYS:
            raise ValidationError(
                f"Hạn báo cáo phải từ 0 đến {MAX_GRACE_DAYS} ngày sau khi hết kỳ.",
                f"due_days {self.due_days} out of 0..{MAX_GRACE_DAYS}",
                field="due_days",
            )
        if not 1 <= self.cycle_start <= MAX_CYCLE_START:
            raise ValidationError(
                f"Ngày bắt đầu kỳ báo cáo phải từ 1 đến {MAX_CYCLE_START}.",
                f"cycle_start {self.cycle_start} out of 1..{MAX_CYCLE_START}",
                field="cycle_start",
            )

    def deadline(self, period: Period) -> dt.date:
        return period.deadline(self.due_days)

    def current_period(self, today: dt.date) -> Period:
        """The reporting month whose reports are being collected: the last one that has ended."""
        if self.cycle_start == 1:
            return periods.previous("month", today)
        this_start = today.replace(day=self.cycle_start)
        if today < this_start:
            this_start = _month_before(this_start)
        start = _month_before(this_start)
        return periods.custom(start, this_start - dt.timedelta(days=1))


def _month_before(day: dt.date) -> dt.date:
    return day.replace(year=day.year - 1, month=12) if day.month == 1 else day.replace(month=day.month - 1)


def reporting_rule(db: Store) -> ReportingRule:
    due = settings.get(db, "pref.reports.grace_days", DEFAULT_GRACE_DAYS)
    start = settings.get(db, "pref.reports.cycle_start", DEFAULT_CYCLE_START)
    try:
        return ReportingRule(int(due), int(start))
    except (TypeError, ValueError, ValidationError):  # written by hand: the defaults, not a refusal
        return ReportingRule()


def save_reporting_rule(db: Store, rule: ReportingRule) -> None:
    settings.put_many(db, {"pref.reports.grace_days": rule.due_days, "pref.reports.cycle_start": rule.cycle_start})


def grace_days(db: Store) -> int:
    return reporting_rule(db).due_days


def reminder_text(status: Completeness, today: dt.date) -> str:
    """A message to paste into the units' Zalo group: who has not sent the period's log, and by when.
    Always Vietnamese: it is read by the communes, whatever language this window speaks."""
    waiting = status.not_received
    if not waiting:
        return f"{status.unit_name}: đã nhận đủ nhật ký {status.period.label} của {status.expected} đơn vị. Xin cảm ơn."
    names = "\n".join(f"{n}. {r.name}" for n, r in enumerate(waiting, 1))
    when = (
        f"hạn gửi ngày {fmt.date(status.deadline)}"
        if today <= status.deadline
        else f"đã quá hạn ngày {fmt.date(status.deadline)}"
    )
    ask = "trước hạn" if today <= status.deadline else "ngay trong hôm nay"
    return (
        f"[Nhắc báo cáo] {status.unit_name} đến ngày {fmt.date(today)} chưa nhận được nhật ký tuyên truyền miệng "
        f"{status.period.label} ({when}) của {len(waiting)}/{status.expected} đơn vị:\n{names}\n"
        f"Đề nghị các đơn vị gửi tệp nhật ký {ask} (Sổ tay Tuyên truyền → Trao đổi → Gửi nhật ký) "
        "qua nhóm này. Xin cảm ơn."
    )


def completeness(
    db: Store, root: str, period: Period, today: dt.date | None = None, grace: int | None = None
) -> Completeness:
    today = today or dt.date.today()
    grace = grace_days(db) if grace is None else grace
    deadline = period.deadline(grace)
    name, kind, _province = unit_info(db, root)
    if kind == "commune":
        expected = [(root, name, root)]
    elif period.end < OFFICIAL_SINCE:
        expected = []
    else:
        expected = q.expected_reporters(db, root)
    local_unit = settings.get(db, "unit_code")
    codes = [c for c, _n, _t in expected]
    closing_after = _utc_stamp(period.end + dt.timedelta(days=1))
    due_before = _utc_stamp(deadline + dt.timedelta(days=1))
    ledger = q.ledger_summary(db, codes, closing_after)
    figures = q.talks_per_sender(db, codes, period.start.isoformat(), period.end.isoformat())
    parents = units_repo.unit_names(db, {t for c, _n, t in expected if t != c})
    rows = []
    for code, unit_name, top in expected:
        info = ledger.get(code)  # None: no bundle from this unit
        sessions, attendance = figures.get(code, (0, 0))
        closing = info["closing_created"] if info else None
        if code == local_unit:
            status = "local"
        elif closing:
            status = "on_time" if closing < due_before else "late"
        elif today <= deadline:
            status = "pending"
        elif info:
            status = "partial"
        else:
            status = "missing"
        nothing = info is None and code != local_unit
        rows.append(
            UnitStatus(
                code=code,
                name=unit_name,
                parent_name=parents.get(top, "") if top != code else "",
                status=status,
                sessions=None if nothing else sessions,
                attendance=None if nothing else attendance,
                bundles=info["bundles"] if info else 0,
                last_created=info["last_created"] if info else None,
                last_applied=info["last_applied"] if info else None,
                last_bundle=info["last_bundle"] if info else None,
                closing_created=closing,
                gaps=tuple(info["gaps"]) if info else (),
            )
        )
    keys = {n: sort_key(n) for n in {r.parent_name for r in rows} | {r.name for r in rows}}
    rows.sort(key=lambda r: (r.rank, not r.gaps, keys[r.parent_name], keys[r.name]))
    return Completeness(root, name, period, deadline, rows, ledger=q.ledger_ready(db))
