"""The figures of the opinion section (issue 16, item 5): the themes of a period under a unit (from
the summaries), its talks that had a follow-up or were marked urgent, and the matters still waiting. Themes,
counts, states and days only: never the text of a concern, never a name.

Rows are plain tuples; ``reports.opinion`` turns them into the section. Deleted talks never count.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .report_figures import Selection, scope_cte

if TYPE_CHECKING:
    from .store import Store

Row = tuple[Any, ...]

# (top unit, held_on, question themes as JSON, questions, follow-up state, due, outcome, resolved on, urgent)
_COLUMNS = """s.top, t.held_on, t.question_themes, t.questions_count, t.follow_up_status, t.follow_up_due,
    t.follow_up_outcome, t.follow_up_resolved_on, t.urgent"""


def themes(db: Store, root: str, start: str, end: str, *, through_summaries: bool = True) -> list[Row]:
    """(child unit of ``root``, question theme, talks, questions) of the period, from the summaries
    (or every talk): a talk counts once under each theme it raised."""
    with Selection(db, root, start, end, through_summaries=through_summaries) as sel:
        return sel.opinion_themes()


def follow_up_figures(
    db: Store, root: str, start: str, end: str, today: str, *, through_summaries: bool = True
) -> tuple[list[Row], list[Row]]:
    """The period's talks under ``root`` with a follow-up (open or done) or the urgent mark, summed
    per child unit of ``root``: rows (unit, urgent, raised, open, overdue as of ``today``,
    transferred, answered), and the days from talk to answer of those resolved on a known day, rows
    (unit, days, talks). From the follow-up summary; the overdue ones, which depend on today, from
    the open follow-ups' partial index (or every talk: ``through_summaries=False``)."""
    with Selection(db, root, start, end, through_summaries=through_summaries) as sel:
        states, overdue = sel.follow_up_states(), sel.overdue_by_unit(today)
    # the columns of a counts row (urgent 0, raised 1, open 2, overdue 3, transferred 4, answered 5) each state adds to
    adds = {"none": (), "open": (1, 2), "transferred": (1, 4), "answered": (1, 5)}
    counts: dict[str, list[int]] = {}
    days: dict[tuple[str, int], int] = {}
    for top, state, days_taken, urgent, n in states:
        row = counts.setdefault(top, [0] * 6)
        for column in (0,) * (urgent == 1) + adds[state]:
            row[column] += n
        if days_taken >= 0:
            days[(top, days_taken)] = days.get((top, days_taken), 0) + n
    for top, n in overdue:
        counts.setdefault(top, [0] * 6)[3] += n
    return [(top, *row) for top, row in counts.items()], [(top, d, n) for (top, d), n in days.items()]


def waiting(db: Store, root: str, end: str, today: str, limit: int = 50) -> list[Row]:
    """Matters raised up to ``end`` still waiting: the follow-up open and past its due day, or the
    concern marked urgent and not yet answered; oldest first, at most ``limit``. Each kind is read
    oldest first through its partial index (open follow-ups with a due day, urgent talks) and stops
    at ``limit`` rows under ``root``: never every follow-up of the history."""
    cte, params = scope_cte(root)
    sources = (
        ("talks_open_due", "t.follow_up_status = 'open' AND t.follow_up_due IS NOT NULL AND t.follow_up_due < ?"),
        ("talks_urgent", "t.urgent = 1 AND t.follow_up_status != 'done' AND ? != ''"),
    )
    found: dict[str, tuple[Any, ...]] = {}
    for index, condition in sources:
        for talk_id, *row in db.execute(
            f"WITH RECURSIVE {cte} SELECT t.id, {_COLUMNS} FROM talks t INDEXED BY {index} "
            f"JOIN scope s ON s.code = t.unit_code WHERE {condition} AND t.deleted = 0 AND t.held_on <= ? "
            "AND t.unit_code IN (SELECT code FROM scope) ORDER BY t.held_on, t.id LIMIT ?",
            [*params, today, end, limit],
        ):
            found[talk_id] = (row[1], talk_id, tuple(row))
    return [row for _held, _id, row in sorted(found.values())[:limit]]
