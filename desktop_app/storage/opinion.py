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


def themes(db: Store, root: str, start: str, end: str) -> list[Row]:
    """(child unit of ``root``, question theme, talks, questions) of the period, from the summaries:
    a talk counts once under each theme it raised."""
    with Selection(db, root, start, end) as sel:
        return sel.opinion_themes()


def follow_up_figures(db: Store, root: str, start: str, end: str, today: str) -> tuple[list[Row], list[Row]]:
    """The period's talks under ``root`` with a follow-up (open or done) or the urgent mark, summed
    per child unit of ``root``: rows (unit, urgent, raised, open, overdue as of ``today``,
    transferred, answered), and the days from talk to answer of those resolved on a known day, rows
    (unit, days, talks). Counted by SQLite over a covering index of the talks with a follow-up, by
    unit and day (a country's year holds tens of thousands of them), and the few urgent ones."""
    with Selection(db, root, start, end) as sel:
        talks = (
            "SELECT t.unit_code, t.held_on, t.follow_up_status AS status, t.follow_up_outcome AS outcome, "
            "t.follow_up_resolved_on AS resolved, t.follow_up_due AS due, t.urgent FROM talks t "
            f"INDEXED BY talks_follow_ups_unit WHERE t.unit_code IN (SELECT code FROM {sel.scope}) "
            "AND t.held_on BETWEEN :start AND :end AND t.follow_up_status != 'none' AND t.deleted = 0 "
            "UNION ALL SELECT t.unit_code, t.held_on, t.follow_up_status, t.follow_up_outcome, "
            "t.follow_up_resolved_on, t.follow_up_due, t.urgent FROM talks t INDEXED BY talks_urgent "
            "WHERE t.urgent = 1 AND t.held_on BETWEEN :start AND :end AND t.follow_up_status = 'none' "
            f"AND t.deleted = 0 AND t.unit_code IN (SELECT code FROM {sel.scope})"
        )
        state = (
            "CASE WHEN f.status = 'none' THEN 'none' WHEN f.status != 'done' THEN CASE WHEN f.due IS NOT NULL "
            "AND f.due < :today THEN 'overdue' ELSE 'open' END WHEN f.outcome = 'transferred' THEN 'transferred' "
            "ELSE 'answered' END"
        )
        taken = (
            "CASE WHEN f.status = 'done' AND f.resolved IS NOT NULL "
            "THEN CAST(julianday(f.resolved) - julianday(f.held_on) AS INTEGER) END"
        )
        grouped = db.execute(
            f"SELECT s.top, {state} AS state, {taken} AS taken, f.urgent, count(*) FROM ({talks}) f "
            f"JOIN {sel.scope} s ON s.code = f.unit_code GROUP BY s.top, state, taken, f.urgent",
            {"start": start, "end": end, "today": today},
        ).fetchall()
    # the columns of a counts row (urgent 0, raised 1, open 2, overdue 3, transferred 4, answered 5) each state adds to
    adds = {"none": (), "open": (1, 2), "overdue": (1, 2, 3), "transferred": (1, 4), "answered": (1, 5)}
    counts: dict[str, list[int]] = {}
    days: dict[tuple[str, int], int] = {}
    for top, talk_state, days_taken, urgent, n in grouped:
        row = counts.setdefault(top, [0] * 6)
        for column in (0,) * (urgent == 1) + adds[talk_state]:
            row[column] += n
        if days_taken is not None:
            days[(top, days_taken)] = days.get((top, days_taken), 0) + n
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
