"""The exchange's view of an installation (``ExchangeContext``) and the one maker of its keys."""

from __future__ import annotations

import dataclasses

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from exchange_helpers import PROVINCE, Factory, add_talks

from desktop_app.core.enums import Role
from desktop_app.exchange import crypto, export_log, import_paths
from desktop_app.exchange.keys import decryption_keys, encryption_public, identity, rotate_own_key, show_own


@pytest.fixture
def f(tmp_path):
    return Factory(tmp_path)


@pytest.mark.parametrize("kind", ["ed25519", "x25519"])
def test_key_material_is_one_usable_pair_named_by_its_public_key(kind):
    made = crypto.new_key_material(kind)
    assert made.key_id == crypto.key_id(bytes.fromhex(made.public_hex))
    if kind == "ed25519":
        private = crypto.load_private_pem(made.private_pem)
        assert crypto.public_raw(private).hex() == made.public_hex
        assert crypto.verify(made.public_hex, private.sign(b"statement"), b"statement")
    assert crypto.new_key_material(kind).key_id != made.key_id


def test_init_stores_the_signing_key_the_exchange_signs_with(f):
    commune = f.make("c", "30130")
    ident = identity(commune.session.exchange_context())
    assert (
        ident.key_id == commune.identity.installation.key_id == crypto.key_id(commune.identity.installation.public_key)
    )
    assert crypto.verify(ident.public_key, ident.sign(b"x"), b"x")


def test_encryption_key_is_made_once_on_first_need_and_decrypts(f):
    commune = f.make("c", "30130")
    assert decryption_keys(commune.session.db) == {}
    public = encryption_public(commune.session.db)
    assert encryption_public(commune.session.db) == public
    (key,) = decryption_keys(commune.session.db).values()
    assert isinstance(key, X25519PrivateKey) and crypto.public_raw(key).hex() == public


def test_context_is_a_snapshot_the_exchange_cannot_change(f):
    commune = f.make("c", "30130")
    ctx = commune.session.exchange_context()
    assert ctx.installation == commune.identity.installation and ctx.store is commune.session.db
    assert commune.identity.installation.unit_code in ctx.own_units
    with pytest.raises(dataclasses.FrozenInstanceError):
        ctx.installation = None  # type: ignore[misc]


def test_rotation_returns_the_new_identity_and_the_caller_forgets_its_cache(f, tmp_path):
    commune, agg = f.make("c", "30130"), f.make("a", PROVINCE, Role.AGGREGATOR)
    add_talks(commune, 1)
    import_paths(
        agg.session.exchange_context(),
        [export_log(commune.session.exchange_context(), to=tmp_path / "1").path],
        trust=True,
    )
    before = commune.identity.installation
    rotated = rotate_own_key(commune.session.exchange_context())
    assert rotated["key_id"] != before.key_id
    assert commune.identity.installation == before  # the services' cache is theirs to drop
    commune.session.forget_identity()
    assert commune.identity.installation.key_id == rotated["key_id"]
    assert show_own(commune.session.exchange_context()) == rotated
    add_talks(commune, 1, start=3)
    out = import_paths(
        agg.session.exchange_context(), [export_log(commune.session.exchange_context(), to=tmp_path / "2").path]
    )
    assert out.files[0].key_action == "rotate"
