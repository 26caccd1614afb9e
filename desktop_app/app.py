"""Start-up: parse the command line, then run a headless command or open the window.

Headless commands never import Qt, and heavy modules are imported only by the command that needs
them, so ``sotay --version`` and ``sotay talks list`` start fast.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import cli

    try:
        code = cli.run(sys.argv[1:] if argv is None else argv)
        sys.stdout.flush()  # inside the try: a closed pipe shows up here, not at interpreter exit
        return code
    except BrokenPipeError:  # `sotay status ... | head`: the reader left; no traceback
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
