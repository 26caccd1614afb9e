"""Changing this installation's unit: free (records move) before anything was sent; afterwards the
records stay with the old unit, the key is rotated and the aggregator confirms the new one."""

from __future__ import annotations

import pytest

from desktop_app.core.enums import Role, UnitKind
from desktop_app.core.errors import ValidationError
from desktop_app.services import Services
from desktop_app.storage import reown
from tests.conftest import COMMUNE, fixed_today
from tests.exchange_helpers import add_talks

NEW = "30178"  # Xã Mỹ An Hưng, Đồng Tháp


def owners(s: Services) -> set[tuple[str, str]]:
    return set(s.session.db.execute("SELECT owner_unit, unit_code FROM talks").fetchall())


def test_before_anything_is_sent_every_record_moves_to_the_new_unit(services):
    add_talks(services, 3)
    hamlet = services.units.add("Ấp 1", UnitKind.HAMLET, COMMUNE)
    key_before = services.identity.installation.key_id
    plan = services.identity.unit_change(NEW)
    assert (plan.old.code, plan.new.code, plan.sent) == (COMMUNE, NEW, False)
    done = services.identity.change_unit(NEW)
    inst = services.identity.installation
    assert inst.unit_code == NEW and inst.key_id == key_before  # nothing left: no key to rotate
    assert owners(services) == {(NEW, NEW)}
    assert done.records_moved >= 3
    moved = services.units.get(hamlet.code)
    assert (moved.owner_unit, moved.parent_code) == (NEW, NEW)
    assert "unit-change" in done.backup and services.maintenance.backups()
    talk = services.talks.list()[0]
    services.talks.save(talk)  # the moved records are this installation's to edit


def test_after_a_file_was_sent_the_records_stay_and_the_key_is_rotated(services, tmp_path):
    add_talks(services, 2)
    services.exchange.export_log(tmp_path / "first.sotay")
    before = services.identity.installation
    plan = services.identity.unit_change(NEW)
    assert plan.sent
    done = services.identity.change_unit(NEW)
    inst = services.identity.installation
    assert inst.unit_code == NEW and inst.key_id != before.key_id
    assert done.fingerprint == inst.fingerprint
    assert owners(services) == {(COMMUNE, COMMUNE)}  # the aggregator has them under the old unit
    add_talks(services, 1, start=10)
    second = services.exchange.export_log(tmp_path / "second.sotay")
    assert second.previous_bundle_id is None  # the new unit's files start their own chain
    assert second.counts.get("talks") == 1

    aggregator = Services.open(tmp_path / "agg", today=fixed_today)
    aggregator.identity.init("P82", Role.AGGREGATOR)
    first = aggregator.exchange.import_files(aggregator.exchange.plan([tmp_path / "first.sotay"], trust_all=True))
    assert first.files[0].status == "applied"
    refused = aggregator.exchange.import_files(aggregator.exchange.plan([tmp_path / "second.sotay"]))
    assert refused.files[0].reason == "unknown_key"  # the aggregator confirms the new key once
    applied = aggregator.exchange.import_files(aggregator.exchange.plan([tmp_path / "second.sotay"], trust_all=True))
    assert applied.files[0].status == "applied"
    rows = aggregator.session.db.execute("SELECT owner_unit, count(*) FROM talks GROUP BY 1").fetchall()
    assert dict(rows) == {COMMUNE: 2, NEW: 1}
    assert not aggregator.exchange.chain_gaps()
    aggregator.close()


def test_a_failure_half_way_changes_nothing(services, monkeypatch):
    add_talks(services, 2)

    def move_then_fail(db, old, new):
        reown_rows(db, old, new)
        raise RuntimeError("disk gone")

    reown_rows = reown.reown
    monkeypatch.setattr(reown, "reown", move_then_fail)
    with pytest.raises(RuntimeError):
        services.identity.change_unit(NEW)
    services.session.forget_identity()
    assert services.identity.installation.unit_code == COMMUNE
    assert owners(services) == {(COMMUNE, COMMUNE)}


@pytest.mark.parametrize(
    ("code", "detail"), [(COMMUNE, "already this installation's unit"), ("P82", "must be an aggregator")]
)
def test_a_unit_this_installation_cannot_become_is_refused(services, code, detail):
    with pytest.raises(ValidationError) as refused:
        services.identity.unit_change(code)
    assert detail in refused.value.detail and refused.value.message
    assert services.identity.installation.unit_code == COMMUNE
