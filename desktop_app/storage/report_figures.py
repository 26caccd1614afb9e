"""Report figures: talks of a period rolled up over the unit tree (one pass into a temporary
table, then one grouping per breakdown), and the documents in force with who read them.

Functions take the store and plain values and return plain tuples; the ``reports`` package turns
them into report objects. Deleted (tombstoned) talks never count.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from .area_tags import area_figures

if TYPE_CHECKING:
    from .store import Store

Row = tuple[Any, ...]  # a result row as SQLite gives it: text keys and names, integer figures

ALL = "VN"  # pseudo unit: the whole country (every province)

# Figures of a set of talks, in this order everywhere: sessions, attendance, then online reach.
FIGURES = """count(*), coalesce(sum(t.attendance), 0), coalesce(sum(t.online_views), 0),
    coalesce(sum(t.online_likes), 0), coalesce(sum(t.online_shares), 0),
    coalesce(sum(t.online_comments), 0), coalesce(sum(t.online_points), 0),
    coalesce(sum(t.questions_count), 0)"""


def scope_cte(root: str) -> tuple[str, list[Any]]:
    """``scope(code, top)``: every unit under ``root`` with the child of ``root`` it rolls up to.

    The root itself maps to itself (talks logged directly at the root's level). The member units of
    a cluster or mass organisation (``unit_members``) count as children of it, with their subtrees.
    """
    if root == ALL:
        return (
            "scope(code, top) AS (SELECT code, code FROM units WHERE kind = 'province' "
            "UNION SELECT u.code, s.top FROM units u JOIN scope s ON u.parent_code = s.code)"
        ), []
    return (
        "scope(code, top) AS (SELECT ?, ? UNION SELECT member_code, member_code FROM unit_members "
        "WHERE unit_code = ? UNION SELECT u.code, CASE WHEN s.code = ? THEN u.code "
        "ELSE s.top END FROM units u JOIN scope s ON u.parent_code = s.code)"
    ), [root, root, root, root]


_COUNTER = itertools.count(1)

# Every column here is in the index ``talks_report`` (migration 0003): the selection is read from the
# index alone, without visiting the table.
SELECTED = """t.id, s.top, substr(t.held_on, 1, 7) AS month, t.format, t.attendance, t.online_views,
    t.online_likes, t.online_shares, t.online_comments, t.online_points, t.questions_count, t.question_themes,
    t.follow_up_status, t.follow_up_due"""


class Selection:
    """The talks of a period under a unit, read once into a temporary table (one pass over the
    talks, whatever the number of breakdowns); every breakdown groups that table.

    Temporary tables belong to the connection: the window's worker opens its own. Use as a context
    manager so the table is dropped.
    """

    def __init__(self, db: Store, root: str, start: str, end: str) -> None:
        self.db = db
        n = next(_COUNTER)
        self.scope, self.table = f"temp.report_scope_{n}", f"temp.report_sel_{n}"
        cte, params = scope_cte(root)
        db.execute(f"CREATE TEMP TABLE report_scope_{n} (code TEXT PRIMARY KEY, top TEXT NOT NULL)")
        db.execute(f"INSERT INTO {self.scope} WITH RECURSIVE {cte} SELECT code, top FROM scope", params)
        # The talks are read through ``IN`` (a covering index search) and only then joined to their
        # top unit: a plain join lets SQLite add a Bloom filter that visits the table for every row.
        columns = SELECTED.replace("s.top, ", "t.unit_code, ")
        db.execute(
            f"CREATE TEMP TABLE report_sel_{n} AS WITH r AS MATERIALIZED (SELECT {columns} FROM talks t "
            f"WHERE t.unit_code IN (SELECT code FROM {self.scope}) AND t.held_on BETWEEN ? AND ? AND t.deleted = 0) "
            f"SELECT s.top, r.* FROM r JOIN {self.scope} s ON s.code = r.unit_code",
            [start, end],
        )

    def __enter__(self) -> Selection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.execute(f"DROP TABLE IF EXISTS {self.table}")
        self.db.execute(f"DROP TABLE IF EXISTS {self.scope}")

    def totals(self) -> tuple[int, ...]:
        return tuple(self.db.execute(f"SELECT {FIGURES}, count(DISTINCT t.top) FROM {self.table} t").fetchone())

    def by_key(self, key: str) -> list[Row]:
        """Figures grouped by ``unit`` (child of root), ``month`` or ``format``; rows (key, *figures)."""
        expr = {"unit": "t.top", "month": "t.month", "format": "t.format"}[key]
        return [
            tuple(r)
            for r in self.db.execute(f"SELECT {expr} AS k, {FIGURES} FROM {self.table} t GROUP BY k ORDER BY k")
        ]

    def follow_ups(self, today: str) -> tuple[int, int, int]:
        """(questions raised at talks that have a follow-up, open or done; talks whose follow-up is
        open; of which overdue): each talk counted once, whatever its number of themes."""
        row = self.db.execute(
            "SELECT coalesce(sum(CASE WHEN t.follow_up_status IN ('open', 'done') THEN t.questions_count END), 0), "
            "coalesce(sum(t.follow_up_status = 'open'), 0), coalesce(sum(t.follow_up_status = 'open' "
            f"AND t.follow_up_due IS NOT NULL AND t.follow_up_due < ?), 0) FROM {self.table} t",
            [today],
        ).fetchone()
        return int(row[0]), int(row[1]), int(row[2])

    def by_unit_month(self) -> list[Row]:
        return [
            tuple(r)
            for r in self.db.execute(
                f"SELECT t.top, t.month, count(*), coalesce(sum(t.attendance), 0) FROM {self.table} t "
                "GROUP BY t.top, t.month"
            )
        ]

    def by_topic(self) -> list[Row]:
        """(topic id, topic name, *figures, units); a talk on two topics counts under each. id '' = none."""
        return [
            tuple(r)
            for r in self.db.execute(f"""
            SELECT coalesce(tt.topic_id, '') AS k, coalesce(tp.name, ''), {FIGURES}, count(DISTINCT t.top)
            FROM {self.table} t LEFT JOIN talk_topics tt ON tt.talk_id = t.id
            LEFT JOIN topics tp ON tp.id = tt.topic_id GROUP BY k ORDER BY count(*) DESC, k""")
        ]

    def by_group_kind(self) -> list[Row]:
        """(group kind, *figures); a talk reaching several groups of one kind counts once. '' = none."""
        return [
            tuple(r)
            for r in self.db.execute(f"""
            WITH kinds AS (SELECT DISTINCT tg.talk_id, g.kind FROM {self.table} x
                           JOIN talk_groups tg ON tg.talk_id = x.id JOIN groups g ON g.id = tg.group_id)
            SELECT coalesce(k.kind, '') AS kk, {FIGURES} FROM {self.table} t LEFT JOIN kinds k ON k.talk_id = t.id
            GROUP BY kk ORDER BY count(*) DESC, kk""")
        ]

    def by_priority_area(self) -> dict[tuple[bool, bool], tuple[int, int]]:
        """(in a priority area, online) → (talks, attendance); all four keys present."""
        sql, params = area_figures(self.table)
        found = {(False, False): (0, 0), (False, True): (0, 0), (True, False): (0, 0), (True, True): (0, 0)}
        for tagged, online, talks, attendance in self.db.execute(sql, params).fetchall():
            found[(bool(tagged), bool(online))] = (int(talks), int(attendance))
        return found

    def concerns(self, today: str) -> list[Row]:
        """(theme, top unit, talks, questions, open follow-ups, overdue). Themes only, never text."""
        return [
            tuple(r)
            for r in self.db.execute(
                f"""
            SELECT j.value AS theme, t.top, count(*), coalesce(sum(t.questions_count), 0),
                   sum(t.follow_up_status = 'open'),
                   sum(t.follow_up_status = 'open' AND t.follow_up_due IS NOT NULL AND t.follow_up_due < ?)
            FROM {self.table} t, json_each(t.question_themes) j
            WHERE t.question_themes != '[]' GROUP BY theme, t.top""",
                [today],
            )
        ]

    def document_use(self) -> list[Row]:
        """(document id, top unit, sessions, attendance) for talks that used a document."""
        return [
            tuple(r)
            for r in self.db.execute(f"""
            SELECT td.document_id, t.top, count(*), coalesce(sum(t.attendance), 0)
            FROM {self.table} t JOIN talk_documents td ON td.talk_id = t.id GROUP BY td.document_id, t.top""")
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
