"""``sotay channels``: the unit's online channels, their monthly counts, and Meta's fanpage exports."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.enums import Platform
from ..core.labels import label
from .output import Command, Subparsers, choices_of, emit_json, out

if TYPE_CHECKING:
    from ..services import Services
    from ..services.meta_import import MetaImport


def register(sub: Subparsers, command: Command) -> None:
    channels = sub.add_parser("channels", help="kênh mạng xã hội (fanpage, tài khoản, nhóm Zalo...)").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_channels_add, "thêm một kênh", channels)
    p.add_argument("--platform", choices=choices_of(Platform), default=Platform.FANPAGE.value)
    p.add_argument("--name", required=True)
    p.add_argument("--url", default="")
    p.add_argument("--admin", default="", help="người quản trị")
    p.add_argument("--official", action="store_true", help="kênh chính thống của đơn vị")
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--notes", default="")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_channels_list, "liệt kê các kênh (ở đơn vị tổng hợp: của mọi đơn vị cấp dưới)", channels)
    p.add_argument("--unit", metavar="CODE", action="append", default=[], help="chỉ kênh của đơn vị này")
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_channels_show, "xem một kênh và số người theo dõi từng tháng", channels)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("snapshot", cmd_channels_snapshot, "ghi số người theo dõi (thành viên) của một tháng", channels)
    p.add_argument("id")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("--followers", type=int, required=True)
    p.add_argument("--json", action="store_true")
    p = command("import-meta", cmd_channels_import_meta, "nhập số liệu fanpage từ tệp Meta Business Suite", channels)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--channel", metavar="ID", help="fanpage nhận số liệu (khi đơn vị có nhiều fanpage)")
    p.add_argument("--as-of", metavar="DATE", help="ngày tải tệp về (mặc định: ngày sửa tệp)")
    p.add_argument("--create-talks", action="store_true", help="tạo buổi “Đăng fanpage” cho bài chưa có buổi")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    p.add_argument("--json", action="store_true")


def cmd_channels_add(args: argparse.Namespace, s: Services) -> int:
    channel = s.channels.add(
        platform=args.platform,
        name=args.name,
        url=args.url,
        admin_name=args.admin,
        official=args.official,
        unit_code=args.unit,
        notes=args.notes,
    )
    if args.json:
        emit_json(channel)
    else:
        out(f"Đã thêm kênh {channel.name}  [{channel.id}]")
    return 0


def cmd_channels_list(args: argparse.Namespace, s: Services) -> int:
    lines = s.channels.list(unit_codes=tuple(args.unit))
    if args.json:
        by_unit: dict[str, dict[str, object]] = {}
        for line in lines:
            unit = by_unit.setdefault(
                line.channel.unit_code,
                {"unit_code": line.channel.unit_code, "unit_name": line.unit_name, "platforms": {}},
            )
            platform = unit["platforms"].setdefault(  # type: ignore[attr-defined]
                line.channel.platform.value, {"channels": 0, "followers": 0, "growth": 0}
            )
            platform["channels"] += 1
            platform["followers"] += line.followers or 0
            platform["growth"] += line.growth or 0
        emit_json({"channels": lines, "units": list(by_unit.values())})
        return 0
    for line in lines:
        c = line.channel
        followers = "—" if line.followers is None else _n(line.followers)
        out(f"{line.unit_name:<24} {label(c.platform):<20} {c.name:<32} {followers:>10}  [{c.id}]")
    return 0


def cmd_channels_show(args: argparse.Namespace, s: Services) -> int:
    channel = s.channels.get(args.id)
    counts = s.channels.snapshots(args.id)
    if args.json:
        emit_json({"channel": channel, "snapshots": counts})
        return 0
    out(f"{channel.name} — {label(channel.platform)}" + (" (chính thống)" if channel.official else ""))
    for text, value in (("Đường dẫn", channel.url), ("Quản trị", channel.admin_name), ("Ghi chú", channel.notes)):
        if value:
            out(f"{text}: {value}")
    for snap in counts:
        out(f"  {snap.month}: {_n(snap.followers)}")
    return 0


def cmd_channels_snapshot(args: argparse.Namespace, s: Services) -> int:
    snap = s.channels.snapshot(args.id, args.month, args.followers)
    if args.json:
        emit_json(snap)
    else:
        out(f"Đã ghi {_n(snap.followers)} người theo dõi tháng {snap.month}.")
    return 0


def cmd_channels_import_meta(args: argparse.Namespace, s: Services) -> int:
    result = s.channels.import_meta(
        [Path(f) for f in args.files],
        channel_id=args.channel,
        as_of=args.as_of,
        create_talks=args.create_talks,
        dry_run=args.dry_run,
    )
    if args.json:
        emit_json(import_json(result))
        return 0
    head = "Xem trước (chưa ghi gì)" if result.dry_run else "Đã nhập"
    out(
        f"{head}: fanpage {result.channel_name}, {result.posts} bài đăng (mới {result.new}, cập nhật "
        f"{result.updated}, không đổi {result.unchanged}), số liệu đến ngày {result.as_of:%d/%m/%Y}."
    )
    for metric, days in result.series:
        out(f"Chỉ số theo ngày “{metric}”: {days} ngày.")
    t = result.totals
    out(
        f"Tổng của fanpage: {_n(t.views)} lượt xem, {_n(t.reach)} lượt tiếp cận, {_n(t.reactions)} lượt cảm xúc, "
        f"{_n(t.comments)} bình luận, {_n(t.shares)} lượt chia sẻ."
    )
    out(
        f"Buổi đăng bài: khớp {result.talks_matched}, tạo mới {result.talks_created}, "
        f"chưa gắn {result.posts_without_talk}."
    )
    return 0


def _n(value: int) -> str:
    """1.234, as Vietnamese write numbers."""
    return f"{value:,}".replace(",", ".")


def import_json(result: MetaImport) -> dict[str, object]:
    """The contract of ``import-meta --json`` (issue 15): posts, new, updated, as_of, totals, and more."""
    from ..core.jsonout import plain

    return {
        "channel": result.channel_id,
        "posts": result.posts,
        "new": result.new,
        "updated": result.updated,
        "unchanged": result.unchanged,
        "older": result.older,
        "as_of": result.as_of.isoformat(),
        "totals": plain(result.totals),
        "series": [{"metric": m, "days": d} for m, d in result.series],
        "talks": {
            "matched": result.talks_matched,
            "created": result.talks_created,
            "without_talk": result.posts_without_talk,
        },
        "dry_run": result.dry_run,
    }
