"""What the installed program relies on: `sotay FILE.sotay` (file association) and the icon files."""

from __future__ import annotations

import struct

from desktop_app.cli import build_parser, bundle_as_open
from desktop_app.paths import resource_path


def parse(argv):
    parser = build_parser()
    return parser.parse_args(bundle_as_open(parser, argv))


def test_a_bundle_path_alone_opens_the_window_on_it():
    args = parse([r"C:\Users\An\Downloads\30130_log_20261122-0626.sotay"])
    assert args.command is None
    assert args.open == r"C:\Users\An\Downloads\30130_log_20261122-0626.sotay"


def test_options_before_the_bundle_are_kept():
    args = parse(["--lang", "en", "--data-dir", "/tmp/x", "a b.SOTAY"])
    assert (args.open, args.lang, args.data_dir, args.command) == ("a b.SOTAY", "en", "/tmp/x", None)


def test_commands_taking_bundles_are_untouched():
    args = parse(["import", "x.sotay", "--trust"])
    assert args.command == "import" and args.open is None
    args = parse(["keys", "trust", "x.sotay"])
    assert args.command == "keys" and args.open is None


def test_no_bundle_no_open():
    assert parse([]).open is None
    assert parse(["--demo"]).open is None


def test_windows_icon_has_the_small_sizes():
    data = resource_path("icons", "sotay.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = {struct.unpack_from("<B", data, 6 + 16 * i)[0] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sizes
    assert resource_path("icons", "sotay.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
