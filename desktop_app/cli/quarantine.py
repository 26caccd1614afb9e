"""``sotay quarantine list|release|drop``: rows an import set aside, over the same services as the
window.

Exit codes follow the package (cli/__init__): 0 done, 1 refused (an unknown id, a row that may only
be dropped), 2 usage. ``--json`` prints one JSON document on stdout.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from .output import Command, Subparsers
from .output import emit_json as _json
from .output import out as _out

if TYPE_CHECKING:
    from ..services import Services

TABLES_VI = {
    "talks": "buổi",
    "groups": "nhóm",
    "documents": "tài liệu",
    "units": "đơn vị",
    "topics": "chuyên đề",
    "read_receipts": "xác nhận đã đọc",
    "report_sections": "phần báo cáo",
    "channels": "kênh",
    "channel_snapshots": "số liệu kênh theo tháng",
    "orientations": "chủ đề định hướng",
    "shared_calendar": "mục lịch",
}


def register(sub: Subparsers, command: Command) -> None:
    quarantine = sub.add_parser("quarantine", help="bản ghi tạm giữ khi nhập (xem, giải phóng, bỏ)").add_subparsers(
        dest="quarantine_command", metavar="ACTION", required=True
    )
    p = command("list", cmd_quarantine_list, "liệt kê các bản ghi tạm giữ, kèm lý do", parent=quarantine)
    p.add_argument("--sender", metavar="UNIT", help="chỉ bản ghi do đơn vị này gửi (mã hoặc tên)")
    p.add_argument("--json", action="store_true")
    for name, handler, text in (
        ("release", cmd_quarantine_release, "giải phóng: nhập các bản ghi tạm giữ vì ngày giờ (sau khi sao lưu)"),
        ("drop", cmd_quarantine_drop, "bỏ hẳn các bản ghi tạm giữ"),
    ):
        p = command(name, handler, text, parent=quarantine)
        p.add_argument("ids", nargs="*", metavar="ID", help="mã bản ghi tạm giữ (cột MÃ của quarantine list)")
        p.add_argument("--all", action="store_true", help="tất cả (hoặc tất cả của đơn vị --sender)")
        p.add_argument("--sender", metavar="UNIT", help="cùng --all: chỉ bản ghi do đơn vị này gửi")
        p.add_argument("--json", action="store_true")


def _chosen(args: argparse.Namespace) -> None:
    from ..core.errors import ValidationError

    if args.ids and args.all:
        raise ValidationError("Hãy ghi mã bản ghi hoặc --all, không ghi cả hai.", "ids and --all together", field="id")
    if args.sender and not args.all:
        raise ValidationError("--sender chỉ dùng cùng --all.", "--sender needs --all", field="sender")


def cmd_quarantine_list(args: argparse.Namespace, s: Services) -> int:
    from ..core.labels import quarantine_reason_text

    rows = s.quarantine.list(args.sender)
    if args.json:
        _json({"quarantine": [dict(q.as_dict(), reason_text=quarantine_reason_text(q.reason)) for q in rows]})
        return 0
    if not rows:
        _out("Không có bản ghi nào bị tạm giữ.")
        return 0
    _out(f"{'MÃ':<11} {'LOẠI':<10} {'ĐƠN VỊ GỬI':<24} {'NGÀY GHI':<10}  BẢN GHI")
    for q in rows:
        day = q.version_date.strftime("%d/%m/%Y") if q.version_date else "—"
        _out(f"{q.id:<11} {TABLES_VI.get(q.table, q.table):<10} {q.sender_name[:24]:<24} {day:<10}  {q.summary}")
        action = "" if q.releasable else " — chỉ bỏ được, không giải phóng được"
        _out(f"{'':<11} Lý do: {quarantine_reason_text(q.reason)}{action}")
    releasable = sum(q.releasable for q in rows)
    _out(
        f"{len(rows)} bản ghi tạm giữ ({releasable} giải phóng được). "
        "Giải phóng: sotay quarantine release MÃ…; bỏ: sotay quarantine drop MÃ…"
    )
    return 0


def cmd_quarantine_release(args: argparse.Namespace, s: Services) -> int:
    _chosen(args)
    result = s.quarantine.release(args.ids, args.all, args.sender)
    if args.json:
        _json(result)
        return 0
    c = result["counts"]
    _out(
        f"Đã giải phóng {result['released']} bản ghi: {c['new']} mới, {c['updated']} cập nhật, "
        f"{c['unchanged']} không đổi, {c['conflicting']} cũ hơn bản đang có (giữ trong lịch sử)."
    )
    if result["backup"]:
        _out(f"Bản sao lưu trước khi giải phóng: {result['backup']}")
    if result["kept"]:
        _out(
            f"{result['kept']} bản ghi bị tạm giữ vì lý do quyền ghi vẫn còn đó: chỉ bỏ được "
            "(sotay quarantine drop MÃ)."
        )
    return 0


def cmd_quarantine_drop(args: argparse.Namespace, s: Services) -> int:
    _chosen(args)
    dropped = s.quarantine.drop(args.ids, args.all, args.sender)
    if args.json:
        _json({"dropped": dropped})
    else:
        _out(f"Đã bỏ {dropped} bản ghi tạm giữ.")
    return 0
