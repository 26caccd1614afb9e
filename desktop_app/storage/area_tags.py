"""Priority areas (issue 16, item 4): the tags this installation gives units, and the figures that
compare talks in tagged areas with the rest.

A talk is in a priority area when its unit is tagged here or one of the groups it reached carries a
tag (group tags travel with the group; unit tags stay on this machine). The lists offered, the
installation's own tags and talk languages beside the shipped ones, are settings.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..core.enums import TalkFormat
from . import settings

if TYPE_CHECKING:
    from .store import Store

_ONLINE = tuple(f.value for f in TalkFormat if f.online)
OWN_TAGS = "areas.own_tags"  # settings: the tags this installation added, [{"name", "hidden"}]
OWN_LANGUAGES = "talks.own_languages"  # settings: the talk languages it added, [name]


def set_unit_tags(db: Store, unit_code: str, tags: Iterable[str]) -> None:
    """Replaces the unit's tags."""
    with db.atomic():
        db.execute("DELETE FROM unit_tags WHERE unit_code = ?", [unit_code])
        db.executemany("INSERT INTO unit_tags(unit_code, tag) VALUES (?, ?)", [(unit_code, t) for t in tags])


def unit_tags(db: Store, unit_code: str) -> tuple[str, ...]:
    rows = db.execute("SELECT tag FROM unit_tags WHERE unit_code = ? ORDER BY rowid", [unit_code]).fetchall()
    return tuple(r[0] for r in rows)


def tagged_units(db: Store) -> dict[str, tuple[str, ...]]:
    """Every unit tagged here with its tags."""
    out: dict[str, list[str]] = {}
    for code, tag in db.execute("SELECT unit_code, tag FROM unit_tags ORDER BY unit_code, rowid").fetchall():
        out.setdefault(code, []).append(tag)
    return {code: tuple(tags) for code, tags in out.items()}


def area_keys(talks: str) -> tuple[str, str]:
    """SQL of (in a priority area, online) for a talk row aliased ``talks`` (an id, unit and format):
    what the priority-area summary groups by. The online formats are the enum's values, inlined."""
    online = ", ".join(f"'{value}'" for value in _ONLINE)
    tagged = (
        f"({talks}.unit_code IN (SELECT unit_code FROM unit_tags) "
        "OR EXISTS (SELECT 1 FROM talk_groups tg JOIN groups g ON g.id = tg.group_id "
        f"WHERE tg.talk_id = {talks}.id AND g.tags IS NOT NULL AND g.tags != '[]'))"
    )
    return tagged, f"{talks}.format IN ({online})"


def own_tags(db: Store) -> list[tuple[str, bool]]:
    """The installation's own tags, ``(name, hidden)``, in the order they were added."""
    return [(str(t["name"]), bool(t.get("hidden"))) for t in settings.get(db, OWN_TAGS, [])]


def set_own_tags(db: Store, tags: Iterable[tuple[str, bool]]) -> None:
    settings.put(db, OWN_TAGS, [{"name": name, "hidden": hidden} for name, hidden in tags])


def rename_tag(db: Store, tags: Iterable[tuple[str, bool]], old: str, new: str) -> None:
    """Saves the renamed list and renames the tag on the units tagged here, in one transaction."""
    with db.atomic():
        set_own_tags(db, tags)
        db.execute("UPDATE unit_tags SET tag = ? WHERE tag = ?", [new, old])


def own_languages(db: Store) -> list[str]:
    """The talk languages the installation added to the shipped ones."""
    return [str(name) for name in settings.get(db, OWN_LANGUAGES, [])]


def set_own_languages(db: Store, names: Iterable[str]) -> None:
    settings.put(db, OWN_LANGUAGES, list(names))
