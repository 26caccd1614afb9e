"""The exchange page's tables: one row per file of an import (its outcome in words and counts), and
the bundles sent and received, newest first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt

from ....core.labels import quarantine_reason_text
from ....core.vntime import shown_time, vn_now
from ....services.exchange import FileOutcome
from ... import i18n
from ...i18n import tr
from ...models import RecordTableModel
from ...widgets import icon

COUNT_KEYS = ("new", "updated", "unchanged", "conflicting", "invalid")


def status_word(outcome: FileOutcome) -> tuple[str, str]:
    """A word (never colour alone) and an icon name for one file's outcome; "có cảnh báo" only when
    the last column has something to read (``notes``)."""
    if outcome.status == "refused" and outcome.reason == "unknown_key":
        return tr("Cần xác nhận khoá"), "warning"
    if outcome.status == "refused" and outcome.reason == "outside_tree":
        return tr("Đơn vị ngoài phạm vi"), "warning"
    if outcome.only_set_aside:  # read, but nothing of it is in use: not a file "ready" or "imported"
        return tr("Tạm giữ cả tệp"), "warning"
    warn = bool(warning_notes(outcome))
    return {
        "applied": (tr("Đã nhập, có cảnh báo") if warn else tr("Đã nhập"), "warning" if warn else "ok"),
        "previewed": (tr("Sẵn sàng, có cảnh báo") if warn else tr("Sẵn sàng nhập"), "warning" if warn else "ok"),
        "already_imported": (tr("Đã nhập trước đây"), "ok"),
        "refused": (tr("Bị từ chối"), "warning"),
        "cancelled": (tr("Đã dừng"), "warning"),
    }.get(outcome.status, (outcome.status, "warning"))


def warning_notes(outcome: FileOutcome) -> list[str]:
    """What a file's warning is, in sentences: records older than the ones here, records set aside
    (one sentence per reason, from the one table of reasons; the reason's code is for the command
    line and logs, not the window), and the file's other warnings."""
    notes = [tr("Không bản ghi nào của tệp được nhập: tất cả bị tạm giữ.")] if outcome.only_set_aside else []
    conflicting = outcome.counts.get("conflicting", 0)
    if conflicting:
        notes.append(tr("%Ln bản ghi cũ hơn bản đang có: giữ bản đang có, bản cũ lưu trong lịch sử.", "", conflicting))
    invalid = outcome.counts.get("invalid", 0)
    if invalid:
        notes.append(tr("%Ln bản ghi không hợp lệ, không nhập.", "", invalid))
    for code, records in sorted(outcome.set_aside.items()):
        notes.append(
            tr("%Ln bản ghi bị tạm giữ: %2.", "", records).replace(
                "%2", quarantine_reason_text(code, i18n.label_translation)
            )
        )
    return notes + outcome.other_warnings()


class OutcomeModel(RecordTableModel):
    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Tệp"),
            self.tr("Đơn vị gửi"),
            self.tr("Kết quả"),
            self.tr("Mới"),
            self.tr("Cập nhật"),
            self.tr("Không đổi"),
            self.tr("Xung đột"),
            self.tr("Lỗi"),
            self.tr("Lý do, ghi chú"),
        )

    @staticmethod
    def _id(record: FileOutcome) -> str:
        return record.path

    def cell(self, o: FileOutcome, column: int) -> str:
        if column == 0:
            return Path(o.path).name
        if column == 1:
            return o.sender_name or o.sender_unit or "—"
        if column == 2:
            return status_word(o)[0]
        if 3 <= column <= 7:
            value = o.counts.get(COUNT_KEYS[column - 3], 0)
            return i18n.number(value) if o.status not in ("refused", "cancelled") else "—"
        notes = [i18n.error_text(o)] if o.message else []
        notes += warning_notes(o)
        if o.key_action == "trust_new" and o.status in ("applied", "previewed"):
            notes.append(self.tr("Khoá mới được xác nhận: %1").replace("%1", o.fingerprint or ""))
        return " ".join(n for n in notes if n)

    def report_text(self, totals: str) -> str:
        """The saved result report: a title with the time, the totals, one tab-separated line per file."""
        title = tr("Kết quả nhập tệp — %1").replace("%1", vn_now().strftime("%d/%m/%Y %H:%M"))
        return "\n".join([title, totals, "", *self.report_lines()]) + "\n"

    def report_lines(self) -> list[str]:
        """One tab-separated line per file, for the saved result report."""
        lines = []
        for o in self._records:
            counts = " · ".join(f"{self.headers()[n + 3]} {o.counts.get(k, 0)}" for n, k in enumerate(COUNT_KEYS))
            lines.append(
                f"{Path(o.path).name}\t{o.sender_name or o.sender_unit or '—'}\t"
                f"{status_word(o)[0]}\t{counts}\t{i18n.error_text(o) if o.message else ''}"
            )
        return lines

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DecorationRole
            and index.isValid()
            and index.column() == 2
            and 0 <= index.row() < len(self._records)
        ):
            return icon(status_word(self._records[index.row()])[1])
        return super().data(index, role)


def stamp(text: str | None) -> str:
    return shown_time(text)


def count_word(key: str) -> str:
    """What a count of a file's records (an import's outcome, or a table sent) is called."""
    return {
        "new": tr("mới"),
        "updated": tr("cập nhật"),
        "unchanged": tr("không đổi"),
        "conflicting": tr("xung đột"),
        "invalid": tr("lỗi"),
        "quarantined": tr("tạm giữ"),
    }.get(key) or i18n.table_label(key)


def counts_text(text: str | None) -> str:
    """A ledger's counts in words of the window's language ("174 mới, 8 xung đột")."""
    try:
        counts = orjson.loads(text or "{}")
    except orjson.JSONDecodeError:
        return ""
    if isinstance(counts, dict) and all(isinstance(v, int) for v in counts.values()):
        return ", ".join(f"{i18n.number(v)} {count_word(k)}" for k, v in counts.items() if v)
    if isinstance(counts, dict):
        return ", ".join(count_word(k) for k in counts)
    return ""


class HistoryModel(RecordTableModel):
    """Exports (sent) and the ledger (received), newest first, as plain dicts."""

    def __init__(self, sent: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sent = sent

    def headers(self) -> tuple[str, ...]:
        if self.sent:
            return (
                self.tr("Thời gian"),
                self.tr("Gửi cho"),
                self.tr("Loại"),
                self.tr("Tệp"),
                self.tr("Nội dung"),
                self.tr("Cấp trên đã nhận"),
            )
        return (
            self.tr("Thời gian nhận"),
            self.tr("Từ đơn vị"),
            self.tr("Loại"),
            self.tr("Tệp"),
            self.tr("Nội dung"),
            self.tr("Lập lúc"),
        )

    @staticmethod
    def _id(record: dict[str, Any]) -> str:
        return str(record.get("bundle_id", ""))

    def _anyone(self, kind: object) -> str:
        """A bundle for any receiver: a pack goes down, everything else up."""
        return self.tr("Mọi đơn vị cấp dưới") if kind == "pack" else self.tr("Cấp trên (bất kỳ)")

    def cell(self, r: dict[str, Any], column: int) -> str:
        kinds = {
            "log": self.tr("Nhật ký"),
            "snapshot": self.tr("Bản đầy đủ"),
            "pack": self.tr("Gói tài liệu"),
            "receipt": self.tr("Giấy báo nhận"),
            "keys": self.tr("Khoá"),
        }
        if self.sent:
            values = (
                stamp(r.get("created_at")),
                r.get("receiver") if r.get("receiver") != "*" else self._anyone(r.get("kind")),
                kinds.get(str(r.get("kind")), r.get("kind")),
                r.get("file_name"),
                counts_text(r.get("counts")),
                stamp(r.get("receipt_at")) if r.get("receipt_at") else "—",
            )
        else:
            values = (
                stamp(r.get("applied_at")),
                r.get("sender_name") or r.get("sender_unit"),
                kinds.get(str(r.get("kind")), r.get("kind")),
                r.get("file_name"),
                counts_text(r.get("counts")),
                stamp(r.get("created_at")),
            )
        return str(values[column] or "")
