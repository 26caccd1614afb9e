"""Entry point of the frozen program (PyInstaller runs this file, not ``python -m desktop_app``).

The same script starts both Windows executables: ``SotayTuyenTruyen.exe`` (windowed, no console:
the window, and the target of the ``.sotay`` file association) and ``sotay.exe`` (console: the
headless ``sotay`` commands). Which one was started does not change what the arguments mean.
"""

import multiprocessing
import sys

from desktop_app.app import main

if __name__ == "__main__":
    # Attachment text is read in a spawned child process (desktop_app/storage/extract.py): in the frozen
    # program that child is this executable again, and this call makes it serve instead of starting.
    multiprocessing.freeze_support()
    if sys.stdout is None or sys.stderr is None:
        # The windowed executable has no console: text written by a command run through it goes
        # nowhere instead of raising AttributeError on None.
        import os

        devnull = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
        sys.stdout = sys.stdout or devnull
        sys.stderr = sys.stderr or devnull
    raise SystemExit(main())
