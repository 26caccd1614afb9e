"""What "who has reported" reads of the exchange ledger (``ledger_senders``, ``ledger_gaps``, kept
by triggers as rows are added) equals the ledger itself read in full, whatever order the bundles
arrive in: counts, the newest bundle, the first made after a period closed, and the chain gaps a
later bundle or snapshot closes."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.services import Services
from desktop_app.storage.ledger import record_bundle
from desktop_app.storage.reporting_status import ledger_summary

SENDERS = ("30130", "29926")
CLOSINGS = ("2026-03-01T00:00:00.000Z", "2026-06-01T00:00:00.000Z")


def chain(sender: str, kinds: list[str]) -> list[dict[str, object]]:
    """A sender's bundles in the order it wrote them, each naming the one before."""
    rows, previous = [], None
    for n, kind in enumerate(kinds, 1):
        created = f"2026-{n:02d}-15T08:00:00.000Z"
        bundle = f"{sender}-{n:02d}"
        rows.append(
            {
                "bundle_id": bundle,
                "file_sha256": f"sha-{bundle}",
                "kind": kind,
                "sender_unit": sender,
                "sender_key_id": "k",
                "receiver": "P82",
                "seq": n,
                "previous_bundle_id": previous and previous[0],
                "previous_created_at": previous and previous[1],
                "created_at": created,
                "file_name": f"{bundle}.sotay",
                "applied_at": f"2026-11-{n:02d}T09:00:00.000Z",
                "counts": "{}",
            }
        )
        previous = (bundle, created)
    return rows


def read_in_full(db, closing_after: str) -> dict[str, dict[str, object]]:
    """The same figures from every row of the ledger (how they were read before the triggers)."""
    out: dict[str, dict[str, object]] = {}
    logs = "kind IN ('log', 'snapshot')"
    for sender, n, last, bundle, applied in db.execute(
        f"SELECT sender_unit, count(*), max(created_at), bundle_id, applied_at FROM exchange_ledger WHERE {logs} "
        "GROUP BY sender_unit"
    ):
        closing = db.execute(
            f"SELECT min(created_at) FROM exchange_ledger WHERE {logs} AND sender_unit = ? AND created_at >= ?",
            [sender, closing_after],
        ).fetchone()[0]
        gaps = [
            r[0]
            for r in db.execute(
                f"SELECT l.previous_bundle_id FROM exchange_ledger l WHERE l.{logs} AND l.sender_unit = ? "
                "AND l.previous_bundle_id IS NOT NULL AND l.previous_bundle_id != '' AND NOT EXISTS (SELECT 1 "
                "FROM exchange_ledger p WHERE p.sender_unit = l.sender_unit AND p.bundle_id = l.previous_bundle_id) "
                "AND NOT EXISTS (SELECT 1 FROM exchange_ledger h WHERE h.sender_unit = l.sender_unit "
                "AND h.kind = 'snapshot' AND h.created_at >= coalesce(l.previous_created_at, '')) ORDER BY l.bundle_id",
                [sender],
            )
        ]
        out[sender] = {
            "bundles": n,
            "last_created": last,
            "last_bundle": bundle,
            "last_applied": applied,
            "closing_created": closing,
            "gaps": gaps,
        }
    return out


@pytest.fixture(scope="module")
def base():
    folder = Path(tempfile.mkdtemp(prefix="sotay-ledger-"))
    Services.open(folder / "template").close()
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


kinds = st.lists(st.sampled_from(["log", "log", "log", "snapshot", "receipt"]), min_size=1, max_size=8)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=kinds, second=kinds, order=st.randoms(use_true_random=False), kept=st.data())
def test_the_senders_summary_equals_the_ledger_read_in_full(base, first, second, order, kept):
    folder = base / f"db-{next(tempfile._get_candidate_names())}"
    shutil.copytree(base / "template", folder)
    s = Services.open(folder)
    try:
        db = s.session.db
        rows = chain(SENDERS[0], first) + chain(SENDERS[1], second)
        arrived = [r for r in rows if kept.draw(st.booleans())]  # some bundles never arrive
        order.shuffle(arrived)
        for row in arrived:
            with db.atomic():
                record_bundle(db, row)
        for closing in CLOSINGS:
            assert ledger_summary(db, list(SENDERS), closing) == read_in_full(db, closing)
    finally:
        s.close()


def test_the_migration_fills_them_from_the_ledger_already_here(base):
    from desktop_app.storage.migrations import m0022_flat_history

    folder = base / "migrated"
    shutil.copytree(base / "template", folder)
    s = Services.open(folder)
    try:
        db = s.session.db
        for name in ("exchange_ledger_senders", "exchange_ledger_gaps"):
            db.execute(f"DROP TRIGGER {name}")
        for name in ("exchange_ledger_logs", "talks_open_due"):
            db.execute(f"DROP INDEX {name}")
        for name in ("ledger_senders", "ledger_gaps", "summary_follow_up", "summary_follow_up_province"):
            db.execute(f"DROP TABLE {name}")
        rows = chain(SENDERS[0], ["log", "log", "log", "snapshot", "log"]) + chain(SENDERS[1], ["log", "log"])
        for row in rows[:1] + rows[2:6]:  # the second log of the first sender never came
            record_bundle(db, row)
        m0022_flat_history.apply(db.utils)
        expected = read_in_full(db, CLOSINGS[0])
        assert ledger_summary(db, list(SENDERS), CLOSINGS[0]) == expected
        assert expected[SENDERS[0]]["gaps"] == [] and expected[SENDERS[0]]["bundles"] == 4  # healed by the snapshot
    finally:
        s.close()
