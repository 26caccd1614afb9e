"""The headless ``sotay`` commands, over the same services as the window.

Exit codes: 0 success, 1 input rejected (the message on stderr names the field; nothing written),
2 usage error (argparse). Every listing and search takes ``--json``: one JSON document on stdout.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..core.enums import GroupKind, Role, TalkFormat, UnitKind

if TYPE_CHECKING:
    from ..services import Services

Handler = Callable[[argparse.Namespace, "Services"], int]

ROLES = [role.value for role in Role]
FORMATS = [fmt.value for fmt in TalkFormat]
GROUP_KINDS = [kind.value for kind in GroupKind]
UNIT_KINDS = [kind.value for kind in UnitKind if not kind.official]  # official units come from the list


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def emit_json(value: Any) -> None:
    from ..core.jsonout import dumps

    out(dumps(value))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="sotay", description="Sổ tay Tuyên truyền — sổ tay tuyên truyền miệng cho xã, phường."
    )
    parser.add_argument("--version", action="version", version=f"sotay {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help="thư mục dữ liệu (mặc định: thư mục người dùng; hoặc biến SOTAY_DATA_DIR)"
    )
    parser.add_argument("--demo", action="store_true", help="mở trên cơ sở dữ liệu mẫu")
    parser.add_argument("--quit-after", type=float, metavar="SECONDS", help=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện")
    parser.add_argument(
        "--open",
        metavar="FILE.sotay",
        help="mở cửa sổ và xem trước việc nhập tệp trao đổi này (cũng viết được: sotay FILE.sotay)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Handler, help_text: str, parent=sub, init: bool = True):
        p = parent.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=handler, needs_init=init)
        return p

    p = command("init", cmd_init, "thiết lập máy này cho một đơn vị", init=False)
    p.add_argument("--unit", required=True, metavar="CODE", help="mã đơn vị (xã: 30130; tỉnh: P82)")
    p.add_argument("--role", choices=ROLES, default=Role.COMMUNE.value)
    p.add_argument("--name", default="", help="tên người dùng hoặc tên hiển thị")

    p = command("demo", cmd_demo, "điền dữ liệu mẫu (một năm của một xã)", init=False)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--unit", default="30130", metavar="CODE")

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
    p.add_argument("--kind", required=True, choices=UNIT_KINDS)
    p.add_argument("--parent", metavar="CODE", help="đơn vị cha (mặc định: đơn vị của máy này)")
    p.add_argument("--json", action="store_true")

    lib = sub.add_parser("library", help="thư viện tài liệu").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_library_add, "thêm tài liệu từ tệp (PDF, DOCX, TXT, ảnh)", lib)
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.add_argument("--title")
    p.add_argument("--issuer", default="")
    p.add_argument("--number", default="")
    p.add_argument("--topic", action="append", default=[], help="chuyên đề (lặp lại được)")
    p.add_argument("--issued", metavar="DATE")
    p.add_argument("--valid-until", metavar="DATE")
    p.add_argument("--required", action="store_true", help="tài liệu bắt buộc đọc")
    p.add_argument("--key-point", action="append", default=[], help="ý chính (lặp lại được)")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_library_list, "liệt kê tài liệu", lib)
    p.add_argument("--topic")
    p.add_argument("--required", action="store_true")
    p.add_argument("--unread", action="store_true")
    p.add_argument("--valid", action="store_true", help="chỉ tài liệu còn hiệu lực")
    p.add_argument("--json", action="store_true")
    p = command("search", cmd_library_search, "tìm trong tài liệu", lib)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_library_show, "xem một tài liệu", lib)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("read", cmd_library_read, "đánh dấu đã đọc", lib)
    p.add_argument("id")
    p.add_argument("--unread", action="store_true", help="bỏ đánh dấu")
    p = command("note", cmd_library_note, "ghi chú cá nhân cho tài liệu", lib)
    p.add_argument("id")
    p.add_argument("text")

    talks = sub.add_parser("talks", help="nhật ký các buổi tuyên truyền").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_talks_add, "ghi một buổi tuyên truyền", talks)
    p.add_argument("--date", help="ngày (dd/mm/yyyy; mặc định hôm nay)")
    p.add_argument("--time", default="", help="giờ bắt đầu HH:MM")
    p.add_argument("--duration", type=int, default=0, help="thời lượng (phút)")
    p.add_argument("--place", default="")
    p.add_argument("--unit", metavar="CODE", help="đơn vị (mặc định: đơn vị của máy này)")
    p.add_argument("--format", choices=FORMATS, default=TalkFormat.MEETING.value)
    p.add_argument("--topic", action="append", default=[], help="chuyên đề (lặp lại được)")
    p.add_argument("--document", action="append", default=[], metavar="ID", help="tài liệu đã dùng")
    p.add_argument("--group", action="append", default=[], metavar="ID", help="nhóm đối tượng")
    p.add_argument("--presenters", default="")
    p.add_argument("--attendance", type=int, default=0, help="số lượt người dự")
    for name in ("views", "likes", "shares", "comments", "points"):
        p.add_argument(f"--online-{name}", type=int, default=0)
    p.add_argument("--questions", default="", help="ý kiến, kiến nghị (không ghi tên người nêu)")
    p.add_argument("--theme", action="append", default=[], help="chủ đề ý kiến (lặp lại được)")
    p.add_argument("--questions-count", type=int, default=0)
    p.add_argument("--follow-up", default="")
    p.add_argument("--follow-up-due")
    p.add_argument("--notes", default="")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_talks_list, "liệt kê các buổi", talks)
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--format", choices=FORMATS)
    p.add_argument("--topic")
    p.add_argument("--group", metavar="ID")
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--deleted", action="store_true", help="cả các buổi đã xoá")
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_talks_show, "xem một buổi", talks)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("delete", cmd_talks_delete, "xoá một buổi (có thể hoàn tác bằng talks restore)", talks)
    p.add_argument("id")
    p = command("restore", cmd_talks_restore, "hoàn tác việc xoá một buổi", talks)
    p.add_argument("id")

    groups = sub.add_parser("groups", help="nhóm đối tượng").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_groups_add, "thêm nhóm đối tượng", groups)
    p.add_argument("--name", required=True)
    p.add_argument("--kind", choices=GROUP_KINDS, default=GroupKind.HAMLET.value)
    p.add_argument("--unit", metavar="CODE")
    p.add_argument("--size", type=int, default=0)
    p.add_argument("--channel", default="", help="đường dẫn nhóm Zalo / fanpage")
    p.add_argument("--contact-name", default="")
    p.add_argument("--contact-phone", default="")
    p.add_argument("--consent", action="store_true", help="người liên hệ đã đồng ý lưu thông tin")
    p.add_argument("--consent-date")
    p.add_argument("--notes", default="")
    p.add_argument("--inactive", action="store_true")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_groups_list, "liệt kê nhóm", groups)
    p.add_argument("--active", action="store_true", help="chỉ nhóm còn hoạt động")
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_groups_show, "xem một nhóm", groups)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("delete", cmd_groups_delete, "xoá một nhóm (xoá luôn tên, số điện thoại người liên hệ)", groups)
    p.add_argument("id")
    p = command(
        "withdraw-consent",
        cmd_groups_withdraw_consent,
        "người liên hệ rút lại đồng ý: xoá tên, số điện thoại của họ (cả trong lịch sử)",
        groups,
    )
    p.add_argument("id")

    p = command("search", cmd_search, "tìm trong tài liệu, nhật ký và nhóm", sub)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")

    p = command("backup", cmd_backup, "sao lưu cơ sở dữ liệu", init=False)
    p.add_argument("--list", action="store_true", help="liệt kê các bản sao lưu")
    p.add_argument("--json", action="store_true")
    p = command("restore", cmd_restore, "khôi phục từ một bản sao lưu", init=False)
    p.add_argument("file", type=Path)
    p = command("check", cmd_check, "kiểm tra tính toàn vẹn của cơ sở dữ liệu", init=False)
    p.add_argument("--json", action="store_true")

    for register in _extensions():
        register(sub, command)
    return parser


def _extensions() -> list[Callable]:
    """Command groups that live in their own modules (exchange, reports)."""
    from . import exchange, quarantine, reports

    return [exchange.register, reports.register, quarantine.register]


def bundle_as_open(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``sotay [OPTIONS] FILE.sotay`` (a double-click on a bundle: the Windows file association runs
    ``SotayTuyenTruyen.exe "FILE"``) means ``sotay [OPTIONS] --open FILE.sotay``; the window then opens
    on the import preview of ``args.open``. Commands such as ``sotay import FILE.sotay`` are untouched."""
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    if argv and argv[-1].lower().endswith(".sotay") and not argv[-1].startswith("-") and not set(argv) & set(commands):
        return [*argv[:-1], "--open", argv[-1]]
    return argv


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(bundle_as_open(parser, argv))
    if args.command is None:
        from ..ui.main import run_gui

        return run_gui(args)
    import sqlite3

    from ..core.errors import DatabaseDamaged, SotayError
    from ..services.paths import data_dir

    folder = data_dir(args.data_dir, demo=args.demo)
    services = None
    try:
        from ..services import Services

        try:
            services = Services.open(folder)
        except DatabaseDamaged as exc:  # too damaged to open: check says so, restore replaces it
            if args.func is cmd_check:
                return _report_damage(args, folder, exc.problems or [exc.detail], exc)
            if args.func is cmd_restore:
                return _restore_damaged(args, folder)
            raise
        if args.needs_init:
            services.identity.installation  # noqa: B018 - raises NotInitialisedError with a clear message
        warning = services.maintenance.clock_warning() if args.needs_init and args.command != "clock" else None
        if warning:
            sys.stderr.write(f"Cảnh báo: {warning}\n")
        return args.func(args, services)
    except SotayError as exc:
        _print_error(exc)
        return 1
    except (sqlite3.Error, OSError) as exc:  # a fault of the data folder met outside the store's translation
        from ..storage.db import DB_NAME, newest_good_backup
        from ..storage.faults import as_storage_error

        elsewhere = isinstance(exc, OSError) and exc.filename and not _inside(exc.filename, folder)
        typed = None if elsewhere else as_storage_error(exc, folder / DB_NAME, lambda: newest_good_backup(folder))
        if typed is None:
            raise
        _print_error(typed)
        return 1
    finally:
        if services is not None:
            services.close()


def _inside(filename, folder: Path) -> bool:
    try:
        return Path(filename).resolve().is_relative_to(folder.resolve())
    except (OSError, TypeError, ValueError):
        return False


def _print_error(exc) -> None:
    sys.stderr.write(f"Lỗi: {exc.message}\n")
    if exc.detail:
        sys.stderr.write(f"  ({exc.detail})\n")


# --- handlers ---------------------------------------------------------------------------------


def cmd_init(args, s: Services) -> int:
    inst = s.identity.init(args.unit, Role(args.role), args.name)
    unit = s.units.get(inst.unit_code)
    out(f"Đã thiết lập cho {unit.full_name} (mã {unit.code}), vai trò: {inst.role.value}.")
    out(f"Dấu vân tay khoá: {inst.fingerprint}")
    out(f"Dữ liệu ở: {s.data_dir}")
    return 0


def cmd_demo(args, s: Services) -> int:
    from ..services.demo import fill_demo

    counts = fill_demo(s, seed=args.seed, unit_code=args.unit)
    out("Đã tạo dữ liệu mẫu: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return 0


def _unit_json(u) -> dict:
    return {
        "code": u.code,
        "name": u.name,
        "kind": u.kind.value,
        "parent_code": u.parent_code,
        "province_code": u.province_code,
        "province_name": u.province_name,
        "official": u.official,
    }


def _print_units(units, as_json: bool) -> int:
    if as_json:
        emit_json({"units": [_unit_json(u) for u in units]})
    else:
        for u in units:
            out(f"{u.code:>8}  {u.full_name}")
    return 0


def cmd_units_list(args, s: Services) -> int:
    from ..storage.units import province_code, resolve_code

    if args.province:
        given = args.province.strip()
        code = province_code(int(given)) if given.isdigit() else resolve_code(s.session.db, given)
        units = s.units.list(UnitKind.COMMUNE, parent=code)
    elif args.custom:
        units = s.units.list(custom_only=True)
    else:
        units = s.units.list(UnitKind.PROVINCE)
    return _print_units(units, args.json)


def cmd_units_search(args, s: Services) -> int:
    return _print_units(s.units.search(args.query, args.limit), args.json)


def cmd_units_add(args, s: Services) -> int:
    unit = s.units.add(args.name, UnitKind(args.kind), args.parent or s.identity.installation.unit_code)
    return _print_units([unit], args.json)


def cmd_library_add(args, s: Services) -> int:
    docs, warnings = [], []
    attached = s.library.read_attachments(args.files, warnings)  # checked and read before the transaction
    with s.session.db.atomic():
        for file in attached:
            docs.append(
                s.library.add_document(
                    attached=[file],
                    title=args.title if len(args.files) == 1 else None,
                    issuer=args.issuer,
                    number=args.number,
                    topics=args.topic,
                    issued_on=args.issued,
                    valid_until=args.valid_until,
                    required=args.required,
                    key_points=args.key_point,
                )
            )
    for warning in warnings:
        sys.stderr.write(f"Lưu ý: {warning}\n")
    if args.json:
        emit_json({"documents": [_doc_json(d) for d in docs], "warnings": warnings})
    else:
        for d in docs:
            out(f"Đã thêm: {d.title}  [{d.id}]")
    return 0


def _doc_json(d, body: bool = False) -> dict:
    from ..core.jsonout import plain

    data = plain(d)
    if not body:
        data.pop("body")
    return data


def cmd_library_list(args, s: Services) -> int:
    from ..storage.records_repo import DocumentFilter

    docs = s.library.documents(
        DocumentFilter(
            topic=args.topic,
            required_only=args.required,
            unread_only=args.unread,
            valid_on=s.session.today if args.valid else None,
        )
    )
    if args.json:
        emit_json({"documents": [_doc_json(d) for d in docs]})
    else:
        for d in docs:
            flags = ("!" if d.required else " ") + (" " if d.read_at else "•")
            issued = f"{d.issued_on:%d/%m/%Y}" if d.issued_on else "          "
            out(f"{flags} {issued}  {d.title}  [{d.id}]")
    return 0


def _print_hits(hits, as_json: bool, query: str) -> int:
    if as_json:
        emit_json(
            {
                "query": query,
                "results": [
                    {
                        "kind": h.kind,
                        "id": h.ref_id,
                        "title": h.title,
                        "snippet": h.snippet,
                        "highlighted": h.marked(),
                        "spans": [list(sp) for sp in h.spans],
                        "score": round(h.score, 4),
                    }
                    for h in hits
                ],
            }
        )
    else:
        if not hits:
            out("Không tìm thấy kết quả nào.")
        for h in hits:
            out(f"[{h.kind}] {h.title}  [{h.ref_id}]\n    {h.marked()}")
    return 0


def cmd_library_search(args, s: Services) -> int:
    return _print_hits(s.library.search(args.query, ("document",), args.limit), args.json, args.query)


def cmd_search(args, s: Services) -> int:
    s.maintenance.complete_search_index()  # what an interrupted import left unindexed must be found too
    return _print_hits(s.library.search(args.query, limit=args.limit), args.json, args.query)


def cmd_library_show(args, s: Services) -> int:
    d = s.library.document(args.id)
    if args.json:
        emit_json(_doc_json(d, body=True))
        return 0
    out(d.title)
    if d.number or d.issuer:
        out(f"Số {d.number or '—'} · {d.issuer or '—'}")
    if d.issued_on:
        out(f"Ban hành {d.issued_on:%d/%m/%Y}" + (f", hiệu lực đến {d.valid_until:%d/%m/%Y}" if d.valid_until else ""))
    if d.topics:
        out("Chuyên đề: " + "; ".join(d.topics))
    for point in d.key_points:
        out(f"  • {point}")
    if d.attachments:
        out("Đính kèm: " + ", ".join(a.filename for a in d.attachments))
    out("")
    out(d.body)
    if d.note:
        out(f"\nGhi chú của tôi: {d.note}")
    return 0


def cmd_library_read(args, s: Services) -> int:
    s.library.mark_read(args.id, not args.unread)
    return 0


def cmd_library_note(args, s: Services) -> int:
    s.library.set_note(args.id, args.text)
    return 0


def cmd_talks_add(args, s: Services) -> int:
    from ..core.records import OnlineReach

    talk = s.talks.add(
        held_on=args.date,
        start_time=args.time,
        duration_min=args.duration,
        place=args.place,
        unit_code=args.unit,
        format=args.format,
        topics=args.topic,
        document_ids=args.document,
        group_ids=args.group,
        presenters=args.presenters,
        attendance=args.attendance,
        online=OnlineReach(
            args.online_views, args.online_likes, args.online_shares, args.online_comments, args.online_points
        ),
        questions_text=args.questions,
        question_themes=args.theme,
        questions_count=args.questions_count,
        follow_up_text=args.follow_up,
        follow_up_due=args.follow_up_due,
        notes=args.notes,
    )
    if args.json:
        emit_json(talk)
    else:
        out(f"Đã ghi buổi {talk.held_on:%d/%m/%Y} tại {talk.place or '—'}  [{talk.id}]")
    return 0


def cmd_talks_list(args, s: Services) -> int:
    from ..core.validation import parse_date
    from ..storage.records_repo import TalkFilter

    flt = TalkFilter(
        date_from=parse_date("held_on", args.date_from),
        date_to=parse_date("held_on", args.date_to),
        format=args.format,
        topic=args.topic,
        group_id=args.group,
        include_deleted=args.deleted,
    )
    talks = s.talks.list(flt, limit=args.limit)
    if args.json:
        from ..core.jsonout import plain
        from ..storage.records_repo import count_talks

        emit_json({"total": count_talks(s.session.db, flt), "talks": plain(talks)})
    else:
        from ..core.labels import TALK_FORMAT_LABELS, label

        width = max(map(len, TALK_FORMAT_LABELS.values()))
        for t in talks:
            mark = "✗ " if t.deleted else ""
            out(f"{mark}{t.held_on:%d/%m/%Y}  {label(t.format):<{width}} {t.attendance:>6}  {t.place}  [{t.id}]")
    return 0


def cmd_talks_show(args, s: Services) -> int:
    t = s.talks.get(args.id)
    if args.json:
        emit_json(t)
        return 0
    from ..core.labels import label

    out(f"{t.held_on:%d/%m/%Y} {t.start_time}  {label(t.format)}  {t.place}")
    out(f"Lượt người dự: {t.attendance:,}".replace(",", "."))
    if not t.online.empty:
        o = t.online
        out(
            f"Trực tuyến: {o.views} xem, {o.likes} thích, {o.shares} chia sẻ, {o.comments} bình luận, "
            f"{o.points} điểm cầu"
        )
    if t.topics:
        out("Chuyên đề: " + "; ".join(t.topics))
    if t.questions_text:
        out(f"Ý kiến ({t.questions_count}): {t.questions_text}")
    if t.follow_up_text:
        out(f"Theo dõi: {t.follow_up_text}" + (f" (hạn {t.follow_up_due:%d/%m/%Y})" if t.follow_up_due else ""))
    if t.deleted:
        out("(đã xoá)")
    return 0


def cmd_talks_delete(args, s: Services) -> int:
    s.talks.delete(args.id)
    out(f"Đã xoá. Hoàn tác: sotay talks restore {args.id}")
    return 0


def cmd_talks_restore(args, s: Services) -> int:
    s.talks.restore(args.id)
    out("Đã khôi phục.")
    return 0


def cmd_groups_add(args, s: Services) -> int:
    group = s.groups.add(
        name=args.name,
        kind=args.kind,
        unit_code=args.unit,
        size=args.size,
        channel_url=args.channel,
        contact_name=args.contact_name,
        contact_phone=args.contact_phone,
        contact_consent=args.consent,
        consent_date=args.consent_date,
        notes=args.notes,
        active=not args.inactive,
    )
    if args.json:
        emit_json(group)
    else:
        out(f"Đã thêm nhóm {group.name}  [{group.id}]")
    return 0


def cmd_groups_list(args, s: Services) -> int:
    groups = s.groups.list(include_inactive=not args.active)
    if args.json:
        emit_json({"groups": groups})
    else:
        for g in groups:
            out(f"{g.name:<40} {g.kind.value:<18} {g.size:>7}  [{g.id}]")
    return 0


def cmd_groups_show(args, s: Services) -> int:
    g = s.groups.get(args.id)
    if args.json:
        emit_json(g)
        return 0
    from ..core.labels import label

    out(f"{g.name} — {label(g.kind)}, khoảng {g.size} người" + ("" if g.active else " (ngừng hoạt động)"))
    if g.channel_url:
        out(f"Kênh: {g.channel_url}")
    if g.contact_name or g.contact_phone:
        out(f"Liên hệ: {g.contact_name} {g.contact_phone}")
    return 0


def cmd_groups_delete(args, s: Services) -> int:
    s.groups.delete(args.id)
    out("Đã xoá nhóm.")
    return 0


def cmd_groups_withdraw_consent(args, s: Services) -> int:
    group = s.groups.withdraw_contact_consent(args.id)
    out(f"Đã xoá tên và số điện thoại người liên hệ của nhóm {group.name}.")
    return 0


def cmd_backup(args, s: Services) -> int:
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


def cmd_restore(args, s: Services) -> int:
    safety = s.maintenance.restore(args.file)
    out(f"Đã khôi phục từ {args.file}. Bản trước khi khôi phục được giữ ở {safety}")
    return 0


def _restore_damaged(args, folder: Path) -> int:
    from ..storage.db import restore_damaged

    aside = restore_damaged(folder, args.file)
    out(f"Đã khôi phục từ {args.file}. Tệp cơ sở dữ liệu hỏng được giữ ở {aside}")
    return 0


def cmd_check(args, s: Services) -> int:
    problems = s.maintenance.check()
    if not problems:
        if args.json:
            emit_json({"ok": True, "problems": [], "data_dir": str(s.data_dir)})
        else:
            out(f"Cơ sở dữ liệu tốt ({s.data_dir}).")
        return 0
    from ..core.errors import DatabaseDamaged
    from ..storage.db import DB_NAME, newest_good_backup

    newest = newest_good_backup(s.data_dir)
    return _report_damage(
        args, s.data_dir, problems, DatabaseDamaged(str(s.data_dir / DB_NAME), problems[0], problems, newest)
    )


def _report_damage(args, folder: Path, problems: list[str], exc) -> int:
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
    _print_error(exc)
    return 1
