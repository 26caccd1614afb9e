"""Program version numbers as bundles carry them: read leniently, compared as numbers."""

from __future__ import annotations

import re

from .. import __version__

_NUMBERS = re.compile(r"\s*v?(\d+(?:\.\d+)*)")


def version_number(text: object) -> str | None:
    """The number a version text starts with (``"99.1.0 – tải tại http://…"`` → ``"99.1.0"``), or None."""
    if not isinstance(text, str):
        return None
    match = _NUMBERS.match(text)
    return ".".join(match.group(1).split(".")[:4]) if match else None


def parse_version(text: object) -> tuple[int, ...] | None:
    """``"0.2.0"`` → ``(0, 2)``; ``"1.4rc1"`` → ``(1, 4)`` (suffixes are ignored); junk → None.

    Trailing zeros are dropped so that 0.2 and 0.2.0 compare equal."""
    if not isinstance(text, str):
        return None
    match = _NUMBERS.match(text)
    if match is None:
        return None
    parts = [int(p) for p in match.group(1).split(".")[:4]]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def is_newer(candidate: object, current: str = __version__) -> bool:
    """True when ``candidate`` is a version strictly newer than ``current``."""
    a, b = parse_version(candidate), parse_version(current)
    return a is not None and b is not None and a > b
