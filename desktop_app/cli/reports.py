"""``sotay report``, ``sotay status`` and ``sotay period lock|unlock|list|changes``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .output import Command, Subparsers, emit_json, out

if TYPE_CHECKING:
    from ..services import Services
    from ..services.reports import Period

PERIOD_HELP = "kỳ báo cáo: 2026-10 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng), 2026 (năm), 01/07/2026..15/08/2026"


def register(sub: Subparsers, command: Command) -> None:
    p = command("report", cmd_report, "báo cáo kết quả tuyên truyền miệng của một kỳ (json, xlsx, docx, pdf)")
    p.set_defaults(report_parser=p)
    p.add_argument("--period", help=PERIOD_HELP + " (bắt buộc)")
    p.add_argument("--unit", metavar="CODE", help="đơn vị (mặc định: đơn vị của máy này; VN: toàn quốc)")
    p.add_argument(
        "--by", default="unit,month,format,topic,group_kind", help="cách chia: unit,month,format,topic,group_kind"
    )
    p.add_argument("--format", choices=("json", "xlsx", "docx", "pdf"), default="json")
    p.add_argument("--out", type=Path, metavar="FILE", help="tệp ghi ra (json: mặc định in ra màn hình)")
    p.add_argument(
        "--motto", "--style", choices=("party", "state"), help="thể thức, tiêu ngữ: Đảng (party) hoặc Nhà nước (state)"
    )
    p.add_argument("--number", help="số, ký hiệu văn bản, ví dụ “Số 12-BC/ĐU”")
    p.add_argument("--signer", help="họ tên người ký")
    p.add_argument("--signer-title", help="chức vụ người ký, ví dụ “PHÓ BÍ THƯ”")
    p.add_argument("--place", help="địa danh ghi trước ngày tháng")
    p.add_argument("--date", help="ngày ký (dd/mm/yyyy; mặc định hôm nay)")
    p.add_argument("--no-charts", action="store_true", help="không kèm biểu đồ (docx, pdf)")
    p.add_argument(
        "--recipient",
        action="append",
        metavar="TEXT",
        help="một dòng “Nơi nhận” (lặp lại cho mỗi nơi; mặc định: theo cài đặt, rồi theo đơn vị)",
    )
    p.add_argument("--issuer-parent", metavar="TEXT", help="dòng cơ quan cấp trên, ví dụ “ĐẢNG BỘ TỈNH ĐỒNG THÁP”")
    p.add_argument("--issuer", metavar="TEXT", help="dòng cơ quan ban hành, ví dụ “ĐẢNG ỦY XÃ THANH BÌNH”")
    p.add_argument(
        "--sections",
        type=Path,
        metavar="FILE",
        help='tệp nội dung các phần báo cáo (JSON {"general": "…"} hoặc văn bản: dòng [general] rồi nội dung; '
        "xem docs/reports.md); thay cho nội dung đã lưu của các phần có trong tệp",
    )
    actions = p.add_subparsers(dest="report_action", metavar="ACTION")
    p = command(
        "sections", cmd_sections, "các phần viết của báo cáo một kỳ (đã lưu, và của các đơn vị cấp dưới)", actions
    )
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--unit", metavar="CODE", help="đơn vị (mặc định: đơn vị của máy này)")
    p.add_argument(
        "--save",
        type=Path,
        metavar="FILE",
        help="lưu nội dung các phần trong tệp (cùng định dạng với report --sections) làm báo cáo của đơn vị này; "
        "phần để trống trong tệp trở về bản nháp",
    )
    p.add_argument("--json", action="store_true")

    p = command("status", cmd_status, "tình hình báo cáo của các đơn vị trong một kỳ (ai chưa báo cáo)")
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--unit", metavar="CODE", help="đơn vị tổng hợp (mặc định: đơn vị của máy này)")
    p.add_argument(
        "--grace", type=int, metavar="DAYS", help="số ngày sau kỳ vẫn tính là đúng hạn (mặc định: theo cài đặt, 5)"
    )
    p.add_argument("--reminder", action="store_true", help="in lời nhắc các đơn vị chưa báo cáo (để dán vào nhóm Zalo)")
    p.add_argument("--json", action="store_true")

    period = sub.add_parser("period", help="chốt (khóa) và mở khóa số liệu một kỳ").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("lock", cmd_lock, "chốt số liệu một kỳ: số liệu gửi đến sau sẽ được đánh dấu", period)
    p.add_argument("period", help=PERIOD_HELP)
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--note", default="")
    p.add_argument("--json", action="store_true")
    p = command("unlock", cmd_unlock, "mở khóa một kỳ đã chốt (ghi lại người mở và lý do)", period)
    p.add_argument("period", help=PERIOD_HELP)
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--reason", required=True)
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_locks, "các kỳ đã chốt và lịch sử chốt, mở khóa", period)
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p = command("changes", cmd_changes, "các buổi gửi đến hoặc sửa sau khi chốt kỳ", period)
    p.add_argument("period", help=PERIOD_HELP)
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--json", action="store_true")


def _unit(args: argparse.Namespace, s: Services) -> str:
    return s.reports.unit_code(args.unit)


def _period(text: str) -> Period:
    from ..services.reports import ReportService

    return ReportService.period(text)


def cmd_report(args: argparse.Namespace, s: Services) -> int:
    from ..core import validation

    if args.period is None:
        args.report_parser.error("the following arguments are required: --period")
    period = _period(args.period)
    root = _unit(args, s)
    suffix = args.out.suffix.lower().lstrip(".") if args.out else ""
    if args.format == "json" and suffix in ("xlsx", "docx", "pdf"):
        args.format = suffix  # "--out bao-cao.pdf" means a PDF, not JSON under a PDF's name
    built = s.reports.build(root, period, s.reports.breakdowns(args.by))
    report = built.report
    if args.format == "json" and args.out is None:
        emit_json(built.as_json())  # the regularity measured with the report
        return 0
    target = args.out or Path(f"bao-cao-{root}-{period.code.replace('..', '_')}.{args.format}")
    options = s.reports.document_options(
        report,
        args.motto,
        number=args.number,
        signer_name=args.signer,
        signer_title=args.signer_title,
        place=args.place,
        day=validation.parse_date("date", args.date) if args.date else None,
        charts=not args.no_charts,
        recipients=args.recipient,
        issuer_parent=args.issuer_parent,
        issuer=args.issuer,
        status=built.status,
        sections=_sections_file(args.sections),
    )
    s.reports.write(built, args.format, target, options)
    sessions, attendance = (f"{n:,}".replace(",", ".") for n in (report.totals.sessions, report.totals.attendance))
    out(f"Đã ghi {target} ({report.period.label}, {report.unit_name}: {sessions} cuộc, {attendance} lượt người dự).")
    return 0


def _sections_file(path: Path | None) -> dict[str, str] | None:
    """The texts of ``--sections FILE`` (a file that cannot be read is refused like any input)."""
    if path is None:
        return None
    from ..core.errors import ValidationError
    from ..core.sections import parse_sections_file

    try:
        content = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError(
            f"Không đọc được tệp các phần báo cáo {path} (cần văn bản UTF-8).", str(exc), field="sections"
        ) from exc
    return parse_sections_file(content)


def cmd_sections(args: argparse.Namespace, s: Services) -> int:
    from ..core.sections import SECTION_HEADINGS, SECTION_KEYS

    period, root = _period(args.period), _unit(args, s)
    texts = _sections_file(args.save)
    for key, text in (texts or {}).items():
        if text:
            s.reports.save_section(root, period, key, text)
        else:
            s.reports.clear_section(root, period, key)
    saved = s.reports.saved_sections(root, period)
    below = [p for key in SECTION_KEYS for p in s.reports.sections_below(root, period, key)]
    if args.json:
        emit_json(
            {
                "unit_code": root,
                "period": period.as_dict(),
                "sections": [
                    {"key": key, "heading": SECTION_HEADINGS[key], "text": saved[key].text, "version": saved[key].hlc}
                    for key in SECTION_KEYS
                    if key in saved
                ],
                "below": [
                    {"unit_code": p.unit_code, "unit_name": p.unit_name, "key": p.key, "text": p.text, "version": p.hlc}
                    for p in below
                ],
            }
        )
        return 0
    if not saved and not below:
        out(f"Chưa có phần nào được viết cho {period.label}.")
    for key in SECTION_KEYS:
        if key in saved:
            out(f"[{key}] {SECTION_HEADINGS[key]}\n{saved[key].text}\n")
    for p in below:
        out(f"[{p.key}] {p.unit_name} ({p.unit_code})\n{p.text}\n")
    return 0


def cmd_status(args: argparse.Namespace, s: Services) -> int:
    from ..services.reports import fmt

    status = s.reports.status(_unit(args, s), _period(args.period), grace=args.grace)
    if args.json:
        data = status.as_dict()
        if args.reminder:
            data["reminder"] = s.reports.reminder(status)
        emit_json(data)
        return 0
    if args.reminder:
        out(s.reports.reminder(status))
        return 0
    out(f"Tình hình báo cáo {status.period.label} — {status.unit_name} (hạn {fmt.date(status.deadline)})")
    out(
        f"Đã nhận {status.received}/{status.expected}, đúng hạn {status.on_time}, trễ {status.count('late')}, "
        f"chưa đủ kỳ {status.count('partial')}, chưa báo cáo {status.count('missing')}, "
        f"chưa đến hạn {status.count('pending')}."
    )
    if not status.ledger:
        out("(Máy này chưa nhận tệp nào từ đơn vị cấp dưới.)")
    for r in status.rows:
        gaps = f"  thiếu {len(r.gaps)} tệp" if r.gaps else ""
        out(
            f"{r.label:<18} {r.name:<32} {fmt.num(r.sessions):>7} cuộc  {fmt.num(r.attendance):>8} lượt  "
            f"tệp gần nhất {fmt.stamp(r.last_created)}{gaps}"
        )
    return 0


def cmd_lock(args: argparse.Namespace, s: Services) -> int:
    lock = s.reports.lock(_unit(args, s), _period(args.period), note=args.note)
    if args.json:
        emit_json(lock.as_dict())
    else:
        t = lock.approved.get("totals", {})
        out(
            f"Đã chốt số liệu {lock.period.label}: {t.get('sessions', 0)} cuộc, {t.get('attendance', 0)} lượt "
            "người dự. Số liệu gửi đến sau sẽ được đánh dấu (sotay period changes)."
        )
    return 0


def cmd_unlock(args: argparse.Namespace, s: Services) -> int:
    lock = s.reports.unlock(_unit(args, s), _period(args.period), reason=args.reason)
    if args.json:
        emit_json(lock.as_dict())
    else:
        out(f"Đã mở khóa {lock.period.label}. Lý do đã được ghi lại.")
    return 0


def cmd_locks(args: argparse.Namespace, s: Services) -> int:
    from ..services.reports import fmt

    root = _unit(args, s) if args.unit else None
    locks = s.reports.locks(root)
    events = s.reports.lock_history(root)
    if args.json:
        emit_json({"locks": [lk.as_dict() for lk in locks], "events": events})
        return 0
    if not locks:
        out("Chưa chốt kỳ nào.")
    for lk in locks:
        state = "đã chốt" if lk.status == "locked" else "đã mở khóa"
        out(f"{lk.period.short_label:<26} {lk.unit_code:>8}  {state:<11} {fmt.stamp(lk.locked_at)}  {lk.locked_by}")
    for e in events:
        out(
            f"  {fmt.stamp(e['at'])}  {'chốt' if e['action'] == 'lock' else 'mở khóa'} {e['period']}  "
            f"{e['by']}  {e['note']}"
        )
    return 0


def cmd_changes(args: argparse.Namespace, s: Services) -> int:
    from ..services.reports import fmt

    changes = s.reports.late_changes(_unit(args, s), _period(args.period))
    if args.json:
        emit_json({"changes": changes})
        return 0
    if not changes:
        out("Không có thay đổi nào sau khi chốt (hoặc kỳ này chưa chốt).")
    words = {"insert": "thêm", "update": "sửa", "delete": "xóa"}
    for c in changes:
        out(
            f"{fmt.stamp(c['noticed_at'])}  {words.get(c['change'], c['change']):<4} buổi {fmt.date(c['held_on'])} "
            f"của {c['owner_unit']}  tệp {c['file_name'] or '—'}"
        )
    return 0
