"""``sotay regularity``: how regularly each unit worked over a period (weeks with activity, the
longest gap, the share in peak weeks, the "chỉ cao điểm" flag)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.regularity import Regularity
from .output import Command, Subparsers, emit_json, out
from .reports import PERIOD_HELP

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    p = command("regularity", cmd_regularity, "độ đều đặn của hoạt động trong một kỳ: số tuần, khoảng trống, cao điểm")
    p.add_argument("--period", required=True, help=PERIOD_HELP)
    p.add_argument("--unit", metavar="CODE", help="đơn vị (mặc định: đơn vị của máy này; VN: toàn quốc)")
    p.add_argument("--json", action="store_true")


def _line(name: str, r: Regularity) -> str:
    flag = "  [chỉ cao điểm]" if r.peak_only else ""
    return (
        f"{name}: {r.weeks_active}/{r.weeks_total} tuần, dài nhất {r.longest_gap_days} ngày không có hoạt động, "
        f"{round(r.peak_share * 100)} % vào tuần cao điểm{flag}"
    )


def cmd_regularity(args: argparse.Namespace, s: Services) -> int:
    period = s.reports.period(args.period)
    report = s.regularity.measure(s.reports.unit_code(args.unit), period)
    if args.json:
        emit_json(report.as_json())
        return 0
    out(_line(f"Chung, {period.label}", report.whole))
    for unit in report.units:
        out("  " + _line(unit.name, unit.figures))
    return 0
