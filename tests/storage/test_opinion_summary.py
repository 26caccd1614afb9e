"""The opinion section's figures read from the summaries and the partial indexes (issue 18) equal
the section's rule applied to every talk: a talk counts once under each theme it raised, even when
it lists the theme twice; a custom range's partial months come from the talks; the migration's
fill equals the summary the writes keep."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import orjson
import pytest

from desktop_app.storage import opinion, summaries
from desktop_app.storage.migrations import m0020_opinion_summary
from desktop_app.storage.report_figures import scope_cte

RANGES = [("2026-01-01", "2026-12-31"), ("2026-03-15", "2026-09-10"), ("2026-05-02", "2026-05-20")]


def direct_themes(db, root, start, end) -> dict[tuple[str, str], tuple[int, int]]:
    """(top, theme) → (talks, questions) over every talk of the period, as the section counts them."""
    cte, params = scope_cte(root)
    talks, questions = Counter[tuple[str, str]](), Counter[tuple[str, str]]()
    for top, themes, asked in db.execute(
        f"WITH RECURSIVE {cte} SELECT s.top, t.question_themes, t.questions_count FROM talks t "
        "JOIN scope s ON s.code = t.unit_code WHERE t.deleted = 0 AND t.held_on BETWEEN ? AND ?",
        [*params, start, end],
    ):
        for theme in dict.fromkeys(orjson.loads(themes or "[]")):
            talks[(top, theme)] += 1
            questions[(top, theme)] += asked
    return {key: (n, questions[key]) for key, n in talks.items()}


@pytest.fixture
def services(demo_services):
    s = demo_services
    s.talks.add(
        held_on="2026-05-10", question_themes=["Đất đai", "Đất đai", "Giá điện"], questions_count=4, urgent=True
    )
    s.talks.add(held_on="2026-09-05", question_themes=["Giá điện"], questions_count=1, follow_up_text="Trả lời sau")
    s.talks.add(held_on="2026-03-20", question_themes=["Môi trường"], urgent=True)
    return s


@pytest.mark.parametrize("start, end", RANGES)
def test_the_themes_equal_the_sections_rule_over_every_talk(services, start, end):
    db = services.session.db
    root = services.session.installation.unit_code
    expected = direct_themes(db, root, start, end)
    assert any(theme == "Đất đai" for _top, theme in expected)  # the talk listing it twice is in range
    got = {(top, theme): (n, asked) for top, theme, n, asked in opinion.themes(db, root, start, end)}
    assert got == expected


def test_a_theme_listed_twice_counts_once(services):
    db = services.session.db
    root = services.session.installation.unit_code
    got = {theme: (n, asked) for _top, theme, n, asked in opinion.themes(db, root, "2026-05-10", "2026-05-10")}
    assert got["Đất đai"] == (1, 4) and got["Giá điện"] == (1, 4)


def direct_follow_ups(db, root, start, end, today) -> tuple[dict[str, tuple[int, ...]], Counter[tuple[str, int]]]:
    """Per child unit: (urgent, raised, open, overdue, transferred, answered), and (unit, days to
    answer) → talks, over every talk of the period, one by one."""
    cte, params = scope_cte(root)
    counts: dict[str, list[int]] = {}
    days = Counter[tuple[str, int]]()
    for top, held, status, outcome, resolved, due, urgent in db.execute(
        f"WITH RECURSIVE {cte} SELECT s.top, t.held_on, t.follow_up_status, t.follow_up_outcome, "
        "t.follow_up_resolved_on, t.follow_up_due, t.urgent FROM talks t JOIN scope s ON s.code = t.unit_code "
        "WHERE t.deleted = 0 AND t.held_on BETWEEN ? AND ? AND (t.follow_up_status != 'none' OR t.urgent = 1)",
        [*params, start, end],
    ):
        row = counts.setdefault(top, [0] * 6)
        row[0] += bool(urgent)
        if status == "none":
            continue
        row[1] += 1
        if status != "done":
            row[2] += 1
            row[3] += due is not None and due < today
            continue
        row[4 if outcome == "transferred" else 5] += 1
        if resolved:
            days[(top, (dt.date.fromisoformat(resolved) - dt.date.fromisoformat(held)).days)] += 1
    return {top: tuple(row) for top, row in counts.items()}, days


@pytest.mark.parametrize("start, end", RANGES)
def test_the_follow_ups_and_urgent_talks_are_counted_as_one_by_one(services, start, end):
    db = services.session.db
    root = services.session.installation.unit_code
    talk = services.talks.add(held_on="2026-05-12", question_themes=["Giá điện"], follow_up_text="Chuyển huyện")
    services.talks.resolve_follow_up(talk.id, outcome="transferred", on=dt.date(2026, 5, 19))
    for today in ("2026-06-01", "2026-12-31"):
        counts, days = opinion.follow_up_figures(db, root, start, end, today)
        expected_counts, expected_days = direct_follow_ups(db, root, start, end, today)
        assert {row[0]: tuple(row[1:]) for row in counts} == expected_counts
        assert {(top, d): n for top, d, n in days} == dict(expected_days)
        assert expected_counts and sum(row[1] for row in expected_counts.values()) > 0


def test_the_migration_fills_the_summary_the_writes_keep(services):
    db = services.session.db
    db.execute("DROP TABLE summary_opinion")
    db.execute("DROP INDEX IF EXISTS talks_follow_ups")  # 0022 takes it away again
    db.execute("DROP INDEX talks_owner_day")
    m0020_opinion_summary.apply(db.utils)
    stored = summaries.stored_rows(db, summaries.OPINION)
    assert stored and stored == summaries.fresh_rows(db, summaries.OPINION)


@pytest.mark.parametrize("limit", [1, 2, 50])
def test_what_waits_is_the_oldest_overdue_or_urgent_matters(services, limit):
    db = services.session.db
    root = services.session.installation.unit_code
    services.talks.add(held_on="2026-02-10", question_themes=["Đất đai"], follow_up_text="Hỏi xã", urgent=True)
    services.talks.add(
        held_on="2026-04-01", question_themes=["Giá điện"], follow_up_text="Hỏi điện lực", follow_up_due="2026-04-15"
    )
    cte, params = scope_cte(root)
    for end, today in (("2026-12-31", "2026-12-31"), ("2026-04-30", "2026-04-10")):
        expected = db.execute(
            f"WITH RECURSIVE {cte} SELECT s.top, t.held_on, t.question_themes, t.questions_count, t.follow_up_status, "
            "t.follow_up_due, t.follow_up_outcome, t.follow_up_resolved_on, t.urgent FROM talks t "
            "JOIN scope s ON s.code = t.unit_code WHERE t.deleted = 0 AND t.held_on <= ? "
            "AND t.follow_up_status != 'done' AND ((t.follow_up_status = 'open' AND t.follow_up_due IS NOT NULL "
            "AND t.follow_up_due < ?) OR t.urgent = 1) ORDER BY t.held_on, t.id LIMIT ?",
            [*params, end, today, limit],
        ).fetchall()
        assert opinion.waiting(db, root, end, today, limit) == [tuple(r) for r in expected]
        assert expected
