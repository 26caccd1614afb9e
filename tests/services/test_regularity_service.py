"""Regularity measured from the talk log (2025: 53 ISO weeks, from Monday 30/12/2024; its great
days' peak weeks are 14): a commune that works every week and one that works only around 30/4
and 19/5."""

from __future__ import annotations

import datetime as dt

YEAR_2025_WEEKS = 53


def _talk(services, day):
    services.talks.add(held_on=day, format="meeting", place="Ấp 1", attendance=20)


def test_a_commune_that_works_every_week(services):
    for n in range(53):  # every Wednesday, 1/1/2025 to 31/12/2025
        _talk(services, dt.date(2025, 1, 1) + dt.timedelta(weeks=n))
    _talk(services, dt.date(2025, 5, 19))  # a second talk in the week of 19/5
    report = services.regularity.measure("30130", services.reports.period("2025"))
    whole = report.whole
    assert (whole.weeks_active, whole.weeks_total, whole.longest_gap_days) == (53, YEAR_2025_WEEKS, 6)
    assert (whole.activities, whole.peak_activities) == (54, 15)
    assert round(whole.peak_share * 100) == 28 and not whole.peak_only
    assert len(report.peaks) == 14 and dt.date(2025, 8, 25) in report.peaks  # the week before 2/9 (Tuesday)
    (unit,) = report.units
    assert unit.code == "30130" and unit.figures == whole and sum(unit.per_week.values()) == 54


def test_a_commune_that_works_only_around_two_anniversaries(services):
    for day in (28, 29, 30):  # the week of 30/4
        _talk(services, dt.date(2025, 4, day))
    for day in (14, 16, 19):  # the week before 19/5 and the day itself
        _talk(services, dt.date(2025, 5, day))
    deleted = services.talks.add(held_on=dt.date(2025, 10, 1), format="meeting", place="Ấp 2", attendance=5)
    services.talks.delete(deleted.id)  # a deleted talk never counts
    whole = services.regularity.measure("30130", services.reports.period("2025")).whole
    assert (whole.weeks_active, whole.weeks_total) == (3, YEAR_2025_WEEKS)
    assert whole.longest_gap_days == 226  # 20/5 to 31/12
    assert (whole.activities, whole.peak_activities, whole.peak_share) == (6, 6, 1.0)
    assert whole.peak_only


def test_a_running_period_is_measured_up_to_today(services):
    _talk(services, dt.date(2026, 11, 16))  # today is Friday 20/11/2026 in the tests
    whole = services.regularity.measure("30130", services.reports.period("2026-11")).whole
    assert (whole.weeks_active, whole.weeks_total, whole.longest_gap_days) == (1, 4, 15)
