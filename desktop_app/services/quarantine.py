"""Rows an import set aside (clock ahead, future date, a sender writing what it may not): listed
with what a person needs to decide, released through the normal merge, or dropped."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
import hashlib
from collections.abc import Sequence
from typing import Any

from ..core.errors import NotFoundError, ValidationError
from ..storage import db as storage_db
from ..storage import quarantine as quarantine_store
from ..storage import units
from .session import Session


class QuarantineService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self, sender: str | None = None) -> builtins.list[QuarantinedRecord]:
        """Every row set aside by imports (oldest first), optionally those one unit sent."""
        from ..exchange.policy import TIME_REASONS

        code = self._sender_code(sender)
        names: dict[str, str] = {}
        out = []
        for entry in quarantine_store.quarantine_entries(self._session.db, code):
            row = _loads_row(entry["row"])
            unit = entry["sender_unit"] or str(row.get("owner_unit", ""))
            if unit not in names:
                try:
                    names[unit] = units.get(self._session.db, unit).name
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

    def count(self) -> int:

        return quarantine_store.quarantine_count(self._session.db)

    def release(
        self, ids: tuple[str, ...] | builtins.list[str] = (), all_records: bool = False, sender: str | None = None
    ) -> dict[str, Any]:
        """Apply set-aside rows through the normal merge (last writer wins by version, history kept,
        search index updated), after a backup, in one transaction. Only rows set aside for time
        reasons may be released; naming another one refuses the whole request, ``all_records``
        skips them (``kept`` counts them: they can only be dropped)."""
        from ..exchange.manifest import utc_stamp
        from ..exchange.rows import APPLY_ORDER, SPECS
        from ..storage import merge

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
        result["backup"] = str(storage_db.backup(self._session.db, self._session.data_dir, "before-release"))
        subtrees: dict[str, dict[str, str | None]] = {}
        when = utc_stamp()
        with self._session.db.atomic():
            for table in APPLY_ORDER:
                picked = [q for q in chosen if q.table == table]
                if not picked:
                    continue
                spec = SPECS[table]
                rows = [self._releasable_row(q, spec.columns, subtrees) for q in picked]
                owners = merge.existing_versions(self._session.db, table, spec.key, [q.record_id for q in picked])
                for q in picked:
                    here = owners.get(q.record_id)
                    if here is not None and here[1] != q.row.get("owner_unit") and table != "topics":
                        raise ValidationError(
                            f"Bản ghi {q.id} đã có ở đây nhưng thuộc đơn vị khác ({here[1]}): không giải phóng được.",
                            f"record {q.record_id} is owned here by {here[1]}",
                            field="id",
                        )
                counts = merge.release_rows(self._session.db, table, spec.key, spec.columns, rows, when)
                for key, value in counts.items():
                    result["counts"][key] += value
            quarantine_store.drop_quarantined(self._session.db, [(q.bundle_id, q.table, q.record_id) for q in chosen])
        return result

    def drop(
        self, ids: tuple[str, ...] | builtins.list[str] = (), all_records: bool = False, sender: str | None = None
    ) -> int:
        """Forget set-aside rows for good; returns how many."""

        chosen = self._pick_quarantined(ids, all_records, sender)
        with self._session.db.atomic():
            return quarantine_store.drop_quarantined(
                self._session.db, [(q.bundle_id, q.table, q.record_id) for q in chosen]
            )

    def _pick_quarantined(
        self, ids: Sequence[str], all_records: bool, sender: str | None
    ) -> builtins.list[QuarantinedRecord]:
        if not ids and not all_records:
            raise ValidationError(
                "Hãy chọn bản ghi tạm giữ (mã trong danh sách) hoặc dùng --all.", "no quarantine id given", field="id"
            )
        entries = self.list(sender)
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
            province = units.get(self._session.db, self._session.installation.unit_code).province_code
            return units.resolve_code(self._session.db, sender, within=province)
        except NotFoundError as exc:
            raise ValidationError(exc.message, exc.detail, field="sender") from None

    def _releasable_row(
        self, q: QuarantinedRecord, columns: builtins.list[str], subtrees: dict[str, dict[str, str | None]]
    ) -> tuple[Any, ...]:
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
            subtrees[q.sender_unit] = policy.subtree(self._session.db, q.sender_unit)
        tree = subtrees[q.sender_unit]
        if q.row.get("owner_unit") not in tree:
            raise ValidationError(
                f"Bản ghi {q.id} thuộc đơn vị {q.row.get('owner_unit')}, không thuộc đơn vị gửi: "
                "không giải phóng được.",
                f"owner {q.row.get('owner_unit')} is not under sender {q.sender_unit}",
                field="id",
            )
        if q.table in ("talks", "groups", "units", "channels") and not policy.placed_inside(tree, q.table, q.row):
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
        from ..storage import records_repo

        here = records_repo.get_topic(self._session.db, row.get("id", ""))
        if row.get("deleted"):
            return True
        return here is not None and (here.name != row.get("name") or here.deleted)

    def _check_attachments_kept(self, q: QuarantinedRecord) -> None:
        """An import keeps only the files of documents it applies: a set-aside document whose files
        are not here cannot be released whole."""
        from ..storage import blobs

        listed = _loads_list(q.row.get("attachments"))
        hashes = [str(a["sha256"]) for a in listed if isinstance(a, dict) and isinstance(a.get("sha256"), str)]
        if set(hashes) - blobs.have_blobs(self._session.db, hashes):
            raise ValidationError(
                f"Tài liệu {q.id} thiếu tệp đính kèm (tệp không được giữ khi tạm giữ): chỉ bỏ được; "
                "hãy xin đơn vị gửi lại gói tài liệu.",
                f"attachments of {q.record_id} are not stored",
                field="id",
            )


@dataclasses.dataclass(frozen=True)
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
