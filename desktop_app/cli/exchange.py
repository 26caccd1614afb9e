"""``sotay export | import | keys | pack | receipts | ledger``: exchange by file on the command line.

Exit codes follow the package (cli/__init__): 0 done, 1 input rejected (a refused file, a refused export), 2 usage.
``--json`` prints one JSON document on stdout (shapes in docs/exchange-format.md, "Command line").
Every handler goes through ``services.exchange``, the same use cases the window calls; the
exchange package is imported on first use, so other commands start fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..core.vntime import shown_time
from .key_sheet import cmd_keys_sheet, without_sheet
from .output import Command, Subparsers
from .output import emit_json as _json
from .output import out as _out
from .quarantine import TABLES_VI


def _passphrase(path: str | None) -> str | None:
    from ..services.exchange import passphrase_from_file

    return passphrase_from_file(path)


def _encryption(p: argparse.ArgumentParser) -> None:
    group = p.add_mutually_exclusive_group()
    group.add_argument("--passphrase-file", metavar="F", help="mã hóa bằng mật khẩu ghi ở dòng đầu tệp F")
    group.add_argument(
        "--encrypt-to",
        metavar="KEYFILE",
        help="mã hóa cho đơn vị nhận (tệp khóa của đơn vị, hoặc mã đơn vị đã có khóa)",
    )


def register(sub: Subparsers, command: Command) -> None:
    p = command("export", cmd_export, "xuất nhật ký thành tệp gửi lên (mặc định: phần thay đổi từ lần gửi trước)")
    p.add_argument("--to", metavar="DIR_OR_FILE", help="thư mục hoặc tên tệp (mặc định: thư mục outbox)")
    p.add_argument("--for", dest="receiver", metavar="UNIT", help="đơn vị nhận (mặc định: bất kỳ)")
    p.add_argument("--snapshot", action="store_true", help="xuất toàn bộ (bù mọi tệp bị thiếu)")
    p.add_argument(
        "--include-contacts", action="store_true", help="kèm tên, số điện thoại người liên hệ (bắt buộc mã hóa)"
    )
    _encryption(p)
    p.add_argument("--json", action="store_true")

    p = command("import", cmd_import, "nhập tệp trao đổi (tệp hoặc cả thư mục)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--dry-run", action="store_true", help="chỉ xem trước, không ghi gì")
    p.add_argument(
        "--trust", action="store_true", help="xác nhận khóa của đơn vị gửi lần đầu (đã đối chiếu dấu vân tay)"
    )
    p.add_argument(
        "--trust-sender",
        action="append",
        default=[],
        metavar="UNIT",
        help="chỉ xác nhận khóa mới của đơn vị này (mã đơn vị; nhắc lại cho nhiều đơn vị)",
    )
    p.add_argument(
        "--trust-unit",
        dest="trust_sender",
        action="append",
        metavar="UNIT",
        help="như --trust-sender: xác nhận khóa mới của đơn vị này (nhắc lại cho nhiều đơn vị)",
    )
    p.add_argument(
        "--trust-list",
        metavar="FILE",
        help="chỉ xác nhận khóa mới có dấu vân tay khớp danh sách đã đối chiếu (mỗi dòng “MÃ DẤU_VÂN_TAY”)",
    )
    p.add_argument("--passphrase-file", metavar="F", help="mật khẩu mở tệp mã hóa (dòng đầu tệp F)")
    p.add_argument(
        "--accept-outside",
        action="store_true",
        help="nhập cả tệp của đơn vị không thuộc đơn vị của máy này (số liệu không vào báo cáo nào ở đây)",
    )
    p.add_argument("--no-index", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true")

    keys_parser = sub.add_parser("keys", help="khóa ký số: của máy này và của các đơn vị")
    keys_parser.set_defaults(func=cmd_keys_sheet, needs_init=True)
    keys_parser.add_argument(
        "--sheet",
        metavar="FILE.pdf",
        help="in danh sách đối chiếu dấu vân tay ra tệp PDF (mặc định: các khóa đã xác nhận)",
    )
    keys_parser.add_argument(
        "--senders-in",
        nargs="+",
        metavar="PATH",
        help="với --sheet: các đơn vị gửi các tệp (hoặc thư mục) này đang chờ xác nhận khóa",
    )
    keys = keys_parser.add_subparsers(dest="keys_command", metavar="ACTION")
    p = command("list", without_sheet(cmd_keys_list), "các khóa đã biết", parent=keys)
    p.add_argument("--json", action="store_true")
    p = command(
        "show", without_sheet(cmd_keys_show), "khóa của máy này (dấu vân tay để đọc qua điện thoại)", parent=keys
    )
    p.add_argument("--export", metavar="FILE", help="ghi tệp khóa công khai để đơn vị khác mã hóa gửi cho mình")
    p.add_argument("--json", action="store_true")
    p = command(
        "trust",
        without_sheet(cmd_keys_trust),
        "xác nhận khóa của một đơn vị (từ tệp trao đổi hoặc tệp khóa)",
        parent=keys,
    )
    p.add_argument("source", metavar="BUNDLE_OR_KEYFILE")
    p.add_argument("--json", action="store_true")
    p = command(
        "revoke", without_sheet(cmd_keys_revoke), "thu hồi một khóa (mã khóa, dấu vân tay hoặc mã đơn vị)", parent=keys
    )
    p.add_argument("key", metavar="KEY")
    p.add_argument("--json", action="store_true")
    p = command(
        "rotate", without_sheet(cmd_keys_rotate), "đổi khóa ký của máy này (khóa cũ ký xác nhận khóa mới)", parent=keys
    )
    p.add_argument("--json", action="store_true")

    pack = sub.add_parser("pack", help="gói tài liệu gửi xuống").add_subparsers(
        dest="pack_command", metavar="ACTION", required=True
    )
    p = command("export", cmd_pack_export, "xuất gói tài liệu cho các xã", parent=pack)
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--documents", nargs="+", metavar="ID", help="mã các tài liệu")
    what.add_argument("--topic", nargs="+", metavar="NAME", help="mọi tài liệu của các chuyên đề")
    what.add_argument("--orientation", metavar="PERIOD", help="chỉ định hướng tuyên truyền của kỳ này (2026-12)")
    p.add_argument("--to", metavar="DIR_OR_FILE")
    p.add_argument("--for", dest="receiver", metavar="UNIT")
    _encryption(p)
    p.add_argument("--json", action="store_true")

    p = command("receipts", cmd_receipts, "biên nhận: tệp đã gửi được nhận chưa, tài liệu đã được đọc chưa")
    p.add_argument("action", nargs="?", choices=("list", "export"), default="list")
    p.add_argument("--for", dest="receiver", metavar="UNIT", help="đơn vị nhận biên nhận (khi export)")
    p.add_argument("--to", metavar="DIR_OR_FILE")
    p.add_argument("--json", action="store_true")

    p = command("ledger", cmd_ledger, "sổ nhận tệp: đơn vị nào đã gửi, tệp nào bị thiếu")
    p.add_argument("--json", action="store_true")


# --- handlers ------------------------------------------------------------------------------------


def _refusal_listed(args: argparse.Namespace, write: Any) -> Any:
    """Runs ``write``; with ``--json``, an export refused for records the receiver would refuse is
    also printed as ``{"error": {code, field, message, detail}, "records": [{table, id, summary,
    field, problem, detail}]}`` before the message goes to stderr (exit 1)."""
    from ..services.exchange import UnsendableRecords

    try:
        return write()
    except UnsendableRecords as exc:
        if args.json:
            _json({"error": exc.as_dict(), "records": [p.as_dict() for p in exc.problems]})
        raise


def cmd_export(args: argparse.Namespace, s: Any) -> int:
    result = _refusal_listed(
        args,
        lambda: s.exchange.export_log(
            args.to,
            receiver=s.exchange.receiver(args.receiver),
            snapshot=args.snapshot,
            include_contacts=args.include_contacts,
            passphrase=_passphrase(args.passphrase_file),
            encrypt_to=args.encrypt_to,
        ),
    )
    if args.json:
        _json(result.as_dict())
        return 0
    total = sum(result.counts.values())
    kind = "toàn bộ" if result.kind == "snapshot" else "phần thay đổi"
    _out(f"Đã xuất {kind}: {total} bản ghi ({_counts_vi(result.counts)}) vào {result.path}")
    if result.encrypted:
        _out("Tệp đã được mã hóa.")
    if result.redaction != "none":
        _out("Tên và số điện thoại người liên hệ đã được bỏ ra khỏi tệp.")
    return 0


_TABLES_VI = {**TABLES_VI, "read_receipts": "lượt đọc"}  # the quarantine's words, but for one


def _counts_vi(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {_TABLES_VI.get(t, t)}" for t, n in counts.items()) or "không có thay đổi"


_STATUS_VI = {
    "applied": "ĐÃ NHẬP",
    "previewed": "XEM TRƯỚC",
    "already_imported": "ĐÃ CÓ",
    "refused": "TỪ CHỐI",
    "cancelled": "ĐÃ DỪNG",
}


def cmd_import(args: argparse.Namespace, s: Any) -> int:
    def progress(done: int, total: int, name: str) -> None:
        if not args.json and total > 1 and sys.stderr.isatty():
            sys.stderr.write(f"\r{done}/{total} {name[:50]:<50}")
            sys.stderr.flush()

    from ..services.exchange import read_trust_list

    plan = s.exchange.plan(
        [Path(p) for p in args.paths],
        trust_all=args.trust,
        trusted_senders=[s.exchange.sender(text) for text in args.trust_sender],
        trusted_fingerprints=read_trust_list(Path(args.trust_list)) if args.trust_list else None,
        passphrase=_passphrase(args.passphrase_file),
        accept_outside=args.accept_outside,
    )
    summary = s.exchange.import_files(plan, dry_run=args.dry_run, index=not args.no_index, progress=progress)
    if not args.json and sys.stderr.isatty():
        sys.stderr.write("\r" + " " * 60 + "\r")
    if args.json:
        _json(summary.as_dict())
        return 0 if summary.ok else 1
    for f in summary.files:
        word = "TẠM GIỮ" if f.only_set_aside else _STATUS_VI.get(f.status, f.status)  # nothing of it in use
        head = f"[{word}] {Path(f.path).name}"
        if f.sender_name:
            head += f" — {f.sender_name}"
        _out(head)
        if f.status in ("applied", "previewed"):
            c = f.counts
            _out(
                f"    mới {c['new']}, cập nhật {c['updated']}, không đổi {c['unchanged']}, "
                f"cũ hơn {c['conflicting']}, cách ly {c['quarantined']}"
            )
            if f.urgent:
                _out(f"    {f.urgent} ý kiến khẩn: xem sotay talks list --urgent")
            if f.key_action == "trust_new":
                _out(f"    Đã xác nhận khóa, dấu vân tay {f.fingerprint}")
        elif f.message:
            _out(f"    {f.message}")
            if f.detail and f.status == "refused":
                _out(f"    ({f.detail})")
            if f.reason == "outside_tree":
                _out("    Nếu chắc chắn muốn giữ tệp này: sotay import --accept-outside …")
        for warning in f.warnings:
            _out(f"    Lưu ý: {warning}")
    status = summary.by_status()
    _out(
        f"Tổng: {len(summary.files)} tệp — "
        + ", ".join(f"{_STATUS_VI.get(k, k).lower()} {v}" for k, v in status.items())
    )
    if summary.dry_run:
        _out("Chế độ xem trước: chưa ghi gì vào cơ sở dữ liệu.")
    elif summary.backup:
        _out(f"Bản sao lưu trước khi nhập: {summary.backup}")
    if summary.index_pending:
        _out(
            f"Dữ liệu đã nhập xong. Chỉ mục tìm kiếm còn {summary.index_pending:,} bản ghi".replace(",", ".")
            + ": được lập ở lần tìm tới (sotay search) hoặc khi mở cửa sổ."
        )
    for gap in summary.gaps:
        _out(f"Thiếu tệp: {gap['message']}")
    if any(f.reason == "wrong_key" for f in summary.files):
        _changed_keys(s, summary.files)
    return 0 if summary.ok else 1


def _changed_keys(s: Any, files: list[Any]) -> None:
    """Units whose trusted key changed (a reinstalled laptop?): both fingerprints, and how to accept
    the new one after a phone check, as the window offers it."""
    for sender in s.exchange.waiting_senders(files):
        if sender.changed:
            _out(
                f"Khóa của {sender.unit_name} (mã {sender.unit_code}) đã đổi: khóa cũ {sender.old_fingerprint}, "
                f"khóa mới {sender.fingerprint}. Nếu đơn vị đã cài lại máy, gọi điện đối chiếu dấu vân tay rồi chạy: "
                f"sotay keys trust {sender.files[0]}"
            )


def cmd_keys_list(args: argparse.Namespace, s: Any) -> int:
    keys = s.exchange.list_keys()
    if args.json:
        _json(keys)
        return 0
    if not keys:
        _out("Chưa có khóa của đơn vị nào.")
    for k in keys:
        _out(f"{k['unit_code']:<10} {k['fingerprint']}  {k['status']:<8} từ {k['first_seen'][:10]}")
    return 0


def cmd_keys_show(args: argparse.Namespace, s: Any) -> int:
    own = s.exchange.own_key(Path(args.export) if args.export else None)
    if args.export:
        own["keyfile"] = args.export
    if args.json:
        _json(own)
        return 0
    _out(f"Đơn vị: {own['unit_name']} ({own['unit_code']})")
    _out(f"Dấu vân tay: {own['fingerprint']}")
    _out(f"Khóa công khai: {own['public_key']}")
    if args.export:
        _out(f"Đã ghi tệp khóa: {args.export}")
    return 0


def cmd_keys_trust(args: argparse.Namespace, s: Any) -> int:
    key = s.exchange.trust_file(Path(args.source))
    if args.json:
        _json(key)
        return 0
    _out(f"Đã xác nhận khóa của {key['unit_code']}: dấu vân tay {key['fingerprint']}")
    return 0


def cmd_keys_revoke(args: argparse.Namespace, s: Any) -> int:
    key = s.exchange.revoke_key(args.key)
    if args.json:
        _json(key)
        return 0
    _out(f"Đã thu hồi khóa {key['fingerprint']} của {key['unit_code']}. Tệp ký bằng khóa này sẽ bị từ chối.")
    return 0


def cmd_keys_rotate(args: argparse.Namespace, s: Any) -> int:
    own = s.exchange.rotate_key()
    if args.json:
        _json(own)
        return 0
    _out(f"Đã đổi khóa. Dấu vân tay mới: {own['fingerprint']}. Các tệp gửi sau mang xác nhận của khóa cũ.")
    return 0


def cmd_pack_export(args: argparse.Namespace, s: Any) -> int:
    result = _refusal_listed(
        args,
        lambda: s.exchange.export_pack(
            document_ids=args.documents,
            topics=args.topic,
            to=args.to,
            receiver=s.exchange.receiver(args.receiver),
            passphrase=_passphrase(args.passphrase_file),
            encrypt_to=args.encrypt_to,
            orientation=s.orientation.period_code(args.orientation) if args.orientation else None,
        ),
    )
    if args.json:
        _json(result.as_dict())
        return 0
    _out(f"Đã xuất gói tài liệu: {_counts_vi(result.counts)} vào {result.path}")
    return 0


def cmd_receipts(args: argparse.Namespace, s: Any) -> int:
    if args.action == "export":
        result = s.exchange.export_receipts(args.receiver, to=args.to)
        if args.json:
            _json(result.as_dict())
        else:
            _out(f"Đã xuất biên nhận cho {result.receiver}: {result.path}")
        return 0
    sent = s.exchange.exports()
    reads = s.exchange.read_counts()
    if args.json:
        _json({"sent": sent, "documents": reads})
        return 0
    if not sent:
        _out("Chưa gửi tệp nào.")
    for e in sent:
        got = f"đã nhận {e['receipt_at'][8:10]}/{e['receipt_at'][5:7]}" if e["receipt_at"] else "chưa có biên nhận"
        _out(f"{e['created_at'][:10]} {e['kind']:<8} {e['file_name']} → {e['receiver']}: {got}")
    for d in reads:
        if d["readers"]:
            _out(f"{d['title'][:60]}: {d['readers']} đơn vị đã đọc ({d['readers_latest']} đọc bản mới nhất)")
    return 0


def cmd_ledger(args: argparse.Namespace, s: Any) -> int:
    status, gaps = s.exchange.senders(), s.exchange.chain_gaps()
    if args.json:
        _json({"senders": status, "gaps": gaps})
        return 0
    if not status:
        _out("Chưa nhận tệp nào.")
    for row in status:
        _out(
            f"{row['unit_name']} ({row['unit_code']}): {row['bundles']} tệp, mới nhất tạo lúc "
            f"{shown_time(row['created_at'])}"
        )
    for gap in gaps:
        _out(f"Thiếu tệp: {gap['message']}")
    return 0
