"""Orientations (định hướng tuyên truyền, issue 16): the topics an aggregator sets its units for a
month or quarter, and how far each unit's talks of the period have covered them."""

from __future__ import annotations

import builtins
from dataclasses import dataclass

from ..core import validation
from ..core.enums import Role, TalkFormat, UnitKind
from ..core.errors import ValidationError
from ..core.ids import uuid7
from ..core.orientation import OrientationTopic, Priority, covered
from ..core.rules import TOPIC_CHARS
from ..reports import periods
from ..storage import orientations as repo
from ..storage import units as repo_units
from .fields import enum_value
from .session import Session

TOPIC_CAP = TOPIC_CHARS  # as long as a talk's topic may be, so a talk can name it


@dataclass(frozen=True)
class UnitCoverage:
    """One unit's row of the coverage table: for each topic of the period, covered or not yet."""

    unit_code: str
    unit_name: str
    covered: tuple[bool, ...]

    @property
    def count(self) -> int:
        return sum(self.covered)


@dataclass(frozen=True)
class Coverage:
    period: str
    topics: tuple[OrientationTopic, ...]
    units: tuple[UnitCoverage, ...]


@dataclass(frozen=True)
class Progress:
    """This unit's progress on the current period's orientation, as its home shows it."""

    period: periods.Period
    topics: tuple[OrientationTopic, ...]
    covered: tuple[bool, ...]


class OrientationService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def add(
        self,
        period: str,
        topic: str,
        priority: str = Priority.NORMAL.value,
        due_on: str | None = None,
        document_ids: tuple[str, ...] = (),
        formats: tuple[str, ...] = (),
    ) -> OrientationTopic:
        """Set one topic of a period's orientation; only an aggregator sets them for its units."""
        session = self._session
        if session.installation.role is not Role.AGGREGATOR:
            raise ValidationError(
                "Chỉ đơn vị tổng hợp (cấp trên) mới ra định hướng tuyên truyền.",
                "only an aggregator issues an orientation",
                field="role",
            )
        code = self.period_code(period)
        validation.require_text("topic", topic.strip())
        validation.check_length("topic", topic.strip(), TOPIC_CAP)
        due_day = validation.parse_date("due_on", due_on)
        due = due_day.isoformat() if due_day else None
        return repo.save(
            session.db,
            OrientationTopic(
                id=uuid7(),
                owner_unit=session.installation.unit_code,
                hlc=session.next_version(),
                period=code,
                topic=topic.strip(),
                priority=enum_value(Priority, priority, "priority"),
                due_on=due,
                document_ids=tuple(dict.fromkeys(d.strip() for d in document_ids if d.strip())),
                formats=tuple(enum_value(TalkFormat, f, "format").value for f in formats),
            ),
        )

    def period_code(self, text: str) -> str:
        """The code of a month (``2026-12``) or a quarter (``2026-Q4``), the periods orientations take."""
        code = periods.parse(text)
        if code.kind not in ("month", "quarter"):
            raise validation.fail(
                "period", "định hướng ra theo tháng (2026-12) hoặc theo quý (2026-Q4).", "period not a month or quarter"
            )
        return code.code

    def list(self, period: str | None = None) -> builtins.list[OrientationTopic]:
        return repo.listed(self._session.db, periods.parse(period).code if period else None)

    def current_period(self) -> str:
        """This month's code; the home shows its orientation (or, when none, this quarter's)."""
        today = self._session.today
        month = periods.containing("month", today).code
        if repo.listed(self._session.db, month):
            return month
        return periods.containing("quarter", today).code

    def coverage(self, period: str) -> Coverage:
        """Units × topics: a topic is covered by a unit when one of its talks held in the period (at
        the unit or under it) has a topic that folds to it. At an aggregator, one row per commune
        under it; at a commune, its own row."""
        session = self._session
        code = periods.parse(period)
        topics = tuple(repo.listed(session.db, code.code))
        root = session.installation.unit_code
        if session.installation.role is Role.AGGREGATOR:
            rows = [u.code for u in repo_units.children(session.db, root) if u.kind is UnitKind.COMMUNE]
        else:
            rows = [root]
        names = repo_units.unit_names(session.db, rows)
        start, end = code.start.isoformat(), code.end.isoformat()
        units = []
        for unit in rows:
            talks = repo.talk_topics(session.db, unit, start, end)
            units.append(UnitCoverage(unit, names.get(unit, unit), tuple(covered(t.topic, talks) for t in topics)))
        return Coverage(code.code, topics, tuple(units))

    def progress(self) -> Progress:
        """The current period's topics, each covered by this unit's talks of the period or not yet."""
        coverage = self.coverage(self.current_period())
        covered = coverage.units[0].covered if coverage.units else ()
        return Progress(periods.parse(coverage.period), coverage.topics, covered)
