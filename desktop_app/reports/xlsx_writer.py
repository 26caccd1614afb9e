"""XLSX (openpyxl): a summary sheet, one sheet per breakdown, concerns, documents and reporting
status; Vietnamese headers, numbers as numbers (shown 1.234 by Excel's locale), frozen header row,
column widths set. A unit that has not reported is an empty cell marked "—", never 0."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import fmt
from .model import BREAKDOWN_TITLES, FIGURE_HEADERS, KEY_HEADERS, Report

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

    from ..core.records import Figures
    from .completeness import Completeness

NUMBER = "#,##0"
SHEET_NAMES = {
    "unit": "Theo đơn vị",
    "month": "Theo tháng",
    "format": "Theo hình thức",
    "topic": "Theo chuyên đề",
    "group_kind": "Theo nhóm đối tượng",
}


# A text starting with one of these is a formula to a spreadsheet (or becomes one when a user edits
# the cell): a commune's topic "=HYPERLINK(…)" must stay text in the province's file.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _put(ws: Worksheet, row: int, col: int, value: Any) -> Cell:
    """One cell; a text is always stored as text, never as a formula, and marked so that editing it
    in Excel or LibreOffice keeps it text."""
    cell = ws.cell(row, col, value)
    if isinstance(value, str):
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
    return cell


def _sheet(
    wb: Workbook,
    title: str,
    headers: list[str],
    rows: list[list[Any]],
    widths: list[int],
    total: list[Any] | None = None,
    heading: str = "",
) -> Worksheet:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title[:31])
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    start = 1
    if heading:
        _put(ws, 1, 1, heading).font = Font(bold=True, size=12)
        start = 3
    for c, h in enumerate(headers, 1):
        cell = _put(ws, start, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    for r, values in enumerate(rows + ([total] if total else []), start + 1):
        for c, value in enumerate(values, 1):
            cell = _put(ws, r, c, value)
            cell.border = border
            if isinstance(value, int):
                cell.number_format = NUMBER
            elif value == fmt.DASH:
                cell.alignment = Alignment(horizontal="center")
            if total and r == start + len(rows) + 1:
                cell.font = Font(bold=True)
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.freeze_panes = ws.cell(start + 1, 1)
    return ws


FIGURES = list(FIGURE_HEADERS)


def _figure_cells(f: Figures | None) -> list[Any]:
    return [fmt.DASH] * len(FIGURES) if f is None else [getattr(f, n) for n in FIGURES]


def write_xlsx(report: Report, path: Path | str, status: Completeness | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    p = report.period
    heading = f"Kết quả công tác tuyên truyền miệng {p.label} — {report.unit_name}"
    t = report.totals
    summary = [
        ["Số cuộc", t.sessions],
        ["Lượt người dự (trực tiếp)", t.attendance],
        ["Lượt xem (trực tuyến)", t.views],
        ["Lượt thích", t.likes],
        ["Lượt chia sẻ", t.shares],
        ["Bình luận", t.comments],
        ["Điểm cầu trực tuyến", t.points],
        ["Ý kiến, kiến nghị", t.questions],
        ["Đơn vị có hoạt động", report.active_units],
        ["Số đơn vị trực thuộc", report.child_count],
    ]
    if report.lock is not None:
        lk = report.lock
        summary += [
            ["Đã chốt số liệu lúc", fmt.stamp(lk.locked_at)],
            ["Số cuộc khi chốt", lk.approved.sessions],
            ["Lượt người dự khi chốt", lk.approved.attendance],
            ["Thay đổi sau khi chốt (buổi)", lk.late_changes],
            ["Chênh lệch số cuộc", lk.difference.sessions],
            ["Chênh lệch lượt người dự", lk.difference.attendance],
        ]
    _sheet(wb, "Tổng hợp", ["Chỉ tiêu", "Số liệu"], summary, [36, 18], heading=heading)
    for key, rows in report.breakdowns.items():
        headers = ["TT", KEY_HEADERS[key], *FIGURE_HEADERS.values()] + (["Số đơn vị"] if key == "topic" else [])
        body = []
        for i, r in enumerate(rows, 1):
            cells = [i, r.label, *_figure_cells(r.figures)]
            if key == "topic":
                cells.append(r.units)
            if key == "unit":
                cells.insert(2, r.key)
            body.append(cells)
        if key == "unit":
            headers.insert(2, "Mã")
        total = None
        if key in ("unit", "month", "format"):
            total = ["", "Tổng cộng", *_figure_cells(t)]
            if key == "unit":
                total.insert(2, "")
        widths = [6, 40] + ([10] if key == "unit" else []) + [11] * len(FIGURES) + ([11] if key == "topic" else [])
        _sheet(wb, SHEET_NAMES[key], headers, body, widths, total, heading=f"{BREAKDOWN_TITLES[key]} — {p.short_label}")
    if report.concerns:
        _sheet(
            wb,
            "Ý kiến, kiến nghị",
            ["Chủ đề", "Số buổi", "Số ý kiến", "Đang theo dõi", "Quá hạn", "Đơn vị"],
            [
                [c.theme, c.talks, c.questions, c.open_follow_ups, c.overdue, ", ".join(c.units)]
                for c in report.concerns
            ],
            [34, 10, 10, 13, 10, 60],
            heading="Ý kiến, kiến nghị theo chủ đề (không ghi tên người nêu)",
        )
    if report.coverage:
        _sheet(
            wb,
            "Tài liệu",
            [
                "Số, ký hiệu",
                "Tài liệu",
                "Bắt buộc",
                "Số cuộc",
                "Lượt người dự",
                "Đơn vị đã dùng",
                "Đơn vị chưa dùng",
                "Đơn vị đã đọc",
            ],
            [
                [
                    c.number,
                    c.title,
                    "Có" if c.required else "",
                    c.sessions,
                    c.attendance,
                    len(c.units_with),
                    len(c.units_without),
                    len(c.readers),
                ]
                for c in report.coverage
            ],
            [16, 60, 10, 10, 13, 14, 14, 14],
            heading="Triển khai tài liệu, định hướng tuyên truyền",
        )
    if status is not None:
        status_rows = [
            [
                r.label,
                r.name,
                r.parent_name,
                r.code,
                fmt.DASH if r.sessions is None else r.sessions,
                fmt.DASH if r.attendance is None else r.attendance,
                fmt.stamp(r.last_created),
                r.last_bundle or fmt.DASH,
                len(r.gaps) or "",
            ]
            for r in status.rows
        ]
        _sheet(
            wb,
            "Tình hình báo cáo",
            [
                "Trạng thái",
                "Đơn vị",
                "Trực thuộc",
                "Mã",
                "Số cuộc",
                "Lượt người dự",
                "Tệp gần nhất",
                "Mã tệp",
                "Tệp bị thiếu",
            ],
            status_rows,
            [18, 32, 22, 9, 10, 13, 18, 38, 12],
            heading=f"Tình hình báo cáo {p.label} — hạn {fmt.date(status.deadline)}",
        )
    path = Path(path)
    wb.save(str(path))
    return path
