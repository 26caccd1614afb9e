"""The report page's tables: one read-only model over plain rows, and the rows and headers of each tab
taken from a built report (figures per breakdown, concerns, briefing coverage, who has reported)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ....core.enums import GroupKind, TalkFormat
from ....services.reports import FIGURE_HEADERS, KEY_HEADERS, Completeness, Report, fmt
from ... import i18n

Index = QModelIndex | QPersistentModelIndex
BREAKDOWN_TABS = ("unit", "month", "format", "topic", "group_kind")
Table = tuple[list[str], list[list[Any]]]
DIRECT = " (trực tiếp)"  # how the report names a unit's own talks beside its units' (reports/build.py)


class RowsModel(QAbstractTableModel):
    """A read-only table over plain rows; integers are shown 1.234 and aligned right, None as "—"."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = []
        self.rows: list[list[Any]] = []

    def set_rows(self, headers: list[str], rows: list[list[Any]]) -> None:
        self.beginResetModel()
        self.headers, self.rows = list(headers), [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt API
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or index.column() >= len(self.headers):
            return None
        value = self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return fmt.DASH
            return i18n.number(value) if isinstance(value, int) else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if isinstance(value, int) or value is None or value == fmt.DASH:
                align = Qt.AlignmentFlag.AlignRight if isinstance(value, int) else Qt.AlignmentFlag.AlignCenter
                return int(align | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return value
        return None

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None


class ReportTables(QObject):
    """Headers (in the window's language) and rows of each tab of the report page."""

    def figure_header(self, key: str) -> str:
        labels = {
            "sessions": self.tr("Số cuộc"),
            "attendance": self.tr("Lượt người dự"),
            "views": self.tr("Lượt xem"),
            "likes": self.tr("Lượt thích"),
            "shares": self.tr("Lượt chia sẻ"),
            "comments": self.tr("Bình luận"),
            "points": self.tr("Điểm cầu"),
            "questions": self.tr("Ý kiến, kiến nghị"),
        }
        return labels.get(key, FIGURE_HEADERS[key])

    def key_header(self, key: str) -> str:
        labels = {
            "unit": self.tr("Đơn vị"),
            "month": self.tr("Tháng"),
            "format": self.tr("Hình thức"),
            "topic": self.tr("Chuyên đề"),
            "group_kind": self.tr("Nhóm đối tượng"),
        }
        return labels.get(key, KEY_HEADERS[key])

    def row_label(self, breakdown: str, key: str, label: str) -> str:
        """A breakdown row's first cell in the window's language; names (units, topics) as they are."""
        if breakdown == "format" and key in {f.value for f in TalkFormat}:
            return i18n.format_label(key)
        if breakdown == "group_kind" and key in {k.value for k in GroupKind}:
            return i18n.group_kind_label(key)
        if breakdown == "group_kind" and not key:
            return self.tr("Không ghi nhóm đối tượng")
        if breakdown == "month":
            return self.tr("Tháng %1/%2").replace("%1", key[5:7]).replace("%2", key[:4])
        if breakdown == "topic" and not key:
            return self.tr("Không ghi chuyên đề")
        if breakdown == "unit" and label.endswith(DIRECT):  # the unit's own talks, beside its units'
            return self.tr("%1 (trực tiếp)").replace("%1", label.removesuffix(DIRECT))
        return label

    def status_label(self, status: str, label: str) -> str:
        """A unit's reporting status with its sign, in the window's language."""
        words = {
            "missing": self.tr("Chưa báo cáo"),
            "partial": self.tr("Chưa đủ kỳ"),
            "late": self.tr("Báo cáo trễ"),
            "pending": self.tr("Chưa đến hạn"),
            "on_time": self.tr("Đúng hạn"),
            "local": self.tr("Dữ liệu tại máy"),
        }
        return f"{label.split(' ', 1)[0]} {words[status]}" if status in words else label

    def breakdown(self, report: Report, key: str) -> Table:
        """Figures per unit, month, format, topic or audience group; a unit that sent nothing is "—"."""
        body = [
            [
                self.row_label(key, r.key, r.label),
                *(
                    [None] * len(FIGURE_HEADERS)
                    if r.figures is None
                    else [getattr(r.figures, k) for k in FIGURE_HEADERS]
                ),
            ]
            for r in report.breakdowns.get(key, [])
        ]
        return [self.key_header(key), *(self.figure_header(k) for k in FIGURE_HEADERS)], body

    def concerns(self, report: Report) -> Table:
        headers = [
            self.tr("Chủ đề"),
            self.tr("Số buổi"),
            self.tr("Số ý kiến"),
            self.tr("Đang theo dõi"),
            self.tr("Quá hạn"),
            self.tr("Đơn vị"),
        ]
        return headers, [
            [c.theme, c.talks, c.questions, c.open_follow_ups, c.overdue, ", ".join(c.units)] for c in report.concerns
        ]

    def coverage(self, report: Report) -> Table:
        headers = [
            self.tr("Tài liệu"),
            self.tr("Số cuộc"),
            self.tr("Lượt người dự"),
            self.tr("Đơn vị đã dùng"),
            self.tr("Đơn vị chưa dùng"),
            self.tr("Đơn vị đã đọc"),
        ]
        return headers, [
            [
                (c.number + " – " if c.number else "") + c.title,
                c.sessions,
                c.attendance,
                len(c.units_with),
                len(c.units_without),
                len(c.readers),
            ]
            for c in report.coverage
        ]

    def status(self, status: Completeness | None) -> Table:
        """Who has reported, worst first; a commune's report has no such table (one empty column)."""
        if status is None:
            return [self.tr("Trạng thái")], []
        headers = [
            self.tr("Trạng thái"),
            self.tr("Đơn vị"),
            self.tr("Trực thuộc"),
            self.tr("Số cuộc"),
            self.tr("Lượt người dự"),
            self.tr("Tệp gần nhất"),
            self.tr("Tệp bị thiếu"),
        ]
        return headers, [
            [
                self.status_label(r.status, r.label),
                r.name,
                r.parent_name,
                r.sessions,
                r.attendance,
                fmt.stamp(r.last_created),
                len(r.gaps) or "",
            ]
            for r in status.rows
        ]

    def lock_sentence(self, report: Report) -> str:
        """Whether the period is locked, and what changed after it was."""
        lk = report.lock
        if lk is None:
            return self.tr("Số liệu kỳ này chưa chốt.")
        if lk.changed:
            d = lk.difference
            return (
                self.tr(
                    "Đã chốt lúc %1 (%2 cuộc, %3 lượt người dự). Sau khi chốt có %4 buổi gửi bổ sung hoặc "
                    "sửa: chênh lệch %5 cuộc, %6 lượt người dự."
                )
                .replace("%1", fmt.stamp(lk.locked_at))
                .replace("%2", i18n.number(lk.approved.sessions))
                .replace("%3", i18n.number(lk.approved.attendance))
                .replace("%4", i18n.number(lk.late_changes))
                .replace("%5", _signed(d.sessions))
                .replace("%6", _signed(d.attendance))
            )
        return self.tr("Đã chốt lúc %1; không có thay đổi sau khi chốt.").replace("%1", fmt.stamp(lk.locked_at))


def _signed(value: int) -> str:
    """A difference with its sign, grouped as the window's language groups digits (+1.234, +1,234)."""
    return ("+" if value > 0 else "") + i18n.number(value)
