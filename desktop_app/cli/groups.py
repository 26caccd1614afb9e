"""``sotay groups``: the groups talks reach and their contact person."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.enums import GroupKind
from ..core.errors import ValidationError
from .output import Command, Subparsers, choices_of, emit_json, out

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    groups = sub.add_parser("groups", help="nhóm đối tượng").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_groups_add, "thêm nhóm đối tượng", groups)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", choices=choices_of(GroupKind), default=GroupKind.HAMLET.value)
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--size", type=int, default=0)
    p.add_argument("--channel", default="", help="đường dẫn nhóm Zalo / fanpage")
    p.add_argument("--contact-name", default="")
    p.add_argument("--contact-phone", default="")
    p.add_argument("--consent", action="store_true", help="người liên hệ đã đồng ý lưu thông tin")
    p.add_argument("--consent-date")
    p.add_argument("--notes", default="")
    p.add_argument("--inactive", action="store_true")
    p.add_argument("--tag", action="append", default=[], help="vùng ưu tiên, ví dụ “vùng sâu” (lặp lại được)")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_groups_list, "liệt kê nhóm", groups)
    p.add_argument("--active", action="store_true", help="chỉ nhóm còn hoạt động")
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_groups_show, "xem một nhóm", groups)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("delete", cmd_groups_delete, "xoá một nhóm (xoá luôn tên, số điện thoại người liên hệ)", groups)
    p.add_argument("id")
    p = command(
        "withdraw-consent",
        cmd_groups_withdraw_consent,
        "người liên hệ rút lại đồng ý: xoá tên, số điện thoại của họ (cả trong lịch sử)",
        groups,
    )
    p.add_argument("id")
    p = command("edit", cmd_groups_edit, "đổi vùng ưu tiên của một nhóm", groups)
    p.add_argument("id")
    p.add_argument("--tag", action="append", default=[], help="vùng ưu tiên (lặp lại được; thay các vùng cũ)")
    p.add_argument("--no-tag", action="store_true", help="bỏ mọi vùng ưu tiên của nhóm")
    p.add_argument("--json", action="store_true")


def cmd_groups_add(args: argparse.Namespace, s: Services) -> int:
    group = s.groups.add(
        name=args.name,
        kind=args.kind,
        unit_code=args.unit,
        size=args.size,
        channel_url=args.channel,
        contact_name=args.contact_name,
        contact_phone=args.contact_phone,
        contact_consent=args.consent,
        consent_date=args.consent_date,
        notes=args.notes,
        active=not args.inactive,
        tags=args.tag,
    )
    if args.json:
        emit_json(group)
    else:
        out(f"Đã thêm nhóm {group.name}  [{group.id}]")
    return 0


def cmd_groups_edit(args: argparse.Namespace, s: Services) -> int:
    if not args.tag and not args.no_tag:
        raise ValidationError(
            "Chưa có gì để đổi: dùng --tag VÙNG (lặp lại được) hoặc --no-tag.", "nothing to change", field="tags"
        )
    group = s.groups.set_tags(args.id, [] if args.no_tag else args.tag)
    if args.json:
        emit_json(group)
    else:
        out(f"Nhóm {group.name}: " + ("; ".join(group.tags) or "không thuộc vùng ưu tiên nào"))
    return 0


def cmd_groups_list(args: argparse.Namespace, s: Services) -> int:
    groups = s.groups.list(include_inactive=not args.active)
    if args.json:
        emit_json({"groups": groups})
    else:
        for g in groups:
            out(f"{g.name:<40} {g.kind.value:<18} {g.size:>7}  [{g.id}]")
    return 0


def cmd_groups_show(args: argparse.Namespace, s: Services) -> int:
    g = s.groups.get(args.id)
    if args.json:
        emit_json(g)
        return 0
    from ..core.labels import label

    out(f"{g.name} — {label(g.kind)}, khoảng {g.size} người" + ("" if g.active else " (ngừng hoạt động)"))
    if g.tags:
        out("Vùng ưu tiên: " + "; ".join(g.tags))
    if g.channel_url:
        out(f"Kênh: {g.channel_url}")
    if g.contact_name or g.contact_phone:
        out(f"Liên hệ: {g.contact_name} {g.contact_phone}")
    return 0


def cmd_groups_delete(args: argparse.Namespace, s: Services) -> int:
    s.groups.delete(args.id)
    out("Đã xoá nhóm.")
    return 0


def cmd_groups_withdraw_consent(args: argparse.Namespace, s: Services) -> int:
    group = s.groups.withdraw_contact_consent(args.id)
    out(f"Đã xoá tên và số điện thoại người liên hệ của nhóm {group.name}.")
    return 0
