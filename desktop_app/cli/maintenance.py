"""``sotay backup``, ``restore``, ``check``, ``clock`` and ``maintenance``: keeping the data folder
healthy."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..core.errors import DatabaseDamaged
from .output import Command, Subparsers, emit_json, out, print_error

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    p = command("backup", cmd_backup, "sao lưu cơ sở dữ liệu", init=False)
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu")
    p.add_argument("--json", action="store_true")
    p = command("restore", cmd_restore, "khôi phục từ một bản sao lưu", init=False)
    p.add_argument("file", type=Path)
    p = command("check", cmd_check, "kiểm tra tính toàn vẹn của cơ sở dữ liệu", init=False)
    p.add_argument("--json", action="store_true")


def register_clock(sub: Subparsers, command: Command) -> None:
    clock = sub.add_parser("clock", help="đồng hồ lưu trong dữ liệu của máy này").add_subparsers(
        dest="clock_command", metavar="ACTION", required=True
    )
    p = command("show", cmd_clock_show, "so đồng hồ lưu trong dữ liệu với đồng hồ máy tính", parent=clock)
    p.add_argument("--json", action="store_true")
    p = command(
        "reset",
        cmd_clock_reset,
        "đặt lại đồng hồ lưu trong dữ liệu khi nó chạy nhanh (máy tính đã đúng giờ)",
        parent=clock,
    )
    p.add_argument("--yes", action="store_true", help="xác nhận: ngày giờ của máy tính hiện đã đúng")
    p.add_argument("--json", action="store_true")


def register_maintenance(sub: Subparsers, command: Command) -> None:
    group = sub.add_parser("maintenance", help="bảo trì dữ liệu của máy này").add_subparsers(
        dest="maintenance_command", metavar="ACTION", required=True
    )
    p = command(
        "rebuild-summaries",
        cmd_rebuild_summaries,
        "dựng lại bảng tổng hợp số liệu báo cáo từ nhật ký (luôn được cập nhật cùng nhật ký; dùng khi nghi ngờ)",
        parent=group,
    )
    p.add_argument("--json", action="store_true")


def cmd_rebuild_summaries(args: argparse.Namespace, s: Services) -> int:
    rows = s.maintenance.rebuild_summaries()
    if args.json:
        emit_json({"rebuilt": True, "summary_rows": rows})
    else:
        out(f"Đã dựng lại bảng tổng hợp số liệu báo cáo từ nhật ký: {rows} dòng.")
    return 0


def cmd_backup(args: argparse.Namespace, s: Services) -> int:
    if args.list:
        backups = s.maintenance.backups()
        if args.json:
            emit_json({"backups": [{"path": str(p), "size": p.stat().st_size} for p in backups]})
        else:
            for p in backups:
                out(str(p))
        return 0
    path = s.maintenance.backup()
    if args.json:
        emit_json({"backup": str(path)})
    else:
        out(f"Đã sao lưu vào {path}")
    return 0


def cmd_restore(args: argparse.Namespace, s: Services) -> int:
    safety = s.maintenance.restore(args.file)
    out(f"Đã khôi phục từ {args.file}. Bản trước khi khôi phục được giữ ở {safety}")
    return 0


def restore_damaged_file(args: argparse.Namespace, folder: Path) -> int:
    """``restore`` over a database too damaged to open: the damaged file is moved aside."""
    from ..services import restore_damaged

    aside = restore_damaged(folder, args.file)
    out(f"Đã khôi phục từ {args.file}. Tệp cơ sở dữ liệu hỏng được giữ ở {aside}")
    return 0


def cmd_check(args: argparse.Namespace, s: Services) -> int:
    problems = s.maintenance.check()
    if not problems:
        if args.json:
            emit_json({"ok": True, "problems": [], "data_dir": str(s.data_dir)})
        else:
            out(f"Cơ sở dữ liệu tốt ({s.data_dir}).")
        return 0
    from ..services import damage_of

    return report_damage(args, s.data_dir, problems, damage_of(s.data_dir, problems))


def report_damage(args: argparse.Namespace, folder: Path, problems: list[str], exc: DatabaseDamaged) -> int:
    """``check`` on a damaged database: the problems SQLite found, then what to do; exit 1."""
    if args.json:
        emit_json({"ok": False, "problems": problems, "data_dir": str(folder), "newest_good_backup": exc.newest_backup})
    else:
        out("Cơ sở dữ liệu có lỗi:")
        lines = [line for problem in problems for line in problem.splitlines()]
        for line in lines[:50]:
            out(f"  {line}")
        if len(lines) > 50:
            out(f"  … và {len(lines) - 50} dòng khác")
    print_error(exc)
    return 1


def _clock_json(s: Services) -> dict[str, Any]:
    import dataclasses

    return dataclasses.asdict(s.maintenance.clock_state())


def cmd_clock_show(args: argparse.Namespace, s: Services) -> int:
    if args.json:
        emit_json(_clock_json(s))
        return 0
    warning = s.maintenance.clock_warning()
    if warning:
        out(warning)
    else:
        out("Đồng hồ lưu trong dữ liệu khớp với đồng hồ máy tính.")
    return 0


def cmd_clock_reset(args: argparse.Namespace, s: Services) -> int:
    from ..core.errors import ValidationError

    if not s.maintenance.clock_ahead_ms():
        raise ValidationError(
            "Đồng hồ lưu trong dữ liệu không chạy nhanh: không cần đặt lại.",
            "the stored clock is not ahead of this computer's clock",
            field="clock",
        )
    stored, now = s.maintenance.clock_dates()
    if not args.yes:
        raise ValidationError(
            f"Chỉ đặt lại khi ngày giờ của máy tính đã đúng (máy tính đang là {now:%d/%m/%Y}; dữ liệu đang ở "
            f"{stored:%d/%m/%Y}). Các bản ghi lưu trong thời gian đồng hồ chạy nhanh sẽ được ghi lại phiên bản mới "
            "và gửi lại trong tệp gửi lên kế tiếp. Thêm --yes để xác nhận.",
            "reset not confirmed (--yes)",
            field="yes",
        )
    count = s.maintenance.reset_clock()
    if args.json:
        emit_json(dict(_clock_json(s), reversioned=count))
    else:
        out(
            f"Đã đặt lại đồng hồ về ngày {now:%d/%m/%Y}. {count} bản ghi lưu lúc đồng hồ chạy nhanh được ghi "
            "lại phiên bản mới và sẽ có trong tệp gửi lên kế tiếp. Hãy báo đơn vị tổng hợp bỏ (không giải "
            "phóng) các bản ghi của đơn vị này đang bị tạm giữ vì đồng hồ."
        )
    return 0
