"""Regularity as report data: each unit's weeks with activity, longest gap and peak share (the rule
is ``core/regularity.py``), the topic × month grid, and the two heatmaps drawn from them, in the
window, the PDF's appendix and the DOCX alike."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..core.regularity import Regularity
from ..core.text import sort_key
from .heatmap import HeatmapSpec
from .periods import Period

TOPIC_ROWS = 15  # the topic heatmap's rows at most, the last one grouping the rest
OTHER_TOPICS = "Các chuyên đề khác"
UNIT_WEEK_TITLE = "Hoạt động theo tuần của từng đơn vị"
TOPIC_MONTH_TITLE = "Số buổi theo chuyên đề và tháng"


@dataclass(frozen=True)
class UnitRegularity:
    code: str
    name: str
    figures: Regularity
    per_week: dict[dt.date, int] = field(default_factory=dict)


def _figures_json(r: Regularity) -> dict[str, Any]:
    return {
        "weeks_active": r.weeks_active,
        "weeks_total": r.weeks_total,
        "longest_gap_days": r.longest_gap_days,
        "activities": r.activities,
        "peak_activities": r.peak_activities,
        "peak_share": round(r.peak_share, 4),
        "peak_only": r.peak_only,
    }


@dataclass(frozen=True)
class RegularityReport:
    root: str
    period: Period
    until: dt.date  # the period's end, or today while it runs
    weeks: list[dt.date]  # the Mondays of the period's weeks
    peaks: frozenset[dt.date]
    whole: Regularity
    units: list[UnitRegularity]

    @property
    def peak_only(self) -> list[UnitRegularity]:
        """The units whose activity falls almost all in the peak weeks ("chỉ cao điểm")."""
        return [unit for unit in self.units if unit.figures.peak_only]

    def as_json(self) -> dict[str, Any]:
        return {
            "unit": self.root,
            "period": self.period.code,
            "start": self.period.start.isoformat(),
            "end": self.period.end.isoformat(),
            "until": self.until.isoformat(),
            "peak_weeks": sorted(week.isoformat() for week in self.peaks),
            **_figures_json(self.whole),
            "units": [{"code": u.code, "name": u.name, **_figures_json(u.figures)} for u in self.units],
        }


@dataclass(frozen=True)
class TopicMonths:
    """Talks per topic and month of a period: the most frequent topics, the rest in one last row
    (``OTHER_TOPICS``, summed: a talk on two of them counts in each, as in the topic table)."""

    months: list[str]  # "2026-07"
    topics: list[str]  # row labels
    values: list[list[int]]  # values[topic][month]
    grouped: int = 0  # topics summed in the last row (0: every topic has its row)

    @classmethod
    def of(cls, rows: list[tuple[str, str, int]], months: list[str], most: int = TOPIC_ROWS) -> TopicMonths:
        """``rows``: (topic name, month, talks), from ``storage.regularity.topic_months``."""
        per_topic: dict[str, dict[str, int]] = defaultdict(dict)
        for name, month, talks in rows:
            per_topic[name][month] = per_topic[name].get(month, 0) + talks
        ranked = sorted(per_topic, key=lambda name: (-sum(per_topic[name].values()), sort_key(name)))
        shown = ranked if len(ranked) <= most else ranked[: most - 1]
        values = [[per_topic[name].get(m, 0) for m in months] for name in shown]
        topics = list(shown)
        rest = ranked[len(shown) :]
        if rest:
            topics.append(f"{OTHER_TOPICS} ({len(rest)})")
            values.append([sum(per_topic[name].get(m, 0) for name in rest) for m in months])
        return cls(months, topics, values, len(rest))

    def as_json(self) -> dict[str, Any]:
        return {"months": self.months, "topics": self.topics, "values": self.values, "grouped": self.grouped}


def unit_week_heatmap(report: RegularityReport, title: str, legend: str = "") -> HeatmapSpec:
    """Units × weeks of the period (a commune: its own row); every fourth week is labelled with its
    Monday (d/m), the peak weeks are marked."""
    rows = report.units or [UnitRegularity(report.root, report.root, report.whole)]
    return HeatmapSpec(
        title=title,
        rows=[unit.name for unit in rows],
        columns=[f"{m.day}/{m.month}" if i % 4 == 0 else "" for i, m in enumerate(report.weeks)],
        values=[[unit.per_week.get(monday, 0) for monday in report.weeks] for unit in rows],
        peak_columns=frozenset(i for i, monday in enumerate(report.weeks) if monday in report.peaks),
        legend=legend,
    )


def month_label(month: int, year: int, one_year: bool) -> str:
    """ "T7" within one year (the year is in the title), "7/26" across two."""
    return f"T{month}" if one_year else f"{month}/{year % 100:02d}"


def topic_month_heatmap(
    grid: TopicMonths, title: str, legend: str = "", label: Callable[[int, int, bool], str] = month_label
) -> HeatmapSpec:
    """Topics × months, every month labelled by ``label(month, year, one_year)``."""
    one_year = len({m[:4] for m in grid.months}) == 1
    return HeatmapSpec(
        title=title,
        rows=grid.topics,
        columns=[label(int(m[5:7]), int(m[:4]), one_year) for m in grid.months],
        values=grid.values,
        legend=legend,
    )


def unit_week_legend(report: RegularityReport, most: int) -> str:
    """The PDF's legend under the unit × week map (the window writes its own, translated)."""
    peaks = "; vạch cam: tuần cao điểm (tuần có ngày lễ lớn và tuần trước đó)" if report.peaks else ""
    return f"Ô trắng: tuần không có hoạt động; màu càng đậm càng nhiều hoạt động (đậm nhất: {most}){peaks}."


def topic_month_legend(most: int) -> str:
    return f"Ô trắng: không có buổi nào; màu càng đậm càng nhiều buổi (đậm nhất: {most})."
