"""The shared list of concern themes: the one shipped with the program, or a newer one a pack from
above brought (kept as a setting with its version), and the matcher built from it once per version."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..core.concern_themes import ThemeList, ThemeMatcher, theme_list
from ..storage import settings
from ..storage.store import Store

SHIPPED_FILE = Path(__file__).resolve().parents[1] / "resources" / "themes" / "concern_themes.json"
SETTING = "concern_themes"  # the list a pack brought, as its JSON form


@lru_cache(maxsize=1)
def shipped() -> ThemeList:
    return theme_list(json.loads(SHIPPED_FILE.read_text(encoding="utf-8")))


def current(db: Store) -> ThemeList:
    """The newest list this installation holds: a pack's when it is newer than the shipped one."""
    stored = settings.get(db, SETTING)
    received = theme_list(stored) if stored else None
    return received if received is not None and received.version > shipped().version else shipped()


@lru_cache(maxsize=4)
def matcher(themes: ThemeList) -> ThemeMatcher:
    """Built once per list (a few milliseconds), then asked at every keystroke."""
    return ThemeMatcher(themes.themes)
