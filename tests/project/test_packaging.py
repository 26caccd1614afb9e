"""What the installed program relies on: `sotay FILE.sotay` (file association) and the icon files."""

from __future__ import annotations

import struct

from desktop_app.cli import build_parser, bundle_as_open
from desktop_app.services.paths import resource_path


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


def test_open_said_the_long_way_is_kept():
    args = parse(["--data-dir", "/tmp/x", "--open", "a.sotay"])
    assert (args.open, args.command) == ("a.sotay", None)


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


# --- the Windows installer script: what Inno Setup 6.4.1 under Wine found ----------------------------

WINDOWS = resource_path().parent / "packaging" / "windows"


def installer_script() -> str:
    return (WINDOWS / "sotay.iss").read_text(encoding="utf-8")


def test_the_inno_setup_version_is_stated_once_and_checked_everywhere():
    import re

    version = (WINDOWS / "inno-setup-version.txt").read_text().strip()
    assert re.fullmatch(r"6\.[0-9]+\.[0-9]+", version)
    workflow = (WINDOWS.parents[1] / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    for text in (
        workflow,
        (WINDOWS / "build.ps1").read_text(encoding="utf-8"),
        (WINDOWS / "build_under_wine.sh").read_text(encoding="utf-8"),
    ):
        assert "inno-setup-version.txt" in text  # each reads the version from the file


def test_the_script_uses_only_what_inno_setup_6_4_has():
    # CreateCustomForm takes the form's size as arguments only from 6.6
    assert "CreateCustomForm()" in installer_script()
    assert "CreateCustomForm(ScaleX" not in installer_script()
    assert "NoIconsCheck" not in (WINDOWS / "Vietnamese.isl").read_text(encoding="utf-8-sig")


def test_access_keys_underline_letters():
    labelled = [line for line in installer_script().splitlines() if line.startswith(("vi.", "en.")) and "&" in line]
    assert labelled  # the script still names its labels this way: the check reads something
    for line in labelled:
        key = line[line.index("&") + 1]
        assert key.isalpha(), f"{line!r} underlines {key!r}"


def test_uninstall_removes_every_key_it_made():
    keys = [
        line
        for line in installer_script().splitlines()
        if line.startswith("Root: HKCU") and ("\\.sotay" in line or "Applications" in line)
    ]
    assert keys  # the file association is still written in this form: the check reads something
    for line in keys:
        flags = line.split("Flags:")[1].split(";")[0] if "Flags:" in line else ""
        owner_deleted = "Applications\\{#GuiExe}\\" in line  # under a key deleted whole
        assert owner_deleted or "uninsdeletekey" in flags, line


def test_an_upgrade_in_the_other_language_removes_the_old_command_line_shortcut():
    script = installer_script()
    install_delete = script.split("[InstallDelete]")[1].split("\n[")[0]
    for lang in ("Vi", "En"):
        assert f"{{#CliShortcut{lang}}}.lnk" in install_delete
        assert f"CliShortcut={{#CliShortcut{lang}}}" in script


def test_the_report_font_travels_in_the_wheel_and_the_build():
    import tomllib

    from desktop_app.reports.fonts import FONT_DIR

    root = resource_path().parent
    pyproject = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))
    assert "resources/fonts/*" in pyproject["tool"]["setuptools"]["package-data"]["desktop_app"]
    assert '"resources/fonts/*"' in (root / "packaging" / "sotay.spec").read_text(encoding="utf-8")
    assert FONT_DIR == root / "desktop_app" / "resources" / "fonts"
    assert {p.name for p in FONT_DIR.iterdir()} >= {
        f"Tinos-{s}.ttf" for s in ("Regular", "Bold", "Italic", "BoldItalic")
    }
    assert (FONT_DIR / "OFL.txt").is_file()
