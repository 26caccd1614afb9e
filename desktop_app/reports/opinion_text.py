"""The opinion section in words and tables (``reports.opinion``): the sentences drafted for the
composer's "opinion" section, and the tables the document lays out after them. Themes, counts and
days only, as the figures are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import fmt
from .opinion import NEW, Opinion, Resolution

if TYPE_CHECKING:
    from .document import Table

THEMES_SHOWN = 5


def days(value: float | None) -> str:
    """Days as a report writes them: "4", "3,5"; "—" when no answer's day is known."""
    if value is None:
        return fmt.DASH
    return fmt.num(int(value)) if float(value).is_integer() else f"{value:.1f}".replace(".", ",")


def _before(op: Opinion) -> str:
    return "tháng trước" if op.period.kind == "month" else "kỳ trước"


def resolution_sentence(r: Resolution) -> str:
    """ "8 việc cần theo dõi: 3 đã trả lời, 2 đã chuyển cơ quan có thẩm quyền, 3 đang theo dõi (1
    quá hạn); thời gian trả lời trung vị 4 ngày, lâu nhất 12 ngày." """
    if not r.raised:
        return ""
    text = (
        f"Có {fmt.num(r.raised)} việc cần theo dõi: {fmt.num(r.answered)} đã trả lời, "
        f"{fmt.num(r.transferred)} đã chuyển cơ quan có thẩm quyền, {fmt.num(r.open)} đang theo dõi"
        + (f" ({fmt.num(r.overdue)} quá hạn)" if r.overdue else "")
    )
    if r.timed:
        text += f"; thời gian trả lời trung vị {days(r.median_days)} ngày, lâu nhất {days(r.longest_days)} ngày"
    return text + "."


def sentences(op: Opinion) -> list[str]:
    """The draft of the section: the themes and their change, the matters and how they stand,
    what needs attention."""
    out: list[str] = []
    if op.themes:
        shown = [
            f"{t.theme} ({fmt.num(t.talks)} buổi, {fmt.num(t.questions)} ý kiến, "
            + ("mới" if t.change == NEW else f"{t.change} buổi so với {_before(op)}")
            + ")"
            for t in op.themes[:THEMES_SHOWN]
        ]
        more = len(op.themes) - THEMES_SHOWN
        out.append(
            f"Nhân dân nêu ý kiến về {fmt.num(len(op.themes))} chủ đề; nhiều nhất: "
            + "; ".join(shown)
            + (f"; và {fmt.num(more)} chủ đề khác" if more > 0 else "")
            + "."
        )
    said = resolution_sentence(op.resolution)
    if said:
        out.append(f"Trong {op.period.label}, {fmt.lower_first(said)}")
    if op.resolution.urgent:
        out.append(f"Có {fmt.num(op.resolution.urgent)} ý kiến khẩn được gửi ngay lên cấp trên.")
    if op.waiting:
        overdue = sum(w.overdue for w in op.waiting)
        urgent = sum(w.urgent for w in op.waiting)
        parts = [f"{fmt.num(overdue)} việc quá hạn"] * bool(overdue) + [
            f"{fmt.num(urgent)} ý kiến khẩn chưa giải quyết"
        ] * bool(urgent)
        out.append("Cần quan tâm: " + ", ".join(parts) + " (bảng dưới, cũ nhất trước).")
    return out


def tables(op: Opinion) -> list[Table]:
    return [table for _sheet, table in named_tables(op)]


def named_tables(op: Opinion) -> list[tuple[str, Table]]:
    """The themes with their change, the matters per unit (for a unit with units under it), and
    what needs attention; each with the name of its spreadsheet sheet."""
    from .document import Table

    out: list[tuple[str, Table]] = []
    if op.themes:
        out.append(
            (
                "Chủ đề ý kiến",
                Table(
                    ["Chủ đề", "Số buổi", "Số ý kiến", f"So với {_before(op)}"],
                    [[t.theme, t.talks, t.questions, t.change] for t in op.themes],
                    [4, 1.2, 1.2, 1.5],
                    caption="Chủ đề ý kiến trong kỳ (không ghi tên người nêu)",
                ),
            )
        )
    if op.units:
        out.append(
            (
                "Giải quyết theo đơn vị",
                Table(
                    [
                        "Đơn vị",
                        "Việc nêu",
                        "Đã trả lời",
                        "Đã chuyển",
                        "Đang theo dõi",
                        "Quá hạn",
                        "Trung vị (ngày)",
                        "Lâu nhất (ngày)",
                    ],
                    [
                        [
                            u.unit_name,
                            r.raised,
                            r.answered,
                            r.transferred,
                            r.open,
                            r.overdue,
                            days(r.median_days),
                            days(r.longest_days),
                        ]
                        for u in op.units
                        for r in (u.resolution,)
                    ],
                    [3, 1, 1, 1, 1.1, 1, 1.1, 1.1],
                    caption="Việc cần theo dõi theo đơn vị và thời gian trả lời",
                ),
            )
        )
    if op.waiting:
        out.append(
            (
                "Cần quan tâm",
                Table(
                    ["Ngày nêu", "Đơn vị", "Chủ đề", "Hạn", "Lý do"],
                    [
                        [
                            fmt.date(w.held_on),
                            w.unit_name,
                            ", ".join(w.themes) or fmt.DASH,
                            fmt.date(w.due),
                            ", ".join(["quá hạn"] * w.overdue + ["khẩn"] * w.urgent),
                        ]
                        for w in op.waiting
                    ],
                    [1.3, 2.5, 3, 1.3, 1.4],
                    caption="Việc cần quan tâm (cũ nhất trước)",
                ),
            )
        )
    return out
