"""Text from records (a commune's topic, a theme, a unit's name) on its way into a report file.

A control character such as U+0001 means nothing in a report, and openpyxl and python-docx refuse
it (XML 1.0 has no place for it): one in any commune's topic would stop the province's report with
an error. ``export.write`` passes everything a writer reads through ``printable`` once, so no writer
has to remember it.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from ..core.text import without_controls


def printable[T](value: T) -> T:
    """``value`` with control characters removed from every text inside it (dataclasses, lists,
    tuples, dict keys and values); anything else is returned as it is."""
    return _clean(value)  # type: ignore[no-any-return]


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if isinstance(value, dict):
        return {_clean(k): _clean(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in dataclasses.fields(value):
            if f.init:
                old = getattr(value, f.name)
                new = _clean(old)
                if new != old or type(new) is not type(old):
                    changes[f.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    return value
