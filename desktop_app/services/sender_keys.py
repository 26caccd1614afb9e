"""Sender keys waiting for the user's phone check, as the window's senders table and the command
line's ``--trust-list`` both see them: who offers which key (official name, the name the file
writes when it differs, fingerprint, files), the fingerprint sheet read over the phone, and the
checked list read back. See docs/exchange-format.md §8."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..exchange import BundleRefused, FileOutcome, container
from ..exchange import keys as exchange_keys
from ..exchange.crypto import fingerprint
from ..storage import units
from ..storage.store import Store

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey


@dataclass(frozen=True)
class SenderKey:
    """Who offers which key in a file given to “trust this key”: a bundle or a key file."""

    source: str  # bundle | keyfile
    unit_code: str
    key_id: str
    public_key: str
    encryption_key: str
    kind: str | None = None  # the bundle's kind (log, snapshot, pack, receipt, keys); None for a key file
    claimed_name: str = ""  # the unit name the file writes (never trusted: the unit list names units)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.key_id)


@dataclass(frozen=True)
class WaitingSender:
    """A sender key a batch's files wait on until the user checks its fingerprint by phone: a new
    sender, or (``old_fingerprint`` set) a unit whose trusted key changed, e.g. a reinstalled laptop."""

    unit_code: str
    unit_name: str  # the official name from the unit list, never the one the file writes
    claimed_name: str  # the name the file writes, only when it differs from the official one
    fingerprint: str
    files: tuple[str, ...]  # paths
    old_fingerprint: str = ""

    @property
    def changed(self) -> bool:
        return bool(self.old_fingerprint)


def read_sender_key(path: Path) -> SenderKey:
    """What a file given to “trust this key” offers: a key file (JSON, self-signed) or a bundle
    (its manifest's signed sender). Refuses a file that is neither, with the reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BundleRefused("io_error", str(exc), path=str(path), error=exc.strerror or str(exc)) from exc
    if data[:1] == b"{":
        body = exchange_keys.read_keyfile(path)
        return SenderKey(
            "keyfile",
            body["unit_code"],
            body["key_id"],
            body["public_key"],
            str(body["encryption_key"]),
            claimed_name=str(body.get("unit_name") or ""),
        )
    container.check_size(len(data))
    m = container.open_bundle(data).manifest
    encryption = str(m["sender"].get("encryption_key") or "")
    return SenderKey("bundle", m.sender_unit, m.key_id, m.public_key, encryption, m.kind, m.sender_name)


def offered_key(path: Path) -> SenderKey | None:
    """The key a bundle offers, or None when the file cannot say without a passphrase or at all."""
    try:
        return read_sender_key(path)
    except BundleRefused:
        return None


def waiting_senders(db: Store, outcomes: Iterable[FileOutcome]) -> list[WaitingSender]:
    """The sender keys a previewed batch waits on, one entry per unit and key, in the order the
    files came: new senders, and units whose trusted key changed (a key of another unit or a
    revoked one is refused for good and not offered)."""
    keys = exchange_keys.list_keys(db)
    known = {k["key_id"] for k in keys}
    trusted = {k["unit_code"]: k["fingerprint"] for k in keys if k["status"] == "trusted"}
    found: dict[tuple[str, str], WaitingSender] = {}
    for o in outcomes:
        if o.status != "refused" or o.reason not in ("unknown_key", "wrong_key") or not o.sender_unit:
            continue
        offered = offered_key(Path(o.path))
        old = ""
        if o.reason == "wrong_key":
            if offered is None or offered.key_id in known or offered.unit_code not in trusted:
                continue
            old = trusted[offered.unit_code]
        fp = offered.fingerprint if offered is not None else o.fingerprint or ""
        entry = found.get((o.sender_unit, fp))
        if entry is None:
            official = units.find(db, o.sender_unit)
            name = official.name if official is not None else o.sender_name or o.sender_unit
            claimed = offered.claimed_name if offered is not None and official is not None else ""
            entry = WaitingSender(o.sender_unit, name, "" if claimed == name else claimed, fp, (), old)
        found[(o.sender_unit, fp)] = dataclasses.replace(entry, files=(*entry.files, o.path))
    return list(found.values())


def fingerprint_sheet(senders: Iterable[WaitingSender]) -> str:
    """The list an officer reads over the phone, one sender a line: code, fingerprint, then the unit
    after “#”. The same text, once checked, is a trust list (``read_trust_list``, ``--trust-list``)."""
    lines = ["# Mã đơn vị  Dấu vân tay khóa  # Đơn vị"]
    for s in senders:
        name = s.unit_name + (f" (tên trong tệp: {s.claimed_name})" if s.claimed_name else "")
        lines.append(f"{s.unit_code}  {s.fingerprint}  # {name}")
    return "\n".join(lines) + "\n"


def read_trust_list(path: Path) -> dict[str, str]:
    """A fingerprint list the user checked: lines “CODE FINGERPRINT” (the fingerprint's spaces and
    case do not matter; “#” starts a comment). Refuses an unreadable file or line, naming it."""
    from ..core.errors import ValidationError

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BundleRefused("io_error", str(exc), path=str(path), error=str(exc)) from exc
    listed: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        fp = bare("".join(words[1:]))
        if len(fp) != 16 or any(c not in "0123456789ABCDEF" for c in fp):
            raise ValidationError(
                f"Dòng {number} của danh sách dấu vân tay {path.name} không đọc được: cần “MÃ_ĐƠN_VỊ DẤU_VÂN_TAY” "
                "(dấu vân tay gồm 16 chữ số và chữ A–F).",
                f"trust list {path} line {number}: expected CODE FINGERPRINT, got {line.strip()[:80]!r}",
                field="trust_list",
            )
        listed[words[0]] = fp
    return listed


def bare(fp: str) -> str:
    """A fingerprint as compared: no spaces, upper case."""
    return "".join(fp.split()).upper()


def signed_by(path: Path, passphrase: str | None, x25519: dict[str, X25519PrivateKey]) -> tuple[str, str] | None:
    """The unit and key whose signature the file carries; None when it cannot say (its import says why)."""
    try:
        if path.stat().st_size > container.MAX_FILE:
            return None
        data = path.read_bytes()
    except OSError:
        return None
    found = container.signed_sender(data, passphrase=passphrase, x25519_keys=x25519)
    return (found[0], found[1]) if found is not None else None
