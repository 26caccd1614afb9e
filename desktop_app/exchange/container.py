"""The bundle container: one ZIP, written deterministically, read as if it were hostile.

Reading checks, in this order, before any record is parsed (docs/architecture.md, Hostile files):
the file size, the encrypted wrapper (opened if present), the ZIP directory (member count,
allow-listed names, no duplicates, no encrypted or exotic members, declared sizes, total size and
compression ratio), the manifest (format and reader version), the Ed25519 signature over
``manifest.json``, that the members present are exactly the members listed, and each member's size
and sha256 while it is decompressed with a hard ceiling. Nothing is ever extracted to disk under its
own name.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

import orjson
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from ..core.attachments import ZIP_ERRORS
from . import crypto
from .errors import BundleRefused, human_size
from .manifest import FORMAT, Manifest, check_manifest, check_versions, rotation_statement

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
MAX_FILE = 256 * 1024 * 1024  # a bundle file, as received
MAX_MEMBERS = 20_000
MAX_MEMBER = 512 * 1024 * 1024  # one decompressed member
MAX_TOTAL = 1024 * 1024 * 1024  # all decompressed members
MAX_MANIFEST = 8 * 1024 * 1024
MAX_RATIO = 200  # decompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 1024 * 1024
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

_ALLOWED = re.compile(r"^(manifest\.json|manifest\.sig|data/[a-z][a-z0-9_]{0,39}\.ndjson|blobs/[0-9a-f]{64})\Z")


@dataclass
class OpenedBundle:
    manifest: Manifest
    manifest_bytes: bytes
    members: dict[str, bytes] = field(default_factory=dict)
    file_sha256: str = ""
    encrypted: bool = False

    def data(self, table: str) -> bytes:
        return self.members.get(f"data/{table}.ndjson", b"")


def write_bundle(
    manifest: dict[str, object], members: dict[str, tuple[bytes, int]], sign: Callable[[bytes], bytes]
) -> bytes:
    """ZIP bytes holding ``members`` (name -> (content, record count)) and a signed manifest.

    ``manifest`` gets its ``members`` list filled here; ``sign`` returns an Ed25519 signature.
    """
    listing = []
    for name in sorted(members):
        if not _ALLOWED.fullmatch(name) or name in (MANIFEST, SIGNATURE):
            raise ValueError(f"member name {name!r} is not allowed")
        content, records = members[name]
        listing.append(
            {"name": name, "sha256": hashlib.sha256(content).hexdigest(), "size": len(content), "records": records}
        )
    manifest = dict(manifest, format=FORMAT, members=listing)
    manifest_bytes = orjson.dumps(manifest, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
    signature = sign(manifest_bytes)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, content in [(MANIFEST, manifest_bytes), (SIGNATURE, signature.hex().encode() + b"\n")]:
            zf.writestr(zipfile.ZipInfo(name, ZIP_DATE), content, compress_type=zipfile.ZIP_DEFLATED)
        for name in sorted(members):
            content = members[name][0]
            method = zipfile.ZIP_STORED if name.startswith("blobs/") else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, ZIP_DATE)
            zf.writestr(info, content, compress_type=method)
    return out.getvalue()


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, ceiling: int) -> bytes:
    """Decompress one member, never past ``ceiling`` bytes, whatever its header claims."""
    limit = min(info.file_size, ceiling)
    try:
        with zf.open(info) as handle:
            content = handle.read(limit + 1)
    except ZIP_ERRORS as exc:
        raise BundleRefused("damaged", f"{info.filename}: {type(exc).__name__}: {exc}") from exc
    if len(content) > limit:
        raise BundleRefused("bomb", f"{info.filename} decompresses past {limit} bytes")
    if len(content) != info.file_size:
        raise BundleRefused("damaged", f"{info.filename}: {len(content)} bytes, header says {info.file_size}")
    return content


def check_size(size: int) -> None:
    if size == 0:
        raise BundleRefused("empty", "file is empty")
    if size > MAX_FILE:
        raise BundleRefused(
            "too_large", f"file is {size} bytes, limit {MAX_FILE}", size=human_size(size), limit=human_size(MAX_FILE)
        )


def open_bundle(
    data: bytes,
    *,
    passphrase: str | None = None,
    x25519_keys: dict[str, X25519PrivateKey] | None = None,
    verify_signature: bool = True,
) -> OpenedBundle:
    """Verify and open a bundle file's bytes; raises :class:`BundleRefused` with the reason."""
    check_size(len(data))
    file_sha256 = hashlib.sha256(data).hexdigest()
    encrypted = crypto.is_encrypted(data)
    if encrypted:
        data = crypto.decrypt(data, passphrase, x25519_keys)
        check_size(len(data))
    if data[:4] != b"PK\x03\x04":
        raise BundleRefused("not_bundle", "file does not start with a ZIP local header")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except ZIP_ERRORS as exc:
        raise BundleRefused("damaged", f"{type(exc).__name__}: {exc}") from exc
    with zf:
        by_name = _check_directory(infos)
        if MANIFEST not in by_name or SIGNATURE not in by_name:
            raise BundleRefused("not_bundle", "no manifest.json or manifest.sig")
        manifest_bytes = _read_member(zf, by_name[MANIFEST], MAX_MANIFEST)
        try:
            raw = orjson.loads(manifest_bytes)
        except orjson.JSONDecodeError as exc:
            raise BundleRefused("damaged", f"manifest.json: {exc}") from exc
        check_versions(raw)
        manifest = check_manifest(raw)
        signature_text = _read_member(zf, by_name[SIGNATURE], 1024).strip()
        if verify_signature:
            try:
                signature = bytes.fromhex(signature_text.decode("ascii"))
            except (UnicodeDecodeError, ValueError) as exc:
                raise BundleRefused("bad_signature", "manifest.sig is not hex") from exc
            if crypto.key_id(bytes.fromhex(manifest.public_key)) != manifest.key_id:
                raise BundleRefused("bad_signature", "key_id does not match the public key")
            if not crypto.verify(manifest.public_key, signature, manifest_bytes):
                raise BundleRefused("bad_signature", "Ed25519 signature over manifest.json fails")
        listed = manifest.members
        for name in by_name:
            if name not in (MANIFEST, SIGNATURE) and name not in listed:
                raise BundleRefused("unlisted_member", f"{name} is not in the manifest", name=name)
        opened = OpenedBundle(manifest, manifest_bytes, file_sha256=file_sha256, encrypted=encrypted)
        for name, member in listed.items():
            info = by_name.get(name)
            if info is None:
                raise BundleRefused("missing_member", f"{name} is listed but absent", name=name)
            if info.file_size != member.size:
                raise BundleRefused("hash_mismatch", f"{name}: size {info.file_size} != {member.size}", name=name)
            content = _read_member(zf, info, MAX_MEMBER)
            if hashlib.sha256(content).hexdigest() != member.sha256:
                raise BundleRefused("hash_mismatch", f"{name}: sha256 differs from the manifest", name=name)
            if name.startswith("blobs/") and hashlib.sha256(content).hexdigest() != name[6:]:
                raise BundleRefused("hash_mismatch", f"{name}: content is not named by its hash", name=name)
            opened.members[name] = content
    return opened


def _check_directory(infos: list[zipfile.ZipInfo]) -> dict[str, zipfile.ZipInfo]:
    if len(infos) > MAX_MEMBERS:
        raise BundleRefused("bomb", f"{len(infos)} members, limit {MAX_MEMBERS}")
    by_name: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = info.filename
        if not _ALLOWED.fullmatch(name):
            raise BundleRefused("unsafe_member", f"member name {name[:80]!r} is not allowed", name=name[:80])
        if name in by_name:
            raise BundleRefused("duplicate_member", f"{name} appears twice", name=name)
        if info.flag_bits & 0x1:
            raise BundleRefused("unsafe_member", f"{name} is ZIP-encrypted", name=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleRefused("unsafe_member", f"{name} uses method {info.compress_type}", name=name)
        if info.file_size > MAX_MEMBER:
            raise BundleRefused("bomb", f"{name} declares {info.file_size} bytes")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleRefused("bomb", f"{name}: ratio {info.file_size / max(info.compress_size, 1):.0f}:1")
        total += info.file_size
        if total > MAX_TOTAL:
            raise BundleRefused("bomb", f"members total more than {MAX_TOTAL} bytes")
        by_name[name] = info
    return by_name


# what makes a file unreadable before it is opened for real (the import then names the problem)
_UNREADABLE: tuple[type[BaseException], ...] = (BundleRefused, orjson.JSONDecodeError, *ZIP_ERRORS)


def signed_sender(
    data: bytes, *, passphrase: str | None = None, x25519_keys: dict[str, X25519PrivateKey] | None = None
) -> tuple[str, str, str | None] | None:
    """(sender unit, key id, the key id it rotated from) of a bundle whose manifest signature (and
    rotation statement) verify, reading the manifest only; None when the file cannot say (its import
    then refuses it with the reason). Lets an import see every key a batch offers before trusting one."""
    try:
        if crypto.is_encrypted(data):
            data = crypto.decrypt(data, passphrase, x25519_keys)
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            by_name = _check_directory(zf.infolist())
            manifest_bytes = _read_member(zf, by_name[MANIFEST], MAX_MANIFEST)
            signature = bytes.fromhex(_read_member(zf, by_name[SIGNATURE], 1024).strip().decode("ascii"))
        raw = orjson.loads(manifest_bytes)
        check_versions(raw)
        m = check_manifest(raw)
    except _UNREADABLE:
        return None
    if crypto.key_id(bytes.fromhex(m.public_key)) != m.key_id or not crypto.verify(
        m.public_key, signature, manifest_bytes
    ):
        return None
    rotation = m.get("key_rotation")
    rotated_from = None
    if (
        rotation
        and crypto.key_id(bytes.fromhex(rotation["old_public_key"])) == rotation["old_key_id"]
        and crypto.verify(
            rotation["old_public_key"],
            bytes.fromhex(rotation["signature"]),
            rotation_statement(m.sender_unit, m.key_id, m.public_key),
        )
    ):
        rotated_from = rotation["old_key_id"]
    return m.sender_unit, m.key_id, rotated_from
