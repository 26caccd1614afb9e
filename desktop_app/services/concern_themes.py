"""The matcher for the concern theme list held here, built once per list (a few milliseconds) and
then asked at every keystroke; the list itself is ``storage.theme_list``."""

from __future__ import annotations

from functools import lru_cache

from ..core.concern_themes import ThemeList, ThemeMatcher


@lru_cache(maxsize=4)
def matcher(themes: ThemeList) -> ThemeMatcher:
    return ThemeMatcher(themes.themes)
