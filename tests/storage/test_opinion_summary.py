"""The opinion section's figures read from the summaries and the partial indexes (issue 18) equal
the section's rule applied to every talk: a talk counts once under each theme it raised, even when
it lists the theme twice; a custom range's partial months come from the talks; the migration's
fill equals the summary the writes keep."""

from __future__ import annotations

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


@pytest.mark.parametrize("start, end", RANGES)
def test_the_follow_ups_and_urgent_talks_are_every_such_talk(services, start, end):
    db = services.session.db
    root = services.session.installation.unit_code
    cte, params = scope_cte(root)
    expected = db.execute(
        f"WITH RECURSIVE {cte} SELECT t.held_on FROM talks t JOIN scope s ON s.code = t.unit_code "
        "WHERE t.deleted = 0 AND t.held_on BETWEEN ? AND ? AND (t.follow_up_status != 'none' OR t.urgent = 1) "
        "ORDER BY t.held_on, t.id",
        [*params, start, end],
    ).fetchall()
    assert expected
    assert [row[1] for row in opinion.follow_ups_of(db, root, start, end)] == [row[0] for row in expected]


def test_the_migration_fills_the_summary_the_writes_keep(services):
    db = services.session.db
    db.execute("DROP TABLE summary_opinion")
    db.execute("DROP INDEX talks_follow_ups")
    db.execute("DROP INDEX talks_owner_day")
    m0020_opinion_summary.apply(db.utils)
    stored = summaries.stored_rows(db, summaries.OPINION)
    assert stored and stored == summaries.fresh_rows(db, summaries.OPINION)
