"""The headless ``sotay`` commands, over the same services as the window.

Exit codes: 0 success, 1 input rejected (the message on stderr names the field; nothing written),
2 usage error (argparse). Every listing and search takes ``--json``: one JSON document on stdout.
Each command family registers itself from its own module, in the order ``sotay --help`` lists
them; no module here imports this one. Without a command the program opens the window: that is
``app.main``'s choice, never this package's (it imports no Qt).
"""

from __future__ import annotations

import argparse
import sys

from .. import __version__
from ..core.errors import DatabaseDamaged, SotayError
from . import (
    calendar,
    card,
    channels,
    exchange,
    force,
    groups,
    library,
    maintenance,
    orientation,
    quarantine,
    regularity,
    reports,
    setup,
    talks,
    units,
)
from .output import Handler, Subparsers, print_error

# every command family, in the order the help lists it (a public contract: never reordered)
REGISTRARS = (
    setup.register,
    units.register,
    library.register,
    talks.register,
    groups.register,
    library.register_search,
    maintenance.register,
    exchange.register,
    reports.register,
    quarantine.register,
    maintenance.register_clock,
    card.register,
    force.register,
    channels.register,
    calendar.register,
    regularity.register,
    orientation.register,
    maintenance.register_maintenance,
)


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

    def command(
        name: str, handler: Handler, help_text: str, parent: Subparsers | None = None, init: bool = True
    ) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = (parent or sub).add_parser(name, help=help_text, description=help_text)
        p.set_defaults(func=handler, needs_init=init)
        return p

    for register in REGISTRARS:
        register(sub, command)
    return parser


def bundle_as_open(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``sotay [OPTIONS] FILE.sotay`` (a double-click on a bundle: the Windows file association runs
    ``SotayTuyenTruyen.exe "FILE"``) means ``sotay [OPTIONS] --open FILE.sotay``; the window then opens
    on the import preview of ``args.open``. Commands such as ``sotay import FILE.sotay`` are untouched."""
    commands = next(a.choices for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    long_way = len(argv) > 1 and argv[-2] == "--open"  # ``sotay --open FILE.sotay`` needs nothing added
    bare = argv and argv[-1].lower().endswith(".sotay") and not argv[-1].startswith("-")
    if bare and not long_way and not set(argv) & set(commands):
        return [*argv[:-1], "--open", argv[-1]]
    return argv


def parse(argv: list[str]) -> argparse.Namespace:
    """The command line read; ``command`` is None when the window is asked for."""
    parser = build_parser()
    return parser.parse_args(bundle_as_open(parser, argv))


def run(argv: list[str]) -> int:
    """Run one headless command (``sotay`` without one is the window: see ``app.main``)."""
    args = parse(argv)
    if args.command is None:
        build_parser().print_usage(sys.stderr)
        return 2
    return execute(args)


def execute(args: argparse.Namespace) -> int:
    """One command over the data folder the options name; a refusal is one message and exit 1."""
    import sqlite3

    from ..services import Services, folder_fault
    from ..services.paths import data_dir

    folder = data_dir(args.data_dir, demo=args.demo)
    services = None
    try:
        try:
            services = Services.open(folder)
        except DatabaseDamaged as exc:  # too damaged to open: check says so, restore replaces it
            if args.func is maintenance.cmd_check:
                return maintenance.report_damage(args, folder, exc.problems or [exc.detail], exc)
            if args.func is maintenance.cmd_restore:
                return maintenance.restore_damaged_file(args, folder)
            raise
        if args.needs_init:
            services.identity.installation  # noqa: B018 - raises NotInitialisedError with a clear message
        warning = services.maintenance.clock_warning() if args.needs_init and args.command != "clock" else None
        if warning:
            sys.stderr.write(f"Cảnh báo: {warning}\n")
        code: int = args.func(args, services)
        return code
    except SotayError as exc:
        print_error(exc)
        return 1
    except (sqlite3.Error, OSError) as exc:  # a fault of the data folder met outside the store's translation
        typed = folder_fault(exc, folder)
        if typed is None:
            raise
        print_error(typed)
        return 1
    finally:
        if services is not None:
            services.close()
