"""“A newer version exists at the aggregator”: how offline users learn of updates.

Nobody's laptop checks the internet for updates. Every bundle's manifest carries the
``app_version`` of the program that wrote it, so when a commune imports a pack (or any bundle) from
its aggregator and that program is newer than this one, the window says so and the user asks the
aggregator for the new installer (it upgrades in place and keeps the data and keys).

Where the versions come from, newest first:

- ``remember_bundle_version(db, manifest)``, called by the importer after it applied a bundle from
  this installation's aggregator (``exchange.policy`` decides that from the trusted keys and the unit
  tree, never from the manifest), keeps the highest version seen (of a ``pack``, or of a sender that
  calls itself aggregator) in the setting ``updates.newest_seen``: the version number only, never
  the sender's text;
- an ``app_version`` column in ``exchange_ledger`` (rows of kind ``pack``), if a later migration adds it.

No Qt here: the window calls ``newer_version_notice(services)`` and shows the text in a banner;
``newest_version_seen`` gives the parts for a translated message. The unit is named from this
installation's unit list, never by the name the sender wrote.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from . import __version__

SETTING = "updates.newest_seen"
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


def _from_above(manifest: Mapping[str, Any] | Any) -> bool:
    sender = manifest.get("sender") or {}
    return manifest.get("kind") == "pack" or (isinstance(sender, Mapping) and sender.get("role") == "aggregator")


def remember_bundle_version(db: Any, manifest: Mapping[str, Any] | Any) -> bool:
    """Keep the bundle's ``app_version`` if it came from above and is the highest seen so far.

    ``manifest`` is an ``exchange.manifest.Manifest`` or its raw dict. Call it inside the import's
    transaction, after the bundle was applied. Returns True when the stored value changed."""
    from .storage import settings

    version = manifest.get("app_version")
    if not _from_above(manifest) or parse_version(version) is None:
        return False
    known = settings.get(db, SETTING) or {}
    if known and not is_newer(version, str(known.get("version", "0"))):
        return False
    sender = manifest.get("sender") or {}
    settings.put(
        db,
        SETTING,
        {
            "version": version_number(version),
            "sender_unit": str(sender.get("unit_code", ""))[:64] if isinstance(sender, Mapping) else "",
            "created_at": str(manifest.get("created_at") or "")[:40],
        },
    )
    return True


def _ledger_versions(db: Any) -> list[dict[str, str]]:
    cols = {row[1] for row in db.execute("PRAGMA table_info(exchange_ledger)").fetchall()}
    if "app_version" not in cols:
        return []
    rows = db.execute(
        "SELECT app_version, sender_unit, created_at FROM exchange_ledger "
        "WHERE kind = 'pack' AND app_version IS NOT NULL"
    ).fetchall()
    return [{"version": r[0], "sender_unit": r[1], "sender_name": "", "created_at": r[2] or ""} for r in rows]


def newest_version_seen(services: Any) -> dict[str, str] | None:
    """The highest program version seen in bundles from above, newer than this one, or None.

    A dict with ``version``, ``sender_unit``, ``sender_name`` (may be empty) and ``created_at``."""
    from .storage import settings

    found: list[dict[str, str]] = []
    stored = settings.get(services.db, SETTING)
    if isinstance(stored, dict) and parse_version(stored.get("version")) is not None:
        found.append(stored)
    found.extend(_ledger_versions(services.db))
    newer = [f for f in found if is_newer(f.get("version"))]
    if not newer:
        return None
    best = max(newer, key=lambda f: parse_version(f["version"]) or ())
    row = services.db.execute("SELECT name FROM units WHERE code = ?", [best.get("sender_unit", "")]).fetchone()
    return dict(best, version=version_number(best["version"]) or "", sender_name=row[0] if row else "")


def newer_version_notice(services: Any) -> str | None:
    """The Vietnamese sentence for the window's banner, or None when this program is up to date."""
    seen = newest_version_seen(services)
    if seen is None:
        return None
    where = seen.get("sender_name") or "đơn vị cấp trên"
    return (
        f"Đã có phiên bản mới hơn: Sổ tay Tuyên truyền {seen['version']} (đang dùng {__version__}), "
        f"theo tệp nhận từ {where}. Hãy xin bộ cài mới để cập nhật; dữ liệu và khoá được giữ nguyên."
    )
