"""``sotay calendar``: national days, anniversaries and campaign periods, and the near ones."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from ..core.calendar import CalendarEntry, EntryKind
from ..core.errors import ValidationError
from .output import Command, Subparsers, choices_of, emit_json, out

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    calendar = sub.add_parser("calendar", help="lịch ngày lễ, ngày kỷ niệm, đợt vận động").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("list", cmd_calendar_list, "liệt kê các mục lịch (hoặc chỉ các mục sắp tới)", calendar)
    p.add_argument("--upcoming", type=int, metavar="DAYS", help="chỉ các mục bắt đầu trong số ngày này")
    p.add_argument("--json", action="store_true")
    p = command("add", cmd_calendar_add, "thêm một mục lịch, hoặc sửa một mục (--id)", calendar)
    p.add_argument("--id", help="sửa mục lịch này thay vì thêm mới")
    p.add_argument("--title", help="tên ngày lễ, ngày kỷ niệm, đợt vận động")
    p.add_argument("--date", metavar="D/M", help="ngày (bắt đầu), ví dụ 19/5")
    p.add_argument("--end", metavar="D/M", help="ngày kết thúc của một đợt vận động")
    p.add_argument("--kind", choices=choices_of(EntryKind))
    p.add_argument(
        "--major", choices=("yes", "no"), help="ngày lễ lớn: tuần của ngày đó và tuần trước là tuần cao điểm"
    )
    p.add_argument("--json", action="store_true")
    p = command("remove", cmd_calendar_remove, "bỏ một mục lịch khỏi lịch của máy này", calendar)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")


def _as_json(item: CalendarEntry) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind.value,
        "title": item.title,
        "start": item.start,
        "end": item.end,
        "shipped": item.shipped,
        "major": item.major,
        "from_above": item.from_above or None,  # the unit that sent it down in a pack
    }


def _line(item: CalendarEntry) -> str:
    def vn(md: str) -> str:
        return f"{int(md[3:])}/{int(md[:2])}"

    days = vn(item.start) if item.start == item.end else f"{vn(item.start)}–{vn(item.end)}"
    return f"{days:<12} {item.title}  [{item.id}]"


def cmd_calendar_list(args: argparse.Namespace, s: Services) -> int:
    if args.upcoming is not None:
        reminders = s.calendar.reminders(args.upcoming)
        if args.json:
            emit_json(
                {
                    "reminders": [
                        {
                            **_as_json(r.entry),
                            "on": r.on.isoformat(),
                            "days_left": r.days_left,
                            "text": r.text,
                            "from_orientation": r.from_orientation,
                        }
                        for r in reminders
                    ]
                }
            )
        else:
            for reminder in reminders:
                out(reminder.text)
        return 0
    entries = s.calendar.list()
    if args.json:
        emit_json({"entries": [_as_json(item) for item in entries]})
    else:
        for item in entries:
            out(_line(item))
    return 0


def cmd_calendar_add(args: argparse.Namespace, s: Services) -> int:
    if args.id:
        major = None if args.major is None else args.major == "yes"
        item = s.calendar.edit(args.id, title=args.title, start=args.date, end=args.end, kind=args.kind, major=major)
        said = "Đã sửa"
    else:
        if not args.title or not args.date:
            raise ValidationError(
                "Cần tên (--title) và ngày (--date) của mục lịch mới.", "add: --title and --date required"
            )
        item = s.calendar.add(args.title, args.date, args.end, args.kind or "anniversary", args.major == "yes")
        said = "Đã thêm"
    if args.json:
        emit_json(_as_json(item))
    else:
        out(f"{said} mục lịch: {_line(item)}")
    return 0


def cmd_calendar_remove(args: argparse.Namespace, s: Services) -> int:
    item = s.calendar.remove(args.id)
    if args.json:
        emit_json(_as_json(item))
    else:
        out(f"Đã bỏ mục lịch: {_line(item)}")
    return 0
