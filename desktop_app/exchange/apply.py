"""Applying a plan in one transaction (``Store.atomic``), or previewing it: last writer wins row by
row, replaced and losing versions kept in history, rows set aside in quarantine with their reason,
the ledger, keys and receipts updated, and the clock taught only by versions written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import orjson

from ..core.clock import Hlc
from ..core.enums import QuarantineReason
from ..storage import blobs, deferred_index, ledger, merge, quarantine, settings, theme_list, versions_seen
from ..storage import force as force_store
from ..storage.store import Store
from . import policy
from .container import OpenedBundle
from .keys import KeyDecision, apply_decision, apply_revocations
from .listing import list_merged
from .manifest import Manifest, utc_stamp
from .outcome import COUNT_KEYS, Cancelled, FileOutcome, set_aside_warning
from .parse import Plan, blob_texts
from .policy import Rights
from .record_list import RecordList
from .rows import APPLY_ORDER, SPECS
from .run import FUTURE_MS, ImportRun, row_json, subtree, time_reason
from .talk_rows import urgent_arriving


def apply_bundle(
    ctx: ImportRun,
    opened: OpenedBundle,
    plan: Plan,
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
    group = ctx.group
    if plan.blobs:
        held = set(blobs.have_blobs(db, [b[0] for b in plan.blobs]))
        fresh = [b for b in plan.blobs if b[0] not in held]
        if fresh and group is not None:
            group.commit()  # a slow PDF must not hold the write lock
        # a dry run stores the attachments without their text: reading PDFs is slow and changes no count
        texts = [""] * len(fresh) if ctx.dry_run else blob_texts(plan, fresh, outcome, cancel)
    if group is not None:
        group.join()
    newest = ""  # the highest version actually written: the only one the clock may learn from
    # a dry run takes this same path inside the batch's rolled-back transaction (merge.rolled_back),
    # so a preview counts exactly what the import then does
    with db.atomic():
        deferred_index.pause_search(db)
        if fresh:
            blobs.store_blobs(db, [(s, n, mt, d, t) for (s, n, mt, d, _), t in zip(fresh, texts, strict=True)])
        for table in APPLY_ORDER:
            if table not in plan.tables:
                continue
            if cancel is not None and cancel():
                raise Cancelled()
            if table == "talks":
                outcome.urgent = urgent_arriving(db, plan.tables[table])
            counts, written = _merge_table(
                ctx, m, table, plan.tables[table], plan.quarantine[table], when, outcome.records
            )
            newest = max(newest, written)
            outcome.tables[table] = counts
            for key in COUNT_KEYS:
                outcome.counts[key] += counts[key]
        if plan.bundle_receipts:
            outcome.receipts_marked = ledger.mark_receipts(
                db,
                [
                    (r["applied_at"], m.sender_unit, r["outcome"], r["bundle_id"])
                    for r in plan.bundle_receipts
                    if r.get("sender_unit") == ctx.own_unit
                ],
                # a bundle for every unit is received by the aggregator (a log) or a unit below (a pack)
                broadcast=rights.is_aggregator or m.sender_unit in subtree(ctx, ctx.own_unit),
            )
        if plan.tables.get("units"):
            newest = max(newest, _release_placed(ctx, m, list(plan.tables["units"]), when, outcome))
        _report_set_aside(plan, outcome)
        if plan.ignored:  # a table no bundle may write here (or of a newer format): left out, and said
            outcome.warnings.append(f"Bỏ qua phần dữ liệu không được nhận: {', '.join(plan.ignored[:5])}.")
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
            versions_seen.remember_bundle_version(db, m.raw)
            theme_list.remember(db, m.raw.get("concern_themes"))  # a newer shared list of concern themes
        if not ctx.dry_run:  # the clock lives in memory too: a rolled-back version must not teach it
            _observe_clock(ctx, newest)
        deferred_index.resume_search(db)
    if ctx.seen is not None:
        ctx.seen[opened.file_sha256] = m.bundle_id
    if plan.tables.get("units"):
        ctx.subtrees.clear()  # units were placed: subtrees are computed again
    outcome.status = "previewed" if ctx.dry_run else "applied"


def _release_placed(ctx: ImportRun, m: Manifest, codes: list[str], when: str, outcome: FileOutcome) -> str:
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
        for bundle_id, table, record_id, sent in quarantine.waiting_for_units(db, codes):
            row = orjson.loads(sent)
            owner = row["owner_unit"]
            if owner not in trees:
                trees[owner] = policy.subtree(db, owner)
            if policy.placed_inside(trees[owner], table, row):
                done.append((bundle_id, table, record_id))
                reason = time_reason(ctx, row)
                if reason is not None:  # in place now, but still ahead of its time: set aside for that
                    retimed.append((bundle_id, table, record_id, row["hlc"], reason.value, sent, when))
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
                counts, written = _merge_table(ctx, m, table, batch, [], when, outcome.records)
                newest = max(newest, written)
                for key in COUNT_KEYS:
                    outcome.counts[key] += counts[key]
                released += len(batch)
                versions = later
    if released:
        outcome.warnings.append(f"Đã nhập {released} bản ghi tạm giữ trước đây: đơn vị của chúng vừa đến.")
    return newest


def _report_set_aside(plan: Plan, outcome: FileOutcome) -> None:
    """Quarantine reasons counted and each named once, with its sentence, in the file's warnings."""
    reasons = [q[2] for items in plan.quarantine.values() for q in items]
    reasons += [QuarantineReason.PROTECTED_KEY] * len(plan.protected_keys)
    for reason in reasons:
        outcome.set_aside[reason.value] = outcome.set_aside.get(reason.value, 0) + 1
    for code, n in sorted(outcome.set_aside.items()):
        outcome.warnings.append(set_aside_warning(code, n))


def _observe_clock(ctx: ImportRun, newest: str) -> None:
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
    ctx: ImportRun,
    m: Manifest,
    table: str,
    rows: dict[str, tuple[Any, ...]],
    quarantined: list[tuple[str, str, QuarantineReason, str]],
    when: str,
    listed: RecordList,
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
    new: list[str] = []
    full_copy = m["redaction"] == "none" and table in ("groups", "force_members")
    for rid, row in rows.items():
        hlc = row[hlc_at]
        if rid in official:
            quarantined.append((rid, hlc, QuarantineReason.OFFICIAL_UNIT, row_json(cols, row)))
            continue
        here = existing.get(rid)
        if here is None:
            counts["new"] += 1
            new.append(rid)
            write.append(row)
            continue
        here_hlc, here_owner = here
        if rid in topics and topics[rid] != (row[4], row[3]):
            quarantined.append((rid, hlc, QuarantineReason.SHARED_TOPIC, row_json(cols, row)))  # a rename or a deletion
        elif rid in topics:  # shared vocabulary: the same name from another unit is no change, no conflict
            counts["unchanged"] += 1
            if hlc > here_hlc:  # the highest version still wins, so every order of imports ends the same
                write.append(row)
        elif here_owner != row[1] and table != "topics":
            quarantined.append((rid, hlc, QuarantineReason.OWNER_CONFLICT, row_json(cols, row)))
        elif hlc > here_hlc:
            counts["updated"] += 1
            replaced.append(rid)
            write.append(row)
        elif hlc == here_hlc:
            counts["unchanged"] += 1
            if full_copy and table == "groups":
                same.append((row[cols.index("contact_name")], row[cols.index("contact_phone")], rid, hlc))
            elif full_copy:
                same.append(("", row[cols.index("phone")], rid, hlc))
        else:
            counts["conflicting"] += 1
            lost.append(row)
    counts["quarantined"] = len(quarantined)
    newest = max((row[hlc_at] for row in write), default="")
    list_merged(db, table, rows, new, replaced, lost, quarantined, listed)
    forget: list[str] = []
    erased: list[str] = []
    withdrawn: list[str] = []
    if table == "groups" and write:
        write, forget = _group_contacts(db, cols, write, redacted=m["redaction"] != "none")
    elif table == "force_members" and write:
        write, erased, withdrawn = _member_phones(db, cols, write, redacted=m["redaction"] != "none")
    if replaced:
        merge.keep_replaced(db, table, spec.key, replaced, "merge", when)
    if lost:
        merge.keep_lost(db, table, cols, lost, spec.key, "merge", when)
    if write:
        if table == "units":
            merge.upsert_rows(db, table, spec.key, cols, write)
        else:
            merge.upsert_staged(
                db,
                table,
                spec.key,
                cols,
                write,
                index_kind=_DEFERRED_INDEX.get(table),
                replaced=bool(replaced),
                triggers_lifted=table == "talks" and ctx.group is not None and ctx.group.triggers_lifted,
            )
    if same and table == "groups":
        merge.fill_contacts(db, same)
    elif same:
        force_store.fill_phones(db, [(phone, rid, hlc) for _name, phone, rid, hlc in same if phone])
    if forget:
        merge.forget_contacts(db, forget)
    if erased or withdrawn:  # after the replaced versions went to history
        force_store.forget_members(db, erased, withdrawn)
    if quarantined:
        quarantine.quarantine(
            db, [(m.bundle_id, table, rid, hlc, reason, row, when) for rid, hlc, reason, row in quarantined]
        )
    return counts, newest


def _member_phones(
    db: Store, cols: Sequence[str], write: list[tuple[Any, ...]], redacted: bool
) -> tuple[list[tuple[Any, ...]], list[str], list[str]]:
    """Members about to be written: a redacted version keeps the phone this receiver already holds.
    Returns the rows, the erased members (tombstones) and those whose phone consent was withdrawn:
    their name or phone must then leave the versions kept here (Law 91/2025/QH15)."""
    phone_at, consent_at, deleted_at = cols.index("phone"), cols.index("phone_consent"), cols.index("deleted")
    held = force_store.held_phones(db, [row[0] for row in write]) if redacted else {}
    kept: list[tuple[Any, ...]] = []
    erased: list[str] = []
    withdrawn: list[str] = []
    for row in write:
        if row[deleted_at] or not row[consent_at]:
            (erased if row[deleted_at] else withdrawn).append(row[0])
            row = (*row[:phone_at], "", *row[phone_at + 1 :])
        elif row[0] in held and not row[phone_at]:
            row = (*row[:phone_at], held[row[0]], *row[phone_at + 1 :])
        kept.append(row)
    return kept, erased, withdrawn


def _group_contacts(
    db: Store, cols: Sequence[str], write: list[tuple[Any, ...]], redacted: bool
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
