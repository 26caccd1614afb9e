"""A contact's name and phone leave no copy behind once the group is deleted or consent withdrawn
(record, tombstone, history, at home and at the aggregator); a redacted version of a group does
not blank the contact an aggregator received earlier in an encrypted full copy."""

from __future__ import annotations

import dataclasses

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, import_paths

NAME, PHONE = "Nguyễn Thị Hoa", "0912345678"


def contact_copies(s, group_id: str) -> int:
    """Places where the contact's name or phone is still stored for this group."""
    rows = s.session.db.execute("SELECT contact_name, contact_phone FROM groups WHERE id = ?", [group_id]).fetchall()
    rows += s.session.db.execute(
        "SELECT json_extract(row, '$.contact_name'), json_extract(row, '$.contact_phone') FROM history "
        "WHERE table_name = 'groups' AND record_id = ?",
        [group_id],
    ).fetchall()
    rows += s.session.db.execute(
        "SELECT json_extract(row, '$.contact_name'), json_extract(row, '$.contact_phone') FROM exchange_quarantine "
        "WHERE table_name = 'groups' AND record_id = ?",
        [group_id],
    ).fetchall()
    return sum(1 for name, phone in rows if NAME in (name or "") or PHONE in (phone or ""))


@pytest.fixture()
def commune(tmp_path):
    f = Factory(tmp_path)
    s = f.make("c", COMMUNE)
    s.factory = f
    yield s
    s.close()


def add_contact_group(s):
    group = s.groups.add(
        name="Chi hội Nông dân ấp 2",
        kind="mass_organisation",
        size=30,
        contact_name=NAME,
        contact_phone=PHONE,
        contact_consent=True,
    )
    return s.groups.save(dataclasses.replace(group, size=35))  # a second version: one in history


def test_deleting_a_group_purges_its_contact_from_record_tombstone_and_history(commune):
    group = add_contact_group(commune)
    assert contact_copies(commune, group.id) == 2
    tomb = commune.groups.delete(group.id)
    assert tomb.deleted and (tomb.contact_name, tomb.contact_phone, tomb.consent_date) == ("", "", None)
    assert not tomb.contact_consent
    assert contact_copies(commune, group.id) == 0
    assert commune.session.db.execute("SELECT count(*) FROM history WHERE record_id = ?", [group.id]).fetchone()[0] == 2


def test_unticking_consent_in_the_form_withdraws_it(commune):
    group = add_contact_group(commune)
    # what the group form sends: the box unticked, the old name and phone still in their fields
    edited = commune.groups.new(
        id=group.id,
        name=group.name,
        kind="mass_organisation",
        size=35,
        contact_name=NAME,
        contact_phone=PHONE,
        contact_consent=False,
    )
    saved = commune.groups.save(dataclasses.replace(edited, unit_code=group.unit_code))
    assert (saved.contact_name, saved.contact_phone, saved.contact_consent, saved.consent_date) == ("", "", False, None)
    assert contact_copies(commune, group.id) == 0
    # a contact typed without consent on a new group is still refused, not silently dropped
    with pytest.raises(Exception, match="đồng ý"):
        commune.groups.add(name="Nhóm Zalo ấp 4", kind="zalo_group", contact_name=NAME)


def test_withdraw_contact_consent(commune):
    group = add_contact_group(commune)
    saved = commune.groups.withdraw_contact_consent(group.id)
    assert not saved.deleted and saved.name == group.name and not saved.contact_consent
    assert contact_copies(commune, group.id) == 0
    # the same through save_group with the consent flag removed
    other = add_contact_group(commune)
    saved = commune.groups.save(dataclasses.replace(other, contact_consent=False))
    assert (saved.contact_name, saved.contact_phone) == ("", "") and contact_copies(commune, other.id) == 0


def test_aggregator_keeps_contacts_against_a_redacted_version_and_forgets_them_on_deletion(commune, tmp_path):
    province = commune.factory.make("p", PROVINCE, Role.AGGREGATOR)
    try:
        group = add_contact_group(commune)
        export_log(
            commune.session.exchange_context(),
            to=tmp_path / "full",
            snapshot=True,
            include_contacts=True,
            passphrase="mật khẩu 1",
        )
        first = import_paths(
            province.session.exchange_context(), [tmp_path / "full"], trust=True, passphrase="mật khẩu 1"
        ).files[0]
        assert first.status == "applied"
        assert contact_copies(province, group.id) == 1

        commune.groups.save(dataclasses.replace(commune.groups.get(group.id), size=50))  # an ordinary edit
        export_log(commune.session.exchange_context(), to=tmp_path / "log")  # redacted: no contacts in the file
        second = import_paths(province.session.exchange_context(), [tmp_path / "log"]).files[0]
        assert second.status == "applied" and second.counts["updated"] == 1
        held = province.groups.get(group.id)
        assert held.size == 50 and (held.contact_name, held.contact_phone) == (NAME, PHONE)

        commune.groups.delete(group.id)
        export_log(commune.session.exchange_context(), to=tmp_path / "log-2")
        third = import_paths(province.session.exchange_context(), [tmp_path / "log-2"]).files[0]
        assert third.status == "applied"
        assert province.groups.get(group.id).deleted
        assert contact_copies(province, group.id) == 0
    finally:
        province.close()
