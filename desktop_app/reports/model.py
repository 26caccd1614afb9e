"""The report as plain data: figures for a unit and a period, rolled up the unit tree, with its
breakdowns, concerns, briefing coverage and lock state. Every writer (JSON, XLSX, DOCX, PDF, the
window) reads one ``Report``; nothing here knows Qt or SQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..core.force import UnitForce
from ..core.records import Figures
from .periods import Period

if TYPE_CHECKING:
    from .opinion import Opinion
    from .orientation import Coverage as OrientationCoverage
    from .regularity import RegularityReport, TopicMonths

BREAKDOWNS = ("unit", "month", "format", "topic", "group_kind")
BREAKDOWN_TITLES = {
    "unit": "Theo đơn vị",
    "month": "Theo tháng",
    "format": "Theo hình thức",
    "topic": "Theo chuyên đề",
    "group_kind": "Theo nhóm đối tượng",
}
KEY_HEADERS = {
    "unit": "Đơn vị",
    "month": "Tháng",
    "format": "Hình thức",
    "topic": "Chuyên đề",
    "group_kind": "Nhóm đối tượng",
}
FIGURE_HEADERS = {
    "sessions": "Số cuộc",
    "attendance": "Lượt người dự",
    "views": "Lượt xem",
    "likes": "Lượt thích",
    "shares": "Lượt chia sẻ",
    "comments": "Bình luận",
    "points": "Điểm cầu",
    "questions": "Ý kiến, kiến nghị",
}


@dataclass(frozen=True)
class Row:
    key: str
    label: str
    figures: Figures | None  # None: the unit has not reported ("—", never 0)
    units: int | None = None  # units with talks (topic rows)
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "key": self.key,
            "label": self.label,
            "figures": self.figures.as_dict() if self.figures else None,
        }
        if self.units is not None:
            out["units"] = self.units
        if self.note:
            out["note"] = self.note
        return out

    @property
    def counted(self) -> Figures:
        """The figures, zeros for a unit that has not reported: for sorting and charts (a table
        shows "—")."""
        return self.figures or Figures()


@dataclass(frozen=True)
class Concern:
    """Questions and concerns of one theme: counts only, never who raised them."""

    theme: str
    talks: int
    questions: int
    open_follow_ups: int
    overdue: int
    units: tuple[str, ...]  # names of the units where the theme came up


@dataclass(frozen=True)
class Coverage:
    """A briefing document in force in the period: which units used it in talks, who read it."""

    document_id: str
    title: str
    number: str
    issuer: str
    required: bool
    sessions: int
    attendance: int
    units_with: tuple[str, ...]
    units_without: tuple[str, ...]
    readers: tuple[str, ...]


@dataclass(frozen=True)
class FollowUps:
    """What became of the questions raised: counted by talk, never by who raised them."""

    questions_followed: int = 0  # questions raised at talks that have a follow-up (open or done)
    open_talks: int = 0  # talks whose follow-up is still open
    overdue_talks: int = 0  # of which past their due day


@dataclass(frozen=True)
class LockState:
    lock_id: str
    locked_at: str
    locked_by: str
    approved: Figures
    difference: Figures  # current − approved
    late_changes: int
    late_by_unit: dict[str, int] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return self.late_changes > 0 or self.difference != Figures()


@dataclass(frozen=True)
class AreaRow:
    """Talks in priority areas (a tagged unit or group) or in the rest: direct (meetings, home
    visits, broadcasts...) and online, each with its attendance."""

    tagged: bool
    direct_talks: int
    direct_attendance: int
    online_talks: int
    online_attendance: int

    @classmethod
    def of(cls, tagged: bool, figures: dict[tuple[bool, bool], tuple[int, int]]) -> AreaRow:
        return cls(tagged, *figures[(tagged, False)], *figures[(tagged, True)])


@dataclass(frozen=True)
class ChannelRow:
    """One unit's channels of one platform: how many, their followers at the period's end, and the
    growth over the period (None when no channel was counted before it)."""

    unit_code: str
    unit_name: str
    platform: str
    channels: int
    followers: int
    growth: int | None


@dataclass(frozen=True)
class Report:
    unit_code: str
    unit_name: str
    unit_kind: str
    province_name: str
    period: Period
    generated_on: dt.date
    totals: Figures
    active_units: int  # child units with at least one talk
    child_count: int
    breakdowns: dict[str, list[Row]]
    concerns: list[Concern] = field(default_factory=list)
    coverage: list[Coverage] = field(default_factory=list)
    lock: LockState | None = None
    by_unit_month: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    reported_units: int = 0  # child units whose data is here for the period (sent a file, or local)
    follow_ups: FollowUps = field(default_factory=FollowUps)
    force: list[UnitForce] = field(default_factory=list)  # the roster per unit under this one
    channels: list[ChannelRow] = field(default_factory=list)
    areas: list[AreaRow] = field(default_factory=list)  # priority areas, then the rest
    topic_months: TopicMonths | None = None  # the topic × month grid
    regularity: RegularityReport | None = None  # measured by the services, which know the calendar
    opinion: Opinion | None = None  # the opinion section (``reports.opinion``), with the extras
    orientation: OrientationCoverage | None = None  # the period's orientation covered, per unit

    def as_dict(self) -> dict[str, Any]:
        return {
            "unit": {
                "code": self.unit_code,
                "name": self.unit_name,
                "kind": self.unit_kind,
                "province": self.province_name,
            },
            "period": self.period.as_dict(),
            "generated_on": self.generated_on.isoformat(),
            "totals": self.totals.as_dict(),
            "active_units": self.active_units,
            "reported_units": self.reported_units,
            "follow_ups": dataclasses.asdict(self.follow_ups),
            "force": [dataclasses.asdict(u) for u in self.force],
            "channels": [dataclasses.asdict(c) for c in self.channels],
            "priority_areas": [dataclasses.asdict(a) for a in self.areas],
            "topic_months": self.topic_months.as_json() if self.topic_months else None,
            "regularity": self.regularity.as_json() if self.regularity else None,
            "opinion": None if self.opinion is None else self.opinion.as_dict(),
            "orientation": None if self.orientation is None else self.orientation.as_dict(),
            "child_units": self.child_count,
            "breakdowns": {k: [r.as_dict() for r in rows] for k, rows in self.breakdowns.items()},
            "concerns": [dataclasses.asdict(c) for c in self.concerns],
            "coverage": [dataclasses.asdict(c) for c in self.coverage],
            "lock": None
            if self.lock is None
            else {
                "id": self.lock.lock_id,
                "locked_at": self.lock.locked_at,
                "locked_by": self.lock.locked_by,
                "approved": self.lock.approved.as_dict(),
                "difference": self.lock.difference.as_dict(),
                "late_changes": self.lock.late_changes,
                "late_by_unit": self.lock.late_by_unit,
            },
        }
