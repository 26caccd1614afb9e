"""Reporting status: which units are expected to report under a unit, what each sender's talks
add up to, and what the exchange ledger says of their bundles (count, last, on time, chain gaps).

Plain tuples and dicts out; ``reports/completeness.py`` makes the table "who has not reported".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from . import summaries
from .report_figures import ALL, scope_cte, split_months

if TYPE_CHECKING:
    from .store import Store


class SenderBundles(TypedDict):
    """What the ledger says of one sender's logs: how many, the last one, the first one made after
    the period closed (None: none yet), and the bundles missing from its chain."""

    bundles: int
    last_created: str
    last_bundle: str
    last_applied: str
    closing_created: str | None
    gaps: list[str]


def child_units(db: Store, root: str) -> list[tuple[str, str, str]]:
    """(code, name, kind) of the units directly under ``root`` (provinces for the whole country),
    and the members of a cluster or mass organisation (``unit_members``)."""
    if root == ALL:
        sql, params = "SELECT code, name, kind FROM units WHERE kind = 'province' AND deleted = 0", []
    else:
        sql = (
            "SELECT code, name, kind FROM units WHERE deleted = 0 AND (parent_code = ? "
            "OR code IN (SELECT member_code FROM unit_members WHERE unit_code = ?))"
        )
        params = [root, root]
    return [tuple(r) for r in db.execute(sql, params)]


def expected_reporters(db: Store, root: str) -> list[tuple[str, str, str]]:
    """(code, name, top) of the units under ``root`` that are expected to send reports: the communes,
    and the members of a cluster or mass organisation whatever their kind."""
    cte, params = scope_cte(root)
    return [
        tuple(r)
        for r in db.execute(
            f"WITH RECURSIVE {cte} SELECT u.code, u.name, s.top FROM scope s JOIN units u ON u.code = s.code "
            "WHERE u.deleted = 0 AND (u.kind = 'commune' OR u.code IN "
            "(SELECT member_code FROM unit_members WHERE unit_code = ?))",
            [*params, root],
        )
    ]


def talks_per_sender(db: Store, codes: list[str], start: str, end: str) -> dict[str, tuple[int, int]]:
    """(sessions, attendance) in the period of the talks each of these units owns (what its
    bundles brought, wherever in its tree they were held): whole months from the talks per sender
    and month (``summaries.OWNER``), the days at the ends of a custom range from the talks."""
    wanted = set(codes)
    summaries.ensure_current(db)
    (first, last), ends = split_months(start, end)
    small = len(wanted) <= 200
    owners = f"owner_unit IN ({','.join('?' * len(wanted))}) AND " if small else ""
    chosen: list[Any] = sorted(wanted) if small else []
    found: dict[str, tuple[int, int]] = {}
    reads = [
        (
            f"SELECT owner_unit, sum(sessions), sum(attendance) FROM main.{summaries.OWNER} "
            f"{'' if small else 'INDEXED BY summary_owner_month '}WHERE {owners}month BETWEEN ? AND ? "
            "GROUP BY owner_unit",
            [*chosen, first, last],
        )
    ]
    reads += [
        (
            f"SELECT owner_unit, count(*), coalesce(sum(attendance), 0) FROM talks "
            f"{'INDEXED BY talks_owner_day ' if small else ''}WHERE {owners}held_on BETWEEN ? AND ? "
            "AND deleted = 0 GROUP BY owner_unit",
            [*chosen, day_from, day_to],
        )
        for day_from, day_to in ends
    ]
    for sql, params in reads:
        for owner, n, attendance in db.execute(sql, params):
            if owner in wanted:
                had = found.get(owner, (0, 0))
                found[owner] = (had[0] + n, had[1] + attendance)
    return found


def ledger_ready(db: Store) -> bool:
    return db.table_exists("exchange_ledger")


def ledger_senders(db: Store) -> set[str]:
    """Every unit from which at least one bundle arrived."""
    return {r[0] for r in db.execute("SELECT DISTINCT sender_unit FROM exchange_ledger")}


def ledger_summary(db: Store, senders: list[str], closing_after: str) -> dict[str, SenderBundles]:
    """Per sender: bundle count, last bundle (id, created, applied), the first bundle made after the
    period closed (``created_at >= closing_after``), and chain gaps (a previous bundle never seen and
    not healed by a later snapshot). Only the senders' logs count (kinds ``log`` and ``snapshot``).

    Read from what the ledger's triggers keep per sender (``ledger_senders``, ``ledger_gaps``) and
    one seek per sender for the closing bundle: the same few rows whatever the years of history;
    filtered in Python, cheaper than 3,321 bound parameters."""
    if not ledger_ready(db) or not senders:
        return {}
    wanted = set(senders)
    small = len(wanted) <= 200
    where, params = (f"WHERE s.sender_unit IN ({','.join('?' * len(wanted))})", sorted(wanted)) if small else ("", [])
    out: dict[str, SenderBundles] = {}
    for sender, n, last_created, bundle_id, applied, closing in db.execute(
        "SELECT s.sender_unit, s.bundles, s.last_created, s.last_bundle, s.last_applied, "
        "(SELECT min(l.created_at) FROM exchange_ledger l INDEXED BY exchange_ledger_logs "
        "WHERE l.sender_unit = s.sender_unit AND l.kind IN ('log', 'snapshot') AND l.created_at >= ?) "
        f"FROM ledger_senders s {where}",
        [closing_after, *params],
    ):
        if sender in wanted:
            out[sender] = {
                "bundles": n,
                "last_created": last_created,
                "last_bundle": bundle_id,
                "last_applied": applied,
                "closing_created": closing,
                "gaps": [],
            }
    for sender, missing in db.execute(
        "SELECT sender_unit, missing_bundle_id FROM ledger_gaps ORDER BY sender_unit, bundle_id"
    ):
        if sender in out:
            out[sender]["gaps"].append(missing)
    return out
