"""Setting this computer up: ``sotay init`` and the demo data."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.enums import Role, UnitKind
from ..core.errors import ValidationError
from .output import Command, Subparsers, choices_of, out

if TYPE_CHECKING:
    from ..core.records import Installation
    from ..services import Services

GATHERING = (UnitKind.CLUSTER, UnitKind.MASS_ORGANISATION)  # the kinds a new unit of ``init`` may be


def register(sub: Subparsers, command: Command) -> None:
    p = command("init", cmd_init, "thiết lập máy này cho một đơn vị", init=False)
    unit = p.add_mutually_exclusive_group()
    unit.add_argument("--unit", metavar="CODE", help="mã đơn vị (xã: 30130; tỉnh: P82)")
    unit.add_argument(
        "--change-unit",
        metavar="CODE",
        help="đổi đơn vị của máy đã thiết lập (sao lưu trước; đã gửi tệp thì cần --yes và khóa được thay)",
    )
    unit.add_argument("--new-unit", metavar="NAME", help="tạo đơn vị mới (cụm, khối thi đua, đoàn thể…) cho máy này")
    p.add_argument("--yes", action="store_true", help="đồng ý đổi đơn vị khi máy này đã gửi tệp lên")
    p.add_argument("--role", choices=choices_of(Role), default=Role.COMMUNE.value)
    p.add_argument("--name", default="", help="tên người dùng hoặc tên hiển thị")
    p.add_argument("--kind", choices=choices_of(UnitKind, lambda kind: kind in GATHERING), help="loại đơn vị mới")
    p.add_argument("--parent", metavar="CODE", help="đơn vị chính thức mà đơn vị mới thuộc về (thường là tỉnh: P82)")
    p.add_argument(
        "--member", action="extend", nargs="+", metavar="CODE", help="đơn vị thành viên của đơn vị mới (mã hoặc tên)"
    )

    p = command("demo", cmd_demo, "điền dữ liệu mẫu (một năm của một xã)", init=False)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--unit", default="30130", metavar="CODE")


def cmd_init(args: argparse.Namespace, s: Services) -> int:
    if args.change_unit is not None:
        return _change_unit(args, s)
    if args.new_unit is not None:
        inst = _init_new_unit(args, s)
    elif args.unit is None or args.kind or args.parent or args.member:
        raise ValidationError(
            "Hãy ghi --unit MÃ (xã, phường, tỉnh), hoặc --new-unit TÊN --kind --parent --member để tạo cụm, đoàn thể.",
            "init needs --unit, or --new-unit with --kind, --parent and --member",
            field="unit",
        )
    else:
        inst = s.identity.init(args.unit, Role(args.role), args.name)
    unit = s.units.get(inst.unit_code)
    out(f"Đã thiết lập cho {unit.full_name} (mã {unit.code}), vai trò: {inst.role.value}.")
    members = s.units.members() if s.units.gathering() else []
    if members:
        out(f"Đơn vị thành viên ({len(members)}): " + ", ".join(m.name for m in members))
    out(f"Dấu vân tay khoá: {inst.fingerprint}")
    out(f"Dữ liệu ở: {s.data_dir}")
    return 0


def _init_new_unit(args: argparse.Namespace, s: Services) -> Installation:
    """``init --new-unit``: a cluster or mass organisation made here, placed under ``--parent``."""
    if args.unit is not None or args.role != Role.AGGREGATOR.value or not (args.kind and args.parent):
        raise ValidationError(
            "Tạo đơn vị mới cần --role aggregator, --kind (cluster hoặc mass_organisation), --parent và --member "
            "(không dùng cùng --unit).",
            "--new-unit needs --role aggregator, --kind, --parent and --member, without --unit",
            field="new_unit",
        )
    return s.identity.init_new_unit(args.new_unit, UnitKind(args.kind), args.parent, args.member or [], args.name)


def cmd_demo(args: argparse.Namespace, s: Services) -> int:
    from ..services.demo import fill_demo

    counts = fill_demo(s, seed=args.seed, unit_code=args.unit)
    out("Đã tạo dữ liệu mẫu: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def _change_unit(args: argparse.Namespace, s: Services) -> int:
    """The window's guided change of unit, headless: free before anything was sent; afterwards
    only with --yes, once what the aggregator will see has been said."""
    plan = s.identity.unit_change(args.change_unit)
    old, new = plan.old.full_name, plan.new.full_name
    if plan.sent and not args.yes:
        raise ValidationError(
            f"Máy này đã gửi tệp lên với tên {old}. Nếu đổi sang {new}: ở đơn vị tổng hợp, các bản ghi "
            f"đã gửi vẫn thuộc {old}; bản ghi mới sẽ đứng tên {new}; máy tạo khóa mới thay khóa cũ và "
            "đơn vị tổng hợp phải xác nhận khóa mới (gọi điện đối chiếu dấu vân tay). "
            "Chạy lại với --yes để đổi.",
            "something was already sent: the change needs --yes",
            field="change_unit",
        )
    done = s.identity.change_unit(args.change_unit)
    out(f"Đã đổi đơn vị của máy này từ {old} sang {new} (mã {done.new.code}).")
    if done.sent:
        out(f"Các bản ghi đã gửi vẫn thuộc {old}; bản ghi mới đứng tên {new}.")
        out(f"Khóa mới, dấu vân tay: {done.fingerprint} — đơn vị tổng hợp cần xác nhận khóa này.")
    else:
        out(f"Đã chuyển {done.records_moved} bản ghi sang {new}.")
    out(f"Bản sao lưu trước khi đổi: {done.backup}")
    return 0
