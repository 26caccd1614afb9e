"""Start-up: parse the command line, then run a headless command or open the window.

Headless commands never import Qt, and heavy modules are imported only by the command that needs
them, so ``sotay --version`` and ``sotay talks list`` start fast.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from . import cli

    return cli.run(sys.argv[1:] if argv is None else argv)
