"""Keys and trust.

* Each installation signs with the Ed25519 key made at ``init`` (``settings``: private_key PEM,
  public_key hex, key_id). It also has an X25519 key for encryption, made on first need and
  published in every bundle it writes (``sender.encryption_key``), so a unit can encrypt to it.
* Trust on first use, confirmed: the first bundle of a unit is refused until the user confirms the
  short fingerprint (``--trust`` or ``sotay keys trust FILE``; the GUI asks). Later bundles of that
  unit signed by any other key are refused, unless the manifest carries a rotation statement
  signed by the trusted key. A revoked key is refused for good.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..core.errors import NotFoundError
from ..storage import keys as key_store
from ..storage import settings, units
from ..storage.store import Store
from . import crypto
from .context import ExchangeContext
from .errors import BundleRefused
from .manifest import Manifest, rotation_statement, utc_stamp


@dataclass(frozen=True)
class Identity:
    """Who signs what this installation writes."""

    unit_code: str
    unit_name: str
    role: str
    key_id: str
    public_key: str  # hex
    private: Ed25519PrivateKey
    encryption_key: str  # hex X25519 public key
    rotation: dict[str, str] | None = None

    def sign(self, message: bytes) -> bytes:
        return self.private.sign(message)


ROTATION_SETTING = "key_rotation"  # the statement of the latest rotation; the old private key is not kept


def _now() -> str:
    return utc_stamp()


def signing_key(store: Store) -> Ed25519PrivateKey:
    """This installation's Ed25519 private key, as ``init`` or the last rotation stored it."""
    return crypto.load_private_pem(str(settings.get(store, "private_key")))


def identity(ctx: ExchangeContext) -> Identity:
    inst = ctx.installation
    try:
        private = signing_key(ctx.store)
    except Exception as exc:  # noqa: BLE001 - any failure to load the key means "no key"
        raise BundleRefused("no_key", f"cannot load the private key: {exc}") from exc
    try:
        name = units.get(ctx.store, inst.unit_code).name
    except NotFoundError:  # a unit outside the list still signs
        name = inst.unit_code
    rotation = settings.get(ctx.store, ROTATION_SETTING)
    return Identity(
        inst.unit_code,
        name,
        inst.role.value,
        inst.key_id,
        inst.public_key.hex(),
        private,
        encryption_public(ctx.store),
        rotation,
    )


def encryption_public(store: Store) -> str:
    """This installation's X25519 public key (hex), made on first need."""
    rows = key_store.own_keys(store, "x25519")
    if rows:
        return str(rows[0]["public_key"])
    made = crypto.new_key_material("x25519")
    key_store.add_own_key(store, made.key_id, "x25519", made.private_pem, made.public_hex, _now())
    return made.public_hex


def decryption_keys(store: Store) -> dict[str, X25519PrivateKey]:
    from cryptography.hazmat.primitives import serialization

    out = {}
    for row in key_store.own_keys(store, "x25519"):
        key = serialization.load_pem_private_key(row["private_key"].encode(), None)
        if isinstance(key, X25519PrivateKey):
            out[row["key_id"]] = key
    return out


# --- checking a sender ---------------------------------------------------------------------------


@dataclass(frozen=True)
class KeyDecision:
    action: str  # known | trust_new | rotate | own
    fingerprint: str
    detail: str = ""


def check_sender(
    db: Store, manifest: Manifest, trust: bool, own_unit: str, own_key_id: str, name: str | None = None
) -> KeyDecision:
    """Is this bundle's key acceptable for its sender unit? Raises :class:`BundleRefused` if not.
    ``name`` is the sender as the messages name it (the importer's, from the unit list)."""
    unit, kid = manifest.sender_unit, manifest.key_id
    name = name or manifest.sender_name
    fp = crypto.fingerprint(kid)
    if kid == own_key_id and unit == own_unit:
        return KeyDecision("own", fp)
    known = key_store.get(db, kid)
    if known is not None:
        if known["status"] == "revoked":
            raise BundleRefused("revoked_key", f"key {kid} of {known['unit_code']} is revoked", fingerprint=fp)
        if known["unit_code"] != unit:
            raise BundleRefused(
                "wrong_key",
                f"key {kid} belongs to {known['unit_code']}, bundle claims {unit}",
                unit=name,
                fingerprint=fp,
            )
        return KeyDecision("known", fp)
    rotation = manifest.get("key_rotation")
    if rotation:
        signer = key_store.get(db, rotation["old_key_id"])
        if signer is not None and signer["status"] == "revoked":  # a revoked key cannot vouch for a new one
            raise BundleRefused(
                "revoked_key", f"key {kid} was rotated from the revoked key {rotation['old_key_id']}", fingerprint=fp
            )
    current = key_store.trusted_for(db, unit)
    if current is None:
        if unit == own_unit:
            raise BundleRefused(
                "wrong_key",
                f"bundle claims this installation's unit {unit} with key {kid}",
                unit=name,
                fingerprint=fp,
            )
        if not trust:
            raise BundleRefused(
                "unknown_key", f"no trusted key for {unit}; bundle key {kid}", unit=name, fingerprint=fp
            )
        return KeyDecision("trust_new", fp)
    if (
        rotation
        and rotation["old_key_id"] == current["key_id"]
        and rotation["old_public_key"] == current["public_key"]
        and crypto.verify(
            current["public_key"],
            bytes.fromhex(rotation["signature"]),
            rotation_statement(unit, kid, manifest.public_key),
        )
    ):
        return KeyDecision("rotate", fp, f"{current['key_id']} -> {kid}")
    raise BundleRefused(
        "wrong_key",
        f"{unit} is trusted with key {current['key_id']}, bundle signed by {kid}",
        unit=name,
        fingerprint=fp,
    )


def apply_decision(db: Store, manifest: Manifest, decision: KeyDecision, source: str) -> None:
    """Inside the import transaction: record a newly trusted or rotated key."""
    enc = str(manifest["sender"].get("encryption_key") or "")
    if decision.action == "trust_new":
        key_store.trust(db, manifest.key_id, manifest.sender_unit, manifest.public_key, _now(), source, enc)
    elif decision.action == "rotate":
        rotation = manifest["key_rotation"]
        key_store.retire(db, rotation["old_key_id"], manifest.key_id)
        key_store.trust(
            db,
            manifest.key_id,
            manifest.sender_unit,
            manifest.public_key,
            _now(),
            f"rotation from {rotation['old_key_id']}",
            enc,
            rotated_from=rotation["old_key_id"],
        )
    elif decision.action == "known" and enc:
        key_store.set_encryption_key(db, manifest.key_id, enc)


def apply_revocations(db: Store, rows: list[dict[str, Any]], source: str) -> int:
    """Revocations sent down by this installation's aggregator (``data/keys.ndjson``), already
    cleared by ``policy``; each reaches its key's whole rotation chain. Returns the keys revoked."""
    count = 0
    for row in rows:
        if row.get("status") == "revoked":
            count += revoke_chain(db, row["key_id"], row.get("unit_code", ""), row.get("public_key", ""), source)
    return count


def revoke_chain(db: Store, key_id: str, unit_code: str = "", public_key: str = "", source: str = "") -> int:
    """Revoke a key and every key its rotation statements link it to (``storage.keys.rotation_chain``)."""
    when = _now()
    key_store.revoke(db, key_id, when, unit_code, public_key, source)
    chain = key_store.rotation_chain(db, key_id)
    for linked in chain:
        if linked != key_id:
            key_store.revoke(db, linked, when, source=source)
    return len(chain)


# --- commands: list, show, trust, revoke, rotate --------------------------------------------------


def list_keys(store: Store) -> list[dict[str, Any]]:
    return [dict(row, fingerprint=crypto.fingerprint(row["key_id"])) for row in key_store.list_all(store)]


def show_own(ctx: ExchangeContext) -> dict[str, Any]:
    ident = identity(ctx)
    return {
        "unit_code": ident.unit_code,
        "unit_name": ident.unit_name,
        "role": ident.role,
        "key_id": ident.key_id,
        "fingerprint": crypto.fingerprint(ident.key_id),
        "public_key": ident.public_key,
        "encryption_key": ident.encryption_key,
    }


KEYFILE_FORMAT = "sotay-key"


def _keyfile_statement(body: dict[str, Any]) -> bytes:
    return orjson.dumps({k: body[k] for k in sorted(body) if k != "signature"})


def export_keyfile(ctx: ExchangeContext, path: Path) -> dict[str, Any]:
    """Write this installation's public keys, self-signed, for units that will encrypt to it."""
    ident = identity(ctx)
    body = {
        "format": KEYFILE_FORMAT,
        "unit_code": ident.unit_code,
        "unit_name": ident.unit_name,
        "key_id": ident.key_id,
        "public_key": ident.public_key,
        "encryption_key": ident.encryption_key,
    }
    body["signature"] = ident.sign(_keyfile_statement(body)).hex()
    path.write_bytes(orjson.dumps(body, option=orjson.OPT_INDENT_2))
    return body


def read_keyfile(path: Path) -> dict[str, Any]:
    try:
        data = path.read_bytes()
        if len(data) > 16_384:
            raise ValueError("too large")
        body = orjson.loads(data)
        ok = (
            isinstance(body, dict)
            and body.get("format") == KEYFILE_FORMAT
            and all(
                isinstance(body.get(k), str)
                for k in ("unit_code", "key_id", "public_key", "encryption_key", "signature")
            )
            and crypto.key_id(bytes.fromhex(body["public_key"])) == body["key_id"]
            and len(bytes.fromhex(body["encryption_key"])) == 32
            and crypto.verify(body["public_key"], bytes.fromhex(body["signature"]), _keyfile_statement(body))
        )
    except (OSError, ValueError, orjson.JSONDecodeError) as exc:
        raise BundleRefused("bad_keyfile", f"{path}: {exc}", path=str(path)) from exc
    if not ok:
        raise BundleRefused("bad_keyfile", f"{path}: not a signed sotay key file", path=str(path))
    return body  # type: ignore[no-any-return]


def encryption_target(store: Store, target: str) -> tuple[str, str]:
    """(unit code, X25519 public hex) from a key file, or from the pinned key of a unit code."""
    path = Path(target)
    if path.is_file():
        body = read_keyfile(path)
        pinned = key_store.trusted_for(store, body["unit_code"])
        if pinned is not None and pinned["key_id"] != body["key_id"]:
            raise BundleRefused(
                "wrong_key",
                f"key file {body['key_id']} differs from pinned {pinned['key_id']}",
                unit=body["unit_code"],
                fingerprint=crypto.fingerprint(body["key_id"]),
            )
        return body["unit_code"], body["encryption_key"]
    pinned = key_store.trusted_for(store, target)
    if pinned is None or not pinned["encryption_key"]:
        raise BundleRefused("bad_keyfile", f"{target} is neither a key file nor a unit with a known key", path=target)
    return target, str(pinned["encryption_key"])


def trust_key(
    db: Store, unit_code: str, key_id: str, public_key: str, encryption_key: str = "", source: str = "manual"
) -> dict[str, Any]:
    if crypto.key_id(bytes.fromhex(public_key)) != key_id:
        raise BundleRefused("bad_keyfile", "key id does not match the public key", path=key_id)
    known = key_store.get(db, key_id)
    if known is not None and known["status"] == "revoked":
        raise BundleRefused("revoked_key", f"key {key_id} is revoked", fingerprint=crypto.fingerprint(key_id))
    with db.atomic():
        current = key_store.trusted_for(db, unit_code)
        if current is not None and current["key_id"] != key_id:
            key_store.retire(db, current["key_id"], key_id)
        key_store.trust(db, key_id, unit_code, public_key, _now(), source, encryption_key)
    return dict(key_store.get(db, key_id) or {}, fingerprint=crypto.fingerprint(key_id))


def revoke_key(db: Store, ref: str) -> dict[str, Any]:
    matches = [k for k in key_store.find(db, ref) if k["status"] != "revoked"]
    if len(matches) != 1:
        raise BundleRefused("unknown_key", f"{len(matches)} keys match {ref!r}", unit=ref, fingerprint=ref)
    key = matches[0]
    with db.atomic():
        revoke_chain(db, key["key_id"], source="manual")
    return dict(key_store.get(db, key["key_id"]) or {}, fingerprint=crypto.fingerprint(key["key_id"]))


def rotate_own_key(ctx: ExchangeContext) -> dict[str, Any]:
    """A new signing key. The old key signs the rotation statement once, here; every later bundle
    carries that statement, and the old private key is not kept (a key the aggregator revoked must
    not go on signing). Returns the new identity (as ``show_own``): the caller forgets any
    installation it has cached."""
    db = ctx.store
    inst = ctx.installation
    old = signing_key(db)
    new = crypto.new_key_material("ed25519")
    rotation = {
        "old_key_id": inst.key_id,
        "old_public_key": inst.public_key.hex(),
        "signature": old.sign(rotation_statement(inst.unit_code, new.key_id, new.public_hex)).hex(),
    }
    with key_store.secure_delete(db), db.atomic():  # the old key's bytes are overwritten, not left behind
        settings.put(db, "private_key", new.private_pem)
        settings.put(db, "public_key", new.public_hex)
        settings.put(db, "key_id", new.key_id)
        settings.put(db, ROTATION_SETTING, rotation)
    rotated = dataclasses.replace(inst, key_id=new.key_id, public_key=bytes.fromhex(new.public_hex))
    return show_own(dataclasses.replace(ctx, installation=rotated))


def revocation_rows(db: Store) -> list[dict[str, Any]]:
    return [
        {
            "key_id": r["key_id"],
            "unit_code": r["unit_code"],
            "public_key": r["public_key"],
            "status": "revoked",
            "revoked_at": r["revoked_at"],
        }
        for r in key_store.revoked(db)
    ]
