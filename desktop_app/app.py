"""Start-up: parse the command line, then run a headless command or open the window.

Headless commands never import Qt, and heavy modules are imported only by the command that needs
them, so ``sotay --version`` and ``sotay talks list`` start fast.
"""

from __future__ import annotations

import sys


def use_utf8_output() -> None:
    """Write stdout and stderr in UTF-8 whatever the locale says.

    On Windows a pipe or a file gets the ANSI code page (cp1252, or cp1258 which has no "ế"), and
    printing a Vietnamese name would raise UnicodeEncodeError; the frozen program's bootloader
    ignores PYTHONIOENCODING, so the streams are switched here, for every way the program starts."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: list[str] | None = None) -> int:
    from . import cli

    use_utf8_output()
    args = cli.parse(sys.argv[1:] if argv is None else argv)
    try:
        if args.command is None:  # no command (or a bundle double-clicked): the window
            from .ui.main import run_gui

            code = run_gui(args)
        else:
            code = cli.execute(args)
        sys.stdout.flush()  # inside the try: a closed pipe shows up here, not at interpreter exit
        return code
    except BrokenPipeError:  # `sotay status ... | head`: the reader left; no traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
