"""The talk log's quick period choices, as dates."""

import datetime as dt

from desktop_app.core.filters import quick_period

TODAY = dt.date(2026, 11, 29)


def test_each_choice_ends_today_or_at_last_month_end():
    assert quick_period("this_month", TODAY) == (dt.date(2026, 11, 1), TODAY)
    assert quick_period("last_month", TODAY) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert quick_period("last_30", TODAY) == (dt.date(2026, 10, 31), TODAY)
    assert quick_period("this_quarter", TODAY) == (dt.date(2026, 10, 1), TODAY)
    assert quick_period("this_year", TODAY) == (dt.date(2026, 1, 1), TODAY)
    assert quick_period("all", TODAY) == (None, None)


def test_last_month_in_january_is_december():
    assert quick_period("last_month", dt.date(2027, 1, 5)) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))
