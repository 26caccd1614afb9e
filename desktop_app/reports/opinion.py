"""The monthly opinion section (issue 16, item 5), built from what the talks record: the themes of
the period with the change from the period before, the matters raised and how each was resolved
(open, transferred, answered) with the median and longest days to answer, per unit for a unit with
units under it, and the matters that need attention (open and overdue, or urgent), oldest first.

Themes, counts and days only: never the text of a concern, never a person's name.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import orjson

from ..core.text import sort_key
from ..storage import opinion as q
from .periods import Period, containing, custom

if TYPE_CHECKING:
    from ..storage.store import Store

NEW = "mới"


@dataclass(frozen=True)
class ThemeChange:
    """A theme's talks and questions in the period, and its talks in the period before."""

    theme: str
    talks: int
    questions: int
    previous_talks: int

    @property
    def change(self) -> str:
        """ "+2", "−1", "0", or "mới" for a theme nobody raised the period before."""
        if not self.previous_talks:
            return NEW
        diff = self.talks - self.previous_talks
        return f"+{diff}" if diff > 0 else (f"−{-diff}" if diff < 0 else "0")


@dataclass(frozen=True)
class Resolution:
    """Matters raised (talks with a follow-up) and where each stands; days from the talk to the
    answer or transfer, for those whose day is known."""

    raised: int = 0
    open: int = 0
    transferred: int = 0
    answered: int = 0
    overdue: int = 0
    urgent: int = 0
    timed: int = 0  # resolved with a known day
    median_days: float | None = None
    longest_days: int | None = None

    @classmethod
    def of(cls, counts: Iterable[tuple[Any, ...]], days: Iterable[tuple[Any, ...]]) -> Resolution:
        """From rows of counts (unit, urgent, raised, open, overdue, transferred, answered) and of
        days to answer (unit, days, talks), as ``storage.opinion.follow_up_figures`` gives them."""
        sums = [sum(column) for column in zip(*(row[1:] for row in counts), strict=True)] or [0] * 6
        taken = Counter[int]()
        for _top, n_days, talks in days:
            taken[n_days] += talks
        urgent, raised, open_, overdue, transferred, answered = sums
        return cls(
            raised=raised,
            open=open_,
            transferred=transferred,
            answered=answered,
            overdue=overdue,
            urgent=urgent,
            timed=taken.total(),
            median_days=_median(taken),
            longest_days=max(taken) if taken else None,
        )


def _median(counts: Counter[int]) -> float | None:
    """The median of values given with how many times each occurs (as ``statistics.median`` of
    the values written out)."""
    total = counts.total()
    if not total:
        return None
    middle = ((total - 1) // 2, total // 2)  # the positions of the middle value or two, from 0
    found: list[int] = []
    seen = 0
    for value in sorted(counts):
        seen += counts[value]
        while len(found) < 2 and middle[len(found)] < seen:
            found.append(value)
    return found[0] if total % 2 else (found[0] + found[1]) / 2


@dataclass(frozen=True)
class UnitResolution:
    unit_code: str
    unit_name: str
    resolution: Resolution


@dataclass(frozen=True)
class Waiting:
    """A matter that needs attention: when and where it was raised, its themes, why it waits."""

    held_on: dt.date
    unit_code: str
    unit_name: str
    themes: tuple[str, ...]
    due: dt.date | None
    overdue: bool
    urgent: bool


@dataclass(frozen=True)
class Opinion:
    period: Period
    previous: Period
    themes: list[ThemeChange] = field(default_factory=list)
    resolution: Resolution = Resolution()
    units: list[UnitResolution] = field(default_factory=list)  # per unit under the report's unit
    waiting: list[Waiting] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.themes or self.resolution.raised or self.resolution.urgent or self.waiting)

    def as_dict(self) -> dict[str, Any]:
        return {
            "period": self.period.as_dict(),
            "previous_period": self.previous.as_dict(),
            "themes": [{**dataclasses.asdict(t), "change": t.change} for t in self.themes],
            "resolution": dataclasses.asdict(self.resolution),
            "units": [
                {"code": u.unit_code, "name": u.unit_name, **dataclasses.asdict(u.resolution)} for u in self.units
            ],
            "waiting": [
                {**dataclasses.asdict(w), "held_on": w.held_on.isoformat(), "due": w.due and w.due.isoformat()}
                for w in self.waiting
            ],
        }


def previous_period(period: Period) -> Period:
    """The period of the same kind just before (the month before a month), or as many days before."""
    if period.kind in ("month", "quarter", "half", "year"):
        return containing(period.kind, period.start - dt.timedelta(days=1))
    end = period.start - dt.timedelta(days=1)
    return custom(end - (period.end - period.start), end)


def build_opinion(
    db: Store,
    root: str,
    root_name: str,
    period: Period,
    child_names: Mapping[str, str],
    today: dt.date,
    *,
    through_summaries: bool = True,
) -> Opinion:
    """The section for ``root`` and ``period``; per unit when ``root`` has units under it
    (``child_names``, by code); ``through_summaries=False`` reads every talk instead."""
    names = {**child_names, root: root_name}
    through = {"through_summaries": through_summaries}
    theme_rows = q.themes(db, root, period.start.isoformat(), period.end.isoformat(), **through)
    iso_today = today.isoformat()
    counts, days = q.follow_up_figures(db, root, period.start.isoformat(), period.end.isoformat(), iso_today, **through)
    before = previous_period(period)
    previous = Counter[str]()
    for _top, theme, n, _questions in q.themes(db, root, before.start.isoformat(), before.end.isoformat(), **through):
        previous[theme] += n
    talks, questions = Counter[str](), Counter[str]()
    for _top, theme, n, asked in theme_rows:
        talks[theme] += n
        questions[theme] += asked
    themes = sorted(
        (ThemeChange(t, n, questions[t], previous[t]) for t, n in talks.items()),
        key=lambda c: (-c.talks, -c.questions, sort_key(c.theme)),
    )
    units: list[UnitResolution] = []
    if child_names:
        tops = dict.fromkeys([row[0] for row in theme_rows] + [row[0] for row in counts])
        units = sorted(
            (
                UnitResolution(
                    code,
                    names.get(code, code),
                    Resolution.of([r for r in counts if r[0] == code], [r for r in days if r[0] == code]),
                )
                for code in tops
            ),
            key=lambda u: (-u.resolution.open, -u.resolution.raised, sort_key(u.unit_name)),
        )
    waiting = [
        Waiting(
            dt.date.fromisoformat(held),
            top,
            names.get(top) or str(top),
            tuple(orjson.loads(themes or "[]")),
            dt.date.fromisoformat(due) if due else None,
            status == "open" and due is not None and due < iso_today,
            bool(urgent),
        )
        for top, held, themes, _n, status, due, _outcome, _resolved, urgent in q.waiting(
            db, root, period.end.isoformat(), iso_today
        )
    ]
    return Opinion(period, before, themes, Resolution.of(counts, days), units, waiting)
