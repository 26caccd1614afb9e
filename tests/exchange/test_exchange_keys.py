"""Keys and trust: confirmed first use, a changed key refused, rotation signed by the old key,
revocation (also sent down in packs), encryption to a unit's key and by passphrase."""

from __future__ import annotations

import pytest
from exchange_helpers import PROVINCE, Factory, add_talks

from desktop_app.core.enums import Role
from desktop_app.exchange import BundleRefused, export_log, export_pack, import_paths
from desktop_app.exchange.keys import export_keyfile, list_keys, revoke_key, rotate_own_key


@pytest.fixture
def f(tmp_path):
    return Factory(tmp_path)


def test_first_use_needs_confirmation_then_other_keys_are_refused(f, tmp_path):
    commune, agg = f.make("c", "30130"), f.make("a", PROVINCE, Role.AGGREGATOR)
    add_talks(commune, 3)
    path = export_log(commune.session.exchange_context(), to=tmp_path / "out").path
    refused = import_paths(agg.session.exchange_context(), [path]).files[0]
    assert refused.reason == "unknown_key" and refused.fingerprint in refused.message
    assert agg.session.db.execute("SELECT count(*) FROM talks").fetchone()[0] == 0
    assert import_paths(agg.session.exchange_context(), [path], trust=True).files[0].key_action == "trust_new"
    assert [k["status"] for k in list_keys(agg.session.db)] == ["trusted"]
    # the same commune reinstalled: a new key for the same unit is refused, even with --trust
    impostor = f.make("c2", "30130")
    add_talks(impostor, 1)
    out = import_paths(
        agg.session.exchange_context(),
        [export_log(impostor.session.exchange_context(), to=tmp_path / "out2").path],
        trust=True,
    ).files[0]
    assert out.reason == "wrong_key"
    assert "khóa khác" in out.message


def test_rotation_signed_by_the_old_key_is_accepted(f, tmp_path):
    commune, agg = f.make("c", "30130"), f.make("a", PROVINCE, Role.AGGREGATOR)
    add_talks(commune, 2)
    import_paths(
        agg.session.exchange_context(),
        [export_log(commune.session.exchange_context(), to=tmp_path / "1").path],
        trust=True,
    )
    old = commune.identity.installation.key_id
    rotated = rotate_own_key(commune.session.exchange_context())
    commune.session.forget_identity()
    assert rotated["key_id"] != old
    add_talks(commune, 2, start=5)
    out = import_paths(
        agg.session.exchange_context(), [export_log(commune.session.exchange_context(), to=tmp_path / "2").path]
    ).files[0]
    assert out.status == "applied" and out.key_action == "rotate"
    statuses = {k["key_id"]: k["status"] for k in list_keys(agg.session.db)}
    assert statuses == {old: "rotated", rotated["key_id"]: "trusted"}
    add_talks(commune, 1, start=9)
    assert (
        import_paths(
            agg.session.exchange_context(), [export_log(commune.session.exchange_context(), to=tmp_path / "3").path]
        )
        .files[0]
        .key_action
        == "known"
    )


def test_revoked_key_is_refused_and_revocations_travel_down(f, tmp_path):
    commune, agg = f.make("c", "30130"), f.make("a", PROVINCE, Role.AGGREGATOR)
    other = f.make("o", "28249")
    add_talks(commune, 1)
    add_talks(other, 1)
    import_paths(
        agg.session.exchange_context(),
        [export_log(commune.session.exchange_context(), to=tmp_path / "1").path],
        trust=True,
    )
    import_paths(
        agg.session.exchange_context(),
        [export_log(other.session.exchange_context(), to=tmp_path / "1").path],
        trust=True,
    )
    # the commune also knows the other commune's key (e.g. a neighbour's shared pack)
    import_paths(
        commune.session.exchange_context(),
        [export_log(other.session.exchange_context(), to=tmp_path / "n").path],
        trust=True,
    )
    revoke_key(agg.session.db, other.identity.installation.key_id)
    add_talks(other, 1, start=3)
    out = import_paths(
        agg.session.exchange_context(), [export_log(other.session.exchange_context(), to=tmp_path / "2").path]
    ).files[0]
    assert out.reason == "revoked_key"
    doc = agg.library.add_document(title="Hướng dẫn tuyên truyền tháng 12", body="Nội dung")
    pack = export_pack(agg.session.exchange_context(), document_ids=[doc.id], to=tmp_path / "pack")
    assert pack.counts["keys"] == 1
    assert import_paths(commune.session.exchange_context(), [pack.path], trust=True).files[0].status == "applied"
    assert {k["key_id"]: k["status"] for k in list_keys(commune.session.db)}[
        other.identity.installation.key_id
    ] == "revoked"


def add_zalo_group_with_contact(commune) -> None:
    """A group whose contact (name, phone, consent) travels only in an encrypted full copy."""
    commune.groups.add(
        name="Nhóm Zalo ấp 3",
        kind="zalo_group",
        size=120,
        contact_name="Lê Văn Tâm",
        contact_phone="0987 654 321",
        contact_consent=True,
    )


def test_encrypt_to_the_aggregator_and_by_passphrase(f, tmp_path):
    commune, agg = f.make("c", "30130"), f.make("a", PROVINCE, Role.AGGREGATOR)
    add_zalo_group_with_contact(commune)
    add_talks(commune, 2)
    with pytest.raises(BundleRefused) as err:
        export_log(commune.session.exchange_context(), to=tmp_path / "x", include_contacts=True)
    assert err.value.reason == "contacts_need_encryption"
    keyfile = tmp_path / "tinh.key"
    export_keyfile(agg.session.exchange_context(), keyfile)
    sealed = export_log(
        commune.session.exchange_context(), to=tmp_path / "enc", encrypt_to=str(keyfile), include_contacts=True
    )
    assert sealed.encrypted and sealed.receiver == PROVINCE and sealed.redaction == "none"
    assert b"0987" not in sealed.path.read_bytes()
    # another aggregator cannot open it
    stranger = f.make("s", "P01", Role.AGGREGATOR)
    assert (
        import_paths(stranger.session.exchange_context(), [sealed.path], trust=True).files[0].reason
        == "not_for_this_key"
    )
    out = import_paths(agg.session.exchange_context(), [sealed.path], trust=True).files[0]
    assert out.status == "applied", out.detail
    assert agg.session.db.execute("SELECT contact_phone FROM groups").fetchone()[0] == "0987 654 321"
    # by passphrase: wrong one named, right one works
    commune2 = f.make("c2", "28249")
    add_talks(commune2, 1)
    locked = export_log(commune2.session.exchange_context(), to=tmp_path / "pw", passphrase="Thanh Bình 2026")
    assert (
        import_paths(agg.session.exchange_context(), [locked.path], trust=True, passphrase="sai").files[0].reason
        == "wrong_passphrase"
    )
    assert (
        import_paths(agg.session.exchange_context(), [locked.path], trust=True, passphrase="Thanh Bình 2026")
        .files[0]
        .status
        == "applied"
    )


def test_full_copy_fills_contacts_a_redacted_copy_lacked(f, tmp_path):
    commune, agg = f.make("c", "30130"), f.make("a", PROVINCE, Role.AGGREGATOR)
    add_zalo_group_with_contact(commune)
    plain = export_log(commune.session.exchange_context(), to=tmp_path / "plain", snapshot=True)
    full = export_log(
        commune.session.exchange_context(), to=tmp_path / "full", snapshot=True, include_contacts=True, passphrase="mk"
    )
    import_paths(agg.session.exchange_context(), [plain.path], trust=True)
    assert agg.session.db.execute("SELECT contact_name FROM groups").fetchone()[0] == ""
    out = import_paths(agg.session.exchange_context(), [full.path], passphrase="mk").files[0]
    assert out.counts["unchanged"] == 1
    assert agg.session.db.execute("SELECT contact_name FROM groups").fetchone()[0] == "Lê Văn Tâm"
