"""Only rows a receiver accepts leave this machine: every outgoing row passes the importer's own
row checker (``rows.check_row``) before a bundle is written.

Records saved by versions older than the shared rules (a talk with 51 topics, an over-long note)
still sit in databases. One such row makes the receiver refuse the whole file, and every snapshot
meant to heal it. A deleted record's content means nothing to the receiver, so its tombstone is
sent reduced to what the checker accepts; a live record is never changed behind its owner's back:
the export is refused, naming each record, its field and the problem, so a person can open and fix it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..core import validation
from ..core.errors import ValidationError
from ..core.rules import FieldRule
from ..core.text import without_controls
from .errors import BundleRefused
from .rows import SPECS, RowError, check_row

# A topic is a shared name whose id is the name folded: one too long cannot be fitted (its id would
# change) nor fixed in the window. It is kept at home; every talk or document naming it is itself
# named as a problem, and once fixed names a new topic that travels.
STAYS_HOME = frozenset({"topics"})
SHOWN_IN_MESSAGE = 10  # records listed in the message; ``records`` holds them all
SUMMARY_CHARS = 60


@dataclass(frozen=True)
class RecordProblem:
    """One field of one live record that the receiver's checker refuses."""

    table: str
    id: str
    summary: str  # how a person finds the record: "Buổi 12/03/2026 · Nhà văn hóa ấp 1"
    field: str
    problem: str  # Vietnamese, with the field's label
    detail: str  # English

    @property
    def message(self) -> str:
        """The problem as a refusal's message (what ``i18n.error_text`` reads, like any error's)."""
        return self.problem

    @property
    def sentence(self) -> str:
        return f"{self.summary}: {self.problem}"

    def as_dict(self) -> dict[str, str]:
        return {
            "table": self.table,
            "id": self.id,
            "summary": self.summary,
            "field": self.field,
            "problem": self.problem,
            "detail": self.detail,
        }


class UnsendableRecords(BundleRefused):
    """The export was refused: live records the receiver would refuse; nothing was written."""

    def __init__(self, problems: list[RecordProblem]) -> None:
        lines = [f"• {p.sentence}" for p in problems[:SHOWN_IN_MESSAGE]]
        if len(problems) > SHOWN_IN_MESSAGE:
            lines.append(f"• … và {len(problems) - SHOWN_IN_MESSAGE} chỗ khác.")
        records = len({(p.table, p.id) for p in problems})
        detail = f"{records} record(s) the receiver's row check refuses: " + "; ".join(
            f"{p.table} {p.id}: {p.detail}" for p in problems[:SHOWN_IN_MESSAGE]
        )
        super().__init__("unsendable_records", detail, count=records, records="\n".join(lines))
        self.problems = problems


def sendable(table: str, rows: Iterable[dict[str, Any]], problems: list[RecordProblem]) -> Iterator[dict[str, Any]]:
    """``rows`` as they may travel: each passes ``check_row``; a tombstone that does not is reduced
    until it does; a live record that does not is left out and its problems added to ``problems``
    (the caller refuses the export when there are any); a topic that does not stays home."""
    for row in rows:
        try:
            check_row(table, row)
        except RowError as first:
            if table in STAYS_HOME:
                continue
            reduced = _reduced_tombstone(table, row, first) if row.get("deleted") is True else None
            if reduced is None:
                problems.extend(_problems(table, row, first))
                continue
            row = reduced
        yield row


def problems_of(table: str, row: dict[str, Any]) -> list[RecordProblem]:
    """What the receiver's checker refuses in one record as it would travel (none: it may go)."""
    try:
        check_row(table, row)
    except RowError as first:
        return _problems(table, row, first)
    return []


def refuse_if_any(problems: list[RecordProblem]) -> None:
    if problems:
        raise UnsendableRecords(problems)


def _rule(table: str, name: str) -> FieldRule | None:
    return next((f for f in SPECS[table].fields if f.name == name), None)


def _fit(r: FieldRule, value: Any) -> Any:
    """The nearest value the rule accepts, for the kinds an older version could overfill; ``None``
    when the rule is of another kind (nothing sensible to reduce it to)."""
    if r.kind == "text":
        text = without_controls(value, r.multiline)[: r.cap] if isinstance(value, str) else ""
        return text if text.strip() or not r.required else "—"
    if r.kind == "int":
        number = value if type(value) is int else 0
        return max(0, min(number, r.cap))
    if r.kind == "list":
        items = value if type(value) is list else []
        cleaned = (without_controls(x, r.multiline)[: r.item_cap] for x in items if isinstance(x, str))
        return [x for x in cleaned if x][: r.cap]
    return None


def _refits(table: str, row: dict[str, Any], first: RowError) -> Iterator[tuple[RowError, dict[str, Any]]]:
    """Each failing field in turn, with the row as it is once that field is fitted to its rule (the
    checker stops at the first field it refuses, so fitting it shows the next one)."""
    error: RowError | None = first
    current = dict(row)
    for _ in SPECS[table].fields:
        if error is None:
            return
        r = _rule(table, error.field)
        fitted = _fit(r, current.get(error.field)) if r is not None else None
        if fitted is None:
            yield error, current
            return
        current[error.field] = fitted
        yield error, current
        try:
            check_row(table, current)
            error = None
        except RowError as exc:
            error = exc


def _reduced_tombstone(table: str, row: dict[str, Any], first: RowError) -> dict[str, Any] | None:
    """The tombstone fitted to the rules, or ``None`` when a field is of a kind that cannot be
    fitted (then it is named like a live record's: never sent as the receiver would refuse it)."""
    reduced = row
    for _error, fitted in _refits(table, row, first):
        reduced = fitted
    try:
        check_row(table, reduced)
    except RowError:
        return None
    return reduced


def _problems(table: str, row: dict[str, Any], first: RowError) -> list[RecordProblem]:
    summary = record_summary(table, row)
    out = []
    for error, _ in _refits(table, row, first):
        problem, detail = _described(table, error, row.get(error.field))
        out.append(RecordProblem(table, str(row.get(SPECS[table].key, "")), summary, error.field, problem, detail))
    return out


def _described(table: str, error: RowError, value: Any) -> tuple[str, str]:
    """The problem in the words the window's own check uses ("nhiều quá 50 mục (hiện có 51)")."""
    r = _rule(table, error.field)
    try:
        if r is not None and r.kind == "text" and isinstance(value, str):
            if r.required:
                validation.require_text(r.name, value)
            validation.check_length(r.name, without_controls(value, r.multiline), r.cap)
        elif r is not None and r.kind == "list" and type(value) is list and all(isinstance(x, str) for x in value):
            validation.check_list(r, tuple(without_controls(x, r.multiline) for x in value))
        elif r is not None and r.kind == "int" and type(value) is int:
            validation.check_count(r.name, value, r.cap)
    except ValidationError as exc:
        return exc.message, exc.detail
    return error.reason_vi, error.detail


def _short(value: object) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1] + "…"


def _day(value: Any) -> str:
    try:
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    except (TypeError, ValueError):
        return str(value)


def record_summary(table: str, row: dict[str, Any]) -> str:
    """How a person finds the record in the window or with ``sotay … list``."""
    if table == "talks":
        return f"Buổi {_day(row.get('held_on'))} · {_short(row.get('place')) or '(không ghi địa điểm)'}"
    if table == "groups":
        return f"Nhóm “{_short(row.get('name'))}”"
    if table == "documents":
        return f"Tài liệu “{_short(row.get('title'))}”"
    if table == "units":
        return f"Đơn vị tự tạo “{_short(row.get('name'))}”"
    if table == "topics":
        return f"Chuyên đề “{_short(row.get('name'))}”"
    if table == "read_receipts":
        return f"Xác nhận đã đọc tài liệu {row.get('document_id')}"
    if table == "report_sections":
        return f"Phần báo cáo “{row.get('section')}” kỳ {row.get('period')}"
    if table == "force_members":
        return f"Thành viên lực lượng “{_short(row.get('name'))}”"
    if table == "force_trainings":
        return f"Lớp bồi dưỡng “{_short(row.get('name'))}”"
    if table == "force_conferences":
        return f"Hội nghị báo cáo viên ngày {_day(row.get('held_on'))}"
    if table == "channels":
        return f"Kênh “{_short(row.get('name'))}”"
    if table == "channel_snapshots":
        return f"Số người theo dõi kênh tháng {row.get('month')}"
    return f"{table} {row.get(SPECS[table].key)}"
