"""``sotay units``: the official units and the ones this unit adds."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..core.enums import UnitKind
from .output import Command, Subparsers, choices_of, emit_json, out

if TYPE_CHECKING:
    from ..core.records import Unit
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    units = sub.add_parser("units", help="đơn vị hành chính và đơn vị tự tạo").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("list", cmd_units_list, "liệt kê đơn vị", units, init=False)
    p.add_argument("--province", metavar="CODE", help="chỉ các xã, phường của tỉnh này")
    p.add_argument("--custom", action="store_true", help="chỉ đơn vị tự tạo")
    p.add_argument("--json", action="store_true")
    p = command("search", cmd_units_search, "tìm đơn vị theo tên (có dấu hoặc không dấu, cả tên cũ)", units, init=False)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p = command("add", cmd_units_add, "thêm thôn, ấp, đoàn thể, chi bộ, cụm…", units)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", required=True, choices=choices_of(UnitKind, lambda kind: not kind.official))
    p.add_argument("--parent", metavar="CODE", help="đơn vị cha (mặc định: đơn vị của máy này)")
    p.add_argument("--json", action="store_true")
    p = command("members", cmd_units_members, "đơn vị thành viên của cụm, đoàn thể của máy này", units)
    p.add_argument("code", nargs="?", metavar="CODE", help="đơn vị (mặc định: đơn vị của máy này)")
    p.add_argument("--add", action="extend", nargs="+", metavar="CODE", help="thêm đơn vị thành viên")
    p.add_argument("--remove", action="extend", nargs="+", metavar="CODE", help="bỏ đơn vị thành viên")
    p.add_argument("--json", action="store_true")
    p = command("tag", cmd_units_tag, "vùng ưu tiên của một đơn vị (chỉ lưu trên máy này)", units)
    p.add_argument("code", metavar="CODE")
    p.add_argument(
        "--tag", action="append", default=[], help="vùng ưu tiên, ví dụ “vùng sâu” (lặp lại được; thay các vùng cũ)"
    )
    p.add_argument("--no-tag", action="store_true", help="bỏ mọi vùng ưu tiên của đơn vị")
    p.add_argument("--json", action="store_true")
    p = command("areas", cmd_units_areas, "danh sách vùng ưu tiên: bốn vùng có sẵn và vùng tự thêm", units)
    p.add_argument("--add", metavar="NAME", help="thêm một vùng ưu tiên")
    p.add_argument("--rename", nargs=2, metavar=("OLD", "NEW"), help="đổi tên một vùng tự thêm")
    p.add_argument("--hide", metavar="NAME", help="thôi gợi ý một vùng tự thêm (đơn vị, nhóm đã gắn vẫn giữ)")
    p.add_argument("--show", metavar="NAME", help="gợi ý lại một vùng đã ẩn")
    p.add_argument("--json", action="store_true")


def _unit_json(u: Unit) -> dict[str, Any]:
    return {
        "code": u.code,
        "name": u.name,
        "kind": u.kind.value,
        "parent_code": u.parent_code,
        "province_code": u.province_code,
        "province_name": u.province_name,
        "official": u.official,
    }


def _print_units(units: list[Unit], as_json: bool) -> int:
    if as_json:
        emit_json({"units": [_unit_json(u) for u in units]})
    else:
        for u in units:
            out(f"{u.code:>8}  {u.full_name}")
    return 0


def cmd_units_list(args: argparse.Namespace, s: Services) -> int:
    if args.province:
        code = s.units.province_code(args.province)
        units = s.units.list(UnitKind.COMMUNE, parent=code)
    elif args.custom:
        units = s.units.list(custom_only=True)
    else:
        units = s.units.list(UnitKind.PROVINCE)
    return _print_units(units, args.json)


def cmd_units_search(args: argparse.Namespace, s: Services) -> int:
    return _print_units(s.units.search(args.query, args.limit), args.json)


def cmd_units_add(args: argparse.Namespace, s: Services) -> int:
    unit = s.units.add(args.name, UnitKind(args.kind), args.parent or s.identity.installation.unit_code)
    return _print_units([unit], args.json)


def cmd_units_members(args: argparse.Namespace, s: Services) -> int:
    """The members of this installation's cluster, changed first when ``--add``/``--remove`` say so."""
    if args.add or args.remove:
        members = s.units.change_members(add=args.add or [], remove=args.remove or [], code=args.code)
    else:
        members = s.units.members(args.code)
    return _print_units(members, args.json)


def cmd_units_tag(args: argparse.Namespace, s: Services) -> int:
    """Shows the unit's priority areas, replaced first when ``--tag``/``--no-tag`` say so."""
    code = s.units.resolve(args.code)
    tags = s.units.set_tags(code, [] if args.no_tag else args.tag) if args.tag or args.no_tag else s.units.tags(code)
    if args.json:
        emit_json({"code": code, "tags": list(tags)})
    else:
        out(f"{code}: " + ("; ".join(tags) or "không thuộc vùng ưu tiên nào"))
    return 0


def cmd_units_areas(args: argparse.Namespace, s: Services) -> int:
    """The priority-area list, changed first when a flag says so."""
    if args.add:
        s.areas.add_tag(args.add)
    if args.rename:
        s.areas.rename_tag(*args.rename)
    if args.hide:
        s.areas.set_hidden(args.hide, True)
    if args.show:
        s.areas.set_hidden(args.show, False)
    tags = s.areas.tags()
    if args.json:
        emit_json({"areas": [{"name": t.name, "shipped": t.shipped, "hidden": t.hidden} for t in tags]})
        return 0
    for t in tags:
        out(t.name + ("" if t.shipped else "  (tự thêm" + (", đã ẩn)" if t.hidden else ")")))
    return 0
