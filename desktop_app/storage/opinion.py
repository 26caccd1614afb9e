"""The figures of the opinion section (issue 16, item 5): the talks of a period under a unit that
raised questions, had a follow-up or were marked urgent, and the matters still waiting. Themes,
counts, states and days only: never the text of a concern, never a name.

Rows are plain tuples; ``reports.opinion`` turns them into the section. Deleted talks never count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .report_figures import scope_cte

if TYPE_CHECKING:
    from .store import Store

Row = tuple[Any, ...]

# (top unit, held_on, question themes as JSON, questions, follow-up state, due, outcome, resolved on, urgent)
_COLUMNS = """s.top, t.held_on, t.question_themes, t.questions_count, t.follow_up_status, t.follow_up_due,
    t.follow_up_outcome, t.follow_up_resolved_on, t.urgent"""


def concerns_of(db: Store, root: str, start: str, end: str) -> list[Row]:
    """One row per talk of the period under ``root`` with a question theme, a follow-up or the
    urgent mark, with the child unit of ``root`` it rolls up to."""
    cte, params = scope_cte(root)
    return [
        tuple(r)
        for r in db.execute(
            f"WITH RECURSIVE {cte} SELECT {_COLUMNS} FROM talks t JOIN scope s ON s.code = t.unit_code "
            "WHERE t.deleted = 0 AND t.held_on BETWEEN ? AND ? "
            "AND (t.question_themes != '[]' OR t.follow_up_status != 'none' OR t.urgent = 1) "
            "ORDER BY t.held_on, t.id",
            [*params, start, end],
        )
    ]


def waiting(db: Store, root: str, end: str, today: str, limit: int = 50) -> list[Row]:
    """Matters raised up to ``end`` still waiting: the follow-up open and past its due day, or the
    concern marked urgent and not yet answered; oldest first."""
    cte, params = scope_cte(root)
    return [
        tuple(r)
        for r in db.execute(
            f"WITH RECURSIVE {cte} SELECT {_COLUMNS} FROM talks t JOIN scope s ON s.code = t.unit_code "
            "WHERE t.deleted = 0 AND t.held_on <= ? AND t.follow_up_status != 'done' "
            "AND ((t.follow_up_status = 'open' AND t.follow_up_due IS NOT NULL AND t.follow_up_due < ?) "
            "OR t.urgent = 1) ORDER BY t.held_on, t.id LIMIT ?",
            [*params, end, today, limit],
        )
    ]
