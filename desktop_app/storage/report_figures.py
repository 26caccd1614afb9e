"""Report figures: the summaries of a period rolled up over the unit tree (one pass per summary
into a temporary table, then one grouping per breakdown), and the documents in force with who read
them.

Functions take the store and plain values and return plain tuples; the ``reports`` package turns
them into report objects. Deleted (tombstoned) talks never count.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import TYPE_CHECKING, Any

from . import summaries

if TYPE_CHECKING:
    from .store import Store

Row = tuple[Any, ...]  # a result row as SQLite gives it: text keys and names, integer figures

ALL = "VN"  # pseudo unit: the whole country (every province)


def scope_cte(root: str) -> tuple[str, list[Any]]:
    """``scope(code, top)``: every unit under ``root`` with the child of ``root`` it rolls up to.

    The root itself maps to itself (talks logged directly at the root's level). The member units of
    a cluster or mass organisation (``unit_members``) count as children of it, with their subtrees.
    """
    if root == ALL:
        return summaries.COUNTRY_SCOPE, []
    return (
        "scope(code, top) AS (SELECT ?, ? UNION SELECT member_code, member_code FROM unit_members "
        "WHERE unit_code = ? UNION SELECT u.code, CASE WHEN s.code = ? THEN u.code "
        "ELSE s.top END FROM units u JOIN scope s ON u.parent_code = s.code)"
    ), [root, root, root, root]


_COUNTER = itertools.count(1)

# Sums of the summed figures (``summaries.FIGURE_COLUMNS``) over rows of a report's summary tables.
SUMS = ", ".join(f"coalesce(sum(x.{c}), 0)" for c in summaries.FIGURE_COLUMNS)


def split_months(start: str, end: str) -> tuple[tuple[str, str], list[tuple[str, str]]]:
    """The whole months of ``start``..``end`` as (first, last) month (first > last: none), and the
    day ranges left at its ends, which are read from the talks."""
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if first > last:
        return ("9999-12", "0000-01"), []
    whole_from = first if first.day == 1 else _next_month(first)
    after_end = last + dt.timedelta(days=1)
    whole_to_next = after_end if after_end.day == 1 else after_end.replace(day=1)
    if whole_from >= whole_to_next:  # no whole month inside
        return ("9999-12", "0000-01"), [(start, end)]
    ends = []
    if first < whole_from:
        ends.append((start, (whole_from - dt.timedelta(days=1)).isoformat()))
    if whole_to_next <= last:
        ends.append((whole_to_next.isoformat(), end))
    return (whole_from.isoformat()[:7], (whole_to_next - dt.timedelta(days=1)).isoformat()[:7]), ends


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _has_own_rollup(db: Store, root: str) -> bool:
    """A province with no member units of its own: its report's scope is what its roll-up sums."""
    return bool(
        db.execute(
            "SELECT 1 FROM units WHERE code = ? AND kind = 'province' "
            "AND NOT EXISTS (SELECT 1 FROM unit_members WHERE unit_code = ?)",
            [root, root],
        ).fetchone()
    )


class Selection:
    """The figures of a period under a unit: whole months from the summaries (``summaries``), the
    partial months at the ends of a custom range from the talks, through the same aggregation.
    Each summary is read once, rolled up to the children of the root, into a small temporary table
    that every breakdown groups. ``through_summaries=False`` reads every talk of the period instead
    (what the summaries are checked against).

    Temporary tables belong to the connection: the window's worker opens its own. Use as a context
    manager so the tables are dropped.
    """

    def __init__(self, db: Store, root: str, start: str, end: str, *, through_summaries: bool = True) -> None:
        self.db, self.start, self.end = db, start, end
        self.country = root == ALL  # whole months from the roll-ups per province
        self.province = root if through_summaries and _has_own_rollup(db, root) else None
        self.n = n = next(_COUNTER)
        self.scope, self.table = f"temp.report_scope_{n}", f"temp.report_sel_{n}"
        self._rolled: dict[str, str] = {}
        if through_summaries:
            summaries.ensure_current(db)
            self.months, ends = split_months(start, end)
        else:
            self.months, ends = ("9999-12", "0000-01"), [(start, end)]
        cte, params = scope_cte(root)
        db.execute(f"CREATE TEMP TABLE report_scope_{n} (code TEXT PRIMARY KEY, top TEXT NOT NULL)")
        db.execute(f"INSERT INTO {self.scope} WITH RECURSIVE {cte} SELECT code, top FROM scope", params)
        # The talks of the partial months, read through ``IN`` (a covering index search), a range each.
        talks = summaries.source_query(f"talks t WHERE t.unit_code IN (SELECT code FROM {self.scope})")
        db.execute(f"CREATE TEMP TABLE report_sel_{n} AS {talks} AND 0")
        for first, last in ends:
            in_range = "AND t.held_on BETWEEN ? AND ? AND t.deleted = 0"
            db.execute(f"INSERT INTO {self.table} {talks} {in_range}", (first, last))

    def _open_follow_ups(self) -> str:
        """The period's talks whose follow-up is open (they depend on today), read once, when a
        breakdown first asks, through their partial index."""
        name = f"temp.report_open_{self.n}"
        if "open" not in self._rolled:
            self.db.execute(
                f"CREATE TEMP TABLE report_open_{self.n} AS SELECT s.top, t.questions_count, t.question_themes, "
                "t.follow_up_due FROM talks t INDEXED BY talks_open_follow_ups "
                f"JOIN {self.scope} s ON s.code = t.unit_code WHERE t.unit_code IN (SELECT code FROM {self.scope}) "
                "AND t.held_on BETWEEN ? AND ? AND t.follow_up_status = 'open' AND t.deleted = 0",
                [self.start, self.end],
            )
            self._rolled["open"] = name
        return name

    def __enter__(self) -> Selection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for table in (self.table, self.scope, *self._rolled.values()):
            self.db.execute(f"DROP TABLE IF EXISTS {table}")

    def _rolled_up(self, summary: summaries.Summary, keys: tuple[str, ...] | None = None) -> str:
        """The summary's rows of the period summed per child of the root (``top``) and ``keys``
        (by default the summary's own; with the month for the figures by topic, which the topic ×
        month breakdown reads), into a temporary table made once."""
        if keys is None:
            keys = ("month", *summary.keys) if summary is summaries.TOPIC else summary.keys
        label = "_".join((summary.table, *keys))
        if label in self._rolled:
            return self._rolled[label]
        name = f"temp.report_{label}_{self.n}"
        by = ", ".join(f"r.{k}" for k in keys)
        sums = ", ".join(f"sum(r.{v}) AS {v}" for v in summary.values)
        self.db.execute(
            f"CREATE TEMP TABLE {name.removeprefix('temp.')} AS SELECT s.top, {by}, {sums} FROM ("
            f"SELECT {summary.columns()} FROM main.{summary.province_table if self.country else summary.table} "
            f"WHERE unit_code IN (SELECT code FROM {self.scope}) "
            f"AND month BETWEEN ? AND ? UNION ALL {summary.over(self.table)}) r "
            f"JOIN {self.scope} s ON s.code = r.unit_code GROUP BY s.top, {by}",
            list(self.months),
        )
        self._rolled[label] = name
        return name

    def _unit_months(self) -> str:
        """The figures per child unit and month: the totals and the breakdowns by unit, by month and
        unit × month read these few rows."""
        return self._rolled_up(summaries.FORMAT, ("month",))

    def _by_format(self) -> list[Row]:
        """(format, *figures). A province with no member units of its own has its roll-up: its
        whole months are a hundred rows there instead of one per unit, month and format."""
        if self.province is None:
            table = self._rolled_up(summaries.FORMAT, ("format",))
        else:
            table = (
                f"(SELECT {summaries.FORMAT.columns()} FROM main.{summaries.FORMAT.province_table} "
                f"WHERE unit_code = ? AND month BETWEEN ? AND ? UNION ALL {summaries.FORMAT.over(self.table)})"
            )
        params = [] if self.province is None else [self.province, *self.months]
        return [
            tuple(r)
            for r in self.db.execute(f"SELECT x.format AS k, {SUMS} FROM {table} x GROUP BY k ORDER BY k", params)
        ]

    def totals(self) -> tuple[int, ...]:
        table = self._unit_months()
        return tuple(self.db.execute(f"SELECT {SUMS}, count(DISTINCT x.top) FROM {table} x").fetchone())

    def by_key(self, key: str) -> list[Row]:
        """Figures grouped by ``unit`` (child of root), ``month`` or ``format``; rows (key, *figures)."""
        if key == "format":
            return self._by_format()
        expr = {"unit": "x.top", "month": "x.month"}[key]
        table = self._unit_months()
        return [tuple(r) for r in self.db.execute(f"SELECT {expr} AS k, {SUMS} FROM {table} x GROUP BY k ORDER BY k")]

    def follow_ups(self, today: str) -> tuple[int, int, int]:
        """(questions raised at talks that have a follow-up, open or done; talks whose follow-up is
        open; of which overdue): each talk counted once, whatever its number of themes."""
        table = self._unit_months()
        asked = self.db.execute(f"SELECT coalesce(sum(follow_up_questions), 0) FROM {table}").fetchone()[0]
        open_, overdue = self.db.execute(
            "SELECT count(*), coalesce(sum(follow_up_due IS NOT NULL AND follow_up_due < ?), 0) "
            f"FROM {self._open_follow_ups()}",
            [today],
        ).fetchone()
        return int(asked), int(open_), int(overdue)

    def by_unit_month(self) -> list[Row]:
        table = self._unit_months()
        return [
            tuple(r)
            for r in self.db.execute(
                f"SELECT x.top, x.month, sum(x.sessions), sum(x.attendance) FROM {table} x GROUP BY x.top, x.month"
            )
        ]

    def by_topic(self) -> list[Row]:
        """(topic id, topic name, *figures, units); a talk on two topics counts under each. id '' = none."""
        table = self._rolled_up(summaries.TOPIC)
        return [
            tuple(r)
            for r in self.db.execute(f"""
            SELECT x.topic_id AS k, coalesce(tp.name, ''), {SUMS}, count(DISTINCT x.top)
            FROM {table} x LEFT JOIN topics tp ON tp.id = x.topic_id GROUP BY k ORDER BY sum(x.sessions) DESC, k""")
        ]

    def topic_months(self) -> list[Row]:
        """(topic name, month "2026-07", sessions) of the named topics: a talk on two topics counts
        under each, a talk with no topic under none."""
        table = self._rolled_up(summaries.TOPIC)
        return [
            tuple(r)
            for r in self.db.execute(
                f"SELECT coalesce(tp.name, x.topic_id), x.month, sum(x.sessions) FROM {table} x "
                "LEFT JOIN topics tp ON tp.id = x.topic_id WHERE x.topic_id != '' "
                "GROUP BY x.topic_id, x.month ORDER BY x.topic_id, x.month"
            )
        ]

    def by_group_kind(self) -> list[Row]:
        """(group kind, *figures); a talk reaching several groups of one kind counts once. '' = none."""
        table = self._rolled_up(summaries.GROUP_KIND)
        return [
            tuple(r)
            for r in self.db.execute(
                f"SELECT x.kind AS kk, {SUMS} FROM {table} x GROUP BY kk ORDER BY sum(x.sessions) DESC, kk"
            )
        ]

    def by_priority_area(self) -> dict[tuple[bool, bool], tuple[int, int]]:
        """(in a priority area, online) → (talks, attendance); all four keys present."""
        table = self._rolled_up(summaries.AREA)
        found = {(False, False): (0, 0), (False, True): (0, 0), (True, False): (0, 0), (True, True): (0, 0)}
        for tagged, online, talks, attendance in self.db.execute(
            f"SELECT tagged, online, sum(talks), sum(attendance) FROM {table} GROUP BY tagged, online"
        ).fetchall():
            found[(bool(tagged), bool(online))] = (int(talks), int(attendance))
        return found

    def concerns(self, today: str) -> list[Row]:
        """(theme, top unit, talks, questions, open follow-ups, overdue). Themes only, never text."""
        table = self._rolled_up(summaries.THEME)
        return [
            tuple(r)
            for r in self.db.execute(
                f"""
            SELECT theme, top, sum(talks), sum(questions), sum(open), sum(overdue) FROM (
                SELECT theme, top, talks, questions, 0 AS open, 0 AS overdue FROM {table}
                UNION ALL
                SELECT j.value, o.top, 0, 0, 1, o.follow_up_due IS NOT NULL AND o.follow_up_due < ?
                FROM {self._open_follow_ups()} o, json_each(o.question_themes) j WHERE o.question_themes != '[]')
            GROUP BY theme, top HAVING sum(talks) > 0""",
                [today],
            )
        ]

    def opinion_themes(self) -> list[Row]:
        """(top unit, theme, talks, questions): a talk listing a theme twice counts once under it."""
        table = self._rolled_up(summaries.OPINION)
        return [tuple(r) for r in self.db.execute(f"SELECT top, theme, talks, questions FROM {table}")]

    def follow_up_states(self) -> list[Row]:
        """(top unit, state, days to answer or -1, urgent, talks) of the matters raised: see
        ``summaries.FOLLOW_UP``."""
        table = self._rolled_up(summaries.FOLLOW_UP)
        return [tuple(r) for r in self.db.execute(f"SELECT top, state, days, urgent, talks FROM {table}")]

    def overdue_by_unit(self, today: str) -> list[Row]:
        """(top unit, talks) whose follow-up is open and past its due day as of ``today``."""
        return [
            tuple(r)
            for r in self.db.execute(
                f"SELECT top, count(*) FROM {self._open_follow_ups()} WHERE follow_up_due < ? GROUP BY top", [today]
            )
        ]

    def document_use(self) -> list[Row]:
        """(document id, top unit, sessions, attendance) for talks that used a document."""
        table = self._rolled_up(summaries.DOCUMENT)
        return [
            tuple(r)
            for r in self.db.execute(
                f"SELECT document_id, top, sum(sessions), sum(attendance) FROM {table} GROUP BY document_id, top"
            )
        ]


def totals(db: Store, root: str, start: str, end: str) -> tuple[int, ...]:
    with Selection(db, root, start, end) as sel:
        return sel.totals()


def documents_in_force(db: Store, start: str, end: str) -> list[Row]:
    """(id, title, number, issuer, issued_on, required) of documents valid during the period."""
    return [
        tuple(r)
        for r in db.execute(
            "SELECT id, title, number, issuer, issued_on, required FROM documents WHERE deleted = 0 "
            "AND (issued_on IS NULL OR issued_on <= ?) AND (valid_until IS NULL OR valid_until >= ?) "
            "ORDER BY required DESC, issued_on DESC",
            [end, start],
        )
    ]


def readers(db: Store, root: str, document_ids: list[str]) -> dict[str, set[str]]:
    """Document id → the child units of ``root`` whose read receipts came back."""
    if not document_ids or not db.table_exists("read_receipts"):
        return {}
    cte, params = scope_cte(root)
    marks = ",".join("?" * len(document_ids))
    out: dict[str, set[str]] = {}
    for doc, top in db.execute(
        f"WITH RECURSIVE {cte} SELECT DISTINCT r.document_id, s.top FROM read_receipts r "
        f"JOIN scope s ON s.code = r.owner_unit WHERE r.deleted = 0 AND r.document_id IN ({marks})",
        params + document_ids,
    ):
        out.setdefault(doc, set()).add(top)
    return out


def locally_read(db: Store, document_ids: list[str]) -> set[str]:
    marks = ",".join("?" * len(document_ids))
    return (
        {
            r[0]
            for r in db.execute(
                f"SELECT document_id FROM document_local WHERE read_at IS NOT NULL AND document_id IN ({marks})",
                document_ids,
            )
        }
        if document_ids
        else set()
    )
