"""One window per data folder.

Double-clicking a ``.sotay`` file while the window is open starts the program a second time. The
first window holds a lock file in the data folder; a second start finds it held, leaves what it was
asked to open in the folder's hand-over directory and exits, and the first window opens that file's
import preview and comes to the front. Two windows never write the same log, and the user never
sees "the database is in use". Only QtCore: no sockets, nothing a firewall asks about.
"""

from __future__ import annotations

import time
import uuid
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, QTimer, Signal

LOCK_NAME = "window.lock"
REQUESTS_DIR = "open-requests"
# a safety net for folders whose changes are not reported (network drives, some Wine versions)
POLL_MS = 2000


class SingleInstance(QObject):
    """The window's claim on a data folder, and the requests of later starts."""

    sig_open = Signal(str)  # a bundle to preview, or "" when the window should only come to the front

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.requests = self.data_dir / REQUESTS_DIR
        self._lock = QLockFile(str(self.data_dir / LOCK_NAME))
        self._lock.setStaleLockTime(0)  # held as long as its process lives, however long that is
        self._watcher: QFileSystemWatcher | None = None
        self._timer: QTimer | None = None

    def acquire(self) -> bool:
        """True unless another window holds the folder; this window then listens for later starts.
        A folder where no lock file can be written (read-only, full) is not held by anyone: the
        start goes on and opening the data says what is wrong with the folder."""
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
        except OSError:
            return True
        if not self._lock.tryLock(0):
            return self._lock.error() != QLockFile.LockError.LockFailedError
        try:
            self.requests.mkdir(exist_ok=True)
            for old in self.requests.glob("*"):  # left by starts whose window had closed meanwhile
                old.unlink(missing_ok=True)
        except OSError:  # a full disk: the window works, later starts simply open their own
            return True
        self._watcher = QFileSystemWatcher([str(self.requests)], self)
        self._watcher.directoryChanged.connect(self._collect)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._collect)
        self._timer.start(POLL_MS)
        return True

    def hand_over(self, bundle: str | None) -> None:
        """Ask the window holding the folder to open ``bundle`` (or just to come to the front)."""
        text = str(Path(bundle).resolve()) if bundle else ""
        name = f"{time.time_ns():020d}-{uuid.uuid4().hex}"  # in the order they were made
        partial = self.requests / f"{name}.part"
        try:
            self.requests.mkdir(parents=True, exist_ok=True)
            partial.write_text(text, encoding="utf-8")
            partial.replace(self.requests / f"{name}.request")  # appears whole, never half-written
        except OSError:  # a full disk: the open window stays as it is
            partial.unlink(missing_ok=True)

    def release(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._lock.unlock()

    def _collect(self, *_args: object) -> None:
        for request in sorted(self.requests.glob("*.request")):
            try:
                text = request.read_text(encoding="utf-8")
                request.unlink()
            except OSError:  # taken by a concurrent call, or not readable yet: the next look gets it
                continue
            self.sig_open.emit(text)
