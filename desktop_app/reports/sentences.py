"""The report's sentences about figures, held to what the data supports: totals qualified by how many
units reported, follow-up of questions stated only as far as it is recorded, formats counted in the
words people use ("12 buổi phát thanh", "30 bài đăng"), proper names kept ("nhóm Zalo", "Facebook").

Vietnamese, as the report is; ``document.compose`` places them."""

from __future__ import annotations

from ..core.labels import format_unit
from . import fmt
from .model import AreaRow, Report, Row

WHERE = {
    "province": "các xã, phường, đặc khu trong tỉnh",
    "country": "các tỉnh, thành phố",
}
COMMUNE_KINDS = ("Phường", "Đặc khu", "Xã")  # how a commune-level unit's name starts


def where(report: Report) -> str:
    """Where the talks were held: "toàn phường" for a ward, never "toàn xã" for every commune."""
    if report.unit_kind == "commune":
        kind = next((k for k in COMMUNE_KINDS if report.unit_name.startswith(k + " ")), "Xã")
        return f"toàn {kind.lower()}"
    return WHERE.get(report.unit_kind, "các đơn vị")


def figures(sessions: int, attendance: int) -> str:
    return f"{fmt.num(sessions)} cuộc có {fmt.num(attendance)} lượt người dự"


def results(report: Report) -> str:
    """What was done in the period; above a commune, said of the units that have reported, and how
    many have not (a unit that sent nothing did not do nothing)."""
    t = report.totals
    done = f"{where(report)} đã tổ chức {figures(t.sessions, t.attendance)}."
    if report.unit_kind not in ("province", "country") or not report.child_count:
        return f"Trong {report.period.label}, {done}"
    sent, expected = report.reported_units, report.child_count
    if not sent:
        return f"Trong {report.period.label}, chưa đơn vị nào gửi báo cáo; số liệu hiện có: {done}"
    sentence = (
        f"Trong {report.period.label}, theo báo cáo của {fmt.num(sent)}/{fmt.num(expected)} đơn vị "
        f"đã gửi báo cáo kỳ này, {done}"
    )
    if sent < expected:
        sentence += f" {fmt.num(expected - sent)} đơn vị chưa gửi báo cáo nên chưa có trong số liệu trên."
    return sentence


def by_format(rows: list[Row]) -> str:
    """ "Theo hình thức: đài truyền thanh cơ sở 12 buổi phát thanh; bài đăng nhóm Zalo 30 bài đăng." """
    parts = [
        f"{fmt.lower_first(r.label)} {fmt.num(r.counted.sessions)} {format_unit(r.key)}"
        + (f" ({fmt.num(r.counted.attendance)} lượt người)" if r.counted.attendance else "")
        for r in rows
    ]
    return "Theo hình thức: " + "; ".join(parts) + "."


def online(report: Report) -> str:
    t = report.totals
    if not t.online_reach:
        return "Trong kỳ không ghi nhận hoạt động tuyên truyền trên không gian mạng."
    return (
        f"Các bài đăng trên nhóm Zalo, trang Facebook (fanpage) và các điểm cầu trực tuyến có "
        f"{fmt.num(t.views)} lượt xem, {fmt.num(t.likes)} lượt thích, {fmt.num(t.shares)} lượt chia sẻ, "
        f"{fmt.num(t.comments)} bình luận; {fmt.num(t.points)} điểm cầu trực tuyến. Số liệu trên mạng được "
        "thống kê riêng, không cộng vào số lượt người dự."
    )


def priority_areas(report: Report) -> str:
    """Direct and online work in priority areas against the rest; nothing when no talk was held in
    a tagged area (tags unset say nothing about where the talks were)."""
    if not report.areas or not (report.areas[0].direct_talks or report.areas[0].online_talks):
        return ""
    tagged, rest = report.areas

    def said(row: AreaRow) -> str:
        direct = figures(row.direct_talks, row.direct_attendance)
        return f"{direct} trực tiếp, {fmt.num(row.online_talks)} hoạt động trên mạng"

    return (
        "Tại các địa bàn ưu tiên (vùng sâu, vùng xa, vùng đồng bào dân tộc thiểu số, địa bàn phức tạp, nhạy cảm): "
        f"{said(tagged)}; các địa bàn còn lại: {said(rest)}."
    )


def follow_up(report: Report) -> str:
    """What became of the questions: "chuyển cơ quan có thẩm quyền" only when every question has a
    follow-up recorded, otherwise how many have one; the follow-ups still open, and overdue."""
    asked, f = report.totals.questions, report.follow_ups
    if not asked:
        return ""
    if f.questions_followed >= asked:
        parts = ["Các ý kiến đã được chuyển cơ quan có thẩm quyền xem xét, trả lời"]
    else:
        parts = [f"{fmt.num(f.questions_followed)}/{fmt.num(asked)} ý kiến đã có hướng xử lý"]
    if f.open_talks:
        parts.append(
            f"còn {fmt.num(f.open_talks)} việc đang theo dõi, giải quyết"
            + (f", trong đó {fmt.num(f.overdue_talks)} việc quá hạn" if f.overdue_talks else "")
        )
    return "; ".join(parts) + "."


def concerns(report: Report) -> str:
    themes = "; ".join(f"{fmt.lower_first(c.theme)} ({fmt.num(c.talks)} buổi)" for c in report.concerns[:5])
    said = (
        f"Qua các buổi tuyên truyền, nhân dân nêu {fmt.num(report.totals.questions)} ý kiến, kiến nghị, "
        f"tập trung vào {themes}."
    )
    return " ".join(part for part in (said, follow_up(report)) if part)


def busiest_month(months: list[Row]) -> str:
    best = max(months, key=lambda r: r.counted.sessions)
    return (
        f"Tháng có nhiều buổi nhất là {fmt.lower_first(best.label)} "
        f"({figures(best.counted.sessions, best.counted.attendance)})."
    )


def regularity(report: Report) -> str:
    """ "Hoạt động diễn ra ở 38/52 tuần, dài nhất 16 ngày không có hoạt động; 45 % hoạt động tập
    trung vào các tuần cao điểm." and, above a commune, the units that work only at peaks; nothing
    when the regularity was not measured or nothing happened."""
    measured = report.regularity
    if measured is None or not measured.whole.activities:
        return ""
    whole = measured.whole
    sentence = (
        f"Hoạt động diễn ra ở {fmt.num(whole.weeks_active)}/{fmt.num(whole.weeks_total)} tuần, dài nhất "
        f"{fmt.num(whole.longest_gap_days)} ngày không có hoạt động; {round(whole.peak_share * 100)} % hoạt động "
        "tập trung vào các tuần cao điểm."
    )
    if report.unit_kind == "commune" or not measured.units:
        return sentence
    peak_only = measured.peak_only
    if not peak_only:
        return sentence + " Không có đơn vị nào chỉ hoạt động vào dịp cao điểm."
    names = ", ".join(unit.name for unit in peak_only)
    return sentence + f" {fmt.num(len(peak_only))} đơn vị chỉ hoạt động vào dịp cao điểm: {names}."
