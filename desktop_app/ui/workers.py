"""Long work off the GUI thread: a plain function run in a QRunnable, its progress turned into signals.

The function receives ``progress(done, total, text)`` and ``cancel()`` (true once the user pressed
Huỷ). It must not touch widgets; when it needs the database it opens its own connection
(``Services.open(data_dir)``), since one SQLite connection is never shared across threads.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class WorkerSignals(QObject):
    sig_progress = Signal(int, int, str)
    sig_done = Signal(object)
    sig_failed = Signal(object)  # the exception


class Worker(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self._progress, cancel=self._cancel.is_set, **self.kwargs)
        except Exception as exc:  # reported to the GUI thread, shown as a message
            exc.traceback_text = traceback.format_exc()  # type: ignore[attr-defined]
            self._emit(self.signals.sig_failed, exc)
        else:
            self._emit(self.signals.sig_done, result)
        finally:
            self.finished.set()

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window closed while the work ran: nobody is listening
            pass

    def _progress(self, done: int, total: int = 0, text: str = "") -> None:
        try:
            self.signals.sig_progress.emit(int(done), int(total), str(text))
        except RuntimeError:
            pass


class Runner(QObject):
    """Keeps workers alive until they finish; one per window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self.active: list[Worker] = []

    def start(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Exception], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        **kwargs: Any,
    ) -> Worker:
        worker = Worker(fn, *args, **kwargs)
        if on_progress:
            worker.signals.sig_progress.connect(on_progress)
        if on_done:
            worker.signals.sig_done.connect(on_done)
        if on_failed:
            worker.signals.sig_failed.connect(on_failed)
        worker.signals.sig_done.connect(lambda _r, w=worker: self._forget(w))
        worker.signals.sig_failed.connect(lambda _e, w=worker: self._forget(w))
        self.active.append(worker)
        self.pool.start(worker)
        return worker

    def _forget(self, worker: Worker) -> None:
        if worker in self.active:
            self.active.remove(worker)

    def cancel_all(self, wait_ms: int = 3000) -> None:
        for worker in list(self.active):
            worker.cancel()
        self.pool.waitForDone(wait_ms)
