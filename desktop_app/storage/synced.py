"""Reads of the synced record tables that the exchange needs: rows above a version for a bundle,
the highest version an installation wrote, documents by topic, and the unit tree around a sender."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .store import Store


def iter_rows(
    db: Store,
    table: str,
    columns: Sequence[str],
    owners: Sequence[str] | None,
    after_hlc: str = "",
    ids: Sequence[str] | None = None,
    batch: int = 5000,
) -> Iterator[dict[str, Any]]:
    """Rows of ``table`` owned by ``owners`` (None: any owner) with a version above ``after_hlc``."""
    clauses, params = ["hlc > ?"], [after_hlc]
    if table == "units":
        clauses.append("official = 0")
    if owners is not None:
        clauses.append(f"owner_unit IN ({','.join('?' * len(owners))})")
        params += list(owners)
    if ids is not None:
        clauses.append(f"id IN ({','.join('?' * len(ids))})")
        params += list(ids)
    cur = db.conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE {' AND '.join(clauses)} ORDER BY hlc", params
    )
    while True:
        chunk = cur.fetchmany(batch)
        if not chunk:
            return
        for row in chunk:
            yield dict(zip(columns, row, strict=True))


def max_hlc(db: Store, tables: Sequence[str], owners: Sequence[str]) -> str:
    conn = db.conn
    marks = ",".join("?" * len(owners))
    best = ""
    for table in tables:
        row = conn.execute(f"SELECT max(hlc) FROM {table} WHERE owner_unit IN ({marks})", list(owners)).fetchone()
        if row and row[0] and row[0] > best:
            best = row[0]
    return best


def document_ids_by_topic(db: Store, topic_ids: Sequence[str]) -> list[str]:
    marks = ",".join("?" * len(topic_ids))
    return [
        r[0]
        for r in db.conn.execute(
            f"SELECT DISTINCT document_id FROM document_topics WHERE topic_id IN ({marks})", list(topic_ids)
        )
    ]


def unit_names(db: Store) -> dict[str, str]:
    """code -> name of every unit in this installation's list."""
    return dict(db.conn.execute("SELECT code, name FROM units").fetchall())


def unit_name(db: Store, code: str) -> str | None:
    """The name of one unit in this installation's list, or None (the official list is not
    completed here, unlike ``units.get``: a sender's claimed code is only looked up)."""
    row = db.conn.execute("SELECT name FROM units WHERE code = ?", [code]).fetchone()
    return str(row[0]) if row is not None else None


def unit_ancestors(db: Store, unit: str) -> list[str]:
    """The units above ``unit``, nearest first (by ``parent_code`` in this installation's unit list)."""
    rows = db.conn.execute(
        "WITH RECURSIVE up(code, depth) AS (SELECT parent_code, 1 FROM units WHERE code = ? UNION ALL "
        "SELECT u.parent_code, up.depth + 1 FROM units u JOIN up ON u.code = up.code WHERE up.depth < 20) "
        "SELECT code FROM up WHERE code IS NOT NULL ORDER BY depth",
        [unit],
    ).fetchall()
    return [r[0] for r in rows]


def unit_subtree(db: Store, root: str) -> dict[str, str | None]:
    """``root`` and every unit under it, each with its province code."""
    rows = db.conn.execute(
        "WITH RECURSIVE tree(code) AS (SELECT ? UNION SELECT u.code FROM units u JOIN tree "
        "ON u.parent_code = tree.code) SELECT t.code, u.province_code FROM tree t LEFT JOIN units u "
        "ON u.code = t.code",
        [root],
    ).fetchall()
    return {r[0]: r[1] for r in rows}
