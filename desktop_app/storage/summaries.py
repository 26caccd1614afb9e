"""Report summaries (issue 18): the figures of the talks per unit and month, kept in step with the
talks inside every write transaction, so a report reads a few thousand rows instead of every talk.

Triggers (migration 0016) note each (unit, month) cell a write touches, old and new values, in
``summary_dirty``; ``flush`` recomputes those cells from the talks before the transaction commits
(``Store.atomic`` calls it), one set-based statement per summary. Recomputing a cell from the talks
cannot drift, whatever the write was (an edit moving a talk to another month, a deletion, an undo,
an import, a group changing kind): that is why cells are recomputed rather than adjusted by deltas.

Every summary (``summary_tables``) is one aggregation over a *source* of live talks: the talks of
the dirty cells, every talk (``rebuild``), or the partial months at the ends of a report's range
(``report_figures.Selection``), so the three cannot disagree.

Two roll-ups are kept in the same flush (migration 0021): each summary summed per province
(``Summary.province_table``), what the whole country's report reads; and the live talks per sender
and month (``summary_owner``, cells noted by their own triggers, recomputed), what "who has
reported" reads. A province's roll-up moves by what its recomputed cells changed (their rows before
and after), so a national import's fifty commits never sum a province's hundred communes again; it
equals a fresh sum as long as only the flush writes the unit summaries (the property test's check),
and after a change of the unit tree (``summary_rollup_stale``) or a ``rebuild`` it is summed anew.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

# the definitions, kept importable from here: what the reports and the tests read
from .summary_tables import AREA as AREA
from .summary_tables import BASE
from .summary_tables import COUNTRY_SCOPE as COUNTRY_SCOPE
from .summary_tables import DAY as DAY
from .summary_tables import DOCUMENT as DOCUMENT
from .summary_tables import FIGURE_COLUMNS as FIGURE_COLUMNS
from .summary_tables import FOLLOW_UP as FOLLOW_UP
from .summary_tables import FORMAT as FORMAT
from .summary_tables import GROUP_KIND as GROUP_KIND
from .summary_tables import OPINION as OPINION
from .summary_tables import SUMMARIES as SUMMARIES
from .summary_tables import THEME as THEME
from .summary_tables import TOPIC as TOPIC
from .summary_tables import Summary as Summary
from .summary_tables import live_talks as live_talks
from .summary_tables import source_query as source_query

if TYPE_CHECKING:
    from .store import Store

DIRTY, OWNER_DIRTY, STALE = "summary_dirty", "summary_owner_dirty", "summary_rollup_stale"
OWNER = "summary_owner"  # (owner_unit, month, sessions, attendance): the live talks each sender owns
_CELLS, _SOURCE, _GROUPED = "temp.summary_cells", "temp.summary_source", "temp.summary_base"
_OWNER_CELLS, _PROVINCES, _MEMBERS = "temp.summary_owner_cells", "temp.summary_provinces", "temp.summary_members"
_CHANGES = tuple(f"temp.{s.table}_changes" for s in SUMMARIES)  # each roll-up's change, per province
_TEMPS = (_CELLS, _SOURCE, _GROUPED, _OWNER_CELLS, _PROVINCES, _MEMBERS, *_CHANGES)


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
        if dirty and not stale:
            _note_rolled_up(conn, -1)  # the cells' rows as they were, taken off their provinces
        if dirty:
            _recompute_cells(conn)
        if dirty and not stale:
            _note_rolled_up(conn, 1)
            _apply_changes(conn)
        if owners:
            _recompute_owners(conn)
        if stale:
            conn.execute(f"DELETE FROM main.{STALE}")
            _roll_up_all(conn)
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
    conn.execute(f"CREATE TEMP TABLE summary_base AS {BASE.format(src=_SOURCE)}")
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


def _note_rolled_up(conn: sqlite3.Connection, sign: int) -> None:
    """The rows of the dirty cells, with ``sign``, in each roll-up's change table under the cell's
    province (the first province up its ``parent_code`` chain; a unit under none has no roll-up).
    Called before the cells are recomputed (-1) and after (+1): the difference is what changed."""
    if sign < 0:
        conn.execute(
            f"CREATE TEMP TABLE summary_provinces AS WITH RECURSIVE up(code, at) AS ("
            f"SELECT DISTINCT unit_code, unit_code FROM {_CELLS} UNION SELECT up.code, u.parent_code FROM up "
            "JOIN main.units u ON u.code = up.at WHERE u.kind != 'province') "
            "SELECT DISTINCT up.code AS code, up.at AS province FROM up JOIN main.units p ON p.code = up.at "
            "AND p.kind = 'province'"
        )
    for summary, changes in zip(SUMMARIES, _CHANGES, strict=True):
        keys = ", ".join(f"r.{k}" for k in summary.keys)
        values = ", ".join(f"{sign} * r.{v} AS {v}" for v in summary.values)
        rows = (
            f"SELECT p.province AS unit_code, r.month, {keys}, {values} FROM {_CELLS} c "
            f"CROSS JOIN main.{summary.table} r "
            f"ON r.unit_code = c.unit_code AND r.month = c.month JOIN {_PROVINCES} p ON p.code = c.unit_code"
        )
        if sign < 0:
            conn.execute(f"CREATE TEMP TABLE {changes.removeprefix('temp.')} AS {rows}")
        else:
            conn.execute(f"INSERT INTO {changes} {rows}")


def _apply_changes(conn: sqlite3.Connection) -> None:
    """Each roll-up's rows of the changed provinces and months moved by the change; a row whose
    count comes to nothing goes (the first summed column of every summary counts talks)."""
    for summary, changes in zip(SUMMARIES, _CHANGES, strict=True):
        keys = ", ".join(summary.keys)
        values = ", ".join(f"sum({v})" for v in summary.values)
        moved = ", ".join(f"{v} = {v} + excluded.{v}" for v in summary.values)
        nonzero = " OR ".join(f"sum({v}) != 0" for v in summary.values)
        conn.execute(
            f"INSERT INTO main.{summary.province_table} ({summary.columns()}) SELECT * FROM ("
            f"SELECT unit_code, month, {keys}, {values} FROM {changes} GROUP BY unit_code, month, {keys} "
            f"HAVING {nonzero}) WHERE true ON CONFLICT (unit_code, month, {keys}) DO UPDATE SET {moved}"
        )
        conn.execute(
            f"DELETE FROM main.{summary.province_table} WHERE {summary.values[0]} = 0 "
            f"AND (unit_code, month) IN (SELECT DISTINCT unit_code, month FROM {changes})"
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
