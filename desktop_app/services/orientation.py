"""Orientations (định hướng tuyên truyền, issue 16): the topics an aggregator sets its units for a
month or quarter, and how far each unit's talks of the period have covered them."""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass, replace

from ..core import validation
from ..core.enums import Role, TalkFormat
from ..core.errors import ValidationError
from ..core.ids import uuid7
from ..core.orientation import KEY_DATE_LABEL_MAX, KEY_DATES_MAX, KeyDate, OrientationTopic, Priority
from ..core.rules import TOPIC_CHARS
from ..core.topics import topic_words
from ..reports import periods
from ..reports.orientation import Coverage, UnitCoverage
from ..reports.orientation import coverage as coverage_of
from ..storage import orientations as repo
from .fields import enum_value
from .session import Session

__all__ = ["Coverage", "OrientationService", "Progress", "UnitCoverage", "parse_key_dates"]

TOPIC_CAP = TOPIC_CHARS  # as long as a talk's topic may be, so a talk can name it


@dataclass(frozen=True)
class Progress:
    """This unit's progress on the current period's orientation, as its home shows it: with the
    titles of the linked documents that are in the library here, and today to count days to a due date."""

    period: periods.Period
    topics: tuple[OrientationTopic, ...]
    covered: tuple[bool, ...]
    document_titles: dict[str, str]
    today: dt.date

    @property
    def key_dates(self) -> tuple[KeyDate, ...]:
        """The key dates of every topic of the period, each once, in date order."""
        found = {(k.on, k.label): k for t in self.topics for k in t.key_dates}
        return tuple(found[key] for key in sorted(found))

    def days_left(self, topic: OrientationTopic) -> int | None:
        """Days until the topic is due (negative once past), None when it has no due date."""
        return (dt.date.fromisoformat(topic.due_on) - self.today).days if topic.due_on else None


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
        key_dates: tuple[str, ...] = (),
    ) -> OrientationTopic:
        """Set one topic of a period's orientation; only an aggregator sets them for its units."""
        draft = self._draft(self.period_code(period), topic, priority, due_on, document_ids, formats, key_dates)
        return repo.save(self._session.db, draft)

    def _draft(
        self,
        code: str,
        topic: str,
        priority: str,
        due_on: str | None,
        document_ids: tuple[str, ...],
        formats: tuple[str, ...],
        key_dates: tuple[str, ...],
    ) -> OrientationTopic:
        """A new version of one topic, every field checked; nothing is written."""
        session = self._session
        if session.installation.role is not Role.AGGREGATOR:
            raise ValidationError(
                "Chỉ đơn vị tổng hợp (cấp trên) mới ra định hướng tuyên truyền.",
                "only an aggregator issues an orientation",
                field="role",
            )
        validation.require_text("topic", topic.strip())
        validation.check_length("topic", topic.strip(), TOPIC_CAP)
        due_day = validation.parse_date("due_on", due_on)
        return OrientationTopic(
            id=uuid7(),
            owner_unit=session.installation.unit_code,
            hlc=session.next_version(),
            period=code,
            topic=topic.strip(),
            priority=enum_value(Priority, priority, "priority"),
            due_on=due_day.isoformat() if due_day else None,
            document_ids=tuple(dict.fromkeys(d.strip() for d in document_ids if d.strip())),
            formats=tuple(enum_value(TalkFormat, f, "format").value for f in formats),
            key_dates=parse_key_dates(key_dates),
        )

    def set_period(
        self,
        period: str,
        topics: builtins.list[tuple[str, str]],
        due_on: str | None = None,
        document_ids: tuple[str, ...] = (),
        formats: tuple[str, ...] = (),
        key_dates: tuple[str, ...] = (),
    ) -> builtins.list[OrientationTopic]:
        """Issue or change a period's whole orientation as the window's form holds it: ``topics`` as
        (name, priority), the rest shared by every topic. A topic kept (same folded words) keeps its
        id; one left out is withdrawn. Every field is checked before anything is written."""
        code = self.period_code(period)
        if not topics:
            raise validation.fail("topic", "định hướng cần ít nhất một chủ đề.", "no topics")
        drafts = [
            self._draft(code, name, priority, due_on, document_ids, formats, key_dates) for name, priority in topics
        ]
        names = [topic_words(d.topic) for d in drafts]
        if len(set(names)) < len(names):
            raise validation.fail("topic", "có chủ đề nhập hai lần.", "a topic twice")
        session = self._session
        old = {topic_words(t.topic): t for t in self._own(code)}
        saved = []
        with session.db.atomic():
            for draft, words in zip(drafts, names, strict=True):
                kept = old.pop(words, None)
                saved.append(repo.save(session.db, replace(draft, id=kept.id) if kept else draft))
            for gone in old.values():
                repo.save(session.db, replace(gone, hlc=session.next_version(), deleted=True))
        return saved

    def withdraw(self, period: str) -> int:
        """Withdraw this unit's orientation of a period (tombstones, so the next pack withdraws it
        below too); the number of topics withdrawn."""
        session = self._session
        topics = self._own(self.period_code(period))
        with session.db.atomic():
            for topic in topics:
                repo.save(session.db, replace(topic, hlc=session.next_version(), deleted=True))
        return len(topics)

    def _own(self, code: str) -> builtins.list[OrientationTopic]:
        unit = self._session.installation.unit_code
        return [t for t in repo.listed(self._session.db, code) if t.owner_unit == unit]

    def period_code(self, text: str) -> str:
        """The code of a month (``2026-12``) or a quarter (``2026-Q4``), the periods orientations take."""
        code = periods.parse(text)
        if code.kind not in ("month", "quarter"):
            raise validation.fail(
                "period", "định hướng ra theo tháng (2026-12) hoặc theo quý (2026-Q4).", "period not a month or quarter"
            )
        return code.code

    def period_choices(self) -> builtins.list[periods.Period]:
        """The periods an orientation is issued for from today: this month and the next two, this
        quarter and the next."""
        today = self._session.today
        month = periods.containing("month", today)
        quarter = periods.containing("quarter", today)
        months = [month]
        for _ in range(2):
            months.append(periods.containing("month", months[-1].end + dt.timedelta(days=1)))
        return [*months, quarter, periods.containing("quarter", quarter.end + dt.timedelta(days=1))]

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
        """Units × topics (``reports.orientation``): at an aggregator, one row per commune under it;
        at a commune, its own row."""
        session = self._session
        communes = session.installation.role is Role.AGGREGATOR
        return coverage_of(session.db, session.installation.unit_code, periods.parse(period), communes)

    def progress(self) -> Progress:
        """The current period's topics, each covered by this unit's talks of the period or not yet."""
        coverage = self.coverage(self.current_period())
        covered = coverage.units[0].covered if coverage.units else ()
        linked = [doc_id for t in coverage.topics for doc_id in t.document_ids]
        titles = repo.document_titles(self._session.db, linked)
        return Progress(periods.parse(coverage.period), coverage.topics, covered, titles, self._session.today)


def parse_key_dates(texts: tuple[str, ...]) -> tuple[KeyDate, ...]:
    """Key dates as a user writes them, ``22/12/2026:Ngày thành lập QĐND`` or ``2026-12-22:…``,
    in date order, each day once."""
    if len(texts) > KEY_DATES_MAX:
        raise validation.fail(
            "key_dates", f"nhiều nhất {KEY_DATES_MAX} ngày.", f"{len(texts)} key dates, limit {KEY_DATES_MAX}"
        )
    found: dict[tuple[object, str], KeyDate] = {}
    for text in texts:
        day_text, colon, label_text = text.partition(":")
        label = " ".join(label_text.split())
        if not colon or not label:
            raise validation.fail(
                "key_dates",
                f"“{text.strip()[:60]}” thiếu tên ngày (viết ngày:tên, ví dụ 22/12/2026:Ngày thành lập QĐND).",
                f"key date {text[:60]!r} is not DATE:label",
            )
        validation.check_length("key_dates", label, KEY_DATE_LABEL_MAX)
        day = validation.parse_date("key_dates", day_text)
        if day is None:
            raise validation.fail("key_dates", f"“{text.strip()[:60]}” thiếu ngày.", "key date without a day")
        found.setdefault((day, label), KeyDate(day, label))
    return tuple(sorted(found.values(), key=lambda k: (k.on, k.label)))
