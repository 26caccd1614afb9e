"""Bundles written the way another program would, from docs/exchange-format.md alone and a real key:
manifest (§2), NDJSON members (§3), Ed25519 signature (§1), ZIP. Nothing of the app's writer is used,
so the tests see exactly what a hostile sender holding a commune's key could produce."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import itertools
import json
import uuid
import zipfile
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

# An hour before the run: versions and stamps stay in the receiver's past whatever the machine's date.
BASE = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
BASE_MS = int(BASE.timestamp() * 1000)
BASE_STAMP = BASE.strftime("%Y-%m-%dT%H:%M:%S.000Z")
_counter = itertools.count(1)
_files = itertools.count(1)


def version(node: str = "forger", ms: int = BASE_MS) -> str:
    """A version (§2): 15 digits of milliseconds, 5 of counter, the writer's node."""
    return f"{ms:015d}-{next(_counter) % 100_000:05d}-{node}"


def public_hex(key: Ed25519PrivateKey) -> str:
    return key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def key_id(key: Ed25519PrivateKey) -> str:
    return hashlib.sha256(bytes.fromhex(public_hex(key))).hexdigest()[:16]


def forge(
    folder: Path,
    key: Ed25519PrivateKey,
    unit: str,
    tables: dict[str, list[dict[str, Any]]] | None = None,
    *,
    kind: str = "log",
    role: str = "commune",
    receiver: str = "*",
    bundle_id: str | None = None,
    name: str = "Đơn vị gửi",
    **manifest: Any,
) -> Path:
    """Write one signed bundle; ``manifest`` overrides or adds manifest fields."""
    members: dict[str, bytes] = {}
    versions: list[str] = []
    for table, rows in (tables or {}).items():
        members[f"data/{table}.ndjson"] = b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n" for r in rows)
        versions += [r["hlc"] for r in rows if "hlc" in r]
    raw: dict[str, Any] = {
        "format": "sotay-bundle",
        "format_version": 1,
        "min_reader_version": 1,
        "schema_version": 4,
        "bundle_id": bundle_id or str(uuid.uuid4()),
        "previous_bundle_id": None,
        "previous_created_at": None,
        "seq": 1,
        "kind": kind,
        "sender": {
            "unit_code": unit,
            "unit_name": name,
            "role": role,
            "key_id": key_id(key),
            "public_key": public_hex(key),
        },
        "receiver": receiver,
        "hlc_min": min(versions) if versions else None,
        "hlc_max": max(versions) if versions else None,
        "sender_clock": max(versions) if versions else None,
        "created_at": BASE_STAMP,
        "app_version": "0.1.0",
        "redaction": "contacts_removed",
        "members": [
            {
                "name": n,
                "sha256": hashlib.sha256(d).hexdigest(),
                "size": len(d),
                "records": sum(1 for line in d.split(b"\n") if line.strip()),
            }
            for n, d in members.items()
        ],
    }
    raw.update(manifest)
    manifest_bytes = json.dumps(raw, ensure_ascii=False, sort_keys=True, indent=2).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        entries = [("manifest.json", manifest_bytes), ("manifest.sig", key.sign(manifest_bytes).hex().encode() + b"\n")]
        for member, data in entries + list(members.items()):
            zf.writestr(zipfile.ZipInfo(member, (1980, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{unit.strip()}_{kind}_{next(_files)}.sotay"
    path.write_bytes(out.getvalue())
    return path


def talk(owner: str, unit_code: str | None = None, **fields: Any) -> dict[str, Any]:
    """A talk row (§3) of ``owner`` held in ``unit_code``."""
    row = {
        "id": str(uuid.uuid4()),
        "owner_unit": owner,
        "hlc": version(),
        "deleted": False,
        "held_on": "2026-11-10",
        "start_time": "19:00",
        "duration_min": 60,
        "place": "Nhà văn hóa ấp 2",
        "unit_code": unit_code or owner,
        "format": "meeting",
        "topics": ["chuyen doi so"],
        "document_ids": [],
        "group_ids": [],
        "presenters": "Nguyễn Văn Hùng",
        "attendance": 900,
        "online_views": 0,
        "online_likes": 0,
        "online_shares": 0,
        "online_comments": 0,
        "online_points": 0,
        "questions_text": "",
        "question_themes": [],
        "questions_count": 0,
        "follow_up_text": "",
        "follow_up_due": None,
        "follow_up_status": "none",
        "notes": "Buổi nói chuyện",
    }
    row.update(fields)
    return row


def group(owner: str, unit_code: str | None = None, **fields: Any) -> dict[str, Any]:
    row = {
        "id": str(uuid.uuid4()),
        "owner_unit": owner,
        "hlc": version(),
        "deleted": False,
        "name": "Chi hội Nông dân ấp 4",
        "kind": "mass_organisation",
        "unit_code": unit_code or owner,
        "size": 5000,
        "channel_url": "",
        "contact_name": "",
        "contact_phone": "",
        "contact_consent": False,
        "consent_date": None,
        "notes": "",
        "active": True,
    }
    row.update(fields)
    return row


def unit(owner: str, parent: str, province: str | None, **fields: Any) -> dict[str, Any]:
    """A custom unit (§3: ``code`` and ``id`` are UUIDs)."""
    code = str(uuid.uuid4())
    row = {
        "code": code,
        "owner_unit": owner,
        "hlc": version(),
        "deleted": False,
        "id": code,
        "name": "Ấp Tân Mỹ 9",
        "kind": "hamlet",
        "parent_code": parent,
        "province_code": province,
    }
    row.update(fields)
    return row


def topic(owner: str, topic_id: str, name: str, deleted: bool = False) -> dict[str, Any]:
    return {"id": topic_id, "owner_unit": owner, "hlc": version(), "deleted": deleted, "name": name}


def document(owner: str, **fields: Any) -> dict[str, Any]:
    row = {
        "id": str(uuid.uuid4()),
        "owner_unit": owner,
        "hlc": version(),
        "deleted": False,
        "title": "Chỉ thị khẩn",
        "issuer": "Ban Tuyên giáo và Dân vận",
        "number": "99-CT/TU",
        "issued_on": "2026-11-19",
        "valid_until": None,
        "required": True,
        "priority": 100,
        "key_points": ["Nội dung giả"],
        "body": "Văn bản do xã tự đặt",
        "topics": [],
        "attachments": [],
    }
    row.update(fields)
    return row


def revocation(key: str, unit_code: str, public_key: str = "") -> dict[str, Any]:
    return {
        "key_id": key,
        "unit_code": unit_code,
        "public_key": public_key,
        "status": "revoked",
        "revoked_at": BASE_STAMP,
    }
