"""The regularity rule: ISO weeks from Monday, the longest gap with the period's edges, peak weeks
around the great days, and the "chỉ cao điểm" flag (≥ 70 % in peak weeks and ≤ 40 % of weeks active)."""

from __future__ import annotations

import datetime as dt

from desktop_app.core.regularity import Regularity, measure, peak_weeks, week_of, weeks_in

D = dt.date


def test_weeks_start_on_monday_and_count_every_week_the_period_touches():
    assert week_of(D(2026, 5, 19)) == D(2026, 5, 18)  # a Tuesday
    assert week_of(D(2026, 5, 24)) == D(2026, 5, 18)  # the Sunday of the same week
    assert len(weeks_in(D(2025, 1, 1), D(2025, 12, 31))) == 53  # Wednesday to Wednesday
    assert weeks_in(D(2026, 6, 1), D(2026, 6, 7)) == [D(2026, 6, 1)]


def test_peak_weeks_are_the_great_days_week_and_the_one_before():
    assert peak_weeks([D(2026, 9, 2)]) == {D(2026, 8, 31), D(2026, 8, 24)}


def test_the_longest_gap_counts_the_days_before_the_first_and_after_the_last_activity():
    start, end = D(2026, 1, 1), D(2026, 1, 31)
    week = {week_of(D(2026, 1, 10)): 1}
    assert measure(start, end, week, D(2026, 1, 10), D(2026, 1, 10), 0, frozenset()).longest_gap_days == 21
    assert measure(start, end, {}, None, None, 0, frozenset()).longest_gap_days == 31


def test_peak_only_needs_both_most_activity_in_peaks_and_few_active_weeks():
    def flag(weeks_active, peak_activities, activities=10, weeks_total=10):
        return Regularity(weeks_active, weeks_total, 0, activities, peak_activities).peak_only

    assert flag(weeks_active=4, peak_activities=7)  # 70 % in peaks, 40 % of weeks: both limits included
    assert not flag(weeks_active=5, peak_activities=7)  # works half the weeks
    assert not flag(weeks_active=4, peak_activities=6)  # 60 % in peaks
    assert not flag(weeks_active=0, peak_activities=0, activities=0)  # nothing at all is not "peak only"
