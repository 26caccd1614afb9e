"""``sotay orientation``: the topics an aggregator sets its units for a month or quarter, and how far
each unit has covered them (issue 16)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ..core.enums import TalkFormat
from ..core.jsonout import plain
from ..core.orientation import Priority
from .output import Command, Subparsers, choices_of, emit_json, out

if TYPE_CHECKING:
    from ..services import Services
    from ..services.orientation import Coverage

PRIORITY_VI = {Priority.HIGH: "cao", Priority.NORMAL: "thường"}


def register(sub: Subparsers, command: Command) -> None:
    orientation = sub.add_parser("orientation", help="định hướng tuyên truyền theo tháng, quý").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_orientation_add, "thêm một chủ đề vào định hướng của kỳ (đơn vị tổng hợp)", orientation)
    p.add_argument("--period", required=True, metavar="YYYY-MM|YYYY-Qn")
    p.add_argument("--topic", required=True)
    p.add_argument("--priority", choices=choices_of(Priority), default=Priority.NORMAL.value)
    p.add_argument("--due", metavar="DATE", help="hạn hoàn thành")
    p.add_argument("--document", metavar="ID", action="append", default=[], help="tài liệu hướng dẫn (mã thư viện)")
    p.add_argument("--format", choices=choices_of(TalkFormat), action="append", default=[], help="hình thức mong đợi")
    p.add_argument(
        "--key-date",
        metavar="DATE:LABEL",
        action="append",
        default=[],
        help='ngày cần nhớ, ví dụ 2026-12-22:"Ngày thành lập QĐND" (lặp lại được)',
    )
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_orientation_list, "liệt kê các chủ đề định hướng", orientation)
    p.add_argument("--period", metavar="YYYY-MM|YYYY-Qn")
    p.add_argument("--json", action="store_true")
    p = command(
        "coverage", cmd_orientation_coverage, "chủ đề định hướng đã có buổi tuyên truyền, theo đơn vị", orientation
    )
    p.add_argument("--period", required=True, metavar="YYYY-MM|YYYY-Qn")
    p.add_argument("--json", action="store_true")


def cmd_orientation_add(args: argparse.Namespace, s: Services) -> int:
    topic = s.orientation.add(
        args.period,
        args.topic,
        priority=args.priority,
        due_on=args.due,
        document_ids=tuple(args.document),
        formats=tuple(args.format),
        key_dates=tuple(args.key_date),
    )
    if args.json:
        emit_json(topic)
    else:
        out(f"Đã thêm chủ đề “{topic.topic}” (ưu tiên {PRIORITY_VI[topic.priority]}) vào định hướng {topic.period}.")
    return 0


def cmd_orientation_list(args: argparse.Namespace, s: Services) -> int:
    topics = s.orientation.list(args.period)
    if args.json:
        emit_json({"topics": topics})
        return 0
    for t in topics:
        due = f"hạn {t.due_on}" if t.due_on else ""
        out(f"{t.period:<8} {PRIORITY_VI[t.priority]:<6} {t.topic:<48} {due}  [{t.id}]")
        for key in t.key_dates:
            out(f"{'':<16}{key.on.day}/{key.on.month}/{key.on.year} — {key.label}")
    return 0


def cmd_orientation_coverage(args: argparse.Namespace, s: Services) -> int:
    coverage = s.orientation.coverage(args.period)
    if args.json:
        emit_json(coverage_json(coverage))
        return 0
    out(f"Định hướng {coverage.period}: {len(coverage.topics)} chủ đề.")
    for unit in coverage.units:
        out(f"{unit.unit_name:<32} {unit.count}/{len(coverage.topics)}")
    return 0


def coverage_json(coverage: Coverage) -> dict[str, object]:
    """The contract of ``orientation coverage --json``: the topics, and per unit the ids covered."""
    return {
        "period": coverage.period,
        "topics": plain(coverage.topics),
        "units": [
            {
                "unit_code": u.unit_code,
                "unit_name": u.unit_name,
                "covered": [t.id for t, done in zip(coverage.topics, u.covered, strict=True) if done],
                "count": u.count,
            }
            for u in coverage.units
        ],
    }
