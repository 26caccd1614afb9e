"""The search index written while a large import writes the database.

The index file has a write lock of its own (``search_file``), so a child process with a connection
of its own indexes each group of files the import commits while the import reads, checks and writes
the next: on two cores the import and its index take about the time of the import alone, where one
after the other a national import waited 20 s more for its index. A process, not a thread: the
index folds every text in Python (``sotay_fold``), and in one process that folding and the import's
own Python took turns on one interpreter lock (a national import with its index: 39 s in a thread).
The importing connection lets go of the index file meanwhile (its ``BEGIN IMMEDIATE`` would lock
it too). What the child did not index (cancelled, or it met a fault) stays in the backlog, as after
an index cut short, and the import's caller indexes it as before.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event
from pathlib import Path
from types import TracebackType
from typing import Any

from . import deferred_index, search_file
from .db import connect
from .store import Store

POLL_S = 0.05  # how often an idle indexer looks for a newly committed group


class IndexAlongside:
    """``with IndexAlongside(db):`` around an import on ``db``; on leaving, the indexer finishes
    what the import committed and stops. Inactive for a database in memory or inside a transaction."""

    def __init__(self, db: Store, cancel: Callable[[], bool] | None = None) -> None:
        self._db = db
        self._cancel = cancel
        self._context = multiprocessing.get_context("spawn")  # the parent may run Qt threads: no fork
        self._finished = self._context.Event()
        self._cancelled = self._context.Event()
        self._indexed: Synchronized[int] = self._context.Value("q", 0)
        self._process: Any = None
        self._detached = search_file.detached(db) if db.path is not None else None

    @property
    def indexed(self) -> int:
        """Records the child indexed (or found deleted and took out)."""
        return int(self._indexed.value)

    def __enter__(self) -> IndexAlongside:
        if self._detached is None or self._db.conn.in_transaction:
            return self
        self._detached.__enter__()
        process = self._context.Process(
            target=index_beside,
            args=(str(self._db.path), self._finished, self._cancelled, self._indexed),
            name="sotay-search-index",
            daemon=True,
        )
        try:
            process.start()
        except OSError:  # no process to be had (limits, memory): the import indexes afterwards, as before
            self._detached.__exit__(None, None, None)
            return self
        self._process = process
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._process is None:
            return
        if kind is not None or (self._cancel is not None and self._cancel()):
            self._cancelled.set()
        self._finished.set()
        self._process.join()
        assert self._detached is not None
        self._detached.__exit__(kind, exc, tb)


def index_beside(path: str, finished: Event, cancelled: Event, indexed: Synchronized[int]) -> None:
    """The child: index what the import commits until it is finished, then what it committed last.
    A fault ends the child quietly (exit 1); the backlog keeps what it did not index."""
    parent = multiprocessing.parent_process()
    store = connect(Path(path))
    store.sound = True  # the importing connection checked the file before its first write
    try:
        search_file.attach_as_is(store)
        while True:
            last = finished.is_set()  # read first: one more pass after the import's last commit
            done = deferred_index.index_backlog(store, cancel=cancelled.is_set, prune=False)
            with indexed.get_lock():
                indexed.value += done
            if last or cancelled.is_set() or (parent is not None and not parent.is_alive()):
                break  # an import killed outright leaves no indexer behind: the backlog keeps the rest
            if not done:
                finished.wait(POLL_S)
    except Exception:
        raise SystemExit(1) from None
    finally:
        store.close()
