"""``sotay card``: the talk preparation card for a topic and an audience group, as PDF or DOCX."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .output import Command, Subparsers, out

if TYPE_CHECKING:
    from ..services import Services


def register(sub: Subparsers, command: Command) -> None:
    p = command("card", cmd_card, "thẻ chuẩn bị buổi nói chuyện (một trang PDF hoặc Word)", sub)
    p.add_argument("--topic", required=True, help="chuyên đề")
    p.add_argument("--group", required=True, metavar="ID", help="nhóm đối tượng (mã nhóm)")
    p.add_argument("--paper", choices=["a5", "a4"], default="a5")
    p.add_argument("--format", choices=["pdf", "docx"], required=True)
    p.add_argument("--out", required=True, type=Path, metavar="FILE")


def cmd_card(args: argparse.Namespace, s: Services) -> int:
    card = s.assistant.talk_card(args.topic, args.group)
    path = s.assistant.save_card(card, args.out, args.format, args.paper)
    out(f"Đã lưu thẻ chuẩn bị: {path}")
    return 0
