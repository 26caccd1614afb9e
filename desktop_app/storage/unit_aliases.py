"""Which pre-2025 name made a unit match a search: a commune found by an old name says so
("trước đây: Xã Tân Mỹ"), so the user is not left wondering why "tan my" lists Phường Mỹ Ngãi."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..core.text import fold

if TYPE_CHECKING:
    from .store import Store

# an old commune says most about where a unit came from; an old district or province less
_KIND_ORDER = {"commune": 0, "district": 1, "province": 2}


def former_names(db: Store, query: str, codes: Iterable[str]) -> dict[str, tuple[str, str]]:
    """Code → (old name, its old district) for each of ``codes`` that ``query`` found only by an
    old name; a unit whose current name (with its province) holds every word is left out."""
    needle = fold(query).split()
    codes = list(codes)
    if not needle or not codes:
        return {}
    own_match = " AND ".join(["(u.folded || ' ' || coalesce(p.folded, '')) LIKE ?"] * len(needle))
    alias_match = " AND ".join(["(a.folded || ' ' || sotay_fold(a.legacy_parent)) LIKE ?"] * len(needle))
    words = [f"%{w}%" for w in needle]
    phrase = " ".join(needle)
    found: dict[str, tuple[tuple[bool, bool, int], str, str]] = {}
    for i in range(0, len(codes), 400):
        part = codes[i : i + 400]
        rows = db.execute(
            f"""
            SELECT a.unit_code, a.legacy_kind, a.legacy_name, a.legacy_parent FROM unit_aliases a
            JOIN units u ON u.code = a.unit_code
            LEFT JOIN units p ON p.code = u.province_code AND p.code != u.code
            WHERE a.unit_code IN ({",".join("?" * len(part))}) AND {alias_match} AND NOT ({own_match})
            """,
            [*part, *words, *words],
        ).fetchall()
        for code, kind, name, parent in rows:
            own_words = fold(name)
            # the old name that holds the words as typed says most; one that needs its district less
            rank = (phrase not in own_words, not all(w in own_words for w in needle), _KIND_ORDER.get(kind, 3))
            if code not in found or rank < found[code][0]:
                found[code] = (rank, name, parent if kind == "commune" else "")
    return {code: (name, parent) for code, (_rank, name, parent) in found.items()}
