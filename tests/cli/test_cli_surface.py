"""The command line is a public contract: every command, its help line, flags, positionals, choices
and defaults are what they were before the CLI became a package (tests/data/cli_surface.json was
written from the single-module CLI). Add to both when a command is added; never rename."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from desktop_app.cli import build_parser

SURFACE = Path(__file__).parent.parent / "data" / "cli_surface.json"


def _plain(value: Any) -> Any:
    return value if isinstance(value, (int, float, str, bool, list)) else str(value)


def surface(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> dict[str, Any]:
    """Each command path with what a script can rely on."""
    subparsers = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    others = [a for a in parser._actions if not isinstance(a, argparse._SubParsersAction)]
    out = {
        " ".join(prefix): {
            "commands": [[c.dest, c.help] for a in subparsers for c in a._choices_actions],
            "flags": sorted(s for a in parser._actions for s in a.option_strings),
            "positionals": [a.dest for a in others if not a.option_strings],
            "choices": {a.dest: list(a.choices) for a in others if a.choices},
            "defaults": {
                a.dest: _plain(a.default)
                for a in others
                if a.option_strings and a.default not in (None, argparse.SUPPRESS)
            },
        }
    }
    for action in subparsers:
        for name, sub in action.choices.items():
            out.update(surface(sub, (*prefix, name)))
    return out


def test_the_commands_flags_and_choices_are_the_ones_released():
    assert surface(build_parser()) == json.loads(SURFACE.read_text(encoding="utf-8"))


def test_sotay_help_lists_the_same_commands_in_the_same_order():
    listed = [name for name, _help in surface(build_parser())[""]["commands"]]
    before = [name for name, _help in json.loads(SURFACE.read_text(encoding="utf-8"))[""]["commands"]]
    assert listed == before
    shown = build_parser().format_help()
    assert all(f"\n    {name} " in shown for name in before)


def test_without_a_command_the_cli_package_shows_usage_and_leaves_the_window_to_the_app(capsys):
    from desktop_app import cli

    assert cli.run(["--data-dir", "unused"]) == 2
    assert capsys.readouterr().err.startswith("usage: sotay")
    assert cli.parse(["--demo"]).command is None  # app.main opens the window for this one
