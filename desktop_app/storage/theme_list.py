"""The shared list of concern themes held here: the one shipped with the program, or a newer one
that arrived in a pack from this installation's aggregator (the setting ``concern_themes``).

A pack carries the sender's list in its manifest (``concern_themes``, exchange-format.md §2); the
importer keeps it only from the aggregator, and only when its ``version`` is above the one held.
A list that is not well formed is ignored, like any field a sender may not set.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.concern_themes import ThemeList, theme_list
from ..core.errors import ValidationError
from . import settings

if TYPE_CHECKING:
    from .store import Store

SHIPPED_FILE = Path(__file__).resolve().parents[1] / "resources" / "themes" / "concern_themes.json"
SETTING = "concern_themes"
MAX_THEMES = 500


@lru_cache(maxsize=1)
def shipped() -> ThemeList:
    return theme_list(json.loads(SHIPPED_FILE.read_text(encoding="utf-8")))


def current(db: Store) -> ThemeList:
    """The newest list held: a received one when it is newer than the shipped one."""
    stored = settings.get(db, SETTING)
    received = _checked(stored)
    return received if received is not None and received.version > shipped().version else shipped()


def remember(db: Store, data: Any) -> bool:
    """Keep ``data`` (a list in its JSON form) if it is well formed and newer than the one held.
    Returns True when the held list changed."""
    received = _checked(data)
    if received is None or received.version <= current(db).version:
        return False
    settings.put(db, SETTING, as_json(received))
    return True


def as_json(themes: ThemeList) -> dict[str, Any]:
    """The JSON form of a list (the shipped file's shape), as a pack carries it."""
    return {
        "version": themes.version,
        "themes": [{"id": t.id, "name": t.name, "synonyms": list(t.synonyms)} for t in themes.themes],
    }


def _checked(data: Any) -> ThemeList | None:
    if not isinstance(data, dict) or not isinstance(data.get("themes"), list) or len(data["themes"]) > MAX_THEMES:
        return None
    try:
        return theme_list(data)
    except ValidationError:
        return None
