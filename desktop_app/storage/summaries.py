"""Report summaries (issue 18): the figures of the talks per unit and month, kept in step with the
talks inside every write transaction, so a report reads a few thousand rows instead of every talk.

Triggers (migration 0016) note each (unit, month) cell a write touches, old and new values, in
``summary_dirty``; ``flush`` recomputes those cells from the talks before the transaction commits
(``Store.atomic`` calls it), one set-based statement per summary. Recomputing a cell from the talks
cannot drift, whatever the write was (an edit moving a talk to another month, a deletion, an undo,
an import, a group changing kind): that is why cells are recomputed rather than adjusted by deltas.

Every summary is one aggregation over a *source* of live talks (``SOURCE_COLUMNS``): the talks of
the dirty cells, every talk (``rebuild``), or the partial months at the ends of a report's range
(``report_figures.Selection``), so the three cannot disagree.

Two roll-ups are kept in the same flush (migration 0021): each summary summed per province
(``Summary.province_table``), what the whole country's report reads, recomputed for the provinces of
the recomputed cells (or all of them after the unit tree changed: ``summary_rollup_stale``); and the
live talks per sender and month (``summary_owner``, cells noted by their own triggers), what "who has
reported" reads.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .area_tags import area_keys

if TYPE_CHECKING:
    from .store import Store

# What every summary reads of a talk: all in the covering index ``talks_report`` (migration 0003).
SOURCE_COLUMNS = (
    "id, unit_code, held_on, format, attendance, online_views, online_likes, online_shares, online_comments, "
    "online_points, questions_count, question_themes, follow_up_status"
)
FIGURE_COLUMNS = ("sessions", "attendance", "views", "likes", "shares", "comments", "points", "questions")

# The figures of a group of talks (alias ``t``), in the order of ``FIGURE_COLUMNS``.
_FIGURE_SQL = ("count(*)",) + tuple(
    f"coalesce(sum(t.{c}), 0)"
    for c in (
        "attendance",
        "online_views",
        "online_likes",
        "online_shares",
        "online_comments",
        "online_points",
        "questions_count",
    )
)
_FIGURES = ", ".join(_FIGURE_SQL)
_MONTH = "t.m"  # a source row's month, computed once per talk (``source_query``)


# The talks of a source grouped once per unit, day, format and priority area: the summaries by
# format, area and day are groupings of these few rows (one sort of the talks instead of three).
_NAMED_FIGURES = ", ".join(f"{sql} AS {name}" for sql, name in zip(_FIGURE_SQL, FIGURE_COLUMNS, strict=True))
_BASE = (
    f"SELECT t.unit_code, {_MONTH} AS m, t.held_on AS day, t.format, t.tagged, {_NAMED_FIGURES}, "
    "coalesce(sum(CASE WHEN t.follow_up_status IN ('open', 'done') THEN t.questions_count END), 0) AS asked "
    "FROM {src} t GROUP BY t.unit_code, t.held_on, t.format, t.tagged"
)


@dataclass(frozen=True)
class Summary:
    """One summary table: its key columns after (unit_code, month), its summed columns, and the
    aggregation that fills it, in that column order, from a source of live talks (``{src}``) or,
    for ``from_base``, from that source's rows grouped by ``_BASE`` (``{base}``)."""

    table: str
    keys: tuple[str, ...]
    values: tuple[str, ...]
    select: str
    from_base: bool = False

    def columns(self) -> str:
        return ", ".join(("unit_code", "month", *self.keys, *self.values))

    @property
    def province_table(self) -> str:
        """The same figures summed per province (``unit_code`` holds the province's code)."""
        return f"{self.table}_province"

    def rolled_up(self, rows: str, members: str) -> str:
        """``rows`` (this summary's columns, alias ``r``) summed per province through ``members``
        (code, top: every unit under a province with that province)."""
        keys = ", ".join(f"r.{k}" for k in ("month", *self.keys))
        sums = ", ".join(f"sum(r.{v})" for v in self.values)
        return (
            f"SELECT m.top, {keys}, {sums} FROM {rows} r JOIN {members} m ON m.code = r.unit_code "
            f"GROUP BY m.top, {keys}"
        )

    def over(self, source: str, base: str | None = None) -> str:
        """The aggregation over ``source``; ``base``: its ``_BASE`` grouping, already made."""
        if self.from_base:
            return self.select.format(base=base or f"({_BASE.format(src=source)})")
        return self.select.format(src=source)


_BASE_SUMS = ", ".join(f"sum(b.{c})" for c in FIGURE_COLUMNS)
FORMAT = Summary(
    "summary_format",
    ("format",),
    (*FIGURE_COLUMNS, "follow_up_questions"),
    f"SELECT b.unit_code, b.m, b.format, {_BASE_SUMS}, sum(b.asked) FROM {{base}} b "
    "GROUP BY b.unit_code, b.m, b.format",
    from_base=True,
)
# a talk on two topics counts under each; '' = no topic
TOPIC = Summary(
    "summary_topic",
    ("topic_id",),
    FIGURE_COLUMNS,
    f"SELECT t.unit_code, {_MONTH} AS m, coalesce(tt.topic_id, '') AS k, {_FIGURES} FROM {{src}} t "
    "LEFT JOIN talk_topics tt ON tt.talk_id = t.id GROUP BY t.unit_code, m, k",
)
# a talk reaching several groups of one kind counts once; '' = no group (or groups not here yet)
GROUP_KIND = Summary(
    "summary_group_kind",
    ("kind",),
    FIGURE_COLUMNS,
    f"SELECT t.unit_code, {_MONTH} AS m, coalesce(k.kind, '') AS kk, {_FIGURES} FROM {{src}} t "
    "LEFT JOIN (SELECT DISTINCT tg.talk_id, g.kind FROM {src} x CROSS JOIN talk_groups tg ON tg.talk_id = x.id "
    "JOIN groups g ON g.id = tg.group_id) k ON k.talk_id = t.id GROUP BY t.unit_code, m, kk",
)
THEME = Summary(
    "summary_theme",
    ("theme",),
    ("talks", "questions"),
    f"SELECT t.unit_code, {_MONTH} AS m, j.value AS theme, count(*), coalesce(sum(t.questions_count), 0) "
    "FROM {src} t, json_each(t.question_themes) j WHERE t.question_themes != '[]' "
    "GROUP BY t.unit_code, m, theme",
)
# the opinion section's themes: a talk listing a theme twice counts once under it
OPINION = Summary(
    "summary_opinion",
    ("theme",),
    ("talks", "questions"),
    f"SELECT t.unit_code, {_MONTH} AS m, j.value AS theme, count(*), coalesce(sum(t.questions_count), 0) "
    "FROM {src} t, json_each(t.question_themes) j WHERE t.question_themes != '[]' AND NOT EXISTS "
    "(SELECT 1 FROM json_each(t.question_themes) d WHERE d.value = j.value AND d.key < j.key) "
    "GROUP BY t.unit_code, m, theme",
)
DOCUMENT = Summary(
    "summary_document",
    ("document_id",),
    ("sessions", "attendance"),
    f"SELECT t.unit_code, {_MONTH} AS m, td.document_id, count(*), coalesce(sum(t.attendance), 0) "
    "FROM {src} t JOIN talk_documents td ON td.talk_id = t.id GROUP BY t.unit_code, m, td.document_id",
)
# group tags and unit tags can change after the talk: their triggers mark the talks' cells
AREA = Summary(
    "summary_area",
    ("tagged", "online"),
    ("talks", "attendance"),
    f"SELECT b.unit_code, b.m, b.tagged, {area_keys('b')[1]} AS ol, sum(b.sessions), sum(b.attendance) "
    "FROM {base} b GROUP BY b.unit_code, b.m, b.tagged, ol",
    from_base=True,
)
# what regularity needs: sessions per unit and day
DAY = Summary(
    "summary_day",
    ("day",),
    ("sessions",),
    "SELECT b.unit_code, b.m, b.day, sum(b.sessions) FROM {base} b GROUP BY b.unit_code, b.day",
    from_base=True,
)

# where each matter raised stands, for the opinion section: a talk with a follow-up by state (open,
# answered, transferred) and days from the talk to its answer (-1: not answered on a known day), and
# the talks marked urgent (state 'none' when they have no follow-up). The source has the state; the
# outcome, answer day and mark are read from the talk, for those talks only.
FOLLOW_UP = Summary(
    "summary_follow_up",
    ("state", "days", "urgent"),
    ("talks",),
    "SELECT t.unit_code, t.m, CASE WHEN t.follow_up_status = 'none' THEN 'none' "
    "WHEN t.follow_up_status != 'done' THEN 'open' WHEN r.follow_up_outcome = 'transferred' THEN 'transferred' "
    "ELSE 'answered' END AS st, CASE WHEN t.follow_up_status = 'done' AND r.follow_up_resolved_on IS NOT NULL "
    "THEN CAST(julianday(r.follow_up_resolved_on) - julianday(t.held_on) AS INTEGER) ELSE -1 END AS d, "
    "r.urgent AS u, count(*) FROM {src} t CROSS JOIN main.talks r ON r.id = t.id WHERE t.follow_up_status != 'none' "
    "OR t.id IN (SELECT id FROM main.talks INDEXED BY talks_urgent WHERE urgent = 1) "
    "GROUP BY t.unit_code, t.m, st, d, u",
)

SUMMARIES = (FORMAT, TOPIC, GROUP_KIND, THEME, OPINION, DOCUMENT, AREA, DAY, FOLLOW_UP)
DIRTY, OWNER_DIRTY, STALE = "summary_dirty", "summary_owner_dirty", "summary_rollup_stale"
OWNER = "summary_owner"  # (owner_unit, month, sessions, attendance): the live talks each sender owns
_CELLS, _SOURCE, _GROUPED = "temp.summary_cells", "temp.summary_source", "temp.summary_base"
_OWNER_CELLS, _TOPS, _MEMBERS = "temp.summary_owner_cells", "temp.summary_tops", "temp.summary_members"
_TEMPS = (_CELLS, _SOURCE, _GROUPED, _OWNER_CELLS, _TOPS, _MEMBERS)

# Every unit under a province with that province: the whole country's report scope, whose children
# are the provinces (``report_figures.scope_cte``), and what the roll-ups sum over.
COUNTRY_SCOPE = (
    "scope(code, top) AS (SELECT code, code FROM units WHERE kind = 'province' "
    "UNION SELECT u.code, s.top FROM units u JOIN scope s ON u.parent_code = s.code)"
)


def source_query(talks: str) -> str:
    """A source of talks: ``SOURCE_COLUMNS`` of the talks ``talks`` names (a FROM clause with the
    talks aliased ``t``, and its conditions), with what is worked out once per talk: its month
    ``m`` and whether it is in a priority area ``tagged`` (``CROSS JOIN`` keeps the source first)."""
    tagged, _online = area_keys("t")
    columns = ", ".join(f"t.{c}" for c in SOURCE_COLUMNS.split(", "))
    return f"SELECT {columns}, substr(t.held_on, 1, 7) AS m, {tagged} AS tagged FROM {talks}"


def live_talks() -> str:
    """Every live talk as a source (a rebuild, or a check against a fresh aggregation)."""
    return f"({source_query('main.talks t WHERE t.deleted = 0')})"


def pending_cells(db: Store) -> int | None:
    """Cells waiting to be recomputed, of units and of senders, and 1 for roll-ups to rebuild; None
    when the database has no summaries (not migrated)."""
    try:
        return int(
            db.conn.execute(
                f"SELECT (SELECT count(*) FROM main.{DIRTY}) + (SELECT count(*) FROM main.{OWNER_DIRTY}) "
                f"+ (SELECT count(*) FROM main.{STALE})"
            ).fetchone()[0]
        )
    except sqlite3.OperationalError as exc:
        if str(exc).startswith("no such table"):
            return None
        raise


def flush(db: Store) -> int:
    """Recompute the cells noted dirty and their roll-ups (inside the caller's transaction);
    returns how many unit cells."""
    conn = db.conn
    try:
        stale, dirty, owners = conn.execute(
            f"SELECT EXISTS (SELECT 1 FROM main.{STALE}), EXISTS (SELECT 1 FROM main.{DIRTY}), "
            f"EXISTS (SELECT 1 FROM main.{OWNER_DIRTY})"
        ).fetchone()
    except sqlite3.OperationalError as exc:
        if str(exc).startswith("no such table"):
            return 0  # a database not migrated yet (or being migrated): nothing to keep
        raise
    if not (stale or dirty or owners):
        return 0
    for table in _TEMPS:
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    try:
        conn.execute(f"CREATE TEMP TABLE summary_cells AS SELECT unit_code, month FROM main.{DIRTY}")
        conn.execute(f"DELETE FROM main.{DIRTY}")
        if dirty:
            _recompute_cells(conn)
        if owners:
            _recompute_owners(conn)
        if stale:
            conn.execute(f"DELETE FROM main.{STALE}")
            _roll_up_all(conn)
        elif dirty:
            _roll_up_provinces_of_cells(conn)
        return int(conn.execute(f"SELECT count(*) FROM {_CELLS}").fetchone()[0])
    finally:
        for table in reversed(_TEMPS):
            conn.execute(f"DROP TABLE IF EXISTS {table}")


def _recompute_cells(conn: sqlite3.Connection) -> None:
    """Every summary's rows of the (unit, month) cells in ``_CELLS``, again from their talks."""
    # ``BETWEEN month-01 AND month-31``: a range on the index (unit, date), as text
    cells = (
        f"{_CELLS} d CROSS JOIN main.talks t ON t.unit_code = d.unit_code "
        "AND t.held_on BETWEEN d.month || '-01' AND d.month || '-31' WHERE t.deleted = 0"
    )
    conn.execute(f"CREATE TEMP TABLE summary_source AS {source_query(cells)}")
    conn.execute(f"CREATE TEMP TABLE summary_base AS {_BASE.format(src=_SOURCE)}")
    for summary in SUMMARIES:
        conn.execute(
            f"DELETE FROM main.{summary.table} WHERE (unit_code, month) IN (SELECT unit_code, month FROM {_CELLS})"
        )
        conn.execute(f"INSERT INTO main.{summary.table} ({summary.columns()}) {summary.over(_SOURCE, _GROUPED)}")


def _recompute_owners(conn: sqlite3.Connection) -> None:
    """The (sender, month) cells noted dirty, again from their talks (a range of ``talks_owner_day``)."""
    conn.execute(f"CREATE TEMP TABLE summary_owner_cells AS SELECT owner_unit, month FROM main.{OWNER_DIRTY}")
    conn.execute(f"DELETE FROM main.{OWNER_DIRTY}")
    conn.execute(
        f"DELETE FROM main.{OWNER} WHERE (owner_unit, month) IN (SELECT owner_unit, month FROM {_OWNER_CELLS})"
    )
    conn.execute(
        f"INSERT INTO main.{OWNER} (owner_unit, month, sessions, attendance) SELECT d.owner_unit, d.month, "
        f"count(*), coalesce(sum(t.attendance), 0) FROM {_OWNER_CELLS} d CROSS JOIN main.talks t "
        "INDEXED BY talks_owner_day ON t.owner_unit = d.owner_unit "
        "AND t.held_on BETWEEN d.month || '-01' AND d.month || '-31' WHERE t.deleted = 0 "
        "GROUP BY d.owner_unit, d.month"
    )


def _roll_up_provinces_of_cells(conn: sqlite3.Connection) -> None:
    """The roll-ups of the provinces and months of the recomputed cells (a unit's province: the
    first province up its ``parent_code`` chain), summed again from every unit under them."""
    conn.execute(
        f"CREATE TEMP TABLE summary_tops AS WITH RECURSIVE up(code, at) AS ("
        f"SELECT DISTINCT unit_code, unit_code FROM {_CELLS} UNION SELECT up.code, u.parent_code FROM up "
        "JOIN main.units u ON u.code = up.at WHERE u.kind != 'province') "
        f"SELECT DISTINCT up.at AS province, c.month FROM up JOIN main.units p ON p.code = up.at "
        f"AND p.kind = 'province' JOIN {_CELLS} c ON c.unit_code = up.code"
    )
    conn.execute(
        "CREATE TEMP TABLE summary_members AS WITH RECURSIVE scope(code, top) AS ("
        f"SELECT DISTINCT province, province FROM {_TOPS} UNION SELECT u.code, s.top FROM main.units u "
        "JOIN scope s ON u.parent_code = s.code) SELECT code, top FROM scope"
    )
    rows = f"(SELECT r.* FROM {_TOPS} p JOIN {_MEMBERS} m ON m.top = p.province CROSS JOIN main.{{table}} r "
    rows += "ON r.unit_code = m.code AND r.month = p.month)"
    for summary in SUMMARIES:
        conn.execute(
            f"DELETE FROM main.{summary.province_table} "
            f"WHERE (unit_code, month) IN (SELECT province, month FROM {_TOPS})"
        )
        conn.execute(
            f"INSERT INTO main.{summary.province_table} ({summary.columns()}) "
            f"{summary.rolled_up(rows.format(table=summary.table), _MEMBERS)}"
        )


def _roll_up_all(conn: sqlite3.Connection) -> None:
    """Every roll-up again from the unit summaries (after the unit tree changed)."""
    conn.execute(f"CREATE TEMP TABLE summary_members AS WITH RECURSIVE {COUNTRY_SCOPE} SELECT code, top FROM scope")
    for summary in SUMMARIES:
        conn.execute(f"DELETE FROM main.{summary.province_table}")
        conn.execute(
            f"INSERT INTO main.{summary.province_table} ({summary.columns()}) "
            f"{summary.rolled_up(f'main.{summary.table}', _MEMBERS)}"
        )


def ensure_current(db: Store) -> None:
    """Before a report reads: cells a write outside ``Store.atomic`` left dirty are recomputed."""
    if pending_cells(db):
        with db.atomic():
            flush(db)


def rebuild(db: Store) -> int:
    """Every summary and roll-up again from the talks, in one transaction; returns the rows written."""
    written = 0
    with db.atomic():
        for table in (DIRTY, OWNER_DIRTY, OWNER):
            db.execute(f"DELETE FROM main.{table}")
        for summary in SUMMARIES:
            db.execute(f"DELETE FROM main.{summary.table}")
            written += db.execute(
                f"INSERT INTO main.{summary.table} ({summary.columns()}) {summary.over(live_talks())}"
            ).rowcount
        written += db.execute(f"INSERT INTO main.{OWNER} {_FRESH_OWNERS}").rowcount
        db.execute(f"INSERT OR IGNORE INTO main.{STALE} VALUES (1)")  # the roll-ups, by the commit's flush
    rolled = sum(int(db.execute(f"SELECT count(*) FROM main.{s.province_table}").fetchone()[0]) for s in SUMMARIES)
    return written + rolled


def mark_staged(db: Store, staged: str) -> None:
    """A bulk merge with the talk triggers lifted notes the cells itself, of units and of senders:
    those of the staged rows and those of the versions they may replace (call before the merge)."""
    conn = db.conn
    for table, column in ((DIRTY, "unit_code"), (OWNER_DIRTY, "owner_unit")):
        conn.execute(
            f"INSERT OR IGNORE INTO main.{table} SELECT DISTINCT {column}, substr(held_on, 1, 7) FROM {staged}"
        )
        conn.execute(
            f"INSERT OR IGNORE INTO main.{table} SELECT DISTINCT t.{column}, substr(t.held_on, 1, 7) "
            f"FROM main.talks t WHERE t.id IN (SELECT id FROM {staged})"
        )


def stored_rows(db: Store, summary: Summary) -> list[tuple[Any, ...]]:
    """A summary as stored, in key order (tests and the health check compare it)."""
    return sorted(tuple(r) for r in db.execute(f"SELECT {summary.columns()} FROM main.{summary.table}"))


def fresh_rows(db: Store, summary: Summary) -> list[tuple[Any, ...]]:
    """The same summary aggregated now from every live talk, in key order."""
    return sorted(tuple(r) for r in db.execute(summary.over(live_talks())))


def stored_province_rows(db: Store, summary: Summary) -> list[tuple[Any, ...]]:
    """A summary's roll-up per province as stored, in key order."""
    return sorted(tuple(r) for r in db.execute(f"SELECT {summary.columns()} FROM main.{summary.province_table}"))


def fresh_province_rows(db: Store, summary: Summary) -> list[tuple[Any, ...]]:
    """The same roll-up aggregated now from every live talk, in key order."""
    fresh = f"fresh({summary.columns()}) AS ({summary.over(live_talks())})"
    return sorted(
        tuple(r) for r in db.execute(f"WITH RECURSIVE {COUNTRY_SCOPE}, {fresh} {summary.rolled_up('fresh', 'scope')}")
    )


_FRESH_OWNERS = (
    "SELECT owner_unit, substr(held_on, 1, 7) AS m, count(*), coalesce(sum(attendance), 0) FROM main.talks "
    "WHERE deleted = 0 GROUP BY owner_unit, m"
)


def owner_rows(db: Store, *, fresh: bool = False) -> list[tuple[Any, ...]]:
    """The talks per sender and month as stored, or aggregated now from every live talk."""
    sql = _FRESH_OWNERS if fresh else f"SELECT owner_unit, month, sessions, attendance FROM main.{OWNER}"
    return sorted(tuple(r) for r in db.execute(sql))
