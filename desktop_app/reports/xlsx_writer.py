"""XLSX (openpyxl): a summary sheet, one sheet per breakdown, concerns, documents and reporting
status; Vietnamese headers, numbers as numbers (shown 1.234 by Excel's locale), times as times
(dd/mm/yyyy hh:mm, Vietnam time), frozen header row, autofilter, column widths set. A unit that has
not reported is an empty cell, never 0 nor a "—" text, and a note above the table says so.

Every sheet prints as people file it: A4 landscape, fitted to the page width, the header row on
every page, the report's title and period in the page header, page numbers in the footer."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.enums import Platform
from ..core.force import role_counts
from ..core.labels import label_of
from ..core.text import sort_key
from ..core.vntime import VN_TZ, parse_utc
from . import fmt, orientation
from .model import BREAKDOWN_TITLES, FIGURE_HEADERS, KEY_HEADERS, Report

if TYPE_CHECKING:
    from collections.abc import Callable

    from openpyxl import Workbook
    from openpyxl.cell import Cell
    from openpyxl.worksheet.worksheet import Worksheet

    from ..core.records import Figures
    from .completeness import Completeness

NUMBER = "#,##0"
DATE_TIME = "dd/mm/yyyy hh:mm"
HEADER_HEIGHT = 32  # points: two lines of a wrapped header ("Lượt người / dự")
NOT_REPORTED_NOTE = "Ô trống: đơn vị chưa gửi báo cáo kỳ này (không phải 0)."
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


def vn_time(stamp: str | None) -> dt.datetime | None:
    """A stored UTC time as the Vietnam time a spreadsheet shows (no zone: spreadsheets have none)."""
    moment = parse_utc(stamp) if stamp else None
    return moment.astimezone(VN_TZ).replace(tzinfo=None) if moment else None


def _header_text(text: str) -> str:
    """Text for a printed page header, where "&" starts a code."""
    return text.replace("&", "&&")


def _print_setup(ws: Worksheet, header_row: int, page_title: str, table: str) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.oddHeader.center.text = _header_text(page_title)
    ws.oddHeader.center.size = 10
    ws.oddFooter.left.text = _header_text(table)
    ws.oddFooter.left.size = 9
    ws.oddFooter.right.text = "Trang &P/&N"
    ws.oddFooter.right.size = 9


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
    page_title: str = "",
    note: str = "",
) -> Worksheet:
    """A table: ``heading`` in row 1, ``note`` in row 2, the header row, the rows, the total; a None
    cell stays empty."""
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title[:31])
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    start = 1
    if heading:
        _put(ws, 1, 1, heading).font = Font(bold=True, size=12)
        start = 3
    if note:
        _put(ws, 2, 1, note).font = Font(italic=True)
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
            if isinstance(value, dt.datetime):
                cell.number_format = DATE_TIME
            elif isinstance(value, int):
                cell.number_format = NUMBER
            if total and r == start + len(rows) + 1:
                cell.font = Font(bold=True)
    for c, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(c)].width = w
    ws.row_dimensions[start].height = HEADER_HEIGHT
    ws.freeze_panes = ws.cell(start + 1, 1)
    ws.auto_filter.ref = f"A{start}:{get_column_letter(len(headers))}{start + len(rows)}"  # the total stays put
    _print_setup(ws, start, page_title or heading, title)
    return ws


FIGURES = list(FIGURE_HEADERS)


def _figure_cells(f: Figures | None) -> list[Any]:
    return [None] * len(FIGURES) if f is None else [getattr(f, n) for n in FIGURES]


def write_xlsx(report: Report, path: Path | str, status: Completeness | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    p = report.period
    report_heading = f"Kết quả công tác tuyên truyền miệng {p.label} — {report.unit_name}"

    def sheet(
        title: str,
        headers: list[str],
        rows: list[list[Any]],
        widths: list[int],
        total: list[Any] | None = None,
        heading: str = "",
        note: str = "",
    ) -> Worksheet:
        """A table whose printed pages carry the report's title and period."""
        return _sheet(wb, title, headers, rows, widths, total, heading, report_heading, note)

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
    if report.child_count:  # the totals are those of the units below that have reported
        summary.insert(-2, ["Đơn vị đã gửi báo cáo kỳ này", report.reported_units])
    if report.lock is not None:
        lk = report.lock
        summary += [
            ["Đã chốt số liệu lúc", vn_time(lk.locked_at) or lk.locked_at],
            ["Số cuộc khi chốt", lk.approved.sessions],
            ["Lượt người dự khi chốt", lk.approved.attendance],
            ["Thay đổi sau khi chốt (buổi)", lk.late_changes],
            ["Chênh lệch số cuộc", lk.difference.sessions],
            ["Chênh lệch lượt người dự", lk.difference.attendance],
        ]
    sheet("Tổng hợp", ["Chỉ tiêu", "Số liệu"], summary, [36, 18], heading=report_heading)
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
            total = [None, "Tổng cộng", *_figure_cells(t)]
            if key == "unit":
                total.insert(2, None)
        widths = [6, 40] + ([10] if key == "unit" else []) + [11] * len(FIGURES) + ([11] if key == "topic" else [])
        silent = any(r.figures is None for r in rows)
        sheet(
            SHEET_NAMES[key],
            headers,
            body,
            widths,
            total,
            heading=f"{BREAKDOWN_TITLES[key]} — {p.short_label}",
            note=NOT_REPORTED_NOTE if silent else "",
        )
    if report.concerns:
        sheet(
            "Ý kiến, kiến nghị",
            ["Chủ đề", "Số buổi", "Số ý kiến", "Đang theo dõi", "Quá hạn", "Đơn vị"],
            [
                [c.theme, c.talks, c.questions, c.open_follow_ups, c.overdue, ", ".join(c.units)]
                for c in report.concerns
            ],
            [34, 10, 10, 13, 10, 60],
            heading="Ý kiến, kiến nghị theo chủ đề (không ghi tên người nêu)",
        )
    if report.opinion is not None:
        from .opinion_text import named_tables

        for title, table in named_tables(report.opinion):
            sheet(title, table.headers, table.rows, [max(10, int(w * 10)) for w in table.widths], heading=table.caption)
    if report.coverage:
        sheet(
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
    orientation.sheet(sheet, report)
    if report.force:
        _force_sheet(sheet, report)
    if report.channels:
        _channels_sheet(sheet, report)
    if report.areas and (report.areas[0].direct_talks or report.areas[0].online_talks):
        sheet(
            "Vùng ưu tiên",
            ["Địa bàn", "Số cuộc trực tiếp", "Lượt người dự", "Hoạt động trên mạng", "Lượt người dự trực tuyến"],
            [["Vùng ưu tiên" if a.tagged else "Còn lại", *dataclasses.astuple(a)[1:]] for a in report.areas],
            [28, 16, 14, 18, 20],
            heading=f"Vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số, địa bàn phức tạp — {p.label}",
        )
    from .regularity_xlsx import add_sheets as add_regularity_sheets

    add_regularity_sheets(wb, report, report_heading)
    if status is not None:
        status_rows = [
            [
                r.label,
                r.name,
                r.parent_name,
                r.code,
                r.sessions,
                r.attendance,
                vn_time(r.last_created) or r.last_created,
                r.last_bundle,
                len(r.gaps) or None,
            ]
            for r in status.rows
        ]
        sheet(
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
            [18, 32, 22, 9, 10, 13, 19, 38, 12],
            heading=f"Tình hình báo cáo {p.label} — hạn {fmt.date(status.deadline)}",
            note=NOT_REPORTED_NOTE if any(r.sessions is None for r in status.rows) else "",
        )
    path = Path(path)
    wb.save(str(path))
    return path


def _force_sheet(sheet: Callable[..., Worksheet], report: Report) -> None:
    """The force per unit: members by role (the usual roles as columns), trained this year, active."""
    roles = [role for role, _n in role_counts(report.force)]
    counts = [
        [u.members, *[u.by_role.get(role, 0) for role in roles], u.trained_this_year, u.active_in_period]
        for u in report.force
    ]
    rows: list[list[Any]] = [[u.unit_name, u.unit_code, *n] for u, n in zip(report.force, counts, strict=True)]
    total: list[Any] = ["Tổng cộng", None, *[sum(column) for column in zip(*counts, strict=True)]]
    sheet(
        "Lực lượng",
        [
            "Đơn vị",
            "Mã",
            "Số người",
            *[role[:1].upper() + role[1:] for role in roles],
            "Đã bồi dưỡng năm nay",
            "Có hoạt động trong kỳ",
        ],  # fmt: skip
        rows,
        [32, 9, 10, *[14] * len(roles), 14, 14],
        total,
        heading=f"Đội ngũ báo cáo viên, tuyên truyền viên — {report.period.short_label}",
        note="Không tính người đã thôi; “có hoạt động”: được ghi là người trình bày ít nhất một buổi trong kỳ.",
    )


def _channels_sheet(sheet: Callable[..., Worksheet], report: Report) -> None:
    """Channels per unit and platform: how many, followers at the period's end, growth over it."""
    order = [p.value for p in Platform]
    rows = sorted(
        report.channels,
        key=lambda r: (sort_key(r.unit_name), order.index(r.platform) if r.platform in order else len(order)),
    )
    grown = [r.growth for r in rows if r.growth is not None]
    sheet(
        "Kênh",
        ["Đơn vị", "Mã", "Nền tảng", "Số kênh", "Người theo dõi, thành viên", "Tăng trong kỳ"],
        [[r.unit_name, r.unit_code, label_of(Platform, r.platform), r.channels, r.followers, r.growth] for r in rows],
        [32, 10, 20, 10, 16, 14],
        [
            None,
            None,
            "Tổng cộng",
            sum(r.channels for r in rows),
            sum(r.followers for r in rows),
            sum(grown) if grown else None,
        ],
        heading=f"Kênh thông tin trên mạng xã hội — {report.period.short_label}",
    )
