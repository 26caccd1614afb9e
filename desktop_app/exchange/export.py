"""Writing bundles: logs and snapshots up, packs down, receipts back.

A log holds what changed since the last bundle written for the same receiver (by version: this
installation's versions only grow), a snapshot holds everything and heals any gap. Contact names
and phones are removed unless asked for, and then the file must be encrypted. Every row passes the
receiver's own row checker first (``sendable``): nothing is written when a live record would fail it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..core.orientation import last_month
from ..storage import blobs, ledger, synced, theme_list
from ..storage.store import Store
from .context import ExchangeContext
from .errors import BundleRefused
from .keys import encryption_target, identity, revocation_rows
from .manifest import ANY
from .receipts import bundle_receipt_rows, receipt_id, refresh_receipts
from .rows import SPECS, to_bundle_row
from .sendable import RecordProblem, problems_of, refuse_if_any, sendable
from .writing import ExportResult, check_privacy, finish_bundle, ndjson

__all__ = [
    "ExportResult",
    "export_keys",
    "export_log",
    "export_pack",
    "export_receipts",
    "receipt_id",
    "record_problems",
]


UP_TABLES = (
    "units",
    "topics",
    "groups",
    "talks",
    "read_receipts",
    "report_sections",
    "force_members",
    "force_trainings",
    "force_conferences",
    "channels",
    "channel_snapshots",
)


def _owners(ctx: ExchangeContext) -> list[str] | None:
    return list(ctx.own_units) if len(ctx.own_units) < 30_000 else None


def record_problems(store: Store, table: str, record_id: str) -> list[RecordProblem]:
    """What would stop one stored record from being sent (the window marks it in the record's form)."""
    spec = SPECS[table]
    rows = synced.iter_rows(store, table, spec.columns, None, "", [record_id])
    return [p for row in rows for p in problems_of(table, to_bundle_row(spec, row))]


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
    redaction = check_privacy(include_contacts, passphrase, encrypt_to)
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
        elif table == "force_members" and redaction != "none":
            rows = (dict(r, phone="") for r in rows)
        content, count, t_low, t_high = ndjson(sendable(table, rows, problems))
        if count:
            members[f"data/{table}.ndjson"] = (content, count)
            low = t_low if not low or (t_low and t_low < low) else low
            high = max(high, t_high)
        if progress:
            progress(n + 1, len(UP_TABLES))
    refuse_if_any(problems)
    watermark = max(high, after)
    return finish_bundle(
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


def orientation_rows(
    ctx: ExchangeContext, own_unit: str, period: str | None, problems: list[RecordProblem]
) -> list[dict[str, Any]]:
    """This unit's orientation topics (tombstones too, so a withdrawn one is withdrawn below): those
    of ``period``, or of every period not yet over."""
    spec = SPECS["orientations"]
    month = ctx.today.strftime("%Y-%m")
    rows = (to_bundle_row(spec, r) for r in synced.iter_rows(ctx.store, "orientations", spec.columns, [own_unit]))
    chosen = (r for r in rows if r["period"] == period or (period is None and last_month(r["period"]) >= month))
    return list(sendable("orientations", chosen, problems))


def export_pack(
    ctx: ExchangeContext,
    document_ids: list[str] | None = None,
    topics: list[str] | None = None,
    to: Path | str | None = None,
    receiver: str | None = None,
    passphrase: str | None = None,
    encrypt_to: str | None = None,
    orientation: str | None = None,
) -> ExportResult:
    """``sotay pack export``: briefing documents with their attachments, the topics they name, the
    orientation topics of periods not yet over (or of ``orientation``, a period code), this unit's
    calendar entries (tombstones too), its custom units, revoked keys and (for one receiver) receipts of its bundles."""
    from ..core.text import fold

    check_privacy(False, passphrase, encrypt_to)
    ident = identity(ctx)
    db = ctx.store
    ids: list[str] = list(document_ids or [])
    if topics:
        topic_ids = [" ".join(fold(t).split()) for t in topics]
        ids += synced.document_ids_by_topic(db, topic_ids)
    ids = list(dict.fromkeys(ids))
    problems: list[RecordProblem] = []
    guidance = orientation_rows(ctx, ident.unit_code, orientation, problems)
    cspec = SPECS["shared_calendar"]
    days = list(
        sendable(
            "shared_calendar",
            (
                to_bundle_row(cspec, r)
                for r in synced.iter_rows(db, "shared_calendar", cspec.columns, [ident.unit_code])
            ),
            problems,
        )
    )
    if not guidance and (orientation is not None or not ids):
        raise BundleRefused("nothing_to_export", "no documents (or orientation topics) selected")
    spec = SPECS["documents"]
    stored = [to_bundle_row(spec, r) for r in synced.iter_rows(db, "documents", spec.columns, None, "", ids)]
    found = {d["id"] for d in stored}
    missing = [i for i in ids if i not in found]
    if missing:
        raise BundleRefused("unknown_document", f"no document {missing[0]}", ref=missing[0])
    docs = list(sendable("documents", stored, problems))
    members: dict[str, tuple[bytes, int]] = {}
    low, high = "", ""
    for table, rows in (("documents", docs), ("orientations", guidance), ("shared_calendar", days)):
        if rows:
            content, count, t_low, t_high = ndjson(rows)
            members[f"data/{table}.ndjson"] = (content, count)
            low, high = min(low, t_low) if low else t_low, max(high, t_high)
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
            c, n, tl, th = ndjson(trows)
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
        members["data/units.ndjson"] = ndjson(urows)[:2]
    hashes = sorted({a["sha256"] for d in docs for a in d["attachments"]})
    for sha, data in blobs.blobs_for(db, hashes):
        members[f"blobs/{sha}"] = (bytes(data), 1)
    revoked = revocation_rows(db)
    if revoked:
        members["data/keys.ndjson"] = ndjson(revoked)[:2]
    if receiver and receiver != ANY:
        receipts = bundle_receipt_rows(db, receiver)
        if receipts:
            members["data/bundle_receipts.ndjson"] = ndjson(receipts)[:2]
    return finish_bundle(
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
        extra_manifest={"concern_themes": theme_list.as_json(theme_list.current(db))},
    )


def export_receipts(ctx: ExchangeContext, receiver: str, to: Path | str | None = None) -> ExportResult:
    """A receipt for ``receiver``: every bundle of that unit applied here (small; idempotent)."""
    ident = identity(ctx)
    rows = bundle_receipt_rows(ctx.store, receiver)
    if not rows:
        raise BundleRefused("nothing_to_export", f"no bundle from {receiver} was applied here")
    members = {"data/bundle_receipts.ndjson": ndjson(rows)[:2]}
    return finish_bundle(
        ctx, ident, "receipt", receiver, members, ("", ""), "contacts_removed", to, None, None, chain=False
    )


def export_keys(ctx: ExchangeContext, to: Path | str | None = None, receiver: str | None = None) -> ExportResult:
    """A ``keys`` bundle: revocations known here (and, through the manifest, this unit's keys)."""
    ident = identity(ctx)
    members: dict[str, tuple[bytes, int]] = {}
    revoked = revocation_rows(ctx.store)
    if revoked:
        members["data/keys.ndjson"] = ndjson(revoked)[:2]
    return finish_bundle(
        ctx, ident, "keys", receiver or ANY, members, ("", ""), "contacts_removed", to, None, None, chain=False
    )
