"""Signatures and optional encryption of bundles.

* Signing: Ed25519 over the exact bytes of ``manifest.json``; the key id is the first 16 hex digits
  of sha256(raw public key).
* Encryption wraps the whole bundle file (docs/exchange-format.md, "Encrypted wrapper"):
  ``SOTAYENC`` + version byte + big-endian u32 header length + JSON header + AES-256-GCM
  ciphertext (the first bytes up to the end of the header are the associated data).
  - to a passphrase: scrypt(n=2^15, r=8, p=1) derives the AES key;
  - to a unit: a separate X25519 key pair of the receiver (not derived from its Ed25519 key, so
    the signing key never doubles as an encryption key); an ephemeral X25519 exchange and
    HKDF-SHA256 derive the AES key. The receiver publishes its X25519 public key in packs and key
    files, signed by its Ed25519 key.
"""

from __future__ import annotations

import hashlib
import os
import struct
from dataclasses import dataclass
from typing import Literal

import orjson
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from .errors import BundleRefused

MAGIC = b"SOTAYENC"
WRAP_VERSION = 1
MAX_HEADER = 4096
ALG_PASSPHRASE = "scrypt-aes256gcm"
ALG_X25519 = "x25519-hkdf-sha256-aes256gcm"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
MAX_SCRYPT_N = 2**17  # a hostile header must not make us spend gigabytes of memory
HKDF_INFO = b"sotay-bundle-v1"


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def fingerprint(kid: str) -> str:
    """Readable over the phone: four groups of four hex digits."""
    return " ".join(kid[i : i + 4] for i in range(0, 16, 4)).upper()


# --- signing -------------------------------------------------------------------------------------


def new_signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


@dataclass(frozen=True)
class KeyMaterial:
    """A new key pair as an installation stores it: its id, raw public key (hex), private key (PEM)."""

    key_id: str
    public_hex: str
    private_pem: str


def new_key_material(kind: Literal["ed25519", "x25519"]) -> KeyMaterial:
    """The one place an installation's keys are made: the Ed25519 signing key (at ``init`` and at a
    rotation) and the X25519 encryption key (on first need)."""
    key: Ed25519PrivateKey | X25519PrivateKey = (
        Ed25519PrivateKey.generate() if kind == "ed25519" else X25519PrivateKey.generate()
    )
    raw = public_raw(key)
    return KeyMaterial(key_id(raw), raw.hex(), private_pem(key))


def load_private_pem(pem: str | bytes) -> Ed25519PrivateKey:
    key = serialization.load_pem_private_key(pem.encode() if isinstance(pem, str) else pem, None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("not an Ed25519 private key")
    return key


def private_pem(key: Ed25519PrivateKey | X25519PrivateKey) -> str:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()


def public_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def verify(public_hex: str, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


# --- encryption ----------------------------------------------------------------------------------


def is_encrypted(head: bytes) -> bool:
    return head[: len(MAGIC)] == MAGIC


def _wrap(header: dict[str, object], key: bytes, plain: bytes) -> bytes:
    head = orjson.dumps(header)
    prefix = MAGIC + bytes([WRAP_VERSION]) + struct.pack(">I", len(head)) + head
    nonce = bytes.fromhex(str(header["nonce"]))
    return prefix + AESGCM(key).encrypt(nonce, plain, prefix)


def _scrypt(passphrase: bytes, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase)


def encrypt_passphrase(plain: bytes, passphrase: str) -> bytes:
    salt, nonce = os.urandom(16), os.urandom(12)
    key = _scrypt(passphrase.encode(), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    header = {
        "alg": ALG_PASSPHRASE,
        "salt": salt.hex(),
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "nonce": nonce.hex(),
    }
    return _wrap(header, key, plain)


def _hkdf(shared: bytes, salt: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=HKDF_INFO).derive(shared)


def encrypt_to(plain: bytes, recipient_public_hex: str) -> bytes:
    recipient = bytes.fromhex(recipient_public_hex)
    eph = X25519PrivateKey.generate()
    epk = public_raw(eph)
    shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient))
    nonce = os.urandom(12)
    header: dict[str, object] = {"alg": ALG_X25519, "key_id": key_id(recipient), "epk": epk.hex(), "nonce": nonce.hex()}
    return _wrap(header, _hkdf(shared, epk + recipient), plain)


def read_header(data: bytes) -> tuple[dict[str, object], int]:
    """The wrapper header and the offset of the ciphertext; refuses anything malformed."""
    if len(data) < len(MAGIC) + 5:
        raise BundleRefused("damaged", "encrypted wrapper is truncated")
    version = data[len(MAGIC)]
    if version != WRAP_VERSION:
        raise BundleRefused("newer_version", f"encrypted wrapper version {version}", version=version)
    (length,) = struct.unpack(">I", data[len(MAGIC) + 1 : len(MAGIC) + 5])
    start = len(MAGIC) + 5
    if length > MAX_HEADER or start + length > len(data):
        raise BundleRefused("damaged", f"wrapper header length {length}")
    try:
        header = orjson.loads(data[start : start + length])
    except orjson.JSONDecodeError as exc:
        raise BundleRefused("damaged", f"wrapper header: {exc}") from exc
    if not isinstance(header, dict) or not isinstance(header.get("nonce"), str):
        raise BundleRefused("damaged", "wrapper header is not an object with a nonce")
    return header, start + length


def _hex(header: dict[str, object], name: str, size: int) -> bytes:
    value = header.get(name)
    try:
        raw = bytes.fromhex(value) if isinstance(value, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != size:
        raise BundleRefused("damaged", f"wrapper header field {name} is not {size} bytes of hex")
    return raw


def decrypt(
    data: bytes, passphrase: str | None = None, x25519_keys: dict[str, X25519PrivateKey] | None = None
) -> bytes:
    """Open an encrypted wrapper with a passphrase or one of this installation's X25519 keys."""
    header, offset = read_header(data)
    prefix, body = data[:offset], data[offset:]
    nonce = _hex(header, "nonce", 12)
    alg = header.get("alg")
    if alg == ALG_PASSPHRASE:
        salt = _hex(header, "salt", 16)
        n, r, p = header.get("n"), header.get("r"), header.get("p")
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)) or not (
            2 <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= 16 and 1 <= p <= 4  # type: ignore[operator]
        ):
            raise BundleRefused("damaged", f"scrypt parameters out of range: n={n} r={r} p={p}")
        if passphrase is None:
            raise BundleRefused("need_passphrase", "bundle is encrypted with a passphrase")
        key = _scrypt(passphrase.encode(), salt, n, r, p)  # type: ignore[arg-type]
    elif alg == ALG_X25519:
        kid = header.get("key_id")
        private = (x25519_keys or {}).get(kid if isinstance(kid, str) else "")
        if private is None:
            raise BundleRefused("not_for_this_key", f"encrypted to X25519 key {kid!r}", key_id=kid)
        epk = _hex(header, "epk", 32)
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(epk))
        except ValueError as exc:
            raise BundleRefused("damaged", f"ephemeral key: {exc}") from exc
        key = _hkdf(shared, epk + public_raw(private))
    else:
        raise BundleRefused("newer_version", f"unknown encryption {alg!r}", version=str(alg)[:40])
    try:
        return AESGCM(key).decrypt(nonce, body, prefix)
    except InvalidTag as exc:
        if alg == ALG_PASSPHRASE:
            raise BundleRefused("wrong_passphrase", "AES-GCM tag mismatch") from exc
        raise BundleRefused("damaged", "AES-GCM tag mismatch") from exc
