"""The authorization policy as a table a reader audits: who may write each table of a bundle, owning
what, placed where, changing what. ``docs/exchange-format.md`` §6 prints :func:`policy_table` (a test
keeps them equal); ``policy.py`` enforces it row by row.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    """One line of the policy: who may write a table, owning what, placed where, changing what."""

    table: str
    writer: str
    owners: str
    units: str
    fields: str
    otherwise: str


_ANY = "any trusted sender"
_SUBTREE = (
    "the sender's subtree, not the receiver's own unit (nor, from a sender not under the receiver, a unit under it)"
)
_ONLY_AGGREGATOR = "the receiver's aggregator only"

POLICY: tuple[Rule, ...] = (
    Rule(
        "`talks`",
        _ANY,
        _SUBTREE,
        "`unit_code` in the sender's subtree",
        "all",
        "owner: refused `foreign_owner`, the receiver's own: set aside `own_record`; place: set aside "
        "`outside_subtree`",
    ),
    Rule(
        "`groups`",
        _ANY,
        _SUBTREE,
        "`unit_code` in the sender's subtree",
        "all",
        "owner: refused `foreign_owner`, the receiver's own: set aside `own_record`; place: set aside "
        "`outside_subtree`",
    ),
    Rule(
        "`units` (custom)",
        _ANY,
        _SUBTREE,
        "`parent_code` in the sender's subtree (or a unit of the same file placed there; for the sender's own "
        "unit, a unit of the receiver's tree); `province_code` null or the parent's",
        "all",
        "owner: refused `foreign_owner`, the receiver's own: set aside `own_record`; place: set aside "
        "`outside_subtree`",
    ),
    Rule(
        "`read_receipts`",
        _ANY,
        _SUBTREE,
        "—",
        "all; `id` is the receipt id of its `owner_unit` and `document_id` (§3)",
        "owner: refused `foreign_owner`, the receiver's own: set aside `own_record`; id: refused `invalid_record`",
    ),
    Rule(
        "`report_sections`",
        _ANY,
        "the sender itself, not the receiver's own unit",
        "`unit_code` = `owner_unit`",
        "all; `period` is a period code; `id` is the section id of its unit, period and section (§3)",
        "owner or unit: refused `foreign_owner`, the receiver's own: set aside `own_record`; period or id: "
        "refused `invalid_record`",
    ),
    Rule(
        "`force_members`, `force_trainings`, `force_conferences`",
        _ANY,
        _SUBTREE,
        "`unit_code` in the sender's subtree",
        "all; `phone` only in a bundle written with contacts (encrypted), else blank",
        "owner: refused `foreign_owner`, the receiver's own: set aside `own_record`; place: set aside "
        "`outside_subtree`",
    ),
    Rule(
        "`channels`",
        _ANY,
        _SUBTREE,
        "`unit_code` in the sender's subtree",
        "all",
        "owner: refused `foreign_owner`, the receiver's own: set aside `own_record`; place: set aside "
        "`outside_subtree`",
    ),
    Rule(
        "`channel_snapshots`",
        _ANY,
        _SUBTREE,
        "—",
        "all; `month` is `YYYY-MM`; `id` is the snapshot id of its `channel_id` and `month` (§3)",
        "owner: refused `foreign_owner`, the receiver's own: set aside `own_record`; month or id: refused "
        "`invalid_record`",
    ),
    Rule(
        "`topics`",
        _ANY,
        "the sender's subtree",
        "—",
        "new topics only, `id` = folded `name` (lower case, no diacritics, đ→d, single spaces); a known "
        "topic's `name` and `deleted` never change (a newer version with the same name and flag only moves "
        "its version); no tombstones",
        "id: refused `bad_topic_id`; rename or tombstone: set aside `shared_topic`",
    ),
    Rule(
        "`documents` and their attachments (`blobs/`)",
        f"{_ONLY_AGGREGATOR} (and the receiver itself)",
        "the sender itself",
        "—",
        "all",
        "refused `documents_not_allowed`",
    ),
    Rule(
        "`orientations`",
        f"{_ONLY_AGGREGATOR} (and the receiver itself)",
        "the sender itself",
        "—",
        "all; `period` is a month (`YYYY-MM`) or a quarter (`YYYY-Qn`); each key date a real day and a label",
        "sender or owner: refused `orientations_not_allowed`; period or key date: refused `invalid_record`",
    ),
    Rule(
        "`shared_calendar`",
        f"{_ONLY_AGGREGATOR} (and the receiver itself)",
        "the sender itself",
        "—",
        "all; `start_md` and `end_md` are days every year has (`MM-DD`)",
        "sender or owner: refused `calendar_not_allowed`; day: refused `invalid_record`",
    ),
    Rule(
        "`keys` (revocations)",
        _ONLY_AGGREGATOR,
        "—",
        "—",
        "never the receiver's own key nor the aggregator's key (or its rotation chain); a revocation reaches "
        "the key's rotation chain (§5)",
        "sender: refused `revocation_not_allowed`; protected key: not applied, set aside `protected_key` "
        "(reported, not stored)",
    ),
    Rule(
        "`bundle_receipts`",
        _ANY,
        "—",
        "—",
        "marks only bundles this installation wrote for the sender, or for every unit when the sender is this "
        "installation's aggregator or a unit under it, as received by the sender; a line whose `applied_at` is "
        "not a stamp marks nothing",
        "—",
    ),
    Rule(
        "the update notice (`app_version`)",
        _ONLY_AGGREGATOR,
        "—",
        "—",
        "the leading version number only; the notice names the unit from the receiver's unit list",
        "ignored",
    ),
    Rule(
        "the concern theme list (`concern_themes`)",
        _ONLY_AGGREGATOR,
        "—",
        "—",
        "the whole list, kept only when its `version` is above the list held (shipped or received)",
        "ignored (also when not well formed)",
    ),
)


def policy_table() -> str:
    """:data:`POLICY` as the Markdown table ``docs/exchange-format.md`` prints (a test keeps them equal)."""
    lines = [
        "| table | who may write it | owners | where (units) | fields | otherwise |",
        "|---|---|---|---|---|---|",
    ]
    for r in POLICY:
        lines.append(f"| {r.table} | {r.writer} | {r.owners} | {r.units} | {r.fields} | {r.otherwise} |")
    return "\n".join(lines)
