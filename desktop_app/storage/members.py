"""The member units of a cluster or mass organisation this installation owns (``unit_members``).

Membership is local knowledge: it never travels in a bundle. It widens the tree this installation
receives files from and reports on (its **receiving tree**), never what it sends or what a sender
may write.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import synced
from .store import Store


def members(db: Store, unit_code: str) -> list[str]:
    """The codes of the units gathered under ``unit_code`` (none for a unit that gathers nobody)."""
    rows = db.execute(
        "SELECT member_code FROM unit_members WHERE unit_code = ? ORDER BY member_code", [unit_code]
    ).fetchall()
    return [r[0] for r in rows]


def set_members(db: Store, unit_code: str, member_codes: Iterable[str]) -> None:
    """Replace the members of ``unit_code`` (one transaction)."""
    with db.atomic():
        db.execute("DELETE FROM unit_members WHERE unit_code = ?", [unit_code])
        db.executemany(
            "INSERT OR IGNORE INTO unit_members(unit_code, member_code) VALUES (?, ?)",
            [(unit_code, code) for code in member_codes],
        )


def receiving_tree(db: Store, root: str) -> dict[str, str | None]:
    """``root`` and every unit under it, and each member of ``root`` with every unit under it, each
    with its province code: the units whose files this installation counts as its own tree."""
    tree = synced.unit_subtree(db, root)
    for member in members(db, root):
        tree.update(synced.unit_subtree(db, member))
    return tree
