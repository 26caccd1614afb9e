"""``sotay force``: the roster of báo cáo viên, tuyên truyền viên and cộng tác viên, their courses
and the periodic conferences."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.force import STATUS_LABELS_VI, Member, MemberStatus
from ..core.jsonout import plain
from .output import Command, Subparsers, choices_of, emit_json, out

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    force = sub.add_parser("force", help="lực lượng báo cáo viên, tuyên truyền viên").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_force_add, "thêm một thành viên vào danh sách lực lượng", force)
    p.add_argument("--name", required=True)
    p.add_argument("--role", required=True, help="vai trò trong danh sách đã cấu hình (sotay force lists)")
    p.add_argument("--unit", metavar="CODE")
    _member_flags(p)
    p = command("list", cmd_force_list, "liệt kê lực lượng (kèm số buổi đã trình bày)", force)
    p.add_argument("--unit", metavar="CODE", action="append", help="chỉ đơn vị này (lặp lại được)")
    p.add_argument("--status", choices=choices_of(MemberStatus))
    p.add_argument(
        "--untrained-this-year", action="store_true", help="chỉ người đang hoạt động chưa được bồi dưỡng năm nay"
    )
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_force_show, "xem một thành viên, các lớp bồi dưỡng của họ", force)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("edit", cmd_force_edit, "sửa một thành viên (chỉ các trường được nêu)", force)
    p.add_argument("id")
    p.add_argument("--name")
    p.add_argument("--role")
    _member_flags(p)
    p.add_argument(
        "--withdraw-phone-consent", action="store_true", help="người đó rút lại đồng ý: xoá số điện thoại (cả lịch sử)"
    )
    p = command("remove", cmd_force_remove, "xoá hẳn một thành viên (tên, số điện thoại; các buổi vẫn được đếm)", force)
    p.add_argument("id")
    p = command("lists", cmd_force_lists, "các vai trò và cấp đang dùng; đặt lại bằng --role, --level", force)
    p.add_argument("--role", action="append", help="đặt lại danh sách vai trò (lặp lại cho mỗi vai trò)")
    p.add_argument("--level", action="append", help="đặt lại danh sách cấp (lặp lại cho mỗi cấp)")
    p.add_argument("--json", action="store_true")

    p = command(
        "summary", cmd_force_summary, "lực lượng theo đơn vị: vai trò, cấp, đã bồi dưỡng năm nay, có hoạt động", force
    )
    p.add_argument("--from", dest="start", metavar="DATE", help="đầu kỳ tính “có hoạt động” (mặc định: đầu năm)")
    p.add_argument("--to", dest="end", metavar="DATE", help="cuối kỳ (mặc định: hôm nay)")
    p.add_argument("--unit", metavar="CODE", action="append", help="chỉ đơn vị này (lặp lại được)")
    p.add_argument("--json", action="store_true")

    training = force.add_parser("training", help="các lớp bồi dưỡng, tập huấn").add_subparsers(
        dest="training_action", metavar="ACTION", required=True
    )
    p = command("add", cmd_training_add, "ghi một lớp bồi dưỡng của một thành viên", training)
    p.add_argument("member", metavar="MEMBER_ID")
    p.add_argument("--name", required=True)
    p.add_argument("--organiser", default="")
    p.add_argument("--start")
    p.add_argument("--end")
    p.add_argument("--result", default="", help="kết quả hoặc điểm")
    p.add_argument("--certificate", default="", help="số chứng chỉ")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_training_list, "liệt kê các lớp bồi dưỡng", training)
    p.add_argument("--member", metavar="MEMBER_ID")
    p.add_argument("--json", action="store_true")

    conference = force.add_parser("conference", help="hội nghị báo cáo viên").add_subparsers(
        dest="conference_action", metavar="ACTION", required=True
    )
    p = command("add", cmd_conference_add, "ghi một hội nghị báo cáo viên", conference)
    p.add_argument("--date", required=True)
    p.add_argument("--topic", required=True)
    p.add_argument("--point", default="", help="điểm cầu")
    p.add_argument("--attendee", metavar="MEMBER_ID", action="append", default=[], help="người dự (lặp lại được)")
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_conference_list, "liệt kê các hội nghị báo cáo viên", conference)
    p.add_argument("--json", action="store_true")


def _member_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--level")
    p.add_argument("--decision-number", help="số quyết định công nhận")
    p.add_argument("--decision-date")
    p.add_argument("--decision-body", help="cơ quan ra quyết định")
    p.add_argument("--status", choices=choices_of(MemberStatus))
    p.add_argument("--status-since", help="ngày bắt đầu trạng thái")
    p.add_argument("--expertise", help="lĩnh vực chuyên môn")
    p.add_argument("--language", action="append", help="ngôn ngữ nói được (lặp lại được)")
    p.add_argument("--phone")
    p.add_argument("--phone-consent", action="store_true", help="người đó đã đồng ý cho lưu số điện thoại")
    p.add_argument("--json", action="store_true")


def _member_fields(args: argparse.Namespace) -> dict[str, object]:
    fields: dict[str, object] = {
        "level": args.level,
        "decision_number": args.decision_number,
        "decision_date": args.decision_date,
        "decision_body": args.decision_body,
        "status": args.status,
        "status_since": args.status_since,
        "expertise": args.expertise,
        "languages": tuple(args.language) if args.language else None,
        "phone": args.phone,
    }
    if args.phone_consent:
        fields["phone_consent"] = True
    return fields


def _line(m: Member, talks: int | None = None) -> str:
    tail = "" if talks is None else f"  {talks:>4} buổi"
    return f"{m.name:<30} {m.role:<28} {m.level:<10} {STATUS_LABELS_VI[m.status]:<15}{tail}  [{m.id}]"


def cmd_force_add(args: argparse.Namespace, s: Services) -> int:
    fields = {k: v for k, v in _member_fields(args).items() if v is not None}
    member = s.force.add(name=args.name, role=args.role, unit_code=args.unit, **fields)
    if args.json:
        emit_json(member)
    else:
        out(f"Đã thêm {member.role} {member.name}  [{member.id}]")
    return 0


def cmd_force_edit(args: argparse.Namespace, s: Services) -> int:
    changes = _member_fields(args)
    changes.update(name=args.name, role=args.role)
    if args.withdraw_phone_consent:
        changes.update(phone_consent=False, phone="")
    member = s.force.edit(args.id, **changes)
    if args.json:
        emit_json(member)
    else:
        out(f"Đã lưu {member.name}  [{member.id}]")
    return 0


def cmd_force_list(args: argparse.Namespace, s: Services) -> int:
    status = MemberStatus(args.status) if args.status else None
    units = tuple(s.units.resolve(u) for u in args.unit or ())
    rows = s.force.list(unit_codes=units, status=status, untrained_this_year=args.untrained_this_year)
    if args.json:
        emit_json({"members": rows})
    else:
        for row in rows:
            out(_line(row.member, row.talks))
        out(f"{len(rows)} người")
    return 0


def cmd_force_show(args: argparse.Namespace, s: Services) -> int:
    member = s.force.get(args.id)
    trainings = s.force.trainings(member_id=member.id)
    if args.json:
        emit_json({"member": member, "trainings": trainings})
        return 0
    out(_line(member))
    if member.decision_number or member.decision_body:
        decided = member.decision_date.strftime("%d/%m/%Y") if member.decision_date else ""
        out(f"Quyết định công nhận: {member.decision_number} {decided} {member.decision_body}".rstrip())
    if member.expertise:
        out(f"Lĩnh vực: {member.expertise}")
    out(f"Ngôn ngữ: {', '.join(member.languages)}")
    if member.phone:
        out(f"Điện thoại: {member.phone}")
    for t in trainings:
        day = t.day.strftime("%d/%m/%Y") if t.day else "—"
        out(f"Bồi dưỡng: {day} {t.name} {t.result}".rstrip())
    return 0


def cmd_force_remove(args: argparse.Namespace, s: Services) -> int:
    talks = s.force.remove(args.id)
    out(f"Đã xoá thành viên (tên, số điện thoại, cả trong lịch sử); {talks} buổi vẫn được đếm, không còn tên.")
    return 0


def cmd_force_lists(args: argparse.Namespace, s: Services) -> int:
    if args.role or args.level:
        s.force.set_lists(
            roles=tuple(args.role) if args.role else None, levels=tuple(args.level) if args.level else None
        )
    lists = {"roles": s.force.roles(), "levels": s.force.levels()}
    if args.json:
        emit_json(lists)
    else:
        out("Vai trò: " + "; ".join(lists["roles"]))
        out("Cấp: " + "; ".join(lists["levels"]))
    return 0


def cmd_training_add(args: argparse.Namespace, s: Services) -> int:
    training = s.force.add_training(
        args.member,
        name=args.name,
        organiser=args.organiser,
        start=args.start,
        end=args.end,
        result=args.result,
        certificate=args.certificate,
    )
    if args.json:
        emit_json(training)
    else:
        out(f"Đã ghi lớp {training.name}  [{training.id}]")
    return 0


def cmd_training_list(args: argparse.Namespace, s: Services) -> int:
    trainings = s.force.trainings(member_id=args.member)
    if args.json:
        emit_json({"trainings": trainings})
    else:
        for t in trainings:
            day = t.day.strftime("%d/%m/%Y") if t.day else "—"
            out(f"{day:<11} {t.name:<40} {t.result:<12} {t.certificate}  [{t.member_id}]")
    return 0


def cmd_conference_add(args: argparse.Namespace, s: Services) -> int:
    conference = s.force.add_conference(
        held_on=args.date,
        topic=args.topic,
        connection_point=args.point,
        attendee_ids=args.attendee,
        unit_code=args.unit,
    )
    if args.json:
        emit_json(conference)
    else:
        out(f"Đã ghi hội nghị ngày {conference.held_on.strftime('%d/%m/%Y')}: {len(conference.attendee_ids)} người dự")
    return 0


def cmd_conference_list(args: argparse.Namespace, s: Services) -> int:
    conferences = s.force.conferences()
    if args.json:
        emit_json({"conferences": conferences})
    else:
        for c in conferences:
            out(
                f"{c.held_on.strftime('%d/%m/%Y')}  {c.topic:<50} {c.connection_point:<30} "
                f"{len(c.attendee_ids)} người dự"
            )
    return 0


def cmd_force_summary(args: argparse.Namespace, s: Services) -> int:
    from ..core.validation import parse_date

    units = tuple(s.units.resolve(u) for u in args.unit or ())
    rows = s.force.rollup(parse_date("start", args.start), parse_date("end", args.end), units)
    if args.json:
        emit_json({"units": [{**plain(u), "trained_percent": u.trained_percent} for u in rows]})
        return 0
    for u in rows:
        roles = ", ".join(f"{n} {role}" for role, n in sorted(u.by_role.items()))
        out(
            f"{u.unit_name:<28} {u.members:>4} người ({roles}); đã bồi dưỡng năm nay {u.trained_this_year}/{u.members} "
            f"({u.trained_percent}%); có hoạt động {u.active_in_period}"
        )
    return 0
