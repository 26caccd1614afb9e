"""Reading a verified bundle into a plan: every row parsed and checked (shape, rights, time) before
anything is written; attachments checked and their text extracted."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import orjson

from ..core.attachments import EXTENSIONS, AttachmentRefused, check_attachment, check_name
from ..core.enums import QuarantineReason
from ..storage import merge
from . import calendar_rows, orientation_rows, policy
from .channel_rows import check_snapshot
from .container import OpenedBundle
from .errors import BundleRefused, human_size
from .links import set_aside_foreign_links
from .outcome import Cancelled, FileOutcome
from .policy import TIME_REASONS, Rights
from .rows import APPLY_ORDER, SPECS, RowError, check_row
from .run import FUTURE_MS, ImportRun, row_json, sender_label, subtree
from .section_rows import check_section
from .talk_rows import check_talk

# tables whose rows name a unit that must lie in the sender's subtree
PLACED_TABLES = ("talks", "groups", "force_members", "force_trainings", "force_conferences", "channels")


@dataclass
class Plan:
    tables: dict[str, dict[str, tuple[Any, ...]]]
    quarantine: dict[str, list[tuple[str, str, QuarantineReason, str]]]  # table -> (id, hlc, reason, row json)
    blobs: list[tuple[str, int, str, bytes, str]]
    keys: list[dict[str, Any]]  # revocations to apply
    protected_keys: list[dict[str, Any]]  # revocations of keys no bundle may revoke here, set aside
    bundle_receipts: list[dict[str, Any]]
    ignored: list[str]
    blob_names: dict[str, str] = dataclasses.field(default_factory=dict)  # sha256 -> a file name, for messages


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


def parse_bundle(ctx: ImportRun, opened: OpenedBundle, rights: Rights) -> Plan:
    """Every row parsed, validated and held to the authorization policy (``policy``) before anything
    is written: rows outside it refuse the file or are set aside in quarantine with their reason."""
    m = opened.manifest
    allowed = rights.subtree
    inside: frozenset[str] | set[str] = rights.subtree  # grows by the custom units this file places
    # another sender never writes this installation's records; one from above or beside (not under this
    # unit) does not write those of the units under it either (this unit's next log would sign them)
    mine: frozenset[str] | set[str] = frozenset()
    if not rights.is_self:
        here = subtree(ctx, ctx.own_unit)
        mine = {ctx.own_unit} if m.sender_unit in here else set(here)
    plan = Plan({}, {}, [], [], [], [], [])
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
        placed_at = spec.columns.index("unit_code") if table in PLACED_TABLES else -1
        is_topic, is_receipt, is_section = table == "topics", table == "read_receipts", table == "report_sections"
        if table == "documents" and opened.members[name].strip():
            policy.check_documents(rights, set())  # before any row: who sent documents is the question
        elif table == "orientations" and opened.members[name].strip():
            orientation_rows.check_sender(rights, set())
        elif table == "shared_calendar" and opened.members[name].strip():
            calendar_rows.check_sender(rights, set())
        rows: dict[str, tuple[Any, ...]] = {}
        quarantined: list[tuple[str, str, QuarantineReason, str]] = []
        timed: dict[str, tuple[tuple[Any, ...], QuarantineReason]] = {}  # units and topics set aside for their time
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
                    unit=sender_label(ctx.exchange.store, m),
                )
            if is_topic:
                policy.check_topic(row, n, name)
            elif is_receipt:
                policy.check_read_receipt(row, n, name)
            elif is_section:
                check_section(row, n, name, m.sender_unit)
            elif table == "channel_snapshots":
                check_snapshot(row, n, name)
            elif table == "orientations":
                orientation_rows.check_orientation(row, n, name)
            elif table == "shared_calendar":
                calendar_rows.check_entry(row, n, name)
            elif held_at >= 0:
                check_talk(row, n, name, ctx.today)
            rid, hlc = row[0], row[hlc_at]
            # authorization reasons first: a row set aside for its time may later be released, so it
            # must already be one its sender may write
            reason: QuarantineReason | None = None
            if owner in mine and not is_topic:
                reason = QuarantineReason.OWN_RECORD  # only this installation writes its own records
            elif placed_at >= 0 and row[placed_at] not in inside:
                reason = QuarantineReason.OUTSIDE_SUBTREE
            elif is_topic and row[3]:
                reason = QuarantineReason.SHARED_TOPIC  # a topic is never deleted by file
            elif int(hlc[:15]) > future_ms:
                reason = QuarantineReason.CLOCK_AHEAD
            elif held_at >= 0 and row[held_at] > late_day:
                reason = QuarantineReason.FUTURE_DATE
            if reason is not None:
                if reason in TIME_REASONS and table in ("units", "topics"):
                    timed[rid] = (row, reason)  # checked against the policy below, then set aside
                    continue
                quarantined.append((rid, hlc, reason, row_json(spec.columns, row)))
                continue
            previous = rows.get(rid)
            if previous is None or hlc > previous[hlc_at]:
                rows[rid] = row
        if count != declared:
            raise BundleRefused("hash_mismatch", f"{name}: {count} records, manifest says {declared}", name=name)
        if table == "documents" and (rows or quarantined):
            policy.check_documents(rights, {r[owner_at] for r in rows.values()})
        elif table == "orientations" and (rows or quarantined):
            orientation_rows.check_sender(rights, {r[owner_at] for r in rows.values()})
        elif table == "shared_calendar" and (rows or quarantined):
            calendar_rows.check_sender(rights, {r[owner_at] for r in rows.values()})
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
                    (code, candidates[code][hlc_at], QuarantineReason.OUTSIDE_SUBTREE, row_json(cols, candidates[code]))
                )
        if table == "topics" and timed:
            held = merge.topic_states(ctx.exchange.store, list(timed))
            for rid, (row, _reason) in list(timed.items()):
                if rid in held and held[rid] != (row[4], row[3]):
                    timed[rid] = (row, QuarantineReason.SHARED_TOPIC)  # a rename: never released, whatever its time
        for rid, (row, reason) in timed.items():
            quarantined.append((rid, row[hlc_at], reason, row_json(spec.columns, row)))
        plan.tables[table] = rows
        plan.quarantine[table] = quarantined
    set_aside_foreign_links(ctx.exchange.store, plan)
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


def blob_texts(
    plan: Plan,
    fresh: list[tuple[str, int, str, bytes, str]],
    outcome: FileOutcome,
    cancel: Callable[[], bool] | None,
) -> list[str]:
    """The searchable text of the blobs new to this machine, read in a bounded child process before
    the transaction begins (a slow PDF must not hold the write lock); what could not be read all is
    a warning, and the file is stored regardless."""
    from ..storage.extract import TextReader

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
