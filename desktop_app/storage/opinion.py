"""The figures of the opinion section (issue 16, item 5): the themes of a period under a unit (from
the summaries), its talks that had a follow-up or were marked urgent, and the matters still waiting. Themes,
counts, states and days only: never the text of a concern, never a name.

Rows are plain tuples; ``reports.opinion`` turns them into the section. Deleted talks never count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .report_figures import ALL, Selection, scope_cte

if TYPE_CHECKING:
    from .store import Store

Row = tuple[Any, ...]

# (top unit, held_on, question themes as JSON, questions, follow-up state, due, outcome, resolved on, urgent)
_COLUMNS = """s.top, t.held_on, t.question_themes, t.questions_count, t.follow_up_status, t.follow_up_due,
    t.follow_up_outcome, t.follow_up_resolved_on, t.urgent"""


def themes(db: Store, root: str, start: str, end: str) -> list[Row]:
    """(child unit of ``root``, question theme, talks, questions) of the period, from the summaries:
    a talk counts once under each theme it raised."""
    with Selection(db, root, start, end) as sel:
        return sel.opinion_themes()


def follow_ups_of(db: Store, root: str, start: str, end: str) -> list[Row]:
    """One row per talk of the period under ``root`` with a follow-up (open or done) or the urgent
    mark, with the child unit of ``root`` it rolls up to; found through the partial indexes."""
    cte, params = scope_cte(root)
    # the country's follow-ups by day; under a unit, its units' own (a province's year is a few of them)
    by = "" if root == ALL else "INDEXED BY talks_follow_ups_unit WHERE unit_code IN (SELECT code FROM scope) AND"
    candidates = (
        f"SELECT rowid AS r FROM talks {by or 'WHERE'} follow_up_status != 'none' AND deleted = 0 "
        "AND held_on BETWEEN ? AND ? UNION SELECT rowid FROM talks WHERE urgent = 1 AND held_on BETWEEN ? AND ?"
    )
    return [
        tuple(r)
        for r in db.execute(
            f"WITH RECURSIVE {cte} SELECT {_COLUMNS} FROM ({candidates}) c CROSS JOIN talks t ON t.rowid = c.r "
            "JOIN scope s ON s.code = t.unit_code WHERE t.deleted = 0 AND t.held_on BETWEEN ? AND ? "
            "AND (t.follow_up_status != 'none' OR t.urgent = 1) ORDER BY t.held_on, t.id",
            [*params, start, end, start, end, start, end],
        )
    ]


def waiting(db: Store, root: str, end: str, today: str, limit: int = 50) -> list[Row]:
    """Matters raised up to ``end`` still waiting: the follow-up open and past its due day, or the
    concern marked urgent and not yet answered; oldest first. The candidates come from the two
    partial indexes (open follow-ups, urgent talks), never from every talk of the history."""
    cte, params = scope_cte(root)
    candidates = (
        "SELECT rowid AS r FROM talks INDEXED BY talks_open_due WHERE follow_up_status = 'open' AND deleted = 0 "
        "AND follow_up_due < ? UNION SELECT rowid FROM talks WHERE urgent = 1 AND held_on <= ?"
    )
    return [
        tuple(r)
        for r in db.execute(
            f"WITH RECURSIVE {cte} SELECT {_COLUMNS} FROM ({candidates}) c CROSS JOIN talks t ON t.rowid = c.r "
            "JOIN scope s ON s.code = t.unit_code "
            "WHERE t.deleted = 0 AND t.held_on <= ? AND t.follow_up_status != 'done' "
            "AND ((t.follow_up_status = 'open' AND t.follow_up_due IS NOT NULL AND t.follow_up_due < ?) "
            "OR t.urgent = 1) ORDER BY t.held_on, t.id LIMIT ?",
            [*params, today, end, end, today, limit],
        )
    ]
