"""updates.py: the "a newer version exists at the aggregator" notice, from versions in bundles."""

from __future__ import annotations

import pytest

from desktop_app import __version__
from desktop_app.services import updates


def manifest(version: str, kind: str = "pack", role: str = "aggregator", unit: str = "P82") -> dict:
    return {
        "kind": kind,
        "app_version": version,
        "created_at": "2026-11-20T08:00:00.000Z",
        "sender": {"unit_code": unit, "unit_name": "Tỉnh Đồng Tháp", "role": role},
    }


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("0.2.0", (0, 2)),
        ("0.2", (0, 2)),
        ("1.4rc1", (1, 4)),
        ("v2.0.1", (2, 0, 1)),
        ("10", (10,)),
        ("", None),
        ("abc", None),
        (None, None),
        (3, None),
    ],
)
def test_parse_version(text, parsed):
    assert updates.parse_version(text) == parsed


def test_is_newer_compares_numbers_not_text():
    assert updates.is_newer("0.10.0", "0.9.0")
    assert not updates.is_newer("0.2", "0.2.0")
    assert not updates.is_newer("0.1.9", "0.2.0")
    assert not updates.is_newer("garbage", "0.1.0")


def test_no_notice_on_a_fresh_installation(services):
    assert updates.newest_version_seen(services.session) is None
    assert updates.newer_version_notice(services.session) is None


def test_a_newer_pack_from_the_aggregator_gives_a_notice(services):
    assert updates.remember_bundle_version(services.session.db, manifest("99.1.0"))
    notice = updates.newer_version_notice(services.session)
    assert notice is not None
    assert "99.1.0" in notice and __version__ in notice and "Tỉnh Đồng Tháp" in notice


def test_same_or_older_versions_give_no_notice(services):
    updates.remember_bundle_version(services.session.db, manifest(__version__))
    assert updates.newer_version_notice(services.session) is None
    updates.remember_bundle_version(services.session.db, manifest("0.0.1"))
    assert updates.newer_version_notice(services.session) is None


def test_bundles_from_below_do_not_count(services):
    """A commune's log written by a newer program says nothing about what the aggregator offers."""
    assert not updates.remember_bundle_version(
        services.session.db, manifest("99.0", kind="log", role="commune", unit="30131")
    )
    assert updates.newer_version_notice(services.session) is None


def test_the_highest_version_is_kept(services):
    assert updates.remember_bundle_version(services.session.db, manifest("50.0"))
    assert not updates.remember_bundle_version(services.session.db, manifest("49.9"))
    assert updates.remember_bundle_version(services.session.db, manifest("50.0.1"))
    assert updates.newest_version_seen(services.session)["version"] == "50.0.1"


def test_a_ledger_app_version_column_is_read_when_present(services):
    db = services.session.db
    db.execute("ALTER TABLE exchange_ledger ADD COLUMN app_version TEXT")
    db.execute(
        "INSERT INTO exchange_ledger(bundle_id, file_sha256, kind, sender_unit, sender_key_id, receiver, "
        "created_at, file_name, applied_at, app_version) VALUES "
        "('b1', 'h', 'pack', 'P82', 'k', '*', '2026-11-01T00:00:00.000Z', 'f.sotay', 'now', '77.0')"
    )
    assert updates.newest_version_seen(services.session)["version"] == "77.0"
