"""A chart's value axis: whole, evenly spaced, round ticks (steps of 1, 2 or 5 times a power of ten,
the top a multiple of the step), never rounded fractions such as 0, 2, 3, 4, 6 or 0, 2, 5, 8, 10."""

from __future__ import annotations

from desktop_app.reports.charts import MAX_INTERVALS, axis_ticks, nice_axis


def _is_one_two_five(step: int) -> bool:
    while step % 10 == 0:
        step //= 10
    return step in (1, 2, 5)


def test_every_axis_is_round_even_and_reaches_the_largest_value():
    for value in range(0, 20_001):
        top, step = nice_axis(value)
        ticks = axis_ticks(value)
        assert _is_one_two_five(step) and top % step == 0, (value, top, step)
        assert ticks == list(range(0, top + 1, step)), value
        assert value <= top < value + step or (value == 0 and top == step), (value, top)
        assert 1 <= len(ticks) - 1 <= MAX_INTERVALS, (value, ticks)


def test_a_month_of_five_talks_counts_one_by_one():
    assert axis_ticks(5) == [0, 1, 2, 3, 4, 5]
    assert axis_ticks(6) == [0, 1, 2, 3, 4, 5, 6]
    assert axis_ticks(7) == [0, 2, 4, 6, 8]
    assert axis_ticks(10) == [0, 2, 4, 6, 8, 10]


def test_larger_values_take_round_steps():
    assert [nice_axis(v) for v in (0, 1, 13, 33, 99, 101, 4_685)] == [
        (1, 1),
        (1, 1),
        (15, 5),
        (40, 10),
        (100, 20),
        (120, 20),
        (5_000, 1_000),
    ]
