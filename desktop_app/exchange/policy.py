"""Who may write what: the authorization policy the importer applies to every row before anything
is written.

The signature says **who** sent a bundle; this module says **what** that sender may write here. It
is derived only from what this installation knows: the sender's trusted key, the official unit tree
(with the custom units already accepted), and this installation's aggregator, which is **the nearest
unit above this one in the unit tree whose key this installation trusts** (a key the user confirmed;
a pack whose key is being confirmed by this very import counts). Nothing the sender wrote grants
anything: ``kind``, ``role``, ``unit_name`` and ``hlc_max`` are never read here.

``policy_table.POLICY`` is the table a reader audits (``docs/exchange-format.md`` §6 prints the same); the
functions below enforce it. Rows outside it either refuse the whole file (content a genuine writer
never produces) or are set aside in quarantine with their own reason (content a genuine file can
carry, e.g. a talk under a hamlet this receiver has not been sent yet). Subtrees are computed once
per sender and checked with set look-ups, so the policy costs little per row.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import Any

from ..core.enums import QuarantineReason
from ..storage import keys as key_store
from ..storage import members as unit_members
from ..storage import synced
from ..storage import units as unit_store
from ..storage.records_repo import topic_id
from ..storage.store import Store
from .errors import BundleRefused
from .manifest import parse_stamp
from .rows import UUID_RE

# Rows set aside for when they claim to be written, not for what they write: a person may release
# them (``services.quarantine.release``). Every other reason concerns who may write the row, which no
# person here can vouch for: those rows can only be dropped. The importer checks those reasons first.
TIME_REASONS = (QuarantineReason.CLOCK_AHEAD, QuarantineReason.FUTURE_DATE)

_KEY_ID = re.compile(r"^[0-9a-f]{16}\Z")
_HEX64 = re.compile(r"^[0-9a-f]{64}\Z")
_UNIT = re.compile(r"^[A-Za-z0-9._-]{1,64}\Z")
_STAMP_LENGTH = len("2026-01-01T00:00:00.000Z")


@dataclass(frozen=True)
class Rights:
    """What one sender may write at this installation (computed once per sender and file)."""

    sender: str
    is_aggregator: bool  # the sender is this installation's aggregator
    is_self: bool  # this installation's own unit and key
    subtree: frozenset[str]  # the sender's unit and every unit under it here
    provinces: dict[str, str | None]  # unit code -> province code, for the subtree
    protected_keys: frozenset[str]  # keys no bundle may revoke here
    receiving: dict[str, str | None]  # where a custom sender may place its own unit (``receiving_tree``)

    @property
    def may_write_documents(self) -> bool:
        return self.is_aggregator or self.is_self


def aggregator_of(db: Store, own_unit: str, pending: str | None = None) -> str | None:
    """The nearest unit above ``own_unit`` whose key is trusted here; ``pending`` is a sender whose
    key this import is trusting with the user's confirmation."""
    for code in ancestors(db, own_unit):
        if code == pending or key_store.trusted_for(db, code) is not None:
            return code
    return None


def ancestors(db: Store, unit: str) -> list[str]:
    """The units above ``unit``, nearest first (by ``parent_code`` in this installation's unit list)."""
    return synced.unit_ancestors(db, unit)


def subtree(db: Store, root: str) -> dict[str, str | None]:
    """``root`` and every unit under it, each with its province code."""
    return synced.unit_subtree(db, root)


def receiving_tree(db: Store, own_unit: str) -> dict[str, str | None]:
    """The units whose files this installation counts as its own tree: its unit and every unit under
    it, and, for a cluster or mass organisation, each member it lists and every unit under that member.
    Membership is this installation's own choice and widens only this tree: a member's rows are still
    held to the member's own subtree, and no bundle can add a member."""
    return unit_members.receiving_tree(db, own_unit)


def rights(
    db: Store,
    sender: str,
    key_action: str,
    key_id: str,
    own_unit: str,
    own_key_id: str,
    tree: Callable[[str], dict[str, str | None]],
    receiving: dict[str, str | None],
) -> Rights:
    """The rights of ``sender`` (signing with ``key_id``; ``key_action`` from ``keys.check_sender``).
    ``tree`` gives a unit's subtree (the importer caches it per sender); ``receiving`` is this
    installation's receiving tree (``receiving_tree``)."""
    pending = sender if key_action in ("trust_new", "rotate") else None
    aggregator = aggregator_of(db, own_unit, pending)
    protected = {own_key_id}
    if aggregator is not None:
        current = key_store.trusted_for(db, aggregator)
        if current is not None:
            protected.update(key_store.rotation_chain(db, current["key_id"]))
        if aggregator == sender:
            protected.add(key_id)
    units = tree(sender)
    return Rights(
        sender,
        aggregator == sender,
        key_action == "own",
        frozenset(units),
        units,
        frozenset(protected),
        receiving,
    )


# --- the checks the importer calls ---------------------------------------------------------------


def check_inside_tree(db: Store, sender: str, own_unit: str, own_tree: Container[str]) -> None:
    """A file from a unit neither under this installation's unit nor above it (a commune of another
    province at a province's installation) is refused as ``outside_tree`` until the user accepts it:
    its rows would be stored but counted in no report here (unless a new cluster's first file places
    it inside), which is usually a wrong set-up."""
    if sender in own_tree or sender in ancestors(db, own_unit):
        return
    unit, own = unit_store.find(db, sender), unit_store.find(db, own_unit)
    above = [unit_store.find(db, code) for code in ancestors(db, sender)] if unit else []
    place = ", ".join(u.name for u in above if u is not None) or "không có trong danh sách đơn vị của máy này"
    raise BundleRefused(
        "outside_tree",
        f"sender {sender} is not in the tree of {own_unit}",
        unit=unit.name if unit else sender,
        place=place,
        own=own.name if own else own_unit,
    )


def check_documents(r: Rights, owners: set[str]) -> None:
    """Documents (and so attachments) only from the aggregator, and only its own."""
    if not r.may_write_documents or owners - {r.sender}:
        raise BundleRefused(
            "documents_not_allowed",
            f"documents from {r.sender} (owners {sorted(owners)[:3]}); only this unit's aggregator sends documents",
            unit=r.sender,
        )


def revocations(r: Rights, rows: list[tuple[int, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(revocations to apply, revocations set aside as ``protected_key``) from the numbered lines of
    ``data/keys.ndjson``. Refuses the file when the sender is not this installation's aggregator, or a
    revocation is malformed; lines with another status are ignored (a later format may send them)."""
    name = "data/keys.ndjson"
    if rows and not r.is_aggregator:
        raise BundleRefused(
            "revocation_not_allowed",
            f"{r.sender} is not this unit's aggregator and sent {len(rows)} key lines",
            unit=r.sender,
        )
    apply: list[dict[str, Any]] = []
    protected: list[dict[str, Any]] = []
    for line, obj in rows:
        if not isinstance(obj, dict) or obj.get("status") != "revoked":
            continue
        unit, public = obj.get("unit_code", ""), obj.get("public_key", "")
        if not (
            isinstance(obj.get("key_id"), str)
            and _KEY_ID.fullmatch(obj["key_id"])
            and isinstance(unit, str)
            and (unit == "" or _UNIT.fullmatch(unit))
            and isinstance(public, str)
            and (public == "" or _HEX64.fullmatch(public))
        ):
            raise BundleRefused(
                "invalid_record",
                f"{name} line {line}: not a revocation (key_id, unit_code, public_key)",
                field="key_id",
                line=line,
                name=name,
                problem="khóa thu hồi không đúng định dạng.",
            )
        row = {"key_id": obj["key_id"], "unit_code": unit, "public_key": public, "status": "revoked"}
        (protected if row["key_id"] in r.protected_keys else apply).append(row)
    return apply, protected


def check_topic(row: tuple[Any, ...], line: int, name: str) -> None:
    """A topic's id is its folded name: anything else is a forged row (refuses the file)."""
    rid, topic_name = row[0], row[4]
    if rid != topic_id(topic_name):
        raise BundleRefused(
            "bad_topic_id",
            f"{name} line {line}: id {rid[:60]!r} is not the folded name {topic_name[:60]!r}",
            line=line,
            name=name,
        )


def check_read_receipt(row: tuple[Any, ...], line: int, name: str) -> None:
    """A read receipt's id is its reader's and document's (§3): under any other id, a sender could take
    the id of another unit's receipt and have that unit's genuine receipt set aside."""
    from .export import receipt_id

    rid, owner, document_id = row[0], row[1], row[4]
    if rid != receipt_id(owner, document_id):
        raise BundleRefused(
            "invalid_record",
            f"{name} line {line}: id {rid!r} is not the receipt id of {owner} for document {document_id}",
            field="id",
            line=line,
            name=name,
            problem="mã phiếu đã đọc không khớp với đơn vị đọc và tài liệu.",
        )


def bundle_receipt(obj: Any) -> dict[str, str] | None:
    """A line of ``data/bundle_receipts.ndjson`` as (bundle_id, sender_unit, applied_at, outcome), or
    None for a line that is not a receipt (ignored, as a later format may send others): the time is
    shown as "received on", so it must be a stamp; the outcome word keeps printable characters only."""
    if not isinstance(obj, dict):
        return None
    bundle_id, sender_unit, applied_at = obj.get("bundle_id"), obj.get("sender_unit"), obj.get("applied_at")
    if not (isinstance(bundle_id, str) and UUID_RE.fullmatch(bundle_id) and isinstance(sender_unit, str)):
        return None
    if not (isinstance(applied_at, str) and len(applied_at) == _STAMP_LENGTH and applied_at.isascii()):
        return None
    try:
        parse_stamp(applied_at)
    except ValueError:
        return None
    outcome = obj.get("outcome", "applied")
    outcome = "".join(ch for ch in outcome if ch.isprintable())[:20] if isinstance(outcome, str) else "applied"
    return {"bundle_id": bundle_id, "sender_unit": sender_unit, "applied_at": applied_at, "outcome": outcome}


def place_units(
    r: Rights, rows: dict[str, tuple[Any, ...]], parent_at: int, province_at: int
) -> tuple[set[str], list[str]]:
    """Custom units whose parent lies in the sender's subtree (counting units of the same file placed
    there first) and whose province is the parent's. A custom sender's own unit (a cluster sending up)
    may also sit under a unit of this installation's receiving tree: it places only itself, and the
    file came in from inside that tree or because the user accepted it. Returns (the sender's subtree
    grown by the accepted units, codes of the units set aside)."""
    inside = set(r.subtree)
    provinces = dict(r.provinces)
    waiting = dict(rows)
    own = waiting.get(r.sender)
    if own is not None and own[parent_at] in r.receiving and own[province_at] in (None, r.receiving[own[parent_at]]):
        del waiting[r.sender]
        provinces[r.sender] = r.receiving[own[parent_at]]
    grew = True
    while waiting and grew:
        grew = False
        for code, row in list(waiting.items()):
            parent = row[parent_at]
            if parent in inside and row[province_at] in (None, provinces.get(parent)):
                del waiting[code]
                inside.add(code)
                provinces[code] = provinces.get(parent)
                grew = True
    for code in waiting:  # a unit of the sender moved out of its subtree is no longer inside it
        inside.discard(code)
    return inside, list(waiting)


def placed_inside(tree: dict[str, str | None], table: str, row: dict[str, Any]) -> bool:
    """Is a set-aside row now inside ``tree`` (its owner's subtree, with provinces)? For rows whose
    unit arrived after them (``importer`` re-checks them when units arrive)."""
    if table == "units":
        parent = row.get("parent_code")
        return parent in tree and row.get("province_code") in (None, tree[parent])
    return row.get("unit_code") in tree
