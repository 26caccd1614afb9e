"""Tables of the Lực lượng page: the roster, the courses and the conferences."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ....core.force import Conference, MemberRow, MemberStatus, Training, UnitForce
from ....core.text import sort_key
from ... import i18n
from ...models import RecordTableModel


class MemberTableModel(RecordTableModel):
    """One row per member: name, role, level, status, talks naming them, latest course, unit."""

    UNIT_COLUMN = 6

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unit_names: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Họ và tên"),
            self.tr("Vai trò"),
            self.tr("Cấp"),
            self.tr("Trạng thái"),
            self.tr("Số buổi"),
            self.tr("Bồi dưỡng gần nhất"),
            self.tr("Đơn vị"),
        )

    def status_label(self, status: MemberStatus) -> str:
        return {
            MemberStatus.ACTIVE: self.tr("Đang hoạt động"),
            MemberStatus.PAUSED: self.tr("Tạm dừng"),
            MemberStatus.LEFT: self.tr("Đã thôi"),
        }[status]

    def cell(self, row: MemberRow, column: int) -> str:
        m = row.member
        values = (
            m.name,
            m.role,
            m.level or "—",
            self.status_label(m.status),
            i18n.number(row.talks),
            i18n.date(row.last_trained) if row.last_trained else "—",
            self.unit_names.get(m.unit_code, m.unit_code),
        )
        return values[column]

    def sort_value(self, row: MemberRow, column: int) -> Any:
        if column == 4:
            return row.talks
        if column == 5:
            return row.last_trained.isoformat() if row.last_trained else ""
        return (sort_key(self.cell(row, column)), sort_key(row.member.name))

    @staticmethod
    def _id(record: Any) -> str:
        return str(record.member.id)


class TrainingTableModel(RecordTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.member_names: dict[str, str] = {}

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Người học"),
            self.tr("Lớp"),
            self.tr("Đơn vị tổ chức"),
            self.tr("Từ ngày"),
            self.tr("Đến ngày"),
            self.tr("Kết quả"),
            self.tr("Số chứng chỉ"),
        )

    def cell(self, t: Training, column: int) -> str:
        values = (
            self.member_names.get(t.member_id, "—"),
            t.name,
            t.organiser,
            i18n.date(t.start) if t.start else "—",
            i18n.date(t.end) if t.end else "—",
            t.result,
            t.certificate,
        )
        return values[column]

    def sort_value(self, t: Training, column: int) -> Any:
        if column in (3, 4):
            day = t.start if column == 3 else t.end
            return day.isoformat() if day else ""
        return sort_key(self.cell(t, column))


class ConferenceTableModel(RecordTableModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Ngày"), self.tr("Chủ đề"), self.tr("Điểm cầu"), self.tr("Số người dự"))

    def cell(self, c: Conference, column: int) -> str:
        values = (i18n.date(c.held_on), c.topic, c.connection_point or "—", i18n.number(len(c.attendee_ids)))
        return values[column]

    def sort_value(self, c: Conference, column: int) -> Any:
        if column == 0:
            return c.held_on.isoformat()
        if column == 3:
            return len(c.attendee_ids)
        return sort_key(self.cell(c, column))


class UnitForceTableModel(RecordTableModel):
    """The aggregator's view: one row per unit below it."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Đơn vị"),
            self.tr("Số người"),
            self.tr("Theo vai trò"),
            self.tr("Theo cấp"),
            self.tr("Đã bồi dưỡng năm nay"),
            self.tr("Có hoạt động năm nay"),
        )

    def cell(self, u: UnitForce, column: int) -> str:
        def spread(counts: dict[str, int]) -> str:
            return ", ".join(f"{i18n.number(n)} {name}" for name, n in sorted(counts.items())) or "—"

        values = (
            u.unit_name,
            i18n.number(u.members),
            spread(u.by_role),
            spread(u.by_level),
            f"{i18n.number(u.trained_this_year)} ({u.trained_percent} %)",
            i18n.number(u.active_in_period),
        )
        return values[column]

    def sort_value(self, u: UnitForce, column: int) -> Any:
        numbers = {1: u.members, 4: u.trained_percent, 5: u.active_in_period}
        return numbers[column] if column in numbers else sort_key(self.cell(u, column))

    @staticmethod
    def _id(record: Any) -> str:
        return str(record.unit_code)
