"""Importing bundles: verify, validate, preview, then apply each bundle in one transaction.

For every file, in this order: the ledger (a file already applied is recognised by its hash and
skipped in milliseconds), the container checks and the signature (``container.open_bundle``), the
receiver, the sender's key (``keys.check_sender``), then every row is parsed and validated before
anything is written. A preview counts new / updated / unchanged / conflicting / invalid /
quarantined rows; applying writes them with last-writer-wins by version inside one transaction,
keeps replaced and losing versions in ``history`` and records the bundle in the ledger. One bad
file never stops the others: each gets its own outcome.

This module runs the batch and checks each file up to its rows; ``parse`` turns the rows into a
plan, ``apply`` writes (or previews) it, ``outcome`` holds what is reported.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from ..core.clock import Hlc
from ..core.errors import StorageError
from ..storage import deferred_index, ledger, merge
from ..storage.index_alongside import IndexAlongside
from . import container, policy
from .apply import apply_bundle
from .commit_group import CommitGroup
from .container import open_bundle
from .context import ExchangeContext
from .crypto import fingerprint
from .errors import BundleRefused, human_size
from .keys import check_sender, decryption_keys
from .manifest import ANY, Manifest, parse_stamp
from .outcome import COUNT_KEYS, Cancelled, FileOutcome, ImportSummary, vn_date
from .parse import parse_bundle
from .run import FUTURE_MS, ImportRun, receiving_tree, sender_label, subtree
from .senders import chain_gaps, reporting_status

__all__ = [
    "COUNT_KEYS",
    "FileOutcome",
    "ImportSummary",
    "chain_gaps",
    "import_bundle",
    "import_paths",
    "reporting_status",
]


SKEW_REPORT_MS = 5 * 60 * 1000


IMPORT_CACHE_KIB = 65536  # SQLite page caches during an import: 64 MiB each instead of the default 2


CLOCK_FLOOR = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # a sender clock before this is dead-battery


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files as given, and every file inside given folders (recursively, hidden and partial skipped)."""
    out: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for p in found:
            if p.name.startswith(".") or p.name.endswith(".part"):
                continue
            key = p.resolve() if p.exists() else p
            if key not in seen:
                seen.add(key)
                out.append(p)
    return out


# From this many files on, date-ordered indexes are built once after the batch (storage.deferred_index).
BULK_FILES = 200


INDEXING = "cập nhật chỉ mục tìm kiếm"  # the progress step after the files (records done of records)


def import_paths(
    exchange: ExchangeContext,
    paths: Sequence[Path | str],
    progress: Callable[[int, int, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    dry_run: bool = False,
    trust: bool = False,
    passphrase: str | None = None,
    index: bool = True,
    backup: bool = True,
    accept_outside: bool = False,
) -> ImportSummary:
    """Import every bundle under ``paths``; returns one outcome per file (never raises for a file).
    ``accept_outside`` keeps files from units outside this installation's tree (the user said so)."""
    started = time.perf_counter()
    inst, db = exchange.installation, exchange.store
    if not dry_run:  # a damaged database takes no import: refused once here, not file by file
        db.ensure_sound()
    files = expand_paths(paths)
    ctx = ImportRun(
        exchange,
        inst.unit_code,
        inst.key_id,
        trust,
        dry_run,
        passphrase,
        decryption_keys(db),
        time.time_ns() // 1_000_000,
        exchange.today,
    )
    ctx.seen = ledger.seen_files(db) if len(files) > 50 else None
    ctx.accept_outside = accept_outside
    if trust and len(files) > 1:
        ctx.contested = _contested_units(ctx, files)
    if not backup:
        ctx.backup = ""
    summary = ImportSummary(dry_run=dry_run)
    bulk = not dry_run and len(files) >= BULK_FILES
    ctx.group = CommitGroup(db, enabled=bulk)
    # a dry run is rolled back at the end; inside a batch the services already roll back (several calls)
    alone = dry_run and not db.conn.in_transaction
    rehearsal = merge.rolled_back(db) if alone else contextlib.nullcontext()
    # a large batch is indexed as its groups commit, by a second connection on the second core
    alongside = IndexAlongside(db, cancel) if bulk and index else contextlib.nullcontext()
    with merge.larger_caches(db, IMPORT_CACHE_KIB), rehearsal, alongside:
        if bulk:
            deferred_index.suspend_indexes(db)
        try:
            _import_all(ctx, files, summary, progress, cancel)
        finally:
            if bulk:
                deferred_index.restore_indexes(db)
    summary.backup = ctx.backup or None
    if index and not dry_run:
        step = (lambda done, total: progress(done, total, INDEXING)) if progress else None
        summary.indexed = deferred_index.index_backlog(db, cancel=cancel, progress=step)
        if isinstance(alongside, IndexAlongside):
            summary.indexed += alongside.indexed
    summary.gaps = chain_gaps(db)
    summary.elapsed_s = time.perf_counter() - started
    return summary


def _import_all(
    ctx: ImportRun,
    files: list[Path],
    summary: ImportSummary,
    progress: Callable[[int, int, str], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    group = ctx.group or CommitGroup(ctx.exchange.store, enabled=False)
    try:
        for n, path in enumerate(files):
            if cancel is not None and cancel():
                summary.files.append(FileOutcome(str(path), "cancelled", reason="cancelled"))
                continue
            if progress is not None:
                progress(n, len(files), path.name)
            outcome = _import_file(ctx, path, cancel)
            summary.files.append(outcome)
            if group.after(outcome, ctx.seen):
                ctx.subtrees.clear()
    except BaseException:
        group.abort()
        raise
    group.commit()
    if progress is not None:
        progress(len(files), len(files), "")


def _contested_units(ctx: ImportRun, files: list[Path]) -> dict[str, int]:
    """Units for which the files of one import offer more than one key (keys linked by a verified
    rotation statement count as one): trusting "on first use" must not pick whichever file came first,
    so none of them is trusted. Reads only the manifests."""
    offered: dict[str, dict[str, str | None]] = {}  # unit -> key id -> key it rotated from
    for path in files:
        try:
            if path.stat().st_size > container.MAX_FILE:
                continue
            data = path.read_bytes()
        except OSError:
            continue  # the import names the problem when it reaches the file
        found = container.signed_sender(data, passphrase=ctx.passphrase, x25519_keys=ctx.x25519)
        if found is not None:
            unit, key, rotated_from = found
            offered.setdefault(unit, {})[key] = rotated_from
    chains = {unit: sum(1 for k, old in keys.items() if old not in keys) for unit, keys in offered.items()}
    return {unit: n for unit, n in chains.items() if n > 1}


def import_bundle(
    exchange: ExchangeContext,
    path: Path | str,
    *,
    dry_run: bool = False,
    trust: bool = False,
    passphrase: str | None = None,
    index: bool = True,
    backup: bool = True,
) -> FileOutcome:
    """One file's outcome, as ``import_paths`` gives it."""
    summary = import_paths(
        exchange, [path], dry_run=dry_run, trust=trust, passphrase=passphrase, index=index, backup=backup
    )
    return summary.files[0]


def _refused(outcome: FileOutcome, exc: BundleRefused) -> FileOutcome:
    outcome.status = "refused"
    outcome.reason, outcome.message, outcome.detail, outcome.field_name = exc.reason, exc.message, exc.detail, exc.field
    return outcome


def _import_file(ctx: ImportRun, path: Path, cancel: Callable[[], bool] | None) -> FileOutcome:
    started = time.perf_counter()
    outcome = FileOutcome(str(path), "refused")
    db = ctx.exchange.store
    try:
        try:
            size = path.stat().st_size
            container.check_size(size)
            data = path.read_bytes()
        except OSError as exc:
            raise BundleRefused("io_error", str(exc), path=str(path), error=exc.strerror or str(exc)) from exc
        file_sha = hashlib.sha256(data).hexdigest()
        known = ctx.seen.get(file_sha) if ctx.seen is not None else ledger.seen_file(db, file_sha)
        if known is not None:
            return _already(ctx, outcome, known, started)
        opened = open_bundle(data, passphrase=ctx.passphrase, x25519_keys=ctx.x25519)
        del data
        m = opened.manifest
        outcome.bundle_id, outcome.kind, outcome.created_at = m.bundle_id, m.kind, m["created_at"]
        outcome.sender_unit, outcome.sender_name = m.sender_unit, sender_label(db, m)
        outcome.fingerprint = fingerprint(m.key_id)
        manifest_sha = hashlib.sha256(opened.manifest_bytes).hexdigest()
        entry = ledger.ledger_entry(db, m.bundle_id, m.sender_unit)
        if entry is not None:
            if entry["manifest_sha256"] not in (None, manifest_sha):
                raise BundleRefused(
                    "bundle_id_reused",
                    f"{m.sender_unit} already sent bundle {m.bundle_id} with another manifest",
                    unit=outcome.sender_name,
                    date=vn_date(entry["applied_at"]),
                )
            with db.atomic():
                ledger.remember_file(db, file_sha, m.bundle_id)
            return _already(ctx, outcome, m.bundle_id, started)
        if m.receiver not in (ANY, ctx.own_unit):
            raise BundleRefused(
                "wrong_receiver",
                f"bundle is for {m.receiver}, this is {ctx.own_unit}",
                receiver=m.receiver,
                unit=ctx.own_unit,
            )
        if not ctx.accept_outside:
            policy.check_inside_tree(db, m.sender_unit, ctx.own_unit, receiving_tree(ctx))
        decision = check_sender(db, m, ctx.trust, ctx.own_unit, ctx.own_key_id, outcome.sender_name)
        if decision.action == "trust_new" and m.sender_unit in ctx.contested:
            raise BundleRefused(
                "unknown_key",
                f"{ctx.contested[m.sender_unit]} keys offered for {m.sender_unit} in one import: none is trusted "
                "until one is confirmed on its own",
                unit=outcome.sender_name,
                fingerprint=decision.fingerprint,
            )
        outcome.fingerprint, outcome.key_action = decision.fingerprint, decision.action
        _clock_report(ctx, m, outcome)
        rights = policy.rights(
            db,
            m.sender_unit,
            decision.action,
            m.key_id,
            ctx.own_unit,
            ctx.own_key_id,
            lambda unit: subtree(ctx, unit),
            receiving_tree(ctx),
        )
        plan = parse_bundle(ctx, opened, rights)
        apply_bundle(ctx, opened, plan, decision, rights, manifest_sha, outcome, path, cancel)
    except BundleRefused as exc:
        _refused(outcome, exc)
    except Cancelled:
        outcome.status, outcome.reason = "cancelled", "cancelled"
        outcome.message = BundleRefused("cancelled").message
    except MemoryError as exc:  # a hostile file must not take the whole batch down
        _refused(
            outcome, BundleRefused("too_large", f"out of memory: {exc}", size="?", limit=human_size(container.MAX_FILE))
        )
    except StorageError:  # the data folder (full, read-only, locked, damaged), not this file: said once
        raise
    except Exception as exc:  # noqa: BLE001 - a bug must cost one file, not the folder
        _refused(outcome, BundleRefused("internal_error", f"{type(exc).__name__}: {exc}"))
    outcome.elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
    return outcome


def _already(ctx: ImportRun, outcome: FileOutcome, bundle_id: str, started: float) -> FileOutcome:
    entry = ledger.ledger_entry(ctx.exchange.store, bundle_id) or {}
    outcome.status = "already_imported"
    outcome.bundle_id = bundle_id
    outcome.kind, outcome.sender_unit = entry.get("kind"), entry.get("sender_unit")
    outcome.created_at = entry.get("created_at")
    outcome.message = f"Đã nhập trước đây (ngày {vn_date(entry.get('applied_at'))})."
    outcome.elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
    return outcome


def _clock_report(ctx: ImportRun, m: Manifest, outcome: FileOutcome) -> None:
    created = parse_stamp(m["created_at"])
    created_ms = int(created.timestamp() * 1000)
    ahead = created_ms - ctx.now_ms
    if ahead > SKEW_REPORT_MS:
        outcome.clock_skew_ms = ahead
        outcome.warnings.append(f"Đồng hồ máy gửi chạy nhanh khoảng {_duration(ahead)}.")
    elif created < CLOCK_FLOOR:
        outcome.clock_skew_ms = created_ms - ctx.now_ms
        outcome.warnings.append(
            f"Đồng hồ máy gửi sai (tệp ghi ngày tạo {created:%d/%m/%Y}); hãy nhắc đơn vị chỉnh ngày giờ máy tính."
        )
    sender_clock = m.get("sender_clock")
    if sender_clock:
        hlc_ms = Hlc.parse(sender_clock).ms
        if hlc_ms - created_ms > FUTURE_MS:
            outcome.warnings.append("Máy gửi đã từng có đồng hồ chạy nhanh (phiên bản bản ghi vượt ngày tạo tệp).")


def _duration(ms: int) -> str:
    minutes = ms // 60_000
    if minutes < 120:
        return f"{minutes} phút"
    hours = minutes // 60
    return f"{hours} giờ" if hours < 48 else f"{hours // 24} ngày"
