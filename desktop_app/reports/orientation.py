"""How far units covered a period's orientation (định hướng tuyên truyền, issue 16): units × the
period's topics, a topic covered by a unit when one of its talks of the period (at the unit or under
it) has a topic that folds to it. Read by the coverage table of the window and ``sotay orientation
coverage``, and by the report: a paragraph and a table in the written report, a sheet in the XLSX."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..core.orientation import OrientationTopic, Priority, covered
from ..storage import orientations as repo
from ..storage import units as repo_units
from . import fmt
from .periods import Period

if TYPE_CHECKING:
    from ..storage.store import Store
    from .document import Block
    from .model import Report

PRIORITY_WORDS = {Priority.HIGH: "cao", Priority.NORMAL: "thường"}


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

    @property
    def high(self) -> tuple[int, ...]:
        """The places of the high-priority topics among ``topics``."""
        return tuple(n for n, t in enumerate(self.topics) if t.priority is Priority.HIGH)

    def all_high_covered(self) -> int:
        """Units that held a talk on every high-priority topic (on every topic when none is high)."""
        wanted = self.high or tuple(range(len(self.topics)))
        return sum(all(u.covered[n] for n in wanted) for u in self.units)

    def as_dict(self) -> dict[str, Any]:
        """The ``orientation`` key of ``report --json``: topics, and per unit the topics covered."""
        return {
            "period": self.period,
            "topics": [{"id": t.id, "topic": t.topic, "priority": t.priority.value} for t in self.topics],
            "units": [
                {
                    "unit_code": u.unit_code,
                    "unit_name": u.unit_name,
                    "covered": [t.topic for t, done in zip(self.topics, u.covered, strict=True) if done],
                    "count": u.count,
                }
                for u in self.units
            ],
            "units_with_every_high_priority_topic": self.all_high_covered(),
        }


def coverage(db: Store, root: str, period: Period, communes: bool) -> Coverage:
    """``communes``: one row per commune under ``root`` (an aggregator's view), else ``root``'s own row."""
    topics = tuple(repo.listed(db, period.code))
    if communes:
        rows = [u.code for u in repo_units.children(db, root) if u.kind.value == "commune"]
    else:
        rows = [root]
    names = repo_units.unit_names(db, rows)
    start, end = period.start.isoformat(), period.end.isoformat()
    units = []
    for unit in rows:
        talks = repo.talk_topics(db, unit, start, end)
        units.append(UnitCoverage(unit, names.get(unit, unit), tuple(covered(t.topic, talks) for t in topics)))
    return Coverage(period.code, topics, tuple(units))


def for_report(db: Store, root: str, kind: str, period: Period) -> Coverage | None:
    """The report's orientation: none unless the period is a month or a quarter with topics set."""
    if period.kind not in ("month", "quarter"):
        return None
    found = coverage(db, root, period, communes=kind != "commune")
    return found if found.topics and found.units else None


def blocks(report: Report) -> list[Block]:
    """The written report's paragraph and table: units × topics at an aggregator, the unit's own
    topics at a commune."""
    from .document import Table  # the document lays this module's blocks out

    found = report.orientation
    if found is None:
        return []
    n = len(found.topics)
    if report.unit_kind == "commune":
        (own,) = found.units
        text = (
            f"Định hướng tuyên truyền của cấp trên có {fmt.num(n)} chủ đề; "
            f"đã có buổi cho {fmt.num(own.count)}/{fmt.num(n)} chủ đề."
        )
        rows: list[list[Any]] = [
            [t.topic, PRIORITY_WORDS[t.priority], "Đã có buổi" if done else "Chưa"]
            for t, done in zip(found.topics, own.covered, strict=True)
        ]
        return [text, Table(["Chủ đề định hướng", "Ưu tiên", "Kết quả"], rows, [6, 1.2, 1.6])]
    kind = "ưu tiên cao" if found.high else "định hướng"
    text = (
        f"Định hướng tuyên truyền kỳ này có {fmt.num(n)} chủ đề ({fmt.num(len(found.high))} ưu tiên cao); "
        f"{fmt.num(found.all_high_covered())}/{fmt.num(len(found.units))} đơn vị đã có buổi cho mọi chủ đề {kind}."
    )
    headers = ["Đơn vị", *(_head(t) for t in found.topics), "Đã có buổi"]
    rows = [[u.unit_name, *("x" if done else "" for done in u.covered), f"{u.count}/{n}"] for u in found.units]
    widths = [4.0, *([max(1.0, 6.0 / n)] * n), 1.4]
    caption = "Chủ đề định hướng đã có buổi tuyên truyền, theo đơn vị (x: đã có)"
    return [text, Table(headers, rows, widths, caption=caption)]


def sheet(write: Callable[..., Any], report: Report) -> None:
    """The XLSX sheet "Định hướng": one row per unit, one column per topic (1: covered)."""
    found = report.orientation
    if found is None:
        return
    rows = [[u.unit_name, u.unit_code, *(1 if done else 0 for done in u.covered), u.count] for u in found.units]
    write(
        "Định hướng",
        ["Đơn vị", "Mã", *(_head(t) for t in found.topics), "Số chủ đề đã có buổi"],
        rows,
        [32, 9, *[18] * len(found.topics), 14],
        heading=f"Định hướng tuyên truyền {report.period.short_label}: chủ đề đã có buổi (1: đã có)",
        note=(
            f"{fmt.num(found.all_high_covered())}/{fmt.num(len(found.units))} đơn vị đã có buổi cho mọi chủ đề "
            + ("ưu tiên cao." if found.high else "định hướng.")
        ),
    )


def _head(topic: OrientationTopic) -> str:
    return f"{topic.topic} (ưu tiên cao)" if topic.priority is Priority.HIGH else topic.topic
