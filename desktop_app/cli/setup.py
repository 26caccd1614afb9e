"""Setting this computer up: ``sotay init`` and the demo data."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.enums import Role
from ..core.errors import ValidationError
from .output import Command, Subparsers, choices_of, out

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    p = command("init", cmd_init, "thiết lập máy này cho một đơn vị", init=False)
    unit = p.add_mutually_exclusive_group(required=True)
    unit.add_argument("--unit", metavar="CODE", help="mã đơn vị (xã: 30130; tỉnh: P82)")
    unit.add_argument(
        "--change-unit",
        metavar="CODE",
        help="đổi đơn vị của máy đã thiết lập (sao lưu trước; đã gửi tệp thì cần --yes và khóa được thay)",
    )
    p.add_argument("--yes", action="store_true", help="đồng ý đổi đơn vị khi máy này đã gửi tệp lên")
    p.add_argument("--role", choices=choices_of(Role), default=Role.COMMUNE.value)
    p.add_argument("--name", default="", help="tên người dùng hoặc tên hiển thị")

    p = command("demo", cmd_demo, "điền dữ liệu mẫu (một năm của một xã)", init=False)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--unit", default="30130", metavar="CODE")


def cmd_init(args: argparse.Namespace, s: Services) -> int:
    if args.change_unit is not None:
        return _change_unit(args, s)
    inst = s.identity.init(args.unit, Role(args.role), args.name)
    unit = s.units.get(inst.unit_code)
    out(f"Đã thiết lập cho {unit.full_name} (mã {unit.code}), vai trò: {inst.role.value}.")
    out(f"Dấu vân tay khoá: {inst.fingerprint}")
    out(f"Dữ liệu ở: {s.data_dir}")
    return 0


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
