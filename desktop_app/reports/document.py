"""The written report: the content of a Vietnamese administrative report, built once from a
``Report`` and laid out by the DOCX and PDF writers alike (so both carry the same words and figures).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import fmt, orientation, sentences
from .heading import number_line, recipient_lines
from .model import BREAKDOWN_TITLES, KEY_HEADERS, Report, Row
from .sections import arrange

if TYPE_CHECKING:
    from .completeness import Completeness

STATE_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
PARTY_MOTTO = ("ĐẢNG CỘNG SẢN VIỆT NAM", "")


@dataclass(frozen=True)
class DocOptions:
    """What the officer chooses: motto, issuing body and number, signer; defaults come from the unit."""

    motto: str = "party"  # party | state
    issuer_parent: str = ""  # e.g. ĐẢNG BỘ TỈNH ĐỒNG THÁP
    issuer: str = ""  # e.g. ĐẢNG ỦY XÃ THANH BÌNH
    issuer_text: str = ""  # the same in a sentence: Đảng ủy xã Thanh Bình
    number: str = ""  # "12", "12-BC/ĐU" or "Số 12-BC/ĐU"; blank leaves room to fill by hand (``number_line``)
    place: str = ""
    day: dt.date | None = None
    signer_role: str = ""  # e.g. T/M BAN THƯỜNG VỤ
    signer_title: str = ""  # e.g. PHÓ BÍ THƯ
    signer_name: str = ""
    recipients: tuple[str, ...] = ()
    charts: bool = True
    # (section key, text) of the written sections (``core.sections``); none given: the figures alone
    sections: tuple[tuple[str, str], ...] = ()


Cell = str | int  # a table cell: text, or a number


@dataclass
class Table:
    headers: list[str]
    rows: list[list[Cell]]  # ints are written as numbers (1.234)
    widths: list[float]  # relative
    total: list[Cell] | None = None
    caption: str = ""


@dataclass
class Section:
    heading: str
    blocks: list[Block] = field(default_factory=list)
    key: str = ""  # a section a written text belongs to or replaces (``reports.sections``)


Block = str | tuple[str, str] | Table  # a paragraph, a ("sub", heading) or a table


@dataclass
class WrittenReport:
    options: DocOptions
    header_left: list[str]  # issuer lines
    number: str
    motto: tuple[str, str]
    place_date: str
    title: str
    subtitle: str
    intro: str
    sections: list[Section]
    signer: list[str]
    recipients: list[str]
    report: Report
    notes: list[str] = field(default_factory=list)


def _people_committee(name: str, lower: str, recipients: tuple[str, ...]) -> dict[str, Any]:
    """The state heading and signature (Nghị định 30/2020), the same for a commune and a province."""
    return dict(
        issuer_parent="ỦY BAN NHÂN DÂN",
        issuer=name.upper(),
        signer_role="TM. ỦY BAN NHÂN DÂN",
        signer_title="CHỦ TỊCH",
        issuer_text=f"Ủy ban nhân dân {lower}",
        recipients=recipients,
    )


def default_options(report: Report, motto: str = "party", **over: Any) -> DocOptions:
    name, province = report.unit_name, report.province_name
    lower = name[0].lower() + name[1:] if name else name  # "xã Thanh Bình"
    base: dict[str, Any]
    if report.unit_kind == "commune":
        if motto == "party":
            base = dict(
                issuer_parent=f"ĐẢNG BỘ {province.upper()}",
                issuer=f"ĐẢNG ỦY {name.upper()}",
                issuer_text=f"Đảng ủy {lower}",
                signer_role="T/M BAN THƯỜNG VỤ",
                signer_title="PHÓ BÍ THƯ",
                recipients=(
                    "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c),",
                    "Thường trực Đảng ủy xã,",
                    "Các chi bộ, đoàn thể,",
                    "Lưu Văn phòng Đảng ủy.",
                ),
            )
        else:
            base = _people_committee(name, lower, ("UBND tỉnh (b/c),", "Thường trực Đảng ủy xã,", "Lưu: VT."))
    elif report.unit_kind == "province":
        if motto == "party":
            base = dict(
                issuer_parent=f"TỈNH ỦY {fmt.place_name(name).upper()}",
                issuer="BAN TUYÊN GIÁO VÀ DÂN VẬN",
                signer_role="",
                issuer_text=f"Ban Tuyên giáo và Dân vận Tỉnh ủy {fmt.place_name(name)}",
                signer_title="TRƯỞNG BAN",
                recipients=(
                    "Ban Tuyên giáo và Dân vận Trung ương (b/c),",
                    "Thường trực Tỉnh ủy (b/c),",
                    "Đảng ủy các xã, phường,",
                    "Lưu Văn phòng Ban.",
                ),
            )
        else:
            base = _people_committee(name, lower, ("Các xã, phường,", "Lưu: VT."))
    else:
        base = dict(
            issuer_parent="",
            issuer=name.upper(),
            signer_role="",
            signer_title="THỦ TRƯỞNG ĐƠN VỊ",
            issuer_text=name,
            recipients=("Lưu.",),
        )
    base.update(motto=motto, place=fmt.place_name(name if report.unit_kind != "country" else "Hà Nội"))
    base.update({k: v for k, v in over.items() if v not in (None, "")})
    return DocOptions(**base)


def compose(report: Report, options: DocOptions | None = None, status: Completeness | None = None) -> WrittenReport:
    """The words, figures and tables of the report, in order."""
    o = options or default_options(report)
    day = o.day or report.generated_on
    p = report.period
    sections: list[Section] = []

    # I. Results
    s1 = Section("I. KẾT QUẢ THỰC HIỆN", key="figures")
    s1.blocks.append(("sub", "1. Số cuộc và số lượt người dự"))
    s1.blocks.append(sentences.results(report))
    if report.lock is not None:
        lk = report.lock
        if lk.changed:
            d = lk.difference
            s1.blocks.append(
                f"Số liệu kỳ này đã được chốt ngày {fmt.stamp(lk.locked_at)[:10]} "
                f"({sentences.figures(lk.approved.sessions, lk.approved.attendance)}); sau khi chốt có "
                f"{fmt.num(lk.late_changes)} buổi được gửi bổ sung hoặc sửa đổi, chênh lệch "
                f"{fmt.signed(d.sessions)} cuộc, {fmt.signed(d.attendance)} lượt người dự."
            )
        else:
            s1.blocks.append(
                f"Số liệu kỳ này đã được chốt ngày {fmt.stamp(lk.locked_at)[:10]}, không có thay đổi sau khi chốt."
            )
    if steady := sentences.regularity(report):
        s1.blocks.append(steady)
    fmts = report.breakdowns.get("format")
    if fmts:
        s1.blocks.append(("sub", "2. Hình thức tuyên truyền"))
        s1.blocks.append(sentences.by_format(fmts))
        s1.blocks.append(_table("format", fmts, report))
    if areas := sentences.priority_areas(report):
        s1.blocks.append(areas)
    s1.blocks.append(("sub", "3. Tuyên truyền trên không gian mạng"))
    s1.blocks.append(sentences.online(report))
    topics = report.breakdowns.get("topic")
    if topics:
        s1.blocks.append(("sub", "4. Nội dung, chuyên đề tuyên truyền"))
        named = [r for r in topics if r.key]
        top = named[:4]
        if top:
            s1.blocks.append(
                "Các chuyên đề được tuyên truyền nhiều nhất: "
                + "; ".join(
                    f"{r.label} ({fmt.num(r.counted.sessions)} cuộc, {fmt.num(r.counted.attendance)} lượt người)"
                    for r in top
                )
                + ". Một buổi nói nhiều chuyên đề được tính ở từng chuyên đề."
            )
        s1.blocks.append(_table("topic", topics, report))
    n = 5
    groups = report.breakdowns.get("group_kind")
    if groups:
        s1.blocks.append(("sub", f"{n}. Đối tượng tuyên truyền"))
        n += 1
        s1.blocks.append("Một buổi đến với nhiều nhóm cùng loại chỉ được tính một lần trong loại đó.")
        s1.blocks.append(_table("group_kind", groups, report))
    units = report.breakdowns.get("unit")
    if units and (report.unit_kind != "commune" or len(units) > 1):
        s1.blocks.append(("sub", f"{n}. Kết quả theo đơn vị"))
        n += 1
        missing = [r.label for r in units if r.figures is None]
        text = f"Kết quả của {fmt.num(len(units))} đơn vị được tổng hợp tại bảng dưới đây."
        if missing:
            text += f" {fmt.num(len(missing))} đơn vị chưa gửi báo cáo (ghi “—” trong bảng)."
        s1.blocks.append(text)
        s1.blocks.append(_table("unit", units, report))
    months = report.breakdowns.get("month")
    if months and len(months) > 1:
        s1.blocks.append(("sub", f"{n}. Kết quả theo tháng"))
        s1.blocks.append(sentences.busiest_month(months))
        s1.blocks.append(_table("month", months, report))
    sections.append(s1)

    # II. Concerns
    s2 = Section("II. TÂM TƯ, Ý KIẾN, KIẾN NGHỊ CỦA NHÂN DÂN", key="opinion")
    if report.concerns:
        s2.blocks.append(sentences.concerns(report))
        s2.blocks.append(
            Table(
                ["Chủ đề", "Số buổi", "Số ý kiến", "Đang theo dõi", "Quá hạn"],
                [[c.theme, c.talks, c.questions, c.open_follow_ups, c.overdue] for c in report.concerns],
                [4, 1.2, 1.2, 1.4, 1.1],
                caption="Ý kiến, kiến nghị theo chủ đề (không ghi tên người nêu)",
            )
        )
    else:
        s2.blocks.append("Trong kỳ không ghi nhận ý kiến, kiến nghị của nhân dân qua các buổi tuyên truyền.")
    if report.opinion is not None:  # after the written text and the themes' table (``sections.arrange``)
        from .opinion_text import sentences as opinion_sentences
        from .opinion_text import tables as opinion_tables

        s2.blocks += [*opinion_sentences(report.opinion), *opinion_tables(report.opinion)]
    sections.append(s2)

    # III. Briefing documents and the orientation from above
    if report.coverage or report.orientation:
        s3 = Section("III. TRIỂN KHAI TÀI LIỆU, ĐỊNH HƯỚNG TUYÊN TRUYỀN")
        s3.blocks.extend(orientation.blocks(report))
    if report.coverage:
        used = [c for c in report.coverage if c.sessions]
        s3.blocks.append(
            f"Trong kỳ có {fmt.num(len(report.coverage))} tài liệu còn hiệu lực, "
            f"{fmt.num(len(used))} tài liệu đã được sử dụng trong các buổi tuyên truyền."
        )
        many = report.child_count > 1
        rows: list[list[Cell]] = []
        for c in report.coverage:
            row: list[Cell] = [(c.number + " – " if c.number else "") + c.title, c.sessions, c.attendance]
            if many:
                row += [len(c.units_with), len(c.units_without)]
            rows.append(row)
        headers = ["Tài liệu", "Số cuộc", "Lượt người dự"] + (["Đơn vị đã dùng", "Đơn vị chưa dùng"] if many else [])
        s3.blocks.append(Table(headers, rows, [6, 1.2, 1.5] + ([1.4, 1.4] if many else [])))
    if report.coverage or report.orientation:
        sections.append(s3)

    # IV. Reporting
    if status is not None and status.expected > 1:
        s4 = Section(f"{_roman(len(sections) + 1)}. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ")
        silent = [r for r in status.rows if r.status == "missing"]
        text = (
            f"Có {fmt.num(status.received)}/{fmt.num(status.expected)} đơn vị đã gửi báo cáo, trong đó "
            f"{fmt.num(status.on_time)} đơn vị đúng hạn, {fmt.num(status.count('late'))} đơn vị trễ hạn; "
            f"{fmt.num(len(silent))} đơn vị chưa báo cáo"
        )
        if silent and len(silent) <= 12:
            text += ": " + ", ".join(r.name for r in silent)
        s4.blocks.append(text + ".")
        sections.append(s4)

    # Next steps
    nxt = Section(f"{_roman(len(sections) + 1)}. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", key="direction")
    nxt.blocks.append(
        "Tiếp tục bám sát định hướng của cấp trên, tổ chức tuyên truyền miệng thường xuyên, "
        "đa dạng hình thức, kết hợp hội nghị, đài truyền thanh cơ sở và không gian mạng."
    )
    if report.concerns:
        nxt.blocks.append("Theo dõi, đôn đốc giải quyết và trả lời các ý kiến, kiến nghị của nhân dân còn tồn đọng.")
    if status is not None and status.count("missing", "partial", "late"):
        nxt.blocks.append("Đôn đốc các đơn vị chưa báo cáo hoặc báo cáo trễ gửi số liệu đúng thời hạn.")
    sections.append(nxt)
    if o.sections:
        sections = arrange(sections, dict(o.sections))

    who = o.issuer_text or o.issuer or "Đơn vị"
    intro = (
        f"Thực hiện chương trình công tác {'tuyên giáo và dân vận' if o.motto == 'party' else 'tuyên truyền'}, "
        f"{who} báo cáo kết quả công tác tuyên truyền miệng {p.label} như sau:"
    )
    header_left = [line for line in (o.issuer_parent, o.issuer) if line]
    signer = [line for line in (o.signer_role, o.signer_title) if line]
    notes = []
    if report.unit_kind != "commune" and any(r.figures is None for r in report.breakdowns.get("unit", [])):
        notes.append("“—”: đơn vị chưa gửi báo cáo (không phải 0).")
    return WrittenReport(
        o,
        header_left,
        number_line(o),
        STATE_MOTTO if o.motto == "state" else PARTY_MOTTO,
        fmt.place_and_date(o.place, day),
        "BÁO CÁO",
        f"Kết quả công tác tuyên truyền miệng {p.label}",
        intro,
        sections,
        signer,
        recipient_lines(o),
        report,
        notes,
    )


def _roman(n: int) -> str:
    return ["", "I", "II", "III", "IV", "V", "VI", "VII"][n]


def _table(key: str, rows: list[Row], report: Report) -> Table:
    online = any(r.figures and r.figures.online_reach for r in rows)
    headers = ["TT", KEY_HEADERS[key], "Số cuộc", "Lượt người dự"] + (
        ["Lượt xem", "Lượt thích", "Chia sẻ", "Bình luận"] if online else []
    )
    body = []
    for i, r in enumerate(rows, 1):
        f = r.figures
        cells: list[Cell] = [i, r.label]
        if f is None:
            cells += [fmt.DASH] * (len(headers) - 2)
        else:
            cells += [f.sessions, f.attendance] + ([f.views, f.likes, f.shares, f.comments] if online else [])
        body.append(cells)
    total: list[Cell] | None = None
    if key in ("unit", "month", "format"):
        t = report.totals
        online_totals: list[Cell] = [t.views, t.likes, t.shares, t.comments] if online else []
        total = ["", "Tổng cộng", t.sessions, t.attendance, *online_totals]
    widths = [0.9, 4.2, 1.2, 1.5] + ([1.2, 1.2, 1.1, 1.2] if online else [])
    return Table(headers, body, widths, total, caption=BREAKDOWN_TITLES[key])
