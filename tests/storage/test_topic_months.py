"""The topic × month grid of a report: talks per topic and month, read from what the report
already selected (deleted talks and talks outside the period or the unit never count; a talk on
two topics counts under each; a talk with no topic under none), and the most frequent topics kept
with the rest grouped in one last row."""

from __future__ import annotations

import datetime as dt

from desktop_app.reports import periods
from desktop_app.reports.build import build_report
from desktop_app.reports.regularity import TopicMonths
from desktop_app.storage.report_figures import Selection

Q1 = periods.parse("2025-Q1")


def _talk(services, day, *topics):
    return services.talks.add(held_on=day, format="meeting", place="Ấp 1", attendance=10, topics=list(topics))


def test_cells_count_the_reports_talks_per_topic_and_month(services):
    _talk(services, dt.date(2025, 1, 6), "Chuyển đổi số")
    _talk(services, dt.date(2025, 1, 20), "Chuyển đổi số")
    _talk(services, dt.date(2025, 1, 31), "Chuyển đổi số", "Phòng, chống ma túy")
    _talk(services, dt.date(2025, 2, 14), "Phòng, chống ma túy")
    _talk(services, dt.date(2025, 3, 3))  # no topic
    _talk(services, dt.date(2025, 4, 1), "Chuyển đổi số")  # after the quarter
    gone = _talk(services, dt.date(2025, 3, 10), "Phòng, chống ma túy")
    services.talks.delete(gone.id)

    db = services.session.db
    expected = [
        ("Chuyển đổi số", "2025-01", 3),
        ("Phòng, chống ma túy", "2025-01", 1),
        ("Phòng, chống ma túy", "2025-02", 1),
    ]
    for through_summaries in (True, False):
        with Selection(db, "30130", "2025-01-01", "2025-03-31", through_summaries=through_summaries) as selected:
            assert sorted(selected.topic_months()) == expected
    # a custom range: the partial months at its ends are read from the talks
    with Selection(db, "30130", "2025-01-21", "2025-02-20") as selected:
        assert sorted(selected.topic_months()) == [
            ("Chuyển đổi số", "2025-01", 1),
            ("Phòng, chống ma túy", "2025-01", 1),
            ("Phòng, chống ma túy", "2025-02", 1),
        ]

    grid = build_report(db, "30130", Q1, today=dt.date(2026, 11, 20)).topic_months
    assert grid == TopicMonths(
        months=["2025-01", "2025-02", "2025-03"],
        topics=["Chuyển đổi số", "Phòng, chống ma túy"],
        values=[[3, 0, 0], [1, 1, 0]],
    )


def test_beyond_fifteen_topics_the_rest_share_one_row():
    rows = [(f"Chủ đề {n:02d}", "2025-01", 20 - n) for n in range(17)] + [("Chủ đề 16", "2025-02", 2)]
    grid = TopicMonths.of(rows, ["2025-01", "2025-02"])
    assert len(grid.topics) == 15 and grid.grouped == 3
    assert grid.topics[:2] == ["Chủ đề 00", "Chủ đề 01"] and grid.topics[-1] == "Các chuyên đề khác (3)"
    assert grid.values[-1] == [(20 - 14) + (20 - 15) + (20 - 16), 2]
    assert TopicMonths.of(rows[:15], ["2025-01"]).grouped == 0
