"""Setting this computer up: ``sotay init`` and the demo data."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.enums import Role
from .output import Command, Subparsers, choices_of, out

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    p = command("init", cmd_init, "thiết lập máy này cho một đơn vị", init=False)
    p.add_argument("--unit", required=True, metavar="CODE", help="mã đơn vị (xã: 30130; tỉnh: P82)")
    p.add_argument("--role", choices=choices_of(Role), default=Role.COMMUNE.value)
    p.add_argument("--name", default="", help="tên người dùng hoặc tên hiển thị")

    p = command("demo", cmd_demo, "điền dữ liệu mẫu (một năm của một xã)", init=False)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--unit", default="30130", metavar="CODE")


def cmd_init(args: argparse.Namespace, s: Services) -> int:
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
