"""Importing bundles: verify, validate, preview, then apply each bundle in one transaction.

For every file, in this order: the ledger (a file already applied is recognised by its hash and
skipped in milliseconds), the container checks and the signature (``container.open_bundle``), the
receiver, the sender's key (``keys.check_sender``), then every row is parsed and validated before
anything is written. A preview counts new / updated / unchanged / conflicting / invalid /
quarantined rows; applying writes them with last-writer-wins by version inside one transaction,
keeps replaced and losing versions in ``history`` and records the bundle in the ledger. One bad
file never stops the others: each gets its own outcome.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from .. import updates
from ..core.attachments import EXTENSIONS, AttachmentRefused, check_attachment, check_name
from ..core.clock import Hlc
from ..core.errors import StorageError
from ..storage import blobs, deferred_index, ledger, merge, quarantine, settings, synced
from ..storage.store import Store
from . import container, policy
from .container import OpenedBundle, open_bundle
from .context import ExchangeContext
from .crypto import fingerprint
from .errors import QUARANTINE_VI, BundleRefused, human_size
from .keys import KeyDecision, apply_decision, apply_revocations, check_sender, decryption_keys
from .manifest import ANY, Manifest, parse_stamp, utc_stamp
from .policy import TIME_REASONS, Rights
from .rows import APPLY_ORDER, SPECS, RowError, check_row

COUNT_KEYS = ("new", "updated", "unchanged", "conflicting", "invalid", "quarantined")
FUTURE_MS = 24 * 3600 * 1000  # a version more than a day ahead of this machine is quarantined
SKEW_REPORT_MS = 5 * 60 * 1000
IMPORT_CACHE_KIB = 65536  # SQLite page caches during an import: 64 MiB each instead of the default 2
CLOCK_FLOOR = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)  # a sender clock before this is dead-battery


@dataclass
class FileOutcome:
    path: str
    status: str  # applied | previewed | already_imported | refused | cancelled
    bundle_id: str | None = None
    kind: str | None = None
    sender_unit: str | None = None
    sender_name: str | None = None
    fingerprint: str | None = None
    key_action: str | None = None
    created_at: str | None = None
    counts: dict[str, int] = dataclasses.field(default_factory=lambda: dict.fromkeys(COUNT_KEYS, 0))
    tables: dict[str, dict[str, int]] = dataclasses.field(default_factory=dict)
    reason: str | None = None
    message: str | None = None
    detail: str | None = None
    field_name: str | None = None
    clock_skew_ms: int | None = None
    warnings: list[str] = dataclasses.field(default_factory=list)
    set_aside: dict[str, int] = dataclasses.field(default_factory=dict)  # quarantine reason -> records
    receipts_marked: int = 0
    elapsed_ms: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items()}


@dataclass
class ImportSummary:
    files: list[FileOutcome] = dataclasses.field(default_factory=list)
    dry_run: bool = False
    backup: str | None = None
    indexed: int = 0
    gaps: list[dict[str, Any]] = dataclasses.field(default_factory=list)
    elapsed_s: float = 0.0

    @property
    def totals(self) -> dict[str, int]:
        out = dict.fromkeys(COUNT_KEYS, 0)
        for f in self.files:
            for k in COUNT_KEYS:
                out[k] += f.counts.get(k, 0)
        return out

    def by_status(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.files:
            out[f.status] = out.get(f.status, 0) + 1
        return out

    @property
    def ok(self) -> bool:
        return all(f.status in ("applied", "previewed", "already_imported") for f in self.files)

    def as_dict(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "ok": self.ok,
            "status": self.by_status(),
            "totals": self.totals,
            "backup": self.backup,
            "indexed": self.indexed,
            "gaps": self.gaps,
            "elapsed_s": round(self.elapsed_s, 3),
            "files": [f.as_dict() for f in self.files],
        }


class Cancelled(Exception):
    pass


# --- the batch -----------------------------------------------------------------------------------


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


@dataclass
class _Context:
    exchange: ExchangeContext
    own_unit: str
    own_key_id: str
    trust: bool
    dry_run: bool
    passphrase: str | None
    x25519: dict[str, X25519PrivateKey]
    now_ms: int
    today: dt.date
    subtrees: dict[str, dict[str, str | None]] = dataclasses.field(default_factory=dict)
    contested: dict[str, int] = dataclasses.field(default_factory=dict)  # unit -> key chains offered
    backup: str | None = None
    seen: dict[str, str] | None = None


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
) -> ImportSummary:
    """Import every bundle under ``paths``; returns one outcome per file (never raises for a file)."""
    started = time.perf_counter()
    inst, db = exchange.installation, exchange.store
    if not dry_run:  # a damaged database takes no import: refused once here, not file by file
        db.ensure_sound()
    files = expand_paths(paths)
    ctx = _Context(
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
    if trust and len(files) > 1:
        ctx.contested = _contested_units(ctx, files)
    if not backup:
        ctx.backup = ""
    summary = ImportSummary(dry_run=dry_run)
    bulk = not dry_run and len(files) >= BULK_FILES
    with merge.larger_caches(db, IMPORT_CACHE_KIB):
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
    summary.gaps = chain_gaps(db)
    summary.elapsed_s = time.perf_counter() - started
    return summary


def _import_all(
    ctx: _Context,
    files: list[Path],
    summary: ImportSummary,
    progress: Callable[[int, int, str], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    for n, path in enumerate(files):
        if cancel is not None and cancel():
            summary.files.append(FileOutcome(str(path), "cancelled", reason="cancelled"))
            continue
        if progress is not None:
            progress(n, len(files), path.name)
        summary.files.append(_import_file(ctx, path, cancel))
    if progress is not None:
        progress(len(files), len(files), "")


def _contested_units(ctx: _Context, files: list[Path]) -> dict[str, int]:
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


def import_bundle(exchange: ExchangeContext, path: Path | str, **kwargs: Any) -> FileOutcome:
    return import_paths(exchange, [path], **kwargs).files[0]


def _refused(outcome: FileOutcome, exc: BundleRefused) -> FileOutcome:
    outcome.status = "refused"
    outcome.reason, outcome.message, outcome.detail, outcome.field_name = exc.reason, exc.message, exc.detail, exc.field
    return outcome


def _import_file(ctx: _Context, path: Path, cancel: Callable[[], bool] | None) -> FileOutcome:
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
        outcome.sender_unit, outcome.sender_name = m.sender_unit, _sender_label(db, m)
        outcome.fingerprint = fingerprint(m.key_id)
        manifest_sha = hashlib.sha256(opened.manifest_bytes).hexdigest()
        entry = ledger.ledger_entry(db, m.bundle_id, m.sender_unit)
        if entry is not None:
            if entry["manifest_sha256"] not in (None, manifest_sha):
                raise BundleRefused(
                    "bundle_id_reused",
                    f"{m.sender_unit} already sent bundle {m.bundle_id} with another manifest",
                    unit=outcome.sender_name,
                    date=_vn_date(entry["applied_at"]),
                )
            if not ctx.dry_run:
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
            db, m.sender_unit, decision.action, m.key_id, ctx.own_unit, ctx.own_key_id, lambda unit: _subtree(ctx, unit)
        )
        plan = _parse(ctx, opened, rights)
        _apply(ctx, opened, plan, decision, rights, manifest_sha, outcome, path, cancel)
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


def _sender_label(db: Any, m: Manifest) -> str:
    """The sender as the cadre should read it before trusting a key: its name in this installation's
    unit list; the name the file wrote only for a unit not in the list, and then with its code (a file
    from one unit calling itself another must not be confirmed under the other's name)."""
    known = synced.unit_name(db, m.sender_unit)
    if known is not None:
        return known
    return f"{m.sender_name} (mã {m.sender_unit}, chưa có trong danh sách đơn vị)"


def _already(ctx: _Context, outcome: FileOutcome, bundle_id: str, started: float) -> FileOutcome:
    entry = ledger.ledger_entry(ctx.exchange.store, bundle_id) or {}
    outcome.status = "already_imported"
    outcome.bundle_id = bundle_id
    outcome.kind, outcome.sender_unit = entry.get("kind"), entry.get("sender_unit")
    outcome.created_at = entry.get("created_at")
    outcome.message = f"Đã nhập trước đây (ngày {_vn_date(entry.get('applied_at'))})."
    outcome.elapsed_ms = round((time.perf_counter() - started) * 1000, 2)
    return outcome


def _vn_date(stamp: str | None) -> str:
    if not stamp:
        return "?"
    try:
        return parse_stamp(stamp).astimezone().strftime("%d/%m/%Y")
    except ValueError:
        return stamp[:10]


def _clock_report(ctx: _Context, m: Manifest, outcome: FileOutcome) -> None:
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


# --- parse and validate --------------------------------------------------------------------------


@dataclass
class _Plan:
    tables: dict[str, dict[str, tuple[Any, ...]]]
    quarantine: dict[str, list[tuple[str, str, str, str]]]  # table -> (id, hlc, reason, row json)
    blobs: list[tuple[str, int, str, bytes, str]]
    keys: list[dict[str, Any]]  # revocations to apply
    protected_keys: list[dict[str, Any]]  # revocations of keys no bundle may revoke here, set aside
    bundle_receipts: list[dict[str, Any]]
    ignored: list[str]
    blob_names: dict[str, str] = dataclasses.field(default_factory=dict)  # sha256 -> a file name, for messages


def _subtree(ctx: _Context, unit: str) -> dict[str, str | None]:
    """A sender's subtree, computed once per sender in a batch (forgotten when a bundle adds units)."""
    if unit not in ctx.subtrees:
        ctx.subtrees[unit] = policy.subtree(ctx.exchange.store, unit)
    return ctx.subtrees[unit]


def _lines(opened: OpenedBundle, name: str) -> Iterable[tuple[int, bytes]]:
    data = opened.members.get(name, b"")
    for n, line in enumerate(data.split(b"\n"), 1):
        if line.strip():
            yield n, line


def _json(line: bytes, n: int, name: str) -> Any:
    try:
        return orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise BundleRefused("bad_json", f"{name} line {n}: {exc}", line=n, name=name) from exc


def _parse(ctx: _Context, opened: OpenedBundle, rights: Rights) -> _Plan:
    """Every row parsed, validated and held to the authorization policy (``policy``) before anything
    is written: rows outside it refuse the file or are set aside in quarantine with their reason."""
    m = opened.manifest
    allowed = rights.subtree
    inside: frozenset[str] | set[str] = rights.subtree  # grows by the custom units this file places
    # another sender never writes this installation's records; one from above or beside (not under this
    # unit) does not write those of the units under it either (this unit's next log would sign them)
    mine: frozenset[str] | set[str] = frozenset()
    if not rights.is_self:
        here = _subtree(ctx, ctx.own_unit)
        mine = {ctx.own_unit} if m.sender_unit in here else set(here)
    plan = _Plan({}, {}, [], [], [], [], [])
    future_ms = ctx.now_ms + FUTURE_MS
    late_day = (ctx.today + dt.timedelta(days=2)).isoformat()
    known_members = {f"data/{t}.ndjson" for t in SPECS} | {"data/keys.ndjson", "data/bundle_receipts.ndjson"}
    plan.ignored = sorted(n for n in opened.members if n.startswith("data/") and n not in known_members)
    for table in APPLY_ORDER:
        name = f"data/{table}.ndjson"
        if name not in opened.members:
            continue
        spec = SPECS[table]
        owner_at = spec.columns.index("owner_unit")
        hlc_at = spec.columns.index("hlc")
        held_at = spec.columns.index("held_on") if table == "talks" else -1
        placed_at = spec.columns.index("unit_code") if table in ("talks", "groups") else -1
        is_topic, is_receipt = table == "topics", table == "read_receipts"
        if table == "documents" and opened.members[name].strip():
            policy.check_documents(rights, set())  # before any row: who sent documents is the question
        rows: dict[str, tuple[Any, ...]] = {}
        quarantined: list[tuple[str, str, str, str]] = []
        timed: dict[str, tuple[tuple[Any, ...], str]] = {}  # units and topics set aside for their time
        max_line = spec.max_line
        declared = m.members[name].records
        count = 0
        for n, line in _lines(opened, name):
            count += 1
            if len(line) > max_line:
                raise BundleRefused(
                    "record_too_large",
                    f"{name} line {n}: {len(line)} bytes, limit {max_line}",
                    line=n,
                    name=name,
                    size=human_size(len(line)),
                )
            obj = _json(line, n, name)
            try:
                row = check_row(table, obj)
            except RowError as exc:
                raise BundleRefused(
                    "invalid_record",
                    f"{name} line {n}: {exc.detail}",
                    field=exc.field,
                    line=n,
                    name=name,
                    problem=exc.reason_vi,
                ) from exc
            owner = row[owner_at]
            if owner not in allowed:
                raise BundleRefused(
                    "foreign_owner",
                    f"{name} line {n}: owner {owner} is not under {m.sender_unit}",
                    field="owner_unit",
                    line=n,
                    name=name,
                    owner=owner,
                    unit=_sender_label(ctx.exchange.store, m),
                )
            if is_topic:
                policy.check_topic(row, n, name)
            elif is_receipt:
                policy.check_read_receipt(row, n, name)
            rid, hlc = row[0], row[hlc_at]
            # authorization reasons first: a row set aside for its time may later be released, so it
            # must already be one its sender may write
            reason = None
            if owner in mine and not is_topic:
                reason = "own_record"  # only this installation writes its own records
            elif placed_at >= 0 and row[placed_at] not in inside:
                reason = "outside_subtree"
            elif is_topic and row[3]:
                reason = "shared_topic"  # a topic is never deleted by file
            elif int(hlc[:15]) > future_ms:
                reason = "clock_ahead"
            elif held_at >= 0 and row[held_at] > late_day:
                reason = "future_date"
            if reason is not None:
                if reason in TIME_REASONS and table in ("units", "topics"):
                    timed[rid] = (row, reason)  # checked against the policy below, then set aside
                    continue
                quarantined.append((rid, hlc, reason, _row_json(spec.columns, row)))
                continue
            previous = rows.get(rid)
            if previous is None or hlc > previous[hlc_at]:
                rows[rid] = row
        if count != declared:
            raise BundleRefused("hash_mismatch", f"{name}: {count} records, manifest says {declared}", name=name)
        if table == "documents" and (rows or quarantined):
            policy.check_documents(rights, {r[owner_at] for r in rows.values()})
        if table == "units":
            cols = spec.columns
            candidates = {**{rid: row for rid, (row, _) in timed.items()}, **rows}
            inside, outside = policy.place_units(
                rights, candidates, cols.index("parent_code"), cols.index("province_code")
            )
            for code in outside:
                rows.pop(code, None)
                timed.pop(code, None)
                quarantined.append(
                    (code, candidates[code][hlc_at], "outside_subtree", _row_json(cols, candidates[code]))
                )
        if table == "topics" and timed:
            held = merge.topic_states(ctx.exchange.store, list(timed))
            for rid, (row, _reason) in list(timed.items()):
                if rid in held and held[rid] != (row[4], row[3]):
                    timed[rid] = (row, "shared_topic")  # a rename: never released, whatever its time
        for rid, (row, reason) in timed.items():
            quarantined.append((rid, row[hlc_at], reason, _row_json(spec.columns, row)))
        plan.tables[table] = rows
        plan.quarantine[table] = quarantined
    revocations = [(n, _json(line, n, "data/keys.ndjson")) for n, line in _lines(opened, "data/keys.ndjson")]
    plan.keys, plan.protected_keys = policy.revocations(rights, revocations)
    for n, line in _lines(opened, "data/bundle_receipts.ndjson"):
        receipt = policy.bundle_receipt(_json(line, n, "data/bundle_receipts.ndjson"))
        if receipt is not None:
            plan.bundle_receipts.append(receipt)
    plan.blobs, plan.blob_names = _checked_blobs(plan.tables.get("documents", {}), opened.members)
    return plan


def _checked_blobs(
    documents: dict[str, tuple[Any, ...]], members: dict[str, bytes]
) -> tuple[list[tuple[str, int, str, bytes, str]], dict[str, str]]:
    """Every attachment a document names, checked like ``library add`` checks a file: a name with
    no control or direction character, bytes of an allowed type that agrees with the declared one
    (a blob already on this machine is checked by its declared type). One bad attachment refuses
    the whole file: a document must not arrive without the file it names, nor a half pack."""
    columns = SPECS["documents"].columns
    blobs: dict[str, tuple[str, int, str, bytes, str]] = {}
    names: dict[str, str] = {}
    for row in documents.values():
        for att in orjson.loads(row[columns.index("attachments")]):
            sha, name = att["sha256"], att["filename"]
            content = members.get(f"blobs/{sha}")
            try:
                if content is not None:
                    media = check_attachment(name, content, att["media_type"])
                    blobs[sha] = (sha, len(content), media, content, "")
                    names.setdefault(sha, name)
                else:
                    check_name(name)
                    if att["media_type"] not in EXTENSIONS:
                        raise AttachmentRefused(
                            "unsupported_type",
                            f"Loại tệp {att['media_type']} không được nhận.",
                            f"declared type {att['media_type']} is not allowed",
                        )
            except AttachmentRefused as exc:
                raise BundleRefused(
                    "unsafe_attachment",
                    f"document {row[0]} attachment {sha}: {exc.reason}: {exc.detail}",
                    field="attachments",
                    name="".join(ch for ch in name if ch.isprintable())[:120],
                    title=row[columns.index("title")][:120],
                    problem=exc.message,
                ) from exc
    return list(blobs.values()), names


def _row_json(columns: Sequence[str], row: Sequence[Any]) -> str:
    return orjson.dumps(dict(zip(columns, row, strict=True))).decode()


def _blob_texts(
    plan: _Plan,
    fresh: list[tuple[str, int, str, bytes, str]],
    outcome: FileOutcome,
    cancel: Callable[[], bool] | None,
) -> list[str]:
    """The searchable text of the blobs new to this machine, read in a bounded child process before
    the transaction begins (a slow PDF must not hold the write lock); what could not be read all is
    a warning, and the file is stored regardless."""
    from ..extract import TextReader

    texts = []
    with TextReader() as reader:
        for sha, _, media, data, _ in fresh:
            if cancel is not None and cancel():
                raise Cancelled()
            extraction = reader.read(data, media)
            warning = extraction.warning(plan.blob_names.get(sha, sha[:16]))
            if warning:
                outcome.warnings.append(warning)
            texts.append(extraction.text)
    return texts


# --- preview and apply ---------------------------------------------------------------------------


def _apply(
    ctx: _Context,
    opened: OpenedBundle,
    plan: _Plan,
    decision: KeyDecision,
    rights: Rights,
    manifest_sha: str,
    outcome: FileOutcome,
    path: Path,
    cancel: Callable[[], bool] | None,
) -> None:
    db = ctx.exchange.store
    m = opened.manifest
    if not ctx.dry_run and ctx.backup is None:
        from ..storage import db as storage_db

        ctx.backup = str(storage_db.backup(db, ctx.exchange.data_dir, reason="before-import"))
    when = utc_stamp()
    fresh: list[tuple[str, int, str, bytes, str]] = []
    texts: list[str] = []
    if not ctx.dry_run and plan.blobs:
        held = set(blobs.have_blobs(db, [b[0] for b in plan.blobs]))
        fresh = [b for b in plan.blobs if b[0] not in held]
        texts = _blob_texts(plan, fresh, outcome, cancel)
    newest = ""  # the highest version actually written: the only one the clock may learn from
    with contextlib.nullcontext() if ctx.dry_run else db.atomic():
        if not ctx.dry_run:
            deferred_index.pause_search(db)
            if fresh:
                blobs.store_blobs(db, [(s, n, mt, d, t) for (s, n, mt, d, _), t in zip(fresh, texts, strict=True)])
        for table in APPLY_ORDER:
            if table not in plan.tables:
                continue
            if cancel is not None and cancel():
                raise Cancelled()
            counts, written = _merge_table(ctx, m, table, plan.tables[table], plan.quarantine[table], when)
            newest = max(newest, written)
            outcome.tables[table] = counts
            for key in COUNT_KEYS:
                outcome.counts[key] += counts[key]
        if plan.bundle_receipts and not ctx.dry_run:
            outcome.receipts_marked = ledger.mark_receipts(
                db,
                [
                    (r["applied_at"], m.sender_unit, r["outcome"], r["bundle_id"])
                    for r in plan.bundle_receipts
                    if r.get("sender_unit") == ctx.own_unit
                ],
                # a bundle for every unit is received by the aggregator (a log) or a unit below (a pack)
                broadcast=rights.is_aggregator or m.sender_unit in _subtree(ctx, ctx.own_unit),
            )
        if not ctx.dry_run and plan.tables.get("units"):
            newest = max(newest, _release_placed(ctx, m, list(plan.tables["units"]), when, outcome))
        _report_set_aside(plan, outcome)
        if plan.ignored:  # a table no bundle may write here (or of a newer format): left out, and said
            outcome.warnings.append(f"Bỏ qua phần dữ liệu không được nhận: {', '.join(plan.ignored[:5])}.")
        if ctx.dry_run:
            outcome.status = "previewed"
            return
        apply_decision(db, m, decision, f"bundle {m.bundle_id}")
        if plan.keys:
            apply_revocations(db, plan.keys, f"bundle {m.bundle_id}")
        ledger.record_bundle(
            db,
            {
                "bundle_id": m.bundle_id,
                "file_sha256": opened.file_sha256,
                "kind": m.kind,
                "sender_unit": m.sender_unit,
                "sender_key_id": m.key_id,
                "receiver": m.receiver,
                "seq": m["seq"],
                "previous_bundle_id": m.get("previous_bundle_id"),
                "previous_created_at": m.get("previous_created_at"),
                "created_at": m["created_at"],
                "hlc_min": m.get("hlc_min"),
                "hlc_max": m.get("hlc_max"),
                "file_name": path.name[:255],
                "applied_at": when,
                "counts": orjson.dumps(outcome.counts).decode(),
                "clock_skew_ms": outcome.clock_skew_ms,
                "manifest_sha256": manifest_sha,
            },
        )
        if rights.is_aggregator:  # "a newer version exists at the aggregator": from the aggregator only
            updates.remember_bundle_version(db, m)
        _observe_clock(ctx, newest)
        deferred_index.resume_search(db)
    if ctx.seen is not None:
        ctx.seen[opened.file_sha256] = m.bundle_id
    if plan.tables.get("units"):
        ctx.subtrees.clear()  # units were placed: subtrees are computed again
    outcome.status = "applied"


def _release_placed(ctx: _Context, m: Manifest, codes: list[str], when: str, outcome: FileOutcome) -> str:
    """Rows set aside as ``outside_subtree`` because their unit had not arrived yet (files of one
    sender can arrive in any order) are checked again once units arrive, against their owner's
    subtree, and applied if they now lie inside it. Returns the highest version written."""
    db = ctx.exchange.store
    newest, released = "", 0
    while codes:
        trees: dict[str, dict[str, str | None]] = {}
        by_table: dict[str, list[tuple[Any, ...]]] = {}
        done = []
        retimed = []
        for bundle_id, table, record_id, row_json in quarantine.waiting_for_units(db, codes):
            row = orjson.loads(row_json)
            owner = row["owner_unit"]
            if owner not in trees:
                trees[owner] = policy.subtree(db, owner)
            if policy.placed_inside(trees[owner], table, row):
                done.append((bundle_id, table, record_id))
                reason = _time_reason(ctx, row)
                if reason is not None:  # in place now, but still ahead of its time: set aside for that
                    retimed.append((bundle_id, table, record_id, row["hlc"], reason, row_json, when))
                    continue
                by_table.setdefault(table, []).append(tuple(row[c] for c in SPECS[table].columns))
        quarantine.unquarantine(db, done)
        quarantine.quarantine(db, retimed)
        for item in retimed:
            outcome.set_aside[item[4]] = outcome.set_aside.get(item[4], 0) + 1
        codes = [row[0] for row in by_table.get("units", [])]
        for table in APPLY_ORDER:
            hlc_at = SPECS[table].columns.index("hlc")
            versions = sorted(by_table.get(table, []), key=lambda row: row[hlc_at])
            while versions:  # one version of a record per merge, oldest first
                batch: dict[str, tuple[Any, ...]] = {}
                later = []
                for row in versions:
                    if row[0] in batch:
                        later.append(row)
                    else:
                        batch[row[0]] = row
                counts, written = _merge_table(ctx, m, table, batch, [], when)
                newest = max(newest, written)
                for key in COUNT_KEYS:
                    outcome.counts[key] += counts[key]
                released += len(batch)
                versions = later
    if released:
        outcome.warnings.append(
            f"{released} bản ghi cách ly trước đây (outside_subtree) đã được nhập: đơn vị của chúng vừa đến."
        )
    return newest


def _time_reason(ctx: _Context, row: dict[str, Any]) -> str | None:
    """The time reason (``clock_ahead``, ``future_date``) the import would set this row aside for."""
    if int(row["hlc"][:15]) > ctx.now_ms + FUTURE_MS:
        return "clock_ahead"
    held_on = row.get("held_on")
    if held_on and held_on > (ctx.today + dt.timedelta(days=2)).isoformat():
        return "future_date"
    return None


def _report_set_aside(plan: _Plan, outcome: FileOutcome) -> None:
    """Quarantine reasons counted and each named once, with its sentence, in the file's warnings."""
    reasons = [q[2] for items in plan.quarantine.values() for q in items]
    reasons += ["protected_key"] * len(plan.protected_keys)
    for reason in reasons:
        outcome.set_aside[reason] = outcome.set_aside.get(reason, 0) + 1
    for reason, n in sorted(outcome.set_aside.items()):
        outcome.warnings.append(f"{n} bản ghi bị cách ly ({reason}): {QUARANTINE_VI.get(reason, reason)}")


def _observe_clock(ctx: _Context, newest: str) -> None:
    """The clock learns only from versions this import wrote (never from the manifest's ``hlc_max``:
    an empty file claiming a late version must not drag the receiver's clock)."""
    clock = ctx.exchange.clock
    if not newest or Hlc.parse(newest).ms > ctx.now_ms + FUTURE_MS:
        return
    before = clock.last
    clock.observe(newest)
    if clock.last != before:
        settings.put(ctx.exchange.store, "clock", clock.last)


_DEFERRED_INDEX = {"talks": "talk", "groups": "group"}  # search kinds whose triggers the pause skips


def _merge_table(
    ctx: _Context,
    m: Manifest,
    table: str,
    rows: dict[str, tuple[Any, ...]],
    quarantined: list[tuple[str, str, str, str]],
    when: str,
) -> tuple[dict[str, int], str]:
    """Last writer wins, row by row; returns the counts and the highest version written."""
    db = ctx.exchange.store
    spec = SPECS[table]
    cols = spec.columns
    hlc_at = cols.index("hlc")
    counts = dict.fromkeys(COUNT_KEYS, 0)
    ids = list(rows)
    existing = merge.existing_versions(db, table, spec.key, ids)
    official = merge.official_codes(db, ids) if table == "units" else set()
    topics = merge.topic_states(db, [i for i in ids if i in existing]) if table == "topics" else {}
    write: list[tuple[Any, ...]] = []
    replaced: list[str] = []
    lost: list[tuple[Any, ...]] = []
    same: list[tuple[str, str, str, str]] = []
    full_copy = m["redaction"] == "none" and table == "groups"
    for rid, row in rows.items():
        hlc = row[hlc_at]
        if rid in official:
            quarantined.append((rid, hlc, "official_unit", _row_json(cols, row)))
            continue
        here = existing.get(rid)
        if here is None:
            counts["new"] += 1
            write.append(row)
            continue
        here_hlc, here_owner = here
        if rid in topics and topics[rid] != (row[4], row[3]):
            quarantined.append((rid, hlc, "shared_topic", _row_json(cols, row)))  # a rename or a deletion
        elif here_owner != row[1] and table != "topics":
            quarantined.append((rid, hlc, "owner_conflict", _row_json(cols, row)))
        elif hlc > here_hlc:
            counts["updated"] += 1
            replaced.append(rid)
            write.append(row)
        elif hlc == here_hlc:
            counts["unchanged"] += 1
            if full_copy:
                same.append((row[cols.index("contact_name")], row[cols.index("contact_phone")], rid, hlc))
        else:
            counts["conflicting"] += 1
            lost.append(row)
    counts["quarantined"] = len(quarantined)
    newest = max((row[hlc_at] for row in write), default="")
    if ctx.dry_run:
        return counts, newest
    forget: list[str] = []
    if table == "groups" and write:
        write, forget = _group_contacts(db, cols, write, redacted=m["redaction"] != "none")
    if replaced:
        merge.keep_replaced(db, table, spec.key, replaced, "merge", when)
    if lost:
        merge.keep_lost(db, table, cols, lost, spec.key, "merge", when)
    if write:
        if table == "units":
            merge.upsert_rows(db, table, spec.key, cols, write)
        else:
            merge.upsert_staged(
                db, table, spec.key, cols, write, index_kind=_DEFERRED_INDEX.get(table), replaced=bool(replaced)
            )
    if same:
        merge.fill_contacts(db, same)
    if forget:
        merge.forget_contacts(db, forget)
    if quarantined:
        quarantine.quarantine(
            db, [(m.bundle_id, table, rid, hlc, reason, row, when) for rid, hlc, reason, row in quarantined]
        )
    return counts, newest


def _group_contacts(
    db: Any, cols: Sequence[str], write: list[tuple[Any, ...]], redacted: bool
) -> tuple[list[tuple[Any, ...]], list[str]]:
    """Groups about to be written: a redacted version keeps the contact this receiver already holds
    (the sender left it out, it did not remove it); a deleted group, or one whose contact withdrew
    consent, is returned in the second list so its contact is also forgotten in history."""
    name_at, phone_at = cols.index("contact_name"), cols.index("contact_phone")
    consent_at, date_at, deleted_at = cols.index("contact_consent"), cols.index("consent_date"), cols.index("deleted")
    held = merge.held_contacts(db, [row[0] for row in write]) if redacted else {}
    kept: list[tuple[Any, ...]] = []
    forget: list[str] = []
    for row in write:
        if row[deleted_at] or not row[consent_at]:
            forget.append(row[0])
            blank = list(row)
            blank[name_at], blank[phone_at] = "", ""
            if row[deleted_at]:
                blank[date_at] = None
            row = tuple(blank)
        elif row[0] in held and not row[name_at] and not row[phone_at]:
            filled = list(row)
            filled[name_at], filled[phone_at] = held[row[0]]
            row = tuple(filled)
        kept.append(row)
    return kept, forget


# --- reports -------------------------------------------------------------------------------------


def chain_gaps(db: Store) -> list[dict[str, Any]]:
    """Missing links in senders' chains, each with a Vietnamese sentence."""
    out = []
    names = synced.unit_names(db)
    for gap in ledger.chain_gaps(db):
        start = _vn_date(gap["previous_created_at"])
        end = _vn_date(gap["created_at"])
        name = names.get(gap["sender_unit"], gap["sender_unit"])
        out.append(
            dict(
                gap,
                sender_name=name,
                message=f"Giữa {start} và {end} không nhận được tệp nào từ {name} "
                f"(thiếu tệp trước tệp số {gap['seq']}). Hãy xin đơn vị gửi lại hoặc gửi bản đầy đủ.",
            )
        )
    return out


def reporting_status(db: Store) -> list[dict[str, Any]]:
    """Per unit that sent anything: bundles, newest bundle time, when it was applied."""
    names = synced.unit_names(db)
    return [dict(v, unit_code=k, unit_name=names.get(k, k)) for k, v in sorted(ledger.last_received(db).items())]
