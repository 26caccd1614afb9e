"""Writing bundles: logs and snapshots up, packs down, receipts back.

A log holds what changed since the last bundle written for the same receiver (by version: this
installation's versions only grow), a snapshot holds everything and heals any gap. Contact names
and phones are removed unless asked for, and then the file must be encrypted. Every row passes the
receiver's own row checker first (``sendable``): nothing is written when a live record would fail it.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from .. import __version__
from ..core.ids import uuid7
from ..storage import blobs, ledger, synced
from ..storage.schema import SCHEMA_VERSION
from ..storage.store import Store
from . import crypto
from .container import write_bundle
from .context import ExchangeContext
from .errors import BundleRefused
from .keys import Identity, encryption_target, identity, revocation_rows
from .manifest import ANY, FORMAT_VERSION, utc_stamp
from .rows import SPECS, to_bundle_row
from .sendable import RecordProblem, problems_of, refuse_if_any, sendable

UP_TABLES = ("units", "topics", "groups", "talks", "read_receipts")
OUTBOX = "outbox"
RECEIPT_NAMESPACE = uuid.UUID("5d0f0d3c-6a59-4c55-9d1b-2f1a3f6f2b7e")


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


def _ndjson(rows: Iterable[dict[str, Any]]) -> tuple[bytes, int, str, str]:
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


def _owners(ctx: ExchangeContext) -> list[str] | None:
    return list(ctx.own_units) if len(ctx.own_units) < 30_000 else None


def record_problems(store: Store, table: str, record_id: str) -> list[RecordProblem]:
    """What would stop one stored record from being sent (the window marks it in the record's form)."""
    spec = SPECS[table]
    rows = synced.iter_rows(store, table, spec.columns, None, "", [record_id])
    return [p for row in rows for p in problems_of(table, to_bundle_row(spec, row))]


def receipt_id(owner_unit: str, document_id: str) -> str:
    """One receipt per reader and document, the same id whenever it is remade."""
    return str(uuid.uuid5(RECEIPT_NAMESPACE, f"{owner_unit}:{document_id}"))


def _read_stamp(value: str) -> str:
    """Read marks are stored as ISO times; receipts carry the fixed-width UTC form."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return value[:40]
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return utc_stamp(moment)


def refresh_receipts(ctx: ExchangeContext) -> int:
    db, unit_code = ctx.store, ctx.installation.unit_code
    with db.atomic():
        return ledger.refresh_read_receipts(
            db,
            unit_code,
            lambda doc: receipt_id(unit_code, doc),
            ctx.next_version,
            _read_stamp,
        )


def _file_name(unit_code: str, kind: str, folder: Path, now: dt.datetime) -> Path:
    stem = f"{unit_code}_{kind}_{now.strftime('%Y%m%d-%H%M')}"
    path = folder / f"{stem}.sotay"
    n = 2
    while path.exists():
        path = folder / f"{stem}-{n}.sotay"
        n += 1
    return path


def _target(ctx: ExchangeContext, to: Path | str | None, unit_code: str, kind: str, now: dt.datetime) -> Path:
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


def _finish(
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
    path = _target(ctx, to, ident.unit_code, kind, now.astimezone())
    _write_atomic(path, data)
    counts = {name[5:-7]: records for name, (_, records) in members.items() if name.startswith("data/")}
    import hashlib

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


def _check_privacy(include_contacts: bool, passphrase: str | None, encrypt_to: str | None) -> str:
    if passphrase is not None and encrypt_to is not None:
        raise BundleRefused("bad_keyfile", "choose --passphrase-file or --encrypt-to, not both", path="")
    if include_contacts and passphrase is None and encrypt_to is None:
        raise BundleRefused("contacts_need_encryption", "contacts may only travel in an encrypted bundle")
    return "none" if include_contacts else "contacts_removed"


def export_log(
    ctx: ExchangeContext,
    to: Path | str | None = None,
    receiver: str | None = None,
    snapshot: bool = False,
    include_contacts: bool = False,
    passphrase: str | None = None,
    encrypt_to: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """``sotay export``: what changed since the last bundle for ``receiver`` (or everything)."""
    redaction = _check_privacy(include_contacts, passphrase, encrypt_to)
    if encrypt_to is not None and receiver is None:
        receiver = encryption_target(ctx.store, encrypt_to)[0]
    receiver = receiver or ANY
    ident = identity(ctx)
    refresh_receipts(ctx)
    db = ctx.store
    previous = ledger.export_chain(db, receiver)
    after = "" if snapshot or previous is None else str(previous["watermark"] or "")
    owners = _owners(ctx)
    members: dict[str, tuple[bytes, int]] = {}
    problems: list[RecordProblem] = []
    low, high = "", ""
    for n, table in enumerate(UP_TABLES):
        spec = SPECS[table]
        rows = (to_bundle_row(spec, r) for r in synced.iter_rows(db, table, spec.columns, owners, after))
        if table == "groups" and redaction != "none":
            rows = (dict(r, contact_name="", contact_phone="") for r in rows)
        content, count, t_low, t_high = _ndjson(sendable(table, rows, problems))
        if count:
            members[f"data/{table}.ndjson"] = (content, count)
            low = t_low if not low or (t_low and t_low < low) else low
            high = max(high, t_high)
        if progress:
            progress(n + 1, len(UP_TABLES))
    refuse_if_any(problems)
    watermark = max(high, after)
    return _finish(
        ctx,
        ident,
        "snapshot" if snapshot else "log",
        receiver,
        members,
        (low, high),
        redaction,
        to,
        passphrase,
        encrypt_to,
        chain=True,
        watermark=watermark,
    )


def _bundle_receipt_rows(db: Store, sender_unit: str) -> list[dict[str, Any]]:
    out = []
    for entry in ledger.ledger(db, sender_unit):
        counts = orjson.loads(entry["counts"] or "{}")
        out.append(
            {
                "bundle_id": entry["bundle_id"],
                "sender_unit": entry["sender_unit"],
                "file_sha256": entry["file_sha256"],
                "applied_at": entry["applied_at"],
                "outcome": "applied",
                "records": int(sum(v for k, v in counts.items() if isinstance(v, int) and k != "unchanged")),
            }
        )
    return out


def export_pack(
    ctx: ExchangeContext,
    document_ids: list[str] | None = None,
    topics: list[str] | None = None,
    to: Path | str | None = None,
    receiver: str | None = None,
    passphrase: str | None = None,
    encrypt_to: str | None = None,
) -> ExportResult:
    """``sotay pack export``: briefing documents with their attachments, the topics they name, this
    unit's custom units, revoked keys and (for one receiver) receipts of its bundles."""
    from ..core.text import fold

    _check_privacy(False, passphrase, encrypt_to)
    ident = identity(ctx)
    db = ctx.store
    ids: list[str] = list(document_ids or [])
    if topics:
        topic_ids = [" ".join(fold(t).split()) for t in topics]
        ids += synced.document_ids_by_topic(db, topic_ids)
    ids = list(dict.fromkeys(ids))
    if not ids:
        raise BundleRefused("nothing_to_export", "no documents selected")
    spec = SPECS["documents"]
    stored = [to_bundle_row(spec, r) for r in synced.iter_rows(db, "documents", spec.columns, None, "", ids)]
    found = {d["id"] for d in stored}
    missing = [i for i in ids if i not in found]
    if missing:
        raise BundleRefused("unknown_document", f"no document {missing[0]}", ref=missing[0])
    problems: list[RecordProblem] = []
    docs = list(sendable("documents", stored, problems))
    members: dict[str, tuple[bytes, int]] = {}
    content, count, low, high = _ndjson(docs)
    members["data/documents.ndjson"] = (content, count)
    topic_ids = sorted({t for d in docs for t in d["topics"]})
    if topic_ids:
        tspec = SPECS["topics"]
        trows = list(
            sendable(
                "topics",
                (to_bundle_row(tspec, r) for r in synced.iter_rows(db, "topics", tspec.columns, None, "", topic_ids)),
                problems,
            )
        )
        if trows:
            c, n, tl, th = _ndjson(trows)
            members["data/topics.ndjson"] = (c, n)
            low, high = min(low, tl) if tl else low, max(high, th)
    uspec = SPECS["units"]
    urows = list(
        sendable(
            "units",
            (to_bundle_row(uspec, r) for r in synced.iter_rows(db, "units", uspec.columns, [ident.unit_code])),
            problems,
        )
    )
    refuse_if_any(problems)
    if urows:
        members["data/units.ndjson"] = _ndjson(urows)[:2]
    hashes = sorted({a["sha256"] for d in docs for a in d["attachments"]})
    for sha, data in blobs.blobs_for(db, hashes):
        members[f"blobs/{sha}"] = (bytes(data), 1)
    revoked = revocation_rows(db)
    if revoked:
        members["data/keys.ndjson"] = _ndjson(revoked)[:2]
    if receiver and receiver != ANY:
        receipts = _bundle_receipt_rows(db, receiver)
        if receipts:
            members["data/bundle_receipts.ndjson"] = _ndjson(receipts)[:2]
    return _finish(
        ctx,
        ident,
        "pack",
        receiver or ANY,
        members,
        (low, high),
        "contacts_removed",
        to,
        passphrase,
        encrypt_to,
        chain=True,
    )


def export_receipts(ctx: ExchangeContext, receiver: str, to: Path | str | None = None) -> ExportResult:
    """A receipt for ``receiver``: every bundle of that unit applied here (small; idempotent)."""
    ident = identity(ctx)
    rows = _bundle_receipt_rows(ctx.store, receiver)
    if not rows:
        raise BundleRefused("nothing_to_export", f"no bundle from {receiver} was applied here")
    members = {"data/bundle_receipts.ndjson": _ndjson(rows)[:2]}
    return _finish(ctx, ident, "receipt", receiver, members, ("", ""), "contacts_removed", to, None, None, chain=False)


def export_keys(ctx: ExchangeContext, to: Path | str | None = None, receiver: str | None = None) -> ExportResult:
    """A ``keys`` bundle: revocations known here (and, through the manifest, this unit's keys)."""
    ident = identity(ctx)
    members: dict[str, tuple[bytes, int]] = {}
    revoked = revocation_rows(ctx.store)
    if revoked:
        members["data/keys.ndjson"] = _ndjson(revoked)[:2]
    return _finish(
        ctx, ident, "keys", receiver or ANY, members, ("", ""), "contacts_removed", to, None, None, chain=False
    )
