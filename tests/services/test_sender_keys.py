"""services.sender_keys: the sender keys a previewed batch waits on (one entry per unit and key, the
official name, a changed key with its old fingerprint, another unit's key never offered), the
fingerprint sheet and the trust list read back, a changed key accepted only as it was shown."""

from __future__ import annotations

import dataclasses

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from exchange_helpers import PROVINCE, Factory, add_talks
from forge import forge, talk

from desktop_app.core.enums import Role
from desktop_app.core.errors import ValidationError
from desktop_app.services.exchange import BundleRefused, fingerprint_sheet, read_trust_list


def _export(f: Factory, folder: str, code: str, to) -> str:
    s = f.make(folder, code)
    add_talks(s, 1)
    s.exchange.export_log(to)
    fp = s.exchange.own_key()["fingerprint"]
    s.close()
    return fp


def _waiting(aggregator, folder):
    summary = aggregator.exchange.import_files(aggregator.exchange.plan([folder]), dry_run=True)
    return aggregator.exchange.waiting_senders(summary.files)


def test_new_and_changed_keys_are_offered_one_entry_per_unit_and_key(tmp_path):
    f = Factory(tmp_path)
    first, second = f.communes(2)
    aggregator = f.make("a", PROVINCE, Role.AGGREGATOR)
    old = _export(f, "first-old", first, tmp_path / "before")
    aggregator.exchange.import_files(aggregator.exchange.plan([tmp_path / "before"], trust_all=True))
    new = _export(f, "first-new", first, tmp_path / "inbox")  # reinstalled: a new key
    fresh = f.make("second", second)
    for _ in range(2):  # two files of one new sender: one entry
        add_talks(fresh, 1)
        fresh.exchange.export_log(tmp_path / "inbox")
    fresh_fp = fresh.exchange.own_key()["fingerprint"]
    fresh.close()

    waiting = {w.unit_code: w for w in _waiting(aggregator, tmp_path / "inbox")}
    assert set(waiting) == {first, second}
    assert waiting[first].changed and (waiting[first].old_fingerprint, waiting[first].fingerprint) == (old, new)
    assert not waiting[second].changed and waiting[second].fingerprint == fresh_fp
    assert len(waiting[second].files) == 2
    assert waiting[second].unit_name == aggregator.units.get(second).name and waiting[second].claimed_name == ""

    # accepted only as shown: a changed fingerprint is refused, the one shown is trusted
    with pytest.raises(BundleRefused):
        aggregator.exchange.accept_changed_key(dataclasses.replace(waiting[first], fingerprint=fresh_fp))
    aggregator.exchange.accept_changed_key(waiting[first])
    statuses = {k["fingerprint"]: k["status"] for k in aggregator.exchange.list_keys() if k["unit_code"] == first}
    assert statuses == {old: "rotated", new: "trusted"}
    aggregator.close()


def test_a_key_that_belongs_to_another_unit_is_not_offered_and_a_claimed_name_is_shown_apart(tmp_path):
    f = Factory(tmp_path)
    first, second, third = f.communes(3)
    aggregator = f.make("a", PROVINCE, Role.AGGREGATOR)
    key = Ed25519PrivateKey.generate()
    forge(tmp_path / "before", key, first, {"talks": [talk(first)]})
    aggregator.exchange.import_files(aggregator.exchange.plan([tmp_path / "before"], trust_all=True))
    forge(tmp_path / "inbox", key, second, {"talks": [talk(second)]})  # the first's key, claiming the second
    forge(tmp_path / "inbox", Ed25519PrivateKey.generate(), third, {"talks": [talk(third)]}, name="Xã lớn")
    summary = aggregator.exchange.import_files(aggregator.exchange.plan([tmp_path / "inbox"]), dry_run=True)
    assert sorted(o.reason for o in summary.files) == ["unknown_key", "wrong_key"]
    waiting = aggregator.exchange.waiting_senders(summary.files)
    assert [(w.unit_code, w.unit_name, w.claimed_name) for w in waiting] == [
        (third, aggregator.units.get(third).name, "Xã lớn")
    ]
    aggregator.close()


def test_the_fingerprint_sheet_reads_back_as_a_trust_list_and_a_bad_line_is_named(tmp_path):
    from desktop_app.services.exchange import WaitingSender

    senders = [
        WaitingSender("30130", "Xã Thanh Bình", "Xã lớn", "1A2B 3C4D 5E6F 7A8B", ("a.sotay",)),
        WaitingSender("30131", "Xã Tân Mỹ", "", "0000 1111 2222 3333", ("b.sotay",)),
    ]
    sheet = fingerprint_sheet(senders)
    assert "30130  1A2B 3C4D 5E6F 7A8B  # Xã Thanh Bình (tên trong tệp: Xã lớn)" in sheet.splitlines()
    path = tmp_path / "sheet.txt"
    path.write_text(sheet, encoding="utf-8")
    assert read_trust_list(path) == {"30130": "1A2B3C4D5E6F7A8B", "30131": "0000111122223333"}
    path.write_text("30130 1A2B 3C4D\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="Dòng 1"):
        read_trust_list(path)
