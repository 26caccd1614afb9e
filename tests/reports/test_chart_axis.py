"""The value axis of a chart is cut in four; every tick must be a whole number of talks or people."""

from __future__ import annotations

from desktop_app.reports.charts import AXIS_STEPS, _nice_max


def test_the_axis_top_covers_the_largest_value_and_its_quarters_are_whole():
    for value in range(0, 20_001):
        top = _nice_max(value)
        assert top >= value and top % AXIS_STEPS == 0, (value, top)


def test_the_axis_top_stays_close_to_the_largest_value():
    assert [_nice_max(v) for v in (0, 3, 5, 9, 10, 13, 33, 99, 101, 4_685)] == [
        4,
        4,
        8,
        12,
        12,
        16,
        40,
        100,
        120,
        6_000,
    ]
