"""Work off the GUI thread: the one way the window runs a service call in the background.

``Runner.run(services, call, ...)`` runs ``call(worker_services, progress, cancel)`` in the thread
pool on a fresh ``Services`` opened on the same data folder (one SQLite connection is never shared
across threads), closes it afterwards, and reports back on the GUI thread: ``on_done(result)`` or
``on_failed(Failure)``, whose ``message`` is what the person reads (the Vietnamese message of a
refusal, never a traceback). A cancelled call reports nothing. The call must not touch widgets; it
reports progress with ``progress(done, total, text)`` and stops early once ``cancel()`` is true.

The application owns one ``Runner`` (``ui.main.App``) and hands it to the window and its pages. A
page made without one (tests, tools) calls ``run_call(None, ...)``: the same call, done at once on the
page's own connection, reported the same way (``run_here``).
"""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..core.errors import SotayError
from ..services import Services

Progress = Callable[..., None]
Cancel = Callable[[], bool]
ServiceCall = Callable[[Services, Progress, Cancel], Any]


@dataclass(frozen=True)
class Failure:
    """A call that did not finish: the sentence to show and the error behind it."""

    message: str
    error: Exception


def failure_of(error: Exception, unexpected: str | None = None) -> Failure:
    """The refusal's own message, or for an unexpected error ``unexpected`` ("…: %1") with its text."""
    from .i18n import error_text

    if isinstance(error, SotayError):
        return Failure(error_text(error), error)
    template = unexpected or QCoreApplication.translate("Runner", "Không làm được việc này: %1")
    return Failure(template.replace("%1", str(error) or type(error).__name__), error)


class WorkerSignals(QObject):
    sig_progress = Signal(int, int, str)
    sig_done = Signal(object)
    sig_failed = Signal(object)  # the exception


class Worker(QRunnable):
    """One function run in the pool; its outcome goes out as signals (delivered on the GUI thread)."""

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = WorkerSignals()
        self._cancel = threading.Event()
        self.finished = threading.Event()
        self.traceback_text = ""  # of the error the call raised, for the log

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, progress=self._progress, cancel=self._cancel.is_set, **self.kwargs)
        except Exception as exc:  # reported to the GUI thread, shown as a message
            self.traceback_text = traceback.format_exc()
            self._emit(self.signals.sig_failed, exc)
        else:
            self._emit(self.signals.sig_done, result)
        finally:
            self.finished.set()

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the window closed while the work ran: nobody is listening
            pass

    def _progress(self, done: int, total: int = 0, text: str = "") -> None:
        try:
            self.signals.sig_progress.emit(int(done), int(total), str(text))
        except RuntimeError:
            pass


def run_here(
    services: Services,
    call: ServiceCall,
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[Failure], None],
    unexpected: str | None = None,
) -> None:
    """``call`` on ``services``' own connection, on this thread, reported like ``Runner.run``: for a page
    made without the application's runner (tests, tools), which then waits for its work."""
    try:
        result = call(services, lambda *_: None, lambda: False)
    except Exception as exc:  # shown as a sentence, like a worker's failure
        if not isinstance(exc, SotayError):
            traceback.print_exc(file=sys.stderr)
        on_failed(failure_of(exc, unexpected))
    else:
        on_done(result)


def _in_own_connection(services: Services, call: ServiceCall, progress: Progress, cancel: Cancel) -> Any:
    """The worker's side of ``Runner.run``: the same data folder, calendar and clock, its own connection."""
    own = services.reopened()
    try:
        return call(own, progress, cancel)
    finally:
        own.close()


class Runner(QObject):
    """Runs the window's background work and keeps each worker alive until it has reported."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self.active: list[Worker] = []

    def run(
        self,
        services: Services,
        call: ServiceCall,
        *,
        on_done: Callable[[Any], None] | None = None,
        on_failed: Callable[[Failure], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        unexpected: str | None = None,
        owner: QObject | None = None,
    ) -> Worker:
        """``call(services, progress, cancel)`` on its own connection to ``services``' data folder.
        ``owner`` is the widget the answers go to (by default the object of a bound ``on_done``): once
        it is destroyed the work is cancelled, so nothing reaches a page that is gone."""
        worker = Worker(_in_own_connection, services, call)

        def done(result: object) -> None:
            if not worker.cancelled and on_done is not None:
                on_done(result)

        def failed(error: Exception) -> None:
            if worker.cancelled:
                return
            if not isinstance(error, SotayError):  # a fault, not a refusal: its trace goes to the log
                print(worker.traceback_text or repr(error), file=sys.stderr)
            if on_failed is not None:
                on_failed(failure_of(error, unexpected))

        def progressed(done_count: int, total: int, text: str) -> None:
            if not worker.cancelled and on_progress is not None:
                on_progress(done_count, total, text)

        owner = owner if owner is not None else getattr(on_done, "__self__", None)
        if isinstance(owner, QObject):
            owner.destroyed.connect(worker.cancel)
        worker.signals.sig_progress.connect(progressed)
        worker.signals.sig_done.connect(done)
        worker.signals.sig_failed.connect(failed)
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


def run_call(
    runner: Runner | None,
    services: Services,
    call: ServiceCall,
    *,
    on_done: Callable[[Any], None],
    on_failed: Callable[[Failure], None],
    on_progress: Callable[[int, int, str], None] | None = None,
    unexpected: str | None = None,
    owner: QObject | None = None,
) -> Worker | None:
    """``call`` through the runner (its worker returned, to cancel), or with no runner here (``run_here``)."""
    if runner is None:
        run_here(services, call, on_done=on_done, on_failed=on_failed, unexpected=unexpected)
        return None
    return runner.run(
        services,
        call,
        on_done=on_done,
        on_failed=on_failed,
        on_progress=on_progress,
        unexpected=unexpected,
        owner=owner,
    )
