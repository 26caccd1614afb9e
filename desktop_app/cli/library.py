"""``sotay library`` (briefing documents) and ``sotay search`` (everything)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .output import Command, Subparsers, emit_json, out

if TYPE_CHECKING:
    from ..core.records import Document, SearchHit
    from ..services import Services
    from ..services.library import AttachedFile


def register(sub: Subparsers, command: Command) -> None:
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
    p.add_argument(
        "--legacy-preview",
        action="store_true",
        help="chỉ xem trước chữ gõ bảng mã cũ (TCVN3, VNI) được chuyển sang Unicode thế nào; không thêm",
    )
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
    p = command("edit", cmd_library_edit, "sửa tài liệu do đơn vị mình ban hành", lib)
    p.add_argument("id")
    p.add_argument("--title")
    p.add_argument("--issuer")
    p.add_argument("--number")
    p.add_argument("--issued", metavar="DATE", help="ngày ban hành (chuỗi rỗng để xoá)")
    p.add_argument("--valid-until", metavar="DATE", help="hiệu lực đến (chuỗi rỗng để xoá)")
    p.add_argument("--topic", action="append", help="chuyên đề (lặp lại được; thay cả danh sách)")
    p.add_argument("--no-topics", action="store_true", help="bỏ mọi chuyên đề")
    p.add_argument("--key-point", action="append", help="ý chính (lặp lại được; thay cả danh sách)")
    required = p.add_mutually_exclusive_group()
    required.add_argument("--required", action="store_true", default=None, help="bắt buộc đọc")
    required.add_argument("--not-required", dest="required", action="store_false", help="không bắt buộc đọc")
    p.add_argument("--json", action="store_true")
    p = command("delete", cmd_library_delete, "xoá tài liệu do đơn vị mình ban hành", lib)
    p.add_argument("id")
    p = command("restore", cmd_library_restore, "khôi phục tài liệu vừa xoá", lib)
    p.add_argument("id")
    p = command("keypoints", cmd_library_keypoints, "bản nháp ý chính do máy đề xuất từ nội dung tài liệu", lib)
    p.add_argument("id")
    p.add_argument("--count", type=int, default=5, metavar="N", help="số ý chính (1–30)")
    p.add_argument("--json", action="store_true")


def register_search(sub: Subparsers, command: Command) -> None:
    p = command("search", cmd_search, "tìm trong tài liệu, nhật ký và nhóm", sub)
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--json", action="store_true")


def cmd_library_add(args: argparse.Namespace, s: Services) -> int:
    warnings: list[str] = []
    attached = s.library.read_attachments(args.files, warnings)  # checked and read before the transaction
    if args.legacy_preview:
        return _legacy_preview(attached, args.json)
    docs = s.library.add_documents(
        attached,
        title=args.title if len(args.files) == 1 else None,
        issuer=args.issuer,
        number=args.number,
        topics=args.topic,
        issued_on=args.issued,
        valid_until=args.valid_until,
        required=args.required,
        key_points=args.key_point,
    )
    for warning in warnings:
        sys.stderr.write(f"Lưu ý: {warning}\n")
    if args.json:
        emit_json({"documents": [_doc_json(d) for d in docs], "warnings": warnings})
    else:
        for d in docs:
            out(f"Đã thêm: {d.title}  [{d.id}]")
    return 0


def _legacy_preview(attached: list[AttachedFile], as_json: bool) -> int:
    """Before and after of each file's legacy-encoded text; nothing is stored."""
    from ..services.library import LEGACY_NAMES

    if as_json:
        files = [
            {
                "file": f.name,
                "encoding": f.legacy.encoding if f.legacy else "unicode",
                "samples": [{"before": b, "after": a} for b, a in f.legacy.samples] if f.legacy else [],
            }
            for f in attached
        ]
        emit_json({"files": files})
        return 0
    for f in attached:
        if f.legacy is None:
            out(f"{f.name}: chữ Unicode, không cần chuyển.")
            continue
        out(f"{f.name}: bảng mã {LEGACY_NAMES[f.legacy.encoding]} → Unicode")
        for before, after in f.legacy.samples:
            out(f"  Trước: {before}\n  Sau:   {after}")
    out("(Chỉ xem trước: chưa thêm tài liệu nào.)")
    return 0


def _doc_json(d: Document, body: bool = False) -> dict[str, Any]:
    from ..core.jsonout import plain

    data: dict[str, Any] = plain(d)
    if not body:
        data.pop("body")
    return data


def cmd_library_list(args: argparse.Namespace, s: Services) -> int:
    from ..core.filters import DocumentFilter

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


def _print_hits(hits: list[SearchHit], as_json: bool, query: str) -> int:
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
                        "attachment": h.attachment,
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
            where = f"(trong tệp {h.attachment}) " if h.attachment else ""
            out(f"[{h.kind}] {h.title}  [{h.ref_id}]\n    {where}{h.marked()}")
    return 0


def cmd_library_search(args: argparse.Namespace, s: Services) -> int:
    return _print_hits(s.library.search(args.query, ("document",), args.limit), args.json, args.query)


def cmd_search(args: argparse.Namespace, s: Services) -> int:
    pending = s.library.index_pending()  # what a large or interrupted import left unindexed is found too
    if pending and not args.json:
        sys.stderr.write(f"Đang lập chỉ mục tìm kiếm cho {pending:,} bản ghi vừa nhập…\n".replace(",", "."))
    s.maintenance.complete_search_index()
    return _print_hits(s.library.search(args.query, limit=args.limit), args.json, args.query)


def cmd_library_show(args: argparse.Namespace, s: Services) -> int:
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


def cmd_library_read(args: argparse.Namespace, s: Services) -> int:
    s.library.mark_read(args.id, not args.unread)
    return 0


def cmd_library_note(args: argparse.Namespace, s: Services) -> int:
    s.library.set_note(args.id, args.text)
    return 0


def cmd_library_edit(args: argparse.Namespace, s: Services) -> int:
    """Only the flags given change; a list flag replaces the whole list."""
    given = {
        "title": args.title,
        "issuer": args.issuer,
        "number": args.number,
        "issued_on": args.issued,
        "valid_until": args.valid_until,
        "topics": [] if args.no_topics else args.topic,
        "key_points": args.key_point,
        "required": args.required,
    }
    changes = {name: value for name, value in given.items() if value is not None}
    d = s.library.edit(args.id, **changes)
    if args.json:
        emit_json(_doc_json(d))
    else:
        out(f"Đã sửa: {d.title}  [{d.id}]")
    return 0


def cmd_library_delete(args: argparse.Namespace, s: Services) -> int:
    d = s.library.delete(args.id)
    out(f"Đã xoá: {d.title}  [{d.id}] (khôi phục: sotay library restore {d.id})")
    return 0


def cmd_library_restore(args: argparse.Namespace, s: Services) -> int:
    d = s.library.restore(args.id)
    out(f"Đã khôi phục: {d.title}  [{d.id}]")
    return 0


def cmd_library_keypoints(args: argparse.Namespace, s: Services) -> int:
    """A draft only: nothing is stored (the window lets the reader accept, edit or discard it)."""
    d = s.library.document(args.id)
    drafted = s.assistant.draft_key_points(d.id, args.count)
    if args.json:
        emit_json(
            {
                "id": d.id,
                "title": d.title,
                "draft": True,
                "key_points": [
                    {"text": p.text, "score": p.score, "section": p.section, "reasons": list(p.explained())}
                    for p in drafted
                ],
            }
        )
        return 0
    out(d.title)
    out(
        "Bản nháp do máy đề xuất (chưa ai duyệt):"
        if drafted
        else "Tài liệu không có câu nào đủ dài để đề xuất ý chính."
    )
    for n, p in enumerate(drafted, 1):
        out(f"  {n}. {p.text}")
        out(f"     ({'; '.join(p.explained())})")
    return 0
