"""``sotay keys --sheet FILE.pdf``: the fingerprint sheet the window prints, written as a PDF; the
``keys`` actions refuse its options instead of ignoring them."""

from __future__ import annotations

import argparse
import functools
from pathlib import Path
from typing import Any

from ..core.errors import ValidationError
from .output import Handler, print_error
from .output import out as _out


def without_sheet(handler: Handler) -> Handler:
    """A ``keys`` action refuses ``--sheet`` and ``--senders-in`` (options of ``sotay keys`` alone,
    which writes the sheet) rather than ignoring them."""

    @functools.wraps(handler)
    def action(args: argparse.Namespace, s: Any) -> int:
        given = [flag for flag, value in (("--sheet", args.sheet), ("--senders-in", args.senders_in)) if value]
        if given:
            raise ValidationError(
                f"{' và '.join(given)} không dùng cùng “sotay keys {args.keys_command}”: danh sách đối chiếu dấu "
                "vân tay được ghi bằng “sotay keys --sheet TỆP.pdf” (không kèm việc nào khác).",
                f"{', '.join(given)} given with 'keys {args.keys_command}'; the sheet is 'sotay keys --sheet FILE.pdf'",
                field="sheet",
            )
        return handler(args, s)

    return action


def cmd_keys_sheet(args: argparse.Namespace, s: Any) -> int:
    """``sotay keys --sheet FILE.pdf``: the fingerprint sheet the window prints, as a PDF."""
    from ..services.key_sheet import write_key_sheet

    if not args.sheet:  # a usage error (exit 2), said in the house style
        print_error(
            ValidationError(
                "Hãy ghi việc cần làm với khóa (list, show, trust, revoke, rotate) hoặc --sheet TỆP.pdf.",
                "usage: sotay keys {list,show,trust,revoke,rotate} … | sotay keys --sheet FILE.pdf",
            )
        )
        return 2
    senders = None
    if args.senders_in:
        preview = s.exchange.import_files(s.exchange.plan([Path(p) for p in args.senders_in]), dry_run=True)
        senders = s.exchange.waiting_senders(preview.files)
    sheet = s.exchange.key_sheet(senders)
    path = write_key_sheet(sheet, Path(args.sheet))
    _out(f"Đã ghi danh sách đối chiếu dấu vân tay ({len(sheet.rows)} đơn vị): {path}")
    return 0
