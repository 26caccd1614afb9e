"""The services the GUI and the command line share: every use case, over storage and core.

Nothing here knows Qt. Each method validates with ``core.validation`` before anything is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .core.clock import Clock
from .core.enums import FollowUpStatus, GroupKind, Role, TalkFormat, UnitKind
from .core.errors import NotFoundError, NotInitialisedError, StorageError, ValidationError
from .core.ids import uuid7
from .core.records import (
    Attachment,
    Document,
    Figures,
    Group,
    Installation,
    OnlineReach,
    SearchHit,
    Talk,
    Unit,
)
from .core.text import clean
from .storage import db as storage_db
from .storage import settings, units
from .storage.store import Store


class _Lazy:
    """A module imported on first use (the window's first paint needs none of these); the global
    name is then rebound to the module itself."""

    def __init__(self, global_name: str, module: str) -> None:
        self._global_name, self._module = global_name, module

    def __getattr__(self, attr: str) -> Any:
        import importlib

        module = importlib.import_module(self._module, __package__)
        globals()[self._global_name] = module
        return getattr(module, attr)


validation: Any = _Lazy("validation", ".core.validation")
overview: Any = _Lazy("overview", ".storage.overview")
repo: Any = _Lazy("repo", ".storage.records_repo")
search_repo: Any = _Lazy("search_repo", ".storage.search")


class Services:
    def __init__(self, db: Store, data_dir: Path, today: Callable[[], dt.date] = dt.date.today) -> None:
        self.db = db
        self.data_dir = data_dir
        self._today = today
        self._installation: Installation | None = None
        self._clock: Clock | None = None

    @classmethod
    def open(cls, data_dir: Path, today: Callable[[], dt.date] = dt.date.today) -> Services:
        return cls(storage_db.open_database(data_dir), data_dir, today)

    def close(self) -> None:
        self.db.close()

    # --- identity ---------------------------------------------------------------------------

    @property
    def today(self) -> dt.date:
        return self._today()

    @property
    def initialised(self) -> bool:
        return settings.get(self.db, "unit_code") is not None

    @property
    def installation(self) -> Installation:
        if self._installation is None:
            values = {k: settings.get(self.db, k) for k in
                      ("unit_code", "role", "display_name", "key_id", "public_key", "created_at")}
            if values["unit_code"] is None:
                raise NotInitialisedError(
                    "Máy này chưa được thiết lập. Chạy “sotay init --unit MÃ” hoặc mở ứng dụng để thiết lập.",
                    "run sotay init first")
            self._installation = Installation(
                unit_code=values["unit_code"], role=Role(values["role"]),
                display_name=values["display_name"] or "", key_id=values["key_id"],
                public_key=bytes.fromhex(values["public_key"]), created_at=values["created_at"])
        return self._installation

    def init(self, unit_code: str, role: Role = Role.COMMUNE, display_name: str = "") -> Installation:
        """Set up this installation: its unit, role, name and a new Ed25519 key pair."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        code = units.resolve_code(self.db, unit_code)
        unit = units.get(self.db, code)
        if role == Role.COMMUNE and unit.kind == UnitKind.PROVINCE:
            raise ValidationError("Đơn vị cấp tỉnh chỉ dùng vai trò “đơn vị tổng hợp” (--role aggregator).",
                                  "a province installation must be an aggregator", field="role")
        validation.check_length("name", display_name)
        if self.initialised:
            raise ValidationError(
                f"Máy này đã được thiết lập cho {units.get(self.db, settings.get(self.db, 'unit_code')).name}.",
                "already initialised; use another --data-dir", field="unit")
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
        settings.put_many(self.db, {
            "unit_code": code, "role": role.value, "display_name": clean(display_name),
            "key_id": hashlib.sha256(public).hexdigest()[:16], "public_key": public.hex(),
            "private_key": pem, "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        })
        self._installation = None
        return self.installation

    def private_key(self):
        from cryptography.hazmat.primitives import serialization

        return serialization.load_pem_private_key(settings.get(self.db, "private_key").encode(), None)

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            self._clock = Clock(self.installation.key_id[:8], settings.get(self.db, "clock"))
        return self._clock

    def next_version(self) -> str:
        version = self.clock.tick()
        settings.put(self.db, "clock", version)
        return version

    @property
    def limits(self) -> validation.Limits:
        return validation.Limits(**settings.get(self.db, "limits", {}))

    def set_limits(self, **values: int) -> None:
        settings.put(self.db, "limits", dataclasses.asdict(dataclasses.replace(self.limits, **values)))

    def preference(self, key: str, default: Any = None) -> Any:
        return settings.get(self.db, f"pref.{key}", default)

    def set_preference(self, key: str, value: Any) -> None:
        """Remember a choice of the window (page, geometry, sticky fields). A database that cannot be
        written (read-only, locked, full, damaged) is said where data is saved; losing a preference
        must not break the window that asked."""
        try:
            settings.put(self.db, f"pref.{key}", value)
        except StorageError:
            pass

    # --- units ------------------------------------------------------------------------------

    def unit(self, code: str) -> Unit:
        return units.get(self.db, code)

    def search_units(self, query: str, limit: int = 50, kinds: tuple[UnitKind, ...] = ()) -> list[Unit]:
        return units.search(self.db, query, limit, kinds)

    def list_units(self, kind: UnitKind | None = None, parent: str | None = None,
                   custom_only: bool = False) -> list[Unit]:
        return units.list_units(self.db, kind, parent, custom_only)

    def add_unit(self, name: str, kind: UnitKind, parent_code: str) -> Unit:
        name = clean(name)
        validation.require_text("name", name)
        validation.check_length("name", name)
        parent = units.get(self.db, units.resolve_code(self.db, parent_code))
        unit_id = uuid7()
        return units.save_custom(self.db, Unit(
            code=unit_id, id=unit_id, name=name, kind=kind, parent_code=parent.code,
            province_code=parent.province_code, owner_unit=self.installation.unit_code,
            hlc=self.next_version()))

    def _unit_code(self, text: str | None) -> str:
        """This unit by default; otherwise a code or a name (old names resolve to today's unit)."""
        if not text:
            return self.installation.unit_code
        try:
            province = units.get(self.db, self.installation.unit_code).province_code
            return units.resolve_code(self.db, text, within=province, prefer=self.own_units())
        except NotFoundError as exc:
            raise ValidationError(exc.message, exc.detail, field="unit_code") from None

    def own_units(self) -> list[str]:
        """This installation's unit and every unit under it."""
        return units.subtree_codes(self.db, self.installation.unit_code)

    # --- talks ------------------------------------------------------------------------------

    def new_talk(self, **fields: Any) -> Talk:
        """A talk record from loose fields (as a form or the command line gives them), validated."""
        fields = _cleaned(fields)
        if "held_on" in fields:
            fields["held_on"] = validation.parse_date("held_on", fields["held_on"])
        if fields.get("follow_up_due") is not None:
            fields["follow_up_due"] = validation.parse_date("follow_up_due", fields["follow_up_due"])
        if isinstance(fields.get("format"), str):
            fields["format"] = _enum(TalkFormat, fields["format"], "format")
        if isinstance(fields.get("follow_up_status"), str):
            fields["follow_up_status"] = _enum(FollowUpStatus, fields["follow_up_status"], "follow_up_status")
        if isinstance(fields.get("online"), dict):
            fields["online"] = OnlineReach(**fields["online"])
        fields.setdefault("format", TalkFormat.MEETING)
        fields["unit_code"] = self._unit_code(fields.get("unit_code"))
        fields.setdefault("held_on", self.today)
        talk = Talk(id=fields.pop("id", None) or uuid7(), owner_unit=self.installation.unit_code,
                    hlc="", **fields)
        validation.validate_talk(talk, self.today, self.limits)
        return talk

    def save_talk(self, talk: Talk) -> Talk:
        validation.validate_talk(talk, self.today, self.limits)
        self._check_own(talk.owner_unit)
        if talk.unit_code not in self.own_units():
            raise ValidationError(f"Đơn vị {talk.unit_code} không thuộc {self.unit(self.installation.unit_code).name}.",
                                  f"unit {talk.unit_code} is outside this installation", field="unit_code")
        return repo.save_talk(self.db, dataclasses.replace(talk, hlc=self.next_version()))

    def add_talk(self, **fields: Any) -> Talk:
        return self.save_talk(self.new_talk(**fields))

    def delete_talk(self, talk_id: str) -> Talk:
        """A tombstone, so the deletion travels to the aggregator; ``restore_talk`` undoes it."""
        talk = repo.get_talk(self.db, talk_id)
        self._check_own(talk.owner_unit)
        return repo.save_talk(self.db, dataclasses.replace(talk, deleted=True, hlc=self.next_version()))

    def restore_talk(self, talk_id: str) -> Talk:
        talk = repo.get_talk(self.db, talk_id)
        return repo.save_talk(self.db, dataclasses.replace(talk, deleted=False, hlc=self.next_version()))

    def talk(self, talk_id: str) -> Talk:
        return repo.get_talk(self.db, talk_id)

    def talks(self, flt: repo.TalkFilter | None = None, limit: int = -1, offset: int = 0,
              sort: str = "date", descending: bool = True) -> list[Talk]:
        return repo.list_talks(self.db, flt or repo.TalkFilter(), limit, offset, sort, descending)

    def similar_talks(self, talk: Talk) -> list[Talk]:
        return repo.similar_talks(self.db, talk)

    def _check_own(self, owner_unit: str) -> None:
        if owner_unit != self.installation.unit_code:
            raise ValidationError("Bản ghi này do đơn vị khác tạo; chỉ đơn vị đó được sửa.",
                                  f"record owned by {owner_unit}", field="owner_unit")

    # --- groups -----------------------------------------------------------------------------

    def new_group(self, **fields: Any) -> Group:
        fields = _cleaned(fields)
        if fields.get("consent_date") is not None:
            fields["consent_date"] = validation.parse_date("consent_date", fields["consent_date"])
        if isinstance(fields.get("kind"), str):
            fields["kind"] = _enum(GroupKind, fields["kind"], "kind")
        fields["unit_code"] = self._unit_code(fields.get("unit_code"))
        if fields.get("contact_consent") and fields.get("consent_date") is None:
            fields["consent_date"] = self.today
        group = Group(id=fields.pop("id", None) or uuid7(), owner_unit=self.installation.unit_code,
                      hlc="", **fields)
        validation.validate_group(group, self.today, self.limits)
        return group

    def save_group(self, group: Group) -> Group:
        validation.validate_group(group, self.today, self.limits)
        self._check_own(group.owner_unit)
        return repo.save_group(self.db, dataclasses.replace(group, hlc=self.next_version()))

    def add_group(self, **fields: Any) -> Group:
        return self.save_group(self.new_group(**fields))

    def delete_group(self, group_id: str) -> Group:
        group = repo.get_group(self.db, group_id)
        self._check_own(group.owner_unit)
        return repo.save_group(self.db, dataclasses.replace(group, deleted=True, hlc=self.next_version()))

    def group(self, group_id: str) -> Group:
        return repo.get_group(self.db, group_id)

    def groups(self, include_inactive: bool = True) -> list[Group]:
        return repo.list_groups(self.db, include_inactive)

    # --- documents --------------------------------------------------------------------------

    def add_document(self, files: list[Path] = (), **fields: Any) -> Document:
        """A briefing document, optionally with attached files stored once by hash."""
        from .extract import MAX_ATTACHMENT_BYTES, decode_text, extract_text, media_type

        fields = _cleaned(fields)
        for name in ("issued_on", "valid_until"):
            if fields.get(name) is not None:
                fields[name] = validation.parse_date(name, fields[name])
        attachments, texts, blobs = [], [], []
        for path in files:
            path = Path(path)
            if not path.is_file():
                raise ValidationError(f"Không tìm thấy tệp “{path}”.", f"{path} is not a file", field="file")
            media = media_type(path)
            if media is None:
                raise ValidationError(f"Không nhận loại tệp “{path.name}” (chỉ PDF, DOCX, TXT, ảnh).",
                                      f"unsupported file type {path.suffix}", field="file")
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise ValidationError(f"Tệp “{path.name}” lớn quá 50 MB.", "attachment too large", field="file")
            data = path.read_bytes()
            text = extract_text(data, media)
            digest = hashlib.sha256(data).hexdigest()
            blobs.append((digest, data, media, text))
            attachments.append(Attachment(digest, path.name, media, len(data)))
            texts.append(text)
        if "title" not in fields or not fields["title"]:
            if files:
                first = Path(files[0])
                fields["title"] = first.stem.replace("_", " ")
                if first.suffix.lower() in (".txt", ".md"):
                    lines = [ln.strip() for ln in decode_text(first.read_bytes()).splitlines() if ln.strip()]
                    fields["title"] = lines[0][:500] if lines else fields["title"]
        if not fields.get("body") and len(files) == 1 and attachments[0].media_type == "text/plain":
            fields["body"] = texts[0]
        doc = Document(id=fields.pop("id", None) or uuid7(), owner_unit=self.installation.unit_code,
                       hlc="", attachments=tuple(attachments), **fields)
        validation.validate_document(doc, self.today)
        with self.db.atomic():
            for blob in blobs:
                repo.store_blob(self.db, *blob)
            return repo.save_document(self.db, dataclasses.replace(doc, hlc=self.next_version()))

    def document(self, doc_id: str) -> Document:
        return repo.get_document(self.db, doc_id)

    def documents(self, flt: repo.DocumentFilter | None = None, limit: int = -1) -> list[Document]:
        return repo.list_documents(self.db, flt or repo.DocumentFilter(), limit=limit)

    def attachment_data(self, sha256: str) -> bytes:
        return repo.blob_data(self.db, sha256)

    def mark_read(self, doc_id: str, read: bool = True) -> None:
        repo.get_document(self.db, doc_id)
        when = dt.datetime.now(dt.UTC).isoformat(timespec="seconds") if read else None
        repo.mark_read(self.db, doc_id, when)

    def set_note(self, doc_id: str, note: str) -> None:
        note = clean(note)
        validation.check_length("note", note)
        repo.get_document(self.db, doc_id)
        repo.set_note(self.db, doc_id, note)

    def topics(self) -> list[str]:
        return [t.name for t in repo.list_topics(self.db)]

    # --- read views for the window (lazy tables, overview, history) --------------------------

    def talk_count(self, flt: repo.TalkFilter | None = None) -> int:
        return repo.count_talks(self.db, flt or repo.TalkFilter())

    def talk_ids(self, flt: repo.TalkFilter, sort: str = "date", descending: bool = True,
                 limit: int = -1, offset: int = 0) -> list[str]:
        return repo.talk_ids(self.db, flt, sort, descending, limit, offset)

    def packed_talk_ids(self, flt: repo.TalkFilter, sort: str = "date", descending: bool = True):
        return overview.packed_talk_ids(self.db, flt, sort, descending)

    def talks_by_ids(self, ids: list[str]) -> list[Talk]:
        return repo.talks_by_ids(self.db, ids)

    def talk_totals(self, flt: repo.TalkFilter | None = None) -> Figures:
        return overview.talk_totals(self.db, flt)

    def follow_ups_due(self, until: dt.date, limit: int = 20) -> list[Talk]:
        return overview.follow_ups_due(self.db, until, limit)

    def recent_values(self, column: str) -> list[str]:
        """Places or presenters used lately, for completion in the talk form."""
        return overview.recent_values(self.db, column)

    def changed_since_export(self, watermark: str) -> int:
        return overview.changed_since(self.db, self.installation.unit_code, watermark)

    def exports(self) -> list[dict[str, Any]]:
        from .storage import sync

        return sync.exports(self.db)

    def ledger(self) -> list[dict[str, Any]]:
        from .storage import sync

        return sync.ledger(self.db)

    def last_received(self) -> dict[str, dict[str, Any]]:
        from .storage import sync

        return sync.last_received(self.db)

    def child_units(self, code: str) -> list[tuple[str, str, str]]:
        from .storage import reports_sql

        return reports_sql.child_units(self.db, code)

    # --- search, maintenance ----------------------------------------------------------------

    def search(self, text: str, kinds: tuple[str, ...] = search_repo.KINDS, limit: int = 20) -> list[SearchHit]:
        return search_repo.search(self.db, text, kinds, limit)

    def complete_search_index(self, cancel: Callable[[], bool] | None = None,
                              progress: Callable[[int, int], None] | None = None) -> int:
        """Index the talks and groups an import wrote but did not index yet (it was cancelled, or the
        program was closed while it indexed); returns how many. Nothing to do costs one count."""
        from .storage import sync

        if not sync.backlog_size(self.db):
            return 0
        return sync.index_backlog(self.db, cancel=cancel, progress=progress)

    def backup(self, reason: str = "manual") -> Path:
        return storage_db.backup(self.db, self.data_dir, reason)

    def backups(self) -> list[Path]:
        return storage_db.list_backups(self.data_dir)

    def restore(self, source: Path) -> Path:
        safety = storage_db.restore(self.db, self.data_dir, source)
        self._installation, self._clock = None, None
        return safety

    def check(self) -> list[str]:
        return storage_db.integrity_problems(self.db)


def _cleaned(fields: dict[str, Any]) -> dict[str, Any]:
    """NFC and strip every text; drop fields given as None so record defaults apply."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, str):
            value = clean(value)
        elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            value = tuple(v for v in (clean(v) for v in value) if v)
        out[key] = value
    return out


def _enum(enum_type, value: str, field_name: str):
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum_type)
        raise validation.fail(field_name, f"“{value}” không hợp lệ; chọn một trong: {allowed}.",
                              f"{field_name} must be one of {allowed}") from None
