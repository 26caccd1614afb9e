"""The services the GUI and the command line share: every use case, over storage and core.

Nothing here knows Qt. Each method validates with ``core.validation`` before anything is written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.clock import Clock, Hlc, is_hlc
from ..core.enums import FollowUpStatus, GroupKind, Role, TalkFormat, UnitKind
from ..core.errors import NotFoundError, NotInitialisedError, StorageError, ValidationError
from ..core.ids import uuid7
from ..core.records import (
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
from ..core.text import clean
from ..storage import db as storage_db
from ..storage import settings, units
from ..storage.store import Store

if TYPE_CHECKING:
    from .reports import ReportService


class _Lazy:
    """A module imported on first use (the window's first paint needs none of these); the global
    name is then rebound to the module itself."""

    def __init__(self, global_name: str, module: str) -> None:
        self._global_name, self._module = global_name, module

    def __getattr__(self, attr: str) -> Any:
        import importlib

        module = importlib.import_module(self._module, "desktop_app")
        globals()[self._global_name] = module
        return getattr(module, attr)


validation: Any = _Lazy("validation", "desktop_app.core.validation")
overview: Any = _Lazy("overview", "desktop_app.storage.overview")
repo: Any = _Lazy("repo", "desktop_app.storage.records_repo")
search_repo: Any = _Lazy("search_repo", "desktop_app.storage.search")


@dataclasses.dataclass(frozen=True)
class AttachedFile:
    """A file accepted as an attachment: its bytes, the type its bytes are, and its searchable text."""

    name: str
    data: bytes
    sha256: str
    media_type: str
    text: str


@dataclass(frozen=True)
class BackupCopy:
    """A backup as a person chooses it: when it was made (the computer's local time written in its
    name) and what for (``manual``, ``before-import``...)."""

    path: Path
    made_at: dt.datetime | None
    reason: str


def backup_copy(path: Path) -> BackupCopy:
    found = storage_db.BACKUP_NAME.fullmatch(path.name)
    if found is None:
        return BackupCopy(path, None, "")
    try:
        made_at = dt.datetime.strptime(found.group(2), "%Y%m%d-%H%M%S-%f")
    except ValueError:
        made_at = None
    return BackupCopy(path, made_at, found.group(3))


class Services:
    def __init__(
        self,
        db: Store,
        data_dir: Path,
        today: Callable[[], dt.date] = dt.date.today,
        now_ms: Callable[[], int] | None = None,
    ) -> None:
        self.db = db
        self.data_dir = data_dir
        self._today = today
        self._now_ms = now_ms or (lambda: time.time_ns() // 1_000_000)
        self._installation: Installation | None = None
        self._clock: Clock | None = None

    @classmethod
    def open(
        cls, data_dir: Path, today: Callable[[], dt.date] = dt.date.today, now_ms: Callable[[], int] | None = None
    ) -> Services:
        return cls(storage_db.open_database(data_dir), data_dir, today, now_ms)

    def close(self) -> None:
        self.db.close()

    def reopened(self) -> Services:
        """The same data folder opened afresh (after a restore replaced the file under it), with the
        same calendar and clock."""
        return Services.open(self.data_dir, self._today, self._now_ms)

    @functools.cached_property
    def reports(self) -> ReportService:
        """The report use cases (imported on first use: the window's first paint needs none)."""
        from .reports import ReportService

        return ReportService(self)

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
            values = {
                k: settings.get(self.db, k)
                for k in ("unit_code", "role", "display_name", "key_id", "public_key", "created_at")
            }
            if values["unit_code"] is None:
                raise NotInitialisedError(
                    "Máy này chưa được thiết lập. Chạy “sotay init --unit MÃ” hoặc mở ứng dụng để thiết lập.",
                    "run sotay init first",
                )
            self._installation = Installation(
                unit_code=values["unit_code"],
                role=Role(values["role"]),
                display_name=values["display_name"] or "",
                key_id=values["key_id"],
                public_key=bytes.fromhex(values["public_key"]),
                created_at=values["created_at"],
            )
        return self._installation

    def init(self, unit_code: str, role: Role = Role.COMMUNE, display_name: str = "") -> Installation:
        """Set up this installation: its unit, role, name and a new Ed25519 key pair."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        code = units.resolve_code(self.db, unit_code)
        unit = units.get(self.db, code)
        if role == Role.COMMUNE and unit.kind == UnitKind.PROVINCE:
            raise ValidationError(
                "Đơn vị cấp tỉnh chỉ dùng vai trò “đơn vị tổng hợp” (--role aggregator).",
                "a province installation must be an aggregator",
                field="role",
            )
        display_name = validation.check_text("installation", "display_name", display_name)
        if self.initialised:
            raise ValidationError(
                f"Máy này đã được thiết lập cho {units.get(self.db, settings.get(self.db, 'unit_code')).name}.",
                "already initialised; use another --data-dir",
                field="unit",
            )
        key = Ed25519PrivateKey.generate()
        public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        pem = key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        ).decode()
        settings.put_many(
            self.db,
            {
                "unit_code": code,
                "role": role.value,
                "display_name": display_name,
                "key_id": hashlib.sha256(public).hexdigest()[:16],
                "public_key": public.hex(),
                "private_key": pem,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
        )
        self._installation = None
        return self.installation

    def private_key(self):
        from cryptography.hazmat.primitives import serialization

        return serialization.load_pem_private_key(settings.get(self.db, "private_key").encode(), None)

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            stored = settings.get(self.db, "clock")
            if stored and not is_hlc(stored):  # a damaged value: rebuilt from what was written here
                from ..exchange.rows import APPLY_ORDER
                from ..storage import sync

                stored = sync.max_hlc(self.db, APPLY_ORDER, self.own_units()) or None
            self._clock = Clock(self.installation.key_id[:8], stored, self._now_ms)
        return self._clock

    def reload_clock(self) -> None:
        """Read the stored clock again (another connection reset it)."""
        self._clock = None

    def next_version(self) -> str:
        version = self.clock.tick()
        settings.put(self.db, "clock", version)
        return version

    @property
    def limits(self) -> validation.Limits:
        return validation.Limits.of(settings.get(self.db, "limits", {}))

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

    def list_units(
        self, kind: UnitKind | None = None, parent: str | None = None, custom_only: bool = False
    ) -> list[Unit]:
        return units.list_units(self.db, kind, parent, custom_only)

    def add_unit(self, name: str, kind: UnitKind, parent_code: str) -> Unit:
        name = validation.check_text("units", "name", clean(name))
        parent = units.get(self.db, units.resolve_code(self.db, parent_code))
        if parent.code not in self.own_units():  # a receiver would set it aside (outside_subtree)
            raise ValidationError(
                f"Đơn vị {parent.name} không thuộc {self.unit(self.installation.unit_code).name}: "
                "chỉ thêm được đơn vị dưới đơn vị của máy này.",
                f"parent {parent.code} is outside this installation",
                field="parent_code",
            )
        unit_id = uuid7()
        return units.save_custom(
            self.db,
            Unit(
                code=unit_id,
                id=unit_id,
                name=name,
                kind=kind,
                parent_code=parent.code,
                province_code=parent.province_code,
                owner_unit=self.installation.unit_code,
                hlc=self.next_version(),
            ),
        )

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
        talk = Talk(id=fields.pop("id", None) or uuid7(), owner_unit=self.installation.unit_code, hlc="", **fields)
        return validation.validate_talk(talk, self.today, self.limits)

    def save_talk(self, talk: Talk) -> Talk:
        talk = validation.validate_talk(talk, self.today, self.limits)
        self._check_own(talk.owner_unit)
        if talk.unit_code not in self.own_units():
            raise ValidationError(
                f"Đơn vị {talk.unit_code} không thuộc {self.unit(self.installation.unit_code).name}.",
                f"unit {talk.unit_code} is outside this installation",
                field="unit_code",
            )
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

    def talks(
        self,
        flt: repo.TalkFilter | None = None,
        limit: int = -1,
        offset: int = 0,
        sort: str = "date",
        descending: bool = True,
    ) -> list[Talk]:
        return repo.list_talks(self.db, flt or repo.TalkFilter(), limit, offset, sort, descending)

    def similar_talks(self, talk: Talk) -> list[Talk]:
        return repo.similar_talks(self.db, talk)

    def _check_own(self, owner_unit: str) -> None:
        if owner_unit != self.installation.unit_code:
            raise ValidationError(
                "Bản ghi này do đơn vị khác tạo; chỉ đơn vị đó được sửa.",
                f"record owned by {owner_unit}",
                field="owner_unit",
            )

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
        if not fields.get("contact_consent") and self._had_contact_consent(fields.get("id")):
            # consent withdrawn (the box unticked): the contact goes, whatever the form still shows
            for name in ("contact_name", "contact_phone", "consent_date"):
                fields.pop(name, None)
        group = Group(id=fields.pop("id", None) or uuid7(), owner_unit=self.installation.unit_code, hlc="", **fields)
        return validation.validate_group(group, self.today, self.limits)

    def save_group(self, group: Group) -> Group:
        """Saves a group; when its contact's consent is withdrawn, the contact is removed from the
        record and from every older version kept in history."""
        withdrawn = not group.contact_consent and self._had_contact_consent(group.id)
        if withdrawn:
            group = dataclasses.replace(group, contact_name="", contact_phone="", consent_date=None)
        group = validation.validate_group(group, self.today, self.limits)
        self._check_own(group.owner_unit)
        versioned = dataclasses.replace(group, hlc=self.next_version())
        if withdrawn:
            return repo.save_group_without_contact(self.db, versioned)
        return repo.save_group(self.db, versioned)

    def add_group(self, **fields: Any) -> Group:
        return self.save_group(self.new_group(**fields))

    def delete_group(self, group_id: str) -> Group:
        """A tombstone without the contact: a deleted group keeps no one's name or phone, neither in
        the record nor in history (Law 91/2025/QH15: deletion on request)."""
        group = repo.get_group(self.db, group_id)
        self._check_own(group.owner_unit)
        return repo.save_group_without_contact(
            self.db, dataclasses.replace(group, deleted=True, hlc=self.next_version())
        )

    def withdraw_contact_consent(self, group_id: str) -> Group:
        """The contact person withdrew consent: blank the contact here and in history."""
        group = repo.get_group(self.db, group_id)
        self._check_own(group.owner_unit)
        return repo.save_group_without_contact(self.db, dataclasses.replace(group, hlc=self.next_version()))

    def _had_contact_consent(self, group_id: str | None) -> bool:
        if not group_id:
            return False
        try:
            stored = repo.get_group(self.db, group_id)
        except NotFoundError:
            return False
        return bool(stored.contact_consent or stored.contact_name or stored.contact_phone)

    def group(self, group_id: str) -> Group:
        return repo.get_group(self.db, group_id)

    def groups(self, include_inactive: bool = True) -> list[Group]:
        return repo.list_groups(self.db, include_inactive)

    # --- documents --------------------------------------------------------------------------

    def read_attachments(self, files: list[Path], warnings: list[str] | None = None) -> list[AttachedFile]:
        """Files checked by their content (``core.attachments``) with their text read in a bounded
        child process. Runs before any transaction: reading a hostile PDF may take the whole time
        bound, and the write lock must not wait for it. A text that could not be read all is told
        through ``warnings``; the file is still accepted."""
        from ..core.attachments import MAX_ATTACHMENT_BYTES, AttachmentRefused, check_attachment
        from ..extract import TextReader

        if files and self.db.conn.in_transaction:
            raise RuntimeError("attachments are read before a transaction, never inside one")
        checked = []
        for path in map(Path, files):
            if not path.is_file():
                raise ValidationError(f"Không tìm thấy tệp “{path}”.", f"{path} is not a file", field="file")
            if path.stat().st_size > MAX_ATTACHMENT_BYTES:
                raise AttachmentRefused("too_large", f"Tệp “{path.name}” lớn quá 50 MB.", "attachment too large")
            data = path.read_bytes()
            checked.append((path.name, data, check_attachment(path.name, data)))
        out = []
        with TextReader() as reader:
            for name, data, media in checked:
                extraction = reader.read(data, media)
                warning = extraction.warning(name)
                if warning and warnings is not None:
                    warnings.append(warning)
                out.append(AttachedFile(name, data, hashlib.sha256(data).hexdigest(), media, extraction.text))
        return out

    def add_document(
        self,
        files: list[Path] = (),
        *,
        attached: list[AttachedFile] | None = None,
        warnings: list[str] | None = None,
        **fields: Any,
    ) -> Document:
        """A briefing document, optionally with attached files stored once by hash. Files already
        read with :meth:`read_attachments` come as ``attached`` (a caller that holds a transaction)."""
        if attached is None:
            attached = self.read_attachments(list(files), warnings)
        fields = _cleaned(fields)
        for name in ("issued_on", "valid_until"):
            if fields.get(name) is not None:
                fields[name] = validation.parse_date(name, fields[name])
        attachments = tuple(Attachment(f.sha256, f.name, f.media_type, len(f.data)) for f in attached)
        if "title" not in fields or not fields["title"]:
            if attached:
                first = attached[0]
                fields["title"] = Path(first.name).stem.replace("_", " ")
                if first.media_type == "text/plain":
                    lines = [ln.strip() for ln in first.text.splitlines() if ln.strip()]
                    fields["title"] = lines[0][:500] if lines else fields["title"]
        if not fields.get("body") and len(attached) == 1 and attached[0].media_type == "text/plain":
            fields["body"] = attached[0].text
        doc = Document(
            id=fields.pop("id", None) or uuid7(),
            owner_unit=self.installation.unit_code,
            hlc="",
            attachments=attachments,
            **fields,
        )
        doc = validation.validate_document(doc, self.today)
        with self.db.atomic():
            for f in attached:
                repo.store_blob(self.db, f.sha256, f.data, f.media_type, f.text)
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
        note = validation.check_text("documents", "note", clean(note))
        repo.get_document(self.db, doc_id)
        repo.set_note(self.db, doc_id, note)

    def topics(self) -> list[str]:
        return [t.name for t in repo.list_topics(self.db)]

    # --- read views for the window (lazy tables, overview, history) --------------------------

    def talk_count(self, flt: repo.TalkFilter | None = None) -> int:
        return repo.count_talks(self.db, flt or repo.TalkFilter())

    def talk_ids(
        self, flt: repo.TalkFilter, sort: str = "date", descending: bool = True, limit: int = -1, offset: int = 0
    ) -> list[str]:
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

    def record_problems(self, table: str, record_id: str) -> list[Any]:
        """The fields of a stored talk, group or document that a receiver would refuse (saved by an
        older version, before the shared rules): what stops the next export, to mark in its form."""
        from ..exchange.export import record_problems

        return record_problems(self, table, record_id)

    def exports(self) -> list[dict[str, Any]]:
        from ..storage import sync

        return sync.exports(self.db)

    def ledger(self) -> list[dict[str, Any]]:
        from ..storage import sync

        return sync.ledger(self.db)

    def last_received(self) -> dict[str, dict[str, Any]]:
        from ..storage import sync

        return sync.last_received(self.db)

    def child_units(self, code: str) -> list[tuple[str, str, str]]:
        from ..storage import reports_sql

        return reports_sql.child_units(self.db, code)

    # --- search, maintenance ----------------------------------------------------------------

    def search(self, text: str, kinds: tuple[str, ...] = search_repo.KINDS, limit: int = 20) -> list[SearchHit]:
        return search_repo.search(self.db, text, kinds, limit)

    def complete_search_index(
        self, cancel: Callable[[], bool] | None = None, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Index the talks and groups an import wrote but did not index yet (it was cancelled, or the
        program was closed while it indexed); returns how many. Nothing to do costs one count."""
        from ..storage import sync

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

    @staticmethod
    def good_backups(data_dir: Path) -> list[BackupCopy]:
        """The backups of ``data_dir`` that pass ``integrity_check``, newest first: what a damaged
        database can be restored from, found without opening the damaged file."""
        return [backup_copy(path) for path in storage_db.list_backups(data_dir) if not storage_db.file_problems(path)]

    @staticmethod
    def restore_damaged(data_dir: Path, source: Path) -> Path:
        """Put ``source`` in place of a damaged database nobody has open; the damaged file is moved
        aside into ``backups/`` (returned), never deleted."""
        return storage_db.restore_damaged(data_dir, source)

    # --- clock safety -----------------------------------------------------------------------

    def clock_ahead_ms(self) -> int:
        """How far the stored clock runs ahead of this computer's clock when it is far enough that
        receivers would set aside what is written now (more than a day); otherwise 0."""
        if not self.initialised:
            return 0
        return self.clock.ahead_ms() if self.clock.far_ahead() else 0

    def clock_warning(self) -> str | None:
        """The start-up warning (Vietnamese) when the stored clock is far ahead, else None."""
        ahead = self.clock_ahead_ms()
        if not ahead:
            return None
        stored, now = self.clock_dates()
        return (
            f"Đồng hồ lưu trong dữ liệu chạy nhanh hơn đồng hồ máy tính khoảng {ahead_text(ahead)} "
            f"(dữ liệu: {stored:%d/%m/%Y}, máy tính: {now:%d/%m/%Y}). Mọi bản ghi lưu lúc này sẽ mang thời "
            "điểm tương lai đó, và đơn vị tổng hợp sẽ tạm giữ chúng (lý do “clock_ahead”) cho đến ngày đó. "
            "Hãy kiểm tra ngày giờ của máy tính: nếu máy tính đang sai, hãy chỉnh lại rồi mở lại chương trình; "
            "nếu máy tính đúng, hãy đặt lại đồng hồ (sotay clock reset --yes)."
        )

    def clock_dates(self) -> tuple[dt.date, dt.date]:
        """The (UTC) day the stored clock says, and this computer's day."""

        def day(ms: int) -> dt.date:
            return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).date()

        return day(Hlc.parse(self.clock.last).ms), day(self._now_ms())

    def reset_clock(self) -> int:
        """Bring the stored clock back to this computer's clock, after a backup, in one transaction.

        Records this unit wrote while the clock was ahead get a new version (content unchanged, the
        old version kept in history) and the export chains restart from the reset point, so the next
        ordinary file carries them with versions receivers accept. Returns how many were re-versioned.
        Only for a clock that is far ahead: the person confirms first that the computer's own date
        is right."""
        if not self.clock_ahead_ms():
            raise ValidationError(
                "Đồng hồ lưu trong dữ liệu không chạy nhanh: không cần đặt lại.",
                "the stored clock is not ahead of this computer's clock",
                field="clock",
            )
        if not self.clock.wall_clock_plausible():
            _, now = self.clock_dates()
            raise ValidationError(
                f"Ngày giờ của máy tính đang sai ({now:%d/%m/%Y}): hãy chỉnh ngày giờ của máy tính trước, "
                "rồi mở lại chương trình; không đặt lại đồng hồ về ngày đó.",
                "the computer's clock is before 2024: a dead clock battery, not a time to reset to",
                field="clock",
            )
        self.backup("before-clock-reset")
        clock = self.clock
        with self.db.atomic():
            floor = clock.reset()
            count = repo.reversion_ahead(self.db, self.installation.unit_code, self._now_ms(), clock.tick)
            from ..storage import sync

            sync.rewind_export_watermarks(self.db, floor)
            settings.put(self.db, "clock", clock.last)
        return count

    # --- quarantine: rows an import set aside -------------------------------------------------

    def quarantined(self, sender: str | None = None) -> list[QuarantinedRecord]:
        """Every row set aside by imports (oldest first), optionally those one unit sent."""
        from ..exchange.policy import TIME_REASONS
        from ..storage import sync

        code = self._sender_code(sender)
        names: dict[str, str] = {}
        out = []
        for entry in sync.quarantine_entries(self.db, code):
            row = _loads_row(entry["row"])
            unit = entry["sender_unit"] or str(row.get("owner_unit", ""))
            if unit not in names:
                try:
                    names[unit] = self.unit(unit).name
                except NotFoundError:
                    names[unit] = unit
            out.append(
                QuarantinedRecord(
                    id=quarantine_id(entry["bundle_id"], entry["table_name"], entry["record_id"]),
                    bundle_id=entry["bundle_id"],
                    table=entry["table_name"],
                    record_id=entry["record_id"],
                    hlc=entry["hlc"],
                    reason=entry["reason"],
                    received_at=entry["received_at"],
                    sender_unit=unit,
                    sender_name=names[unit],
                    summary=_row_summary(entry["table_name"], row),
                    version_date=_version_date(entry["hlc"]),
                    releasable=entry["reason"] in TIME_REASONS,
                    row=row,
                )
            )
        return out

    def quarantine_count(self) -> int:
        from ..storage import sync

        return sync.quarantine_count(self.db)

    def release_quarantined(
        self, ids: tuple[str, ...] | list[str] = (), all_records: bool = False, sender: str | None = None
    ) -> dict[str, Any]:
        """Apply set-aside rows through the normal merge (last writer wins by version, history kept,
        search index updated), after a backup, in one transaction. Only rows set aside for time
        reasons may be released; naming another one refuses the whole request, ``all_records``
        skips them (``kept`` counts them: they can only be dropped)."""
        from ..exchange.manifest import utc_stamp
        from ..exchange.rows import APPLY_ORDER, SPECS
        from ..storage import sync

        chosen = self._pick_quarantined(ids, all_records, sender)
        refused = [q for q in chosen if not q.releasable]
        if refused and not all_records:
            first = refused[0]
            raise ValidationError(
                f"Bản ghi {first.id} bị tạm giữ vì lý do quyền ghi ({first.reason}), không phải vì ngày giờ: "
                "chỉ bỏ được, không giải phóng được.",
                f"{len(refused)} record(s) set aside for {first.reason} can only be dropped",
                field="id",
            )
        chosen = [q for q in chosen if q.releasable]
        result: dict[str, Any] = {
            "released": len(chosen),
            "kept": len(refused),
            "backup": None,
            "counts": {"new": 0, "updated": 0, "unchanged": 0, "conflicting": 0},
        }
        if not chosen:
            return result
        result["backup"] = str(self.backup("before-release"))
        subtrees: dict[str, dict[str, str | None]] = {}
        when = utc_stamp()
        with self.db.atomic():
            for table in APPLY_ORDER:
                picked = [q for q in chosen if q.table == table]
                if not picked:
                    continue
                spec = SPECS[table]
                rows = [self._releasable_row(q, spec.columns, subtrees) for q in picked]
                owners = sync.existing_versions(self.db, table, spec.key, [q.record_id for q in picked])
                for q in picked:
                    here = owners.get(q.record_id)
                    if here is not None and here[1] != q.row.get("owner_unit") and table != "topics":
                        raise ValidationError(
                            f"Bản ghi {q.id} đã có ở đây nhưng thuộc đơn vị khác ({here[1]}): không giải phóng được.",
                            f"record {q.record_id} is owned here by {here[1]}",
                            field="id",
                        )
                counts = sync.release_rows(self.db, table, spec.key, spec.columns, rows, when)
                for key, value in counts.items():
                    result["counts"][key] += value
            sync.drop_quarantined(self.db, [(q.bundle_id, q.table, q.record_id) for q in chosen])
        return result

    def drop_quarantined(
        self, ids: tuple[str, ...] | list[str] = (), all_records: bool = False, sender: str | None = None
    ) -> int:
        """Forget set-aside rows for good; returns how many."""
        from ..storage import sync

        chosen = self._pick_quarantined(ids, all_records, sender)
        with self.db.atomic():
            return sync.drop_quarantined(self.db, [(q.bundle_id, q.table, q.record_id) for q in chosen])

    def _pick_quarantined(self, ids, all_records: bool, sender: str | None) -> list[QuarantinedRecord]:
        if not ids and not all_records:
            raise ValidationError(
                "Hãy chọn bản ghi tạm giữ (mã trong danh sách) hoặc dùng --all.", "no quarantine id given", field="id"
            )
        entries = self.quarantined(sender)
        if all_records:
            return entries
        by_id = {q.id: q for q in entries}
        unknown = [i for i in dict.fromkeys(ids) if i not in by_id]
        if unknown:
            raise NotFoundError(
                f"Không có bản ghi tạm giữ nào mang mã {', '.join(unknown)}.",
                f"unknown quarantine id(s): {', '.join(unknown)}",
            )
        return [by_id[i] for i in dict.fromkeys(ids)]

    def _sender_code(self, sender: str | None) -> str | None:
        if not sender:
            return None
        try:
            province = units.get(self.db, self.installation.unit_code).province_code
            return units.resolve_code(self.db, sender, within=province)
        except NotFoundError as exc:
            raise ValidationError(exc.message, exc.detail, field="sender") from None

    def _releasable_row(
        self, q: QuarantinedRecord, columns: list[str], subtrees: dict[str, dict[str, str | None]]
    ) -> tuple:
        """The stored row in table column order, if the policy lets its sender write it today: the
        owner and the place (unit, parent) under the unit that sent it, a topic unchanged."""
        from ..exchange import policy

        if set(q.row) != set(columns):
            raise ValidationError(
                f"Bản ghi tạm giữ {q.id} không đọc được: chỉ bỏ được.",
                f"stored row of {q.record_id} has columns {sorted(q.row)}",
                field="id",
            )
        if q.sender_unit not in subtrees:
            subtrees[q.sender_unit] = policy.subtree(self.db, q.sender_unit)
        tree = subtrees[q.sender_unit]
        if q.row.get("owner_unit") not in tree:
            raise ValidationError(
                f"Bản ghi {q.id} thuộc đơn vị {q.row.get('owner_unit')}, không thuộc đơn vị gửi: "
                "không giải phóng được.",
                f"owner {q.row.get('owner_unit')} is not under sender {q.sender_unit}",
                field="id",
            )
        if q.table in ("talks", "groups", "units") and not policy.placed_inside(tree, q.table, q.row):
            raise ValidationError(
                f"Bản ghi {q.id} nằm ngoài địa bàn của đơn vị gửi: không giải phóng được, chỉ bỏ được.",
                f"{q.table} row {q.record_id} is placed outside {q.sender_unit}'s subtree",
                field="id",
            )
        if q.table == "topics" and self._changes_shared_topic(q.row):
            raise ValidationError(
                f"Bản ghi {q.id} đổi tên hoặc xóa một chuyên đề dùng chung: không giải phóng được, chỉ bỏ được.",
                f"topic {q.record_id} would be renamed or deleted",
                field="id",
            )
        if q.table == "documents":
            self._check_attachments_kept(q)
        return tuple(q.row[c] for c in columns)

    def _changes_shared_topic(self, row: dict[str, Any]) -> bool:
        """Would this topic row rename or delete a topic (the vocabulary no file may change)?"""
        here = repo.get_topic(self.db, row.get("id", ""))
        if row.get("deleted"):
            return True
        return here is not None and (here.name != row.get("name") or here.deleted)

    def _check_attachments_kept(self, q: QuarantinedRecord) -> None:
        """An import keeps only the files of documents it applies: a set-aside document whose files
        are not here cannot be released whole."""
        from ..storage import sync

        listed = _loads_list(q.row.get("attachments"))
        hashes = [a.get("sha256") for a in listed if isinstance(a, dict) and isinstance(a.get("sha256"), str)]
        if set(hashes) - sync.have_blobs(self.db, hashes):
            raise ValidationError(
                f"Tài liệu {q.id} thiếu tệp đính kèm (tệp không được giữ khi tạm giữ): chỉ bỏ được; "
                "hãy xin đơn vị gửi lại gói tài liệu.",
                f"attachments of {q.record_id} are not stored",
                field="id",
            )


@dataclass(frozen=True)
class QuarantinedRecord:
    """One row an import set aside, with what a person needs to decide about it."""

    id: str  # short and stable: what `sotay quarantine release ID` takes
    bundle_id: str
    table: str
    record_id: str
    hlc: str
    reason: str
    received_at: str
    sender_unit: str
    sender_name: str
    summary: str
    version_date: dt.date | None
    releasable: bool
    row: dict[str, Any] = dataclasses.field(repr=False, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in dataclasses.asdict(self).items() if k != "row"}


def ahead_text(ms: int) -> str:
    """“3 ngày”, “5 giờ”: how far a clock runs ahead, in Vietnamese."""
    hours = ms // 3_600_000
    return f"{hours // 24} ngày" if hours >= 48 else f"{max(hours, 1)} giờ"


QUARANTINE_REASONS_VI = {
    "clock_ahead": "Thời điểm ghi của bản ghi vượt quá giờ máy này hơn một ngày (đồng hồ máy gửi chạy nhanh)",
    "future_date": "Ngày tổ chức buổi ở tương lai",
    "owner_conflict": "Bản ghi đã có ở đây nhưng thuộc đơn vị khác",
    "official_unit": "Tệp định sửa một đơn vị hành chính chính thức",
}


def quarantine_reason_vi(reason: str) -> str:
    """The reason a row was set aside, in plain Vietnamese (codes added later read as authorization)."""
    return QUARANTINE_REASONS_VI.get(reason, f"Đơn vị gửi không được phép ghi bản ghi này ({reason})")


def quarantine_id(bundle_id: str, table: str, record_id: str) -> str:
    return hashlib.sha256(f"{bundle_id}\n{table}\n{record_id}".encode()).hexdigest()[:10]


def _loads_row(text: str) -> dict[str, Any]:
    import orjson

    try:
        row = orjson.loads(text)
    except orjson.JSONDecodeError:
        return {}
    return row if isinstance(row, dict) else {}


def _loads_list(value: Any) -> list[Any]:
    import orjson

    if isinstance(value, list):
        return value
    try:
        loaded = orjson.loads(value or "[]")
    except (orjson.JSONDecodeError, TypeError):
        return []
    return loaded if isinstance(loaded, list) else []


def _row_summary(table: str, row: dict[str, Any]) -> str:
    """A few words naming the record: a talk's date and place, otherwise its name or title."""
    if table == "talks":
        held = str(row.get("held_on") or "")
        try:
            held = dt.date.fromisoformat(held).strftime("%d/%m/%Y")
        except ValueError:
            pass
        return " · ".join(str(v) for v in (held, row.get("place")) if v)
    for name in ("name", "title", "document_id"):
        if row.get(name):
            return str(row[name])
    return ""


def _version_date(hlc: str) -> dt.date | None:
    """The (UTC) day a version claims it was written."""
    try:
        return dt.datetime.fromtimestamp(int(hlc[:15]) / 1000, dt.UTC).date()
    except (ValueError, OverflowError, OSError):
        return None


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
        raise validation.fail(
            field_name, f"“{value}” không hợp lệ; chọn một trong: {allowed}.", f"{field_name} must be one of {allowed}"
        ) from None
