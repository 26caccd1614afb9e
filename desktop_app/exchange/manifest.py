"""The manifest: what a bundle is, who made it, for whom, and what each member holds.

Read by every reader before anything else, so it is checked field by field; a reader refuses a
bundle whose ``min_reader_version`` is newer than :data:`READER_VERSION`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .errors import BundleRefused

FORMAT = "sotay-bundle"
FORMAT_VERSION = 1  # what this app writes
READER_VERSION = 1  # the newest min_reader_version this app can read
KINDS = ("log", "snapshot", "pack", "receipt", "keys")
REDACTIONS = ("contacts_removed", "none")
ANY = "*"

# Anchored with ``\Z`` and applied with ``fullmatch``: ``$`` accepts a trailing newline ("30130\n").
_KEY_ID = re.compile(r"^[0-9a-f]{16}\Z")
_HEX64 = re.compile(r"^[0-9a-f]{64}\Z")
# a unit code: official (30130, P82) or a custom unit's UUID (a cluster sending up, 36 characters)
_UNIT = re.compile(r"^[A-Za-z0-9._-]{1,36}\Z")
_BUNDLE_ID = re.compile(r"^[0-9a-f-]{36}\Z")
_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\Z")
_VERSION = re.compile(r"^\d{15}-\d{5}-[A-Za-z0-9._-]{1,40}\Z")
_SIGNATURE = re.compile(r"^[0-9a-f]{128}\Z")


def utc_stamp(moment: dt.datetime | None = None) -> str:
    """Fixed-width UTC time, so stamps compare as text (``"…:50.5Z" > "…:50Z"`` is false)."""
    moment = (moment or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def parse_stamp(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.UTC)


@dataclass(frozen=True)
class Member:
    name: str
    sha256: str
    size: int
    records: int


@dataclass(frozen=True)
class Manifest:
    raw: dict[str, Any]

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.raw.get(key, default)

    @property
    def bundle_id(self) -> str:
        return str(self.raw["bundle_id"])

    @property
    def kind(self) -> str:
        return str(self.raw["kind"])

    @property
    def sender_unit(self) -> str:
        return str(self.raw["sender"]["unit_code"])

    @property
    def sender_name(self) -> str:
        return str(self.raw["sender"].get("unit_name") or self.sender_unit)

    @property
    def key_id(self) -> str:
        return str(self.raw["sender"]["key_id"])

    @property
    def public_key(self) -> str:
        return str(self.raw["sender"]["public_key"])

    @property
    def receiver(self) -> str:
        return str(self.raw["receiver"])

    @property
    def members(self) -> dict[str, Member]:
        return {m["name"]: Member(m["name"], m["sha256"], m["size"], m["records"]) for m in self.raw["members"]}


def _bad(field: str, detail: str) -> BundleRefused:
    return BundleRefused("bad_manifest", f"manifest {field}: {detail}", field=field)


def _str(
    raw: dict[str, Any], name: str, pattern: re.Pattern[str] | None = None, optional: bool = False, cap: int = 200
) -> None:
    value = raw.get(name)
    if value is None and optional:
        return
    if not isinstance(value, str) or len(value) > cap or (pattern and not pattern.fullmatch(value)):
        raise _bad(name, f"{str(value)[:60]!r} is not valid")


def _int(raw: dict[str, Any], name: str, low: int = 0, high: int = 2**53) -> None:
    value = raw.get(name)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise _bad(name, f"{str(value)[:40]!r} is not an integer in range")


def check_versions(raw: object) -> dict[str, Any]:
    """The first check: is it a manifest, and can this reader read it?"""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BundleRefused("not_bundle", "manifest.json has no format 'sotay-bundle'")
    _int(raw, "format_version", 1, 10**6)
    _int(raw, "min_reader_version", 1, 10**6)
    if raw["min_reader_version"] > READER_VERSION:
        version = str(raw.get("app_version") or f"định dạng {raw['min_reader_version']}")[:40]
        raise BundleRefused(
            "newer_version",
            f"bundle needs reader version {raw['min_reader_version']}, this app reads {READER_VERSION}"
            f" (written by app {version})",
            version=version,
        )
    return raw


def check_manifest(raw: dict[str, Any]) -> Manifest:
    """Every field a reader relies on, typed and bounded. Unknown fields are allowed and ignored."""
    _int(raw, "schema_version", 1, 10**6)
    _str(raw, "bundle_id", _BUNDLE_ID)
    _str(raw, "previous_bundle_id", _BUNDLE_ID, optional=True)
    _str(raw, "previous_created_at", _STAMP, optional=True)
    if raw.get("kind") not in KINDS:
        raise _bad("kind", f"{str(raw.get('kind'))[:40]!r} is not one of {KINDS}")
    if raw.get("redaction") not in REDACTIONS:
        raise _bad("redaction", f"{str(raw.get('redaction'))[:40]!r}")
    sender = raw.get("sender")
    if not isinstance(sender, dict):
        raise _bad("sender", "not an object")
    _str(sender, "unit_code", _UNIT)
    _str(sender, "unit_name", optional=True)
    _str(sender, "key_id", _KEY_ID)
    _str(sender, "public_key", _HEX64)
    _str(sender, "encryption_key", _HEX64, optional=True)
    _str(sender, "role", optional=True, cap=40)
    receiver = raw.get("receiver")
    if not isinstance(receiver, str) or not (receiver == ANY or _UNIT.fullmatch(receiver)):
        raise _bad("receiver", f"{str(receiver)[:40]!r}")
    for name in ("hlc_min", "hlc_max", "sender_clock"):
        value = raw.get(name)
        if value is not None and not (isinstance(value, str) and _VERSION.fullmatch(value)):
            raise _bad(name, f"{str(value)[:40]!r} is not a version")
    _str(raw, "created_at", _STAMP)
    _str(raw, "app_version", cap=40)
    _int(raw, "seq", 0, 2**40)
    rotation = raw.get("key_rotation")
    if rotation is not None:
        if not isinstance(rotation, dict):
            raise _bad("key_rotation", "not an object")
        _str(rotation, "old_key_id", _KEY_ID)
        _str(rotation, "old_public_key", _HEX64)
        _str(rotation, "signature", _SIGNATURE)
    members = raw.get("members")
    if not isinstance(members, list) or len(members) > 100_000:
        raise _bad("members", "not a list")
    seen: set[str] = set()
    for item in members:
        if not isinstance(item, dict):
            raise _bad("members", "an entry is not an object")
        _str(item, "name", cap=100)
        _str(item, "sha256", _HEX64)
        _int(item, "size")
        _int(item, "records")
        if item["name"] in seen:
            raise BundleRefused("duplicate_member", f"manifest lists {item['name']} twice", name=item["name"])
        seen.add(item["name"])
    return Manifest(raw)


def rotation_statement(unit_code: str, new_key_id: str, new_public_hex: str) -> bytes:
    """What the old key signs when a unit moves to a new key."""
    return f"sotay-key-rotation:v1:{unit_code}:{new_key_id}:{new_public_hex}".encode()
