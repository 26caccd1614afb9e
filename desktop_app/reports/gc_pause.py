"""Cyclic garbage collection paused while a worker thread builds an XML document.

python-docx keeps its lxml elements in reference cycles. A collection the GUI thread runs while a
worker is still building the same document can free elements the worker is using, and the process
crashes (seen in the test suite: a segfault in ``docx`` on the worker while the GUI thread was
"Garbage-collecting"). Collection is global, so it waits until every such build is done; a build
takes a second at most."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_builds = 0
_was_enabled = True


@contextmanager
def collection_paused() -> Iterator[None]:
    global _builds, _was_enabled
    with _lock:
        if _builds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _builds += 1
    try:
        yield
    finally:
        with _lock:
            _builds -= 1
            if _builds == 0 and _was_enabled:
                gc.enable()
