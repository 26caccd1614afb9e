"""Copies of attachments for the system viewer, in a private folder of this window's own."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path


class ViewerFolder:
    """Where attachments are copied for the system viewer: a folder of this window's own, made
    private (0700) by ``mkdtemp``, each copy named from its checked type, removed when the window
    closes. Folders a crashed run left behind are removed at the next start once a day old (a
    younger one may belong to a window still open)."""

    PREFIX = "sotay-view-"
    STALE_S = 24 * 3600

    def __init__(self) -> None:
        self.path: Path | None = None

    def copy(self, sha256: str, name: str, data: bytes) -> Path:
        if self.path is None or not self.path.is_dir():
            self.path = Path(tempfile.mkdtemp(prefix=self.PREFIX))
        folder = self.path / sha256[:16]  # two attachments may share a name, never a hash
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / name
        if not target.is_file() or target.stat().st_size != len(data):
            target.write_bytes(data)
        return target

    def remove(self) -> None:
        if self.path is not None:
            shutil.rmtree(self.path, ignore_errors=True)  # a viewer may still hold a file open on Windows
            self.path = None

    @classmethod
    def remove_stale(cls) -> None:
        cutoff = time.time() - cls.STALE_S
        for folder in Path(tempfile.gettempdir()).glob(cls.PREFIX + "*"):
            try:
                info = folder.lstat()
                mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
                if mine and stat.S_ISDIR(info.st_mode) and info.st_mtime < cutoff:
                    shutil.rmtree(folder, ignore_errors=True)
            except OSError:
                continue
