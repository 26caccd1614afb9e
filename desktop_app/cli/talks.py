"""``sotay talks``: the log of talks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.enums import FollowUpOutcome, TalkFormat
from ..core.filters import FOLLOW_UP_SCOPES
from .output import Command, Subparsers, choices_of, emit_json, out

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    talks = sub.add_parser("talks", help="nhật ký các buổi tuyên truyền").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_talks_add, "ghi một buổi tuyên truyền", talks)
    p.add_argument("--date", help="ngày (dd/mm/yyyy; mặc định hôm nay)")
    p.add_argument("--time", default="", help="giờ bắt đầu HH:MM")
    p.add_argument("--duration", type=int, default=0, help="thời lượng (phút)")
    p.add_argument("--place", default="")
    p.add_argument("--unit", metavar="CODE", help="đơn vị (mặc định: đơn vị của máy này)")
    p.add_argument("--format", choices=choices_of(TalkFormat), default=TalkFormat.MEETING.value)
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
    p.add_argument("--language", help="ngôn ngữ của buổi nói (mặc định: Tiếng Việt), ví dụ “Tiếng Khmer”")
    p.add_argument(
        "--follow-up-outcome",
        choices=choices_of(FollowUpOutcome),
        help="việc theo dõi đã xong: đã trả lời hay đã chuyển",
    )
    p.add_argument("--follow-up-resolved-on", metavar="DATE", help="ngày trả lời hoặc chuyển (dd/mm/yyyy)")
    p.add_argument("--urgent", action="store_true", help="ý kiến khẩn: gửi lên cấp trên ngay")
    p.add_argument("--json", action="store_true")
    p = command("list", cmd_talks_list, "liệt kê các buổi", talks)
    p.add_argument("--from", dest="date_from", metavar="DATE")
    p.add_argument("--to", dest="date_to", metavar="DATE")
    p.add_argument("--format", choices=choices_of(TalkFormat))
    p.add_argument("--topic")
    p.add_argument("--group", metavar="ID")
    p.add_argument(
        "--follow-up", choices=FOLLOW_UP_SCOPES, help="chỉ buổi có việc theo dõi còn mở (open) hay quá hạn (overdue)"
    )
    p.add_argument("--limit", type=int, default=100)
    p.add_argument("--deleted", action="store_true", help="cả các buổi đã xoá")
    p.add_argument("--urgent", action="store_true", help="chỉ các ý kiến khẩn chưa giải quyết, mới nhất trước")
    p.add_argument("--json", action="store_true")
    p = command("show", cmd_talks_show, "xem một buổi", talks)
    p.add_argument("id")
    p.add_argument("--json", action="store_true")
    p = command("delete", cmd_talks_delete, "xoá một buổi (có thể hoàn tác bằng talks restore)", talks)
    p.add_argument("id")
    p = command("restore", cmd_talks_restore, "hoàn tác việc xoá một buổi", talks)
    p.add_argument("id")
    p = command("themes", cmd_talks_themes, "danh sách chủ đề ý kiến dùng chung (gợi ý khi ghi ý kiến)", talks)
    p.add_argument("--load", type=Path, metavar="FILE", help="dùng danh sách mới hơn từ tệp JSON (cấp trên gửi xuống)")
    p.add_argument("--suggest", metavar="TEXT", help="xem chủ đề gợi ý cho một ý kiến")
    p.add_argument("--json", action="store_true")
    p = command("languages", cmd_talks_languages, "ngôn ngữ buổi nói chuyện được gợi ý (chỉ lưu trên máy này)", talks)
    p.add_argument("--add", metavar="NAME", help="thêm một ngôn ngữ, ví dụ “Tiếng Xơ Đăng”")
    p.add_argument("--remove", metavar="NAME", help="bỏ một ngôn ngữ đã tự thêm")
    p.add_argument("--json", action="store_true")
    p = command("resolve", cmd_talks_resolve, "đánh dấu việc cần theo dõi của một buổi đã xong", talks)
    p.add_argument("id")
    p.add_argument("--outcome", choices=choices_of(FollowUpOutcome), default=FollowUpOutcome.ANSWERED.value)
    p.add_argument("--on", metavar="DATE", help="ngày trả lời hoặc chuyển (dd/mm/yyyy; mặc định hôm nay)")
    p.add_argument("--json", action="store_true")


def cmd_talks_add(args: argparse.Namespace, s: Services) -> int:
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
        language=args.language,
        follow_up_outcome=args.follow_up_outcome,
        follow_up_resolved_on=args.follow_up_resolved_on,
        urgent=args.urgent,
    )
    if args.json:
        emit_json(talk)
    else:
        out(f"Đã ghi buổi {talk.held_on:%d/%m/%Y} tại {talk.place or '—'}  [{talk.id}]")
    return 0


def cmd_talks_list(args: argparse.Namespace, s: Services) -> int:
    from ..core.filters import TalkFilter, follow_up_scope
    from ..core.validation import parse_date

    flt = TalkFilter(
        date_from=parse_date("held_on", args.date_from),
        date_to=parse_date("held_on", args.date_to),
        format=args.format,
        topic=args.topic,
        group_id=args.group,
        include_deleted=args.deleted,
        **follow_up_scope(args.follow_up, s.session.today),
    )
    talks = s.talks.urgent(limit=args.limit) if args.urgent else s.talks.list(flt, limit=args.limit)
    if args.json:
        from ..core.jsonout import plain

        emit_json({"total": len(talks) if args.urgent else s.talks.count(flt), "talks": plain(talks)})
    else:
        from ..core.labels import TALK_FORMAT_LABELS, label

        width = max(map(len, TALK_FORMAT_LABELS.values()))
        for t in talks:
            mark = ("✗ " if t.deleted else "") + ("[khẩn] " if t.urgent else "")
            out(f"{mark}{t.held_on:%d/%m/%Y}  {label(t.format):<{width}} {t.attendance:>6}  {t.place}  [{t.id}]")
    return 0


def cmd_talks_show(args: argparse.Namespace, s: Services) -> int:
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
    if t.follow_up_outcome:
        on = f" ngày {t.follow_up_resolved_on:%d/%m/%Y}" if t.follow_up_resolved_on else ""
        out(f"Kết quả: {label(t.follow_up_outcome)}{on}")
    if t.urgent:
        out("Ý kiến khẩn")
    if t.deleted:
        out("(đã xoá)")
    return 0


def cmd_talks_resolve(args: argparse.Namespace, s: Services) -> int:
    from ..core.labels import label

    t = s.talks.resolve_follow_up(args.id, args.outcome, args.on)
    if args.json:
        emit_json(t)
    else:
        on = f"{t.follow_up_resolved_on:%d/%m/%Y}" if t.follow_up_resolved_on else "—"
        out(f"Đã xong việc theo dõi: {label(t.follow_up_outcome or FollowUpOutcome.ANSWERED)} ngày {on}.")
    return 0


def cmd_talks_delete(args: argparse.Namespace, s: Services) -> int:
    s.talks.delete(args.id)
    out(f"Đã xoá. Hoàn tác: sotay talks restore {args.id}")
    return 0


def cmd_talks_restore(args: argparse.Namespace, s: Services) -> int:
    s.talks.restore(args.id)
    out("Đã khôi phục.")
    return 0


def cmd_talks_themes(args: argparse.Namespace, s: Services) -> int:
    """The list in force (or the suggestions for a text); ``--load`` adopts a newer list first."""
    themes = s.talks.adopt_theme_list(args.load) if args.load else s.talks.concern_themes()
    if args.suggest is not None:
        suggestions = s.talks.suggest_themes(args.suggest)
        if args.json:
            emit_json(
                {
                    "suggestions": [
                        {"id": g.theme.id, "name": g.theme.name, "score": g.score, "because": list(g.because)}
                        for g in suggestions
                    ]
                }
            )
            return 0
        for g in suggestions:
            out(f"{g.theme.name}  [{g.theme.id}]  vì có: " + "; ".join(f"“{w}”" for w in g.because))
        if not suggestions:
            out("Không có chủ đề nào đủ gần.")
        return 0
    if args.json:
        emit_json(
            {
                "version": themes.version,
                "themes": [{"id": t.id, "name": t.name, "synonyms": list(t.synonyms)} for t in themes.themes],
            }
        )
        return 0
    if args.load:
        out(f"Đã dùng danh sách chủ đề phiên bản {themes.version}; các gói tài liệu gửi xuống sau sẽ mang theo.")
    out(f"Danh sách chủ đề ý kiến, phiên bản {themes.version} ({len(themes.themes)} chủ đề):")
    for t in themes.themes:
        out(f"  {t.name}  [{t.id}]")
    return 0


def cmd_talks_languages(args: argparse.Namespace, s: Services) -> int:
    """The languages the talk form offers after Vietnamese, changed first when ``--add``/``--remove`` say so."""
    if args.add:
        s.areas.add_language(args.add)
    if args.remove:
        s.areas.remove_language(args.remove)
    own = s.areas.own_languages()
    if args.json:
        emit_json({"languages": list(s.areas.languages()), "own": own})
        return 0
    for name in s.areas.languages():
        out(name + ("  (tự thêm)" if name in own else ""))
    return 0
