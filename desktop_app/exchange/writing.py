"""Writing one bundle file: the manifest, the signature, optional encryption, the file written
atomically under its name, and the export recorded in its receiver's chain."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from .. import __version__
from ..core.ids import uuid7
from ..core.vntime import VN_TZ
from ..storage import ledger
from ..storage.schema import SCHEMA_VERSION
from . import crypto
from .container import write_bundle
from .context import ExchangeContext
from .errors import BundleRefused
from .keys import Identity, encryption_target
from .manifest import FORMAT_VERSION, utc_stamp

OUTBOX = "outbox"


@dataclass
class ExportResult:
    path: Path
    bundle_id: str
    kind: str
    receiver: str
    counts: dict[str, int] = field(default_factory=dict)
    encrypted: bool = False
    redaction: str = "contacts_removed"
    size: int = 0
    previous_bundle_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path),
            "bundle_id": self.bundle_id,
            "kind": self.kind,
            "receiver": self.receiver,
            "counts": self.counts,
            "encrypted": self.encrypted,
            "redaction": self.redaction,
            "size": self.size,
            "previous_bundle_id": self.previous_bundle_id,
        }


def ndjson(rows: Iterable[dict[str, Any]]) -> tuple[bytes, int, str, str]:
    """NDJSON bytes, record count, lowest and highest version."""
    parts: list[bytes] = []
    low, high = "", ""
    for row in rows:
        parts.append(orjson.dumps(row))
        hlc = row.get("hlc") or ""
        if hlc:
            high = hlc if hlc > high else high
            low = hlc if not low or hlc < low else low
    return (b"\n".join(parts) + b"\n" if parts else b""), len(parts), low, high


def _file_name(unit_code: str, kind: str, folder: Path, now: dt.datetime) -> Path:
    stem = f"{unit_code}_{kind}_{now.strftime('%Y%m%d-%H%M')}"
    path = folder / f"{stem}.sotay"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.sotay"
        n += 1
    return path


def _target(ctx: ExchangeContext, to: Path | str | None, unit_code: str, kind: str, now: dt.datetime) -> Path:
    """The file to write; a folder that cannot be made (a file in the way, no right) is refused."""
    try:
        return _target_path(ctx, to, unit_code, kind, now)
    except OSError as exc:
        where = str(to or ctx.data_dir / OUTBOX)
        raise BundleRefused("io_error", str(exc), path=where, error=exc.strerror or str(exc)) from exc


def _target_path(ctx: ExchangeContext, to: Path | str | None, unit_code: str, kind: str, now: dt.datetime) -> Path:
    if to is None:
        folder = ctx.data_dir / OUTBOX
        folder.mkdir(parents=True, exist_ok=True)
        return _file_name(unit_code, kind, folder, now)
    to = Path(to)
    if to.is_dir() or str(to).endswith(("/", os.sep)) or not to.suffix:
        to.mkdir(parents=True, exist_ok=True)
        return _file_name(unit_code, kind, to, now)
    to.parent.mkdir(parents=True, exist_ok=True)
    return to


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise BundleRefused("io_error", str(exc), path=str(path), error=exc.strerror or str(exc)) from exc


def finish_bundle(
    ctx: ExchangeContext,
    ident: Identity,
    kind: str,
    receiver: str,
    members: dict[str, tuple[bytes, int]],
    hlc_range: tuple[str, str],
    redaction: str,
    to: Path | str | None,
    passphrase: str | None,
    encrypt_to: str | None,
    chain: bool,
    watermark: str = "",
    extra_manifest: dict[str, Any] | None = None,
) -> ExportResult:
    db = ctx.store
    now = dt.datetime.now(dt.UTC)
    previous = ledger.export_chain(db, receiver) if chain else None
    bundle_id = uuid7()
    manifest: dict[str, Any] = {
        "format_version": FORMAT_VERSION,
        "min_reader_version": 1,
        "schema_version": SCHEMA_VERSION,
        "bundle_id": bundle_id,
        "previous_bundle_id": previous["bundle_id"] if previous else None,
        "previous_created_at": previous["created_at"] if previous else None,
        "seq": (previous["seq"] + 1) if previous else 1,
        "kind": kind,
        "sender": {
            "unit_code": ident.unit_code,
            "unit_name": ident.unit_name,
            "role": ident.role,
            "key_id": ident.key_id,
            "public_key": ident.public_key,
            "encryption_key": ident.encryption_key,
        },
        "receiver": receiver,
        "hlc_min": hlc_range[0] or None,
        "hlc_max": hlc_range[1] or None,
        "sender_clock": ctx.clock.last,
        "created_at": utc_stamp(now),
        "app_version": __version__,
        "redaction": redaction,
    }
    if manifest["sender_clock"] and not manifest["sender_clock"][:15].isdigit():
        manifest["sender_clock"] = None
    if manifest["sender_clock"] and manifest["sender_clock"].startswith("000000000000000"):
        manifest["sender_clock"] = None
    if ident.rotation:
        manifest["key_rotation"] = ident.rotation
    manifest.update(extra_manifest or {})
    data = write_bundle(manifest, members, ident.sign)
    encrypted = False
    if passphrase is not None:
        data, encrypted = crypto.encrypt_passphrase(data, passphrase), True
    elif encrypt_to is not None:
        _, public = encryption_target(db, encrypt_to)
        data, encrypted = crypto.encrypt_to(data, public), True
    path = _target(ctx, to, ident.unit_code, kind, now.astimezone(VN_TZ))
    _write_atomic(path, data)
    counts = {name[5:-7]: records for name, (_, records) in members.items() if name.startswith("data/")}
    with db.atomic():
        ledger.record_export(
            db,
            {
                "bundle_id": bundle_id,
                "receiver": receiver,
                "kind": kind,
                "seq": manifest["seq"],
                "previous_bundle_id": manifest["previous_bundle_id"],
                "created_at": manifest["created_at"],
                "watermark": watermark,
                "file_name": path.name,
                "file_sha256": hashlib.sha256(data).hexdigest(),
                "counts": orjson.dumps(counts).decode(),
            },
        )
    return ExportResult(
        path, bundle_id, kind, receiver, counts, encrypted, redaction, len(data), manifest["previous_bundle_id"]
    )


def check_privacy(include_contacts: bool, passphrase: str | None, encrypt_to: str | None) -> str:
    if passphrase is not None and encrypt_to is not None:
        raise BundleRefused("bad_keyfile", "choose --passphrase-file or --encrypt-to, not both", path="")
    if include_contacts and passphrase is None and encrypt_to is None:
        raise BundleRefused("contacts_need_encryption", "contacts may only travel in an encrypted bundle")
    return "none" if include_contacts else "contacts_removed"
