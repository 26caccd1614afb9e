"""The XLSX's "Đều đặn" sheet: per unit the weeks with activity out of the period's weeks, the
longest gap, the share in peak weeks and the "chỉ cao điểm" flag, the whole on the last row, and
below it the topic × month grid; then the "Đều đặn theo tuần" sheet: the unit × week grid (peak
weeks' headers marked). Grids are coloured by a conditional colour scale, so they read like the
PDF's heatmaps, and print on A4 landscape, the week grid on two pages across."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..core.regularity import ACTIVE_WEEKS_MAX, PEAK_SHARE_MIN
from .heatmap import DARK, PEAK
from .regularity import UnitRegularity
from .xlsx_writer import NUMBER, _print_setup, _put

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet.worksheet import Worksheet

    from ..core.regularity import Regularity
    from .model import Report

SHEET = "Đều đặn"
HEADERS = [
    "Đơn vị",
    "Mã",
    "Số tuần có hoạt động",
    "Số tuần trong kỳ",
    "Dài nhất không có hoạt động (ngày)",
    "Số hoạt động",
    "Hoạt động vào tuần cao điểm",
    "Tỷ lệ vào tuần cao điểm",
    "Chỉ cao điểm",
]
WIDTHS = [32, 10, 12, 12, 16, 12, 14, 14, 12]
NOTE = (
    "Tuần cao điểm: tuần có ngày lễ lớn và tuần trước đó. “Chỉ cao điểm”: từ "
    f"{round(PEAK_SHARE_MIN * 100)} % hoạt động trở lên vào tuần cao điểm và có hoạt động ở không quá "
    f"{round(ACTIVE_WEEKS_MAX * 100)} % số tuần."
)
WEEKS_SHEET = "Đều đặn theo tuần"
WEEKS_NOTE = "Tuần bắt đầu từ thứ Hai; tiêu đề màu cam: tuần cao điểm; màu ô càng đậm càng nhiều hoạt động."
WEEK_WIDTH = 4.5
WEEKS_SCALE = 70  # per cent: 53 weeks print on two A4 landscape pages across


def _figures(r: Regularity) -> list[Any]:
    return [
        r.weeks_active,
        r.weeks_total,
        r.longest_gap_days,
        r.activities,
        r.peak_activities,
        round(r.peak_share, 4),
        "Có" if r.peak_only else "",
    ]


def add_sheets(wb: Workbook, report: Report, page_title: str) -> None:
    """The sheets, when the report's regularity was measured (the services measure it)."""
    from openpyxl.styles import Font

    measured = report.regularity
    if measured is None:
        return
    ws = wb.create_sheet(SHEET)
    _title(ws, f"Độ đều đặn của hoạt động — {report.period.short_label}", NOTE)
    rows = [[u.name, u.code, *_figures(u.figures)] for u in measured.units]
    _table(ws, 3, HEADERS, rows, ["Chung", measured.root, *_figures(measured.whole)])
    for column, width in enumerate(WIDTHS, 1):
        ws.column_dimensions[_letter(column)].width = width
    for r in range(4, 4 + len(rows) + 1):
        ws.cell(r, 8).number_format = "0%"
    ws.freeze_panes = ws.cell(4, 1)
    _print_setup(ws, 3, page_title, SHEET)
    grid = report.topic_months
    if grid is not None and grid.topics:
        months = [f"{m[5:7]}/{m[:4]}" for m in grid.months]
        topics = [[topic, *values] for topic, values in zip(grid.topics, grid.values, strict=True)]
        start = 4 + len(rows) + 2
        _put(ws, start, 1, "Số buổi theo chuyên đề và tháng").font = Font(bold=True)
        _grid(ws, start + 1, months, topics, set())
    weeks = wb.create_sheet(WEEKS_SHEET)
    _title(weeks, f"Số hoạt động mỗi tuần của từng đơn vị — {report.period.short_label}", WEEKS_NOTE)
    units = measured.units or [UnitRegularity(measured.root, report.unit_name, measured.whole)]
    _grid(
        weeks,
        3,
        [f"{m:%d/%m}" for m in measured.weeks],
        [[u.name, *[u.per_week.get(m, 0) for m in measured.weeks]] for u in units],
        {i for i, m in enumerate(measured.weeks) if m in measured.peaks},
    )
    weeks.column_dimensions["A"].width = WIDTHS[0]
    for column in range(2, len(measured.weeks) + 2):
        weeks.column_dimensions[_letter(column)].width = WEEK_WIDTH
    weeks.freeze_panes = weeks.cell(4, 2)
    _print_setup(weeks, 3, page_title, WEEKS_SHEET)
    weeks.sheet_properties.pageSetUpPr.fitToPage = False  # 53 weeks on one page would be unreadable:
    weeks.page_setup.scale = WEEKS_SCALE  # two pages across, the units' names repeated on each
    weeks.print_title_cols = "A:A"


def _title(ws: Worksheet, heading: str, note: str) -> None:
    from openpyxl.styles import Font

    _put(ws, 1, 1, heading).font = Font(bold=True, size=12)
    _put(ws, 2, 1, note).font = Font(italic=True)


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))


def _table(ws: Worksheet, start: int, headers: list[str], rows: list[list[Any]], total: list[Any] | None) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for c, h in enumerate(headers, 1):
        cell = _put(ws, start, c, h)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE7F0")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    body = rows + ([total] if total else [])
    for r, values in enumerate(body, start + 1):
        for c, value in enumerate(values, 1):
            cell = _put(ws, r, c, value)
            cell.border = border
            if isinstance(value, int):
                cell.number_format = NUMBER
            if total and r == start + len(body):
                cell.font = Font(bold=True)
    ws.row_dimensions[start].height = 45


def _grid(ws: Worksheet, start: int, columns: list[str], rows: list[list[Any]], peaks: set[int]) -> None:
    """A grid from ``start``: the header row (``peaks``: the columns whose header is marked), a row
    per label, a white-to-blue colour scale over the counts."""
    from openpyxl.formatting.rule import ColorScaleRule
    from openpyxl.styles import Alignment, Font, PatternFill

    _table(ws, start, ["", *columns], rows, None)
    for c in range(len(columns)):
        header = ws.cell(start, c + 2)
        header.alignment = Alignment(horizontal="center", vertical="center", text_rotation=90)
        if c in peaks:
            header.fill = PatternFill("solid", fgColor=PEAK.lstrip("#").upper())
            header.font = Font(bold=True, color="FFFFFF")
    if rows and columns:
        cells = f"B{start + 1}:{_letter(len(columns) + 1)}{start + len(rows)}"
        dark = "{:02X}{:02X}{:02X}".format(*DARK)
        ws.conditional_formatting.add(
            cells, ColorScaleRule(start_type="num", start_value=0, start_color="FFFFFF", end_type="max", end_color=dark)
        )
