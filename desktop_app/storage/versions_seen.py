"""The program versions seen in bundles from above, kept so an offline installation learns that a
newer one exists (``services/updates.py`` turns them into the window's notice).

The setting ``updates.newest_seen`` holds the highest version seen (the version number only, never
the sender's text); an ``app_version`` column in ``exchange_ledger`` (rows of kind ``pack``) is read
too, if a later migration adds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict

from ..core.versions import is_newer, parse_version, version_number
from . import settings

if TYPE_CHECKING:
    from .store import Store

SETTING = "updates.newest_seen"


class VersionSeen(TypedDict):
    """A program version seen in a bundle: which, from which unit, written when."""

    version: str
    sender_unit: str
    created_at: str


def _from_above(manifest: Mapping[str, object]) -> bool:
    sender = manifest.get("sender") or {}
    return manifest.get("kind") == "pack" or (isinstance(sender, Mapping) and sender.get("role") == "aggregator")


def remember_bundle_version(db: Store, manifest: Mapping[str, object]) -> bool:
    """Keep the bundle's ``app_version`` if it came from above and is the highest seen so far.

    ``manifest`` is the raw dict of an ``exchange.manifest.Manifest``. The importer calls this
    inside its transaction, after it applied a bundle from this installation's aggregator. Returns
    True when the stored value changed."""
    version = manifest.get("app_version")
    number = version_number(version)
    if not _from_above(manifest) or number is None:
        return False
    known = settings.get(db, SETTING) or {}
    if known and not is_newer(version, str(known.get("version", "0"))):
        return False
    sender = manifest.get("sender") or {}
    seen: VersionSeen = {
        "version": number,
        "sender_unit": str(sender.get("unit_code", ""))[:64] if isinstance(sender, Mapping) else "",
        "created_at": str(manifest.get("created_at") or "")[:40],
    }
    settings.put(db, SETTING, seen)
    return True


def versions_seen(db: Store) -> list[VersionSeen]:
    """Every version recorded: the setting's, then the ledger's (packs), in no particular order."""
    found: list[VersionSeen] = []
    stored = settings.get(db, SETTING)
    if isinstance(stored, dict) and parse_version(stored.get("version")) is not None:
        found.append(
            {
                "version": str(stored["version"]),
                "sender_unit": str(stored.get("sender_unit", "")),
                "created_at": str(stored.get("created_at", "")),
            }
        )
    if "app_version" in db.columns("exchange_ledger"):
        rows = db.execute(
            "SELECT app_version, sender_unit, created_at FROM exchange_ledger "
            "WHERE kind = 'pack' AND app_version IS NOT NULL"
        ).fetchall()
        found.extend({"version": r[0], "sender_unit": r[1], "created_at": r[2] or ""} for r in rows)
    return found
