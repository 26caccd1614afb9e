"""The written sections of the periodic reports: a unit's own texts per period, the texts of the
units under it side by side, and the presenters of a period's talks (the draft of the force section)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..core.sections import section_id
from .store import Store


@dataclass(frozen=True)
class SavedSection:
    """One unit's text for one section of one period."""

    unit_code: str
    unit_name: str
    period: str
    key: str
    text: str
    hlc: str


_SUBTREE = (
    "WITH RECURSIVE tree(code) AS (SELECT ? UNION SELECT u.code FROM units u JOIN tree ON u.parent_code = tree.code)"
)


def saved(db: Store, unit_code: str, period: str) -> dict[str, SavedSection]:
    """The sections ``unit_code`` wrote for ``period`` (a section cleared to the draft is absent)."""
    rows = db.execute(
        "SELECT s.unit_code, coalesce(u.name, s.unit_code), s.period, s.section, s.text, s.hlc "
        "FROM report_sections s LEFT JOIN units u ON u.code = s.unit_code "
        "WHERE s.unit_code = ? AND s.period = ? AND s.owner_unit = s.unit_code AND s.deleted = 0",
        [unit_code, period],
    ).fetchall()
    return {r[3]: SavedSection(*r) for r in rows}


def below(db: Store, root: str, period: str, key: str) -> list[SavedSection]:
    """What each unit under ``root`` wrote in section ``key`` for ``period`` (empty texts left out),
    in the order of the units' names."""
    rows = db.execute(
        f"{_SUBTREE} SELECT s.unit_code, coalesce(u.name, s.unit_code), s.period, s.section, s.text, s.hlc "
        "FROM report_sections s JOIN tree t ON t.code = s.unit_code LEFT JOIN units u ON u.code = s.unit_code "
        "WHERE s.unit_code != ? AND s.period = ? AND s.section = ? AND s.owner_unit = s.unit_code "
        "AND s.deleted = 0 AND trim(s.text) != ''",
        [root, root, period, key],
    ).fetchall()
    return [SavedSection(*r) for r in rows]


def put(db: Store, unit_code: str, period: str, key: str, text: str, hlc: str, deleted: bool = False) -> None:
    """Write this installation's own section (``deleted``: back to the draft), keeping the version it
    replaces in history; the row's id is the section's own, so every installation agrees on it."""
    from .merge import keep_replaced

    rid = section_id(unit_code, period, key)
    when = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
    with db.atomic():
        keep_replaced(db, "report_sections", "id", [rid], "edit", when)
        db.execute(
            "INSERT INTO report_sections(id, owner_unit, hlc, deleted, unit_code, period, section, text) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET hlc = excluded.hlc, "
            "deleted = excluded.deleted, text = excluded.text",
            [rid, unit_code, hlc, int(deleted), unit_code, period, key, "" if deleted else text],
        )


def presenters(db: Store, root: str, start: str, end: str) -> list[str]:
    """The presenters named on the talks held under ``root`` between ``start`` and ``end`` (ISO
    dates), as typed (one talk may name several, separated by commas or semicolons)."""
    rows = db.execute(
        f"{_SUBTREE} SELECT t.presenters FROM talks t JOIN tree ON tree.code = t.unit_code "
        "WHERE t.deleted = 0 AND t.held_on BETWEEN ? AND ? AND t.presenters != ''",
        [root, start, end],
    ).fetchall()
    return [r[0] for r in rows]
