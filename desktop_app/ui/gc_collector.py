"""Cyclic garbage collection on the GUI thread only.

A collection runs on whichever thread allocates when the thresholds are passed. Run on a worker
thread, it can free Qt objects of the GUI thread (a closed page or dialog left in a reference
cycle) there, and the process crashes: the test suite showed it, a segfault in a report worker
while it was "Garbage-collecting". So automatic collection is off, and the GUI thread collects
on a timer, with Python's own thresholds."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


def collect_if_due() -> None:
    """One collection of the generation Python would have collected by now, if any."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    if counts[0] <= thresholds[0]:
        return
    generation = 2 if counts[2] > thresholds[2] else 1 if counts[1] > thresholds[1] else 0
    gc.collect(generation)


class GuiThreadCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread every ``interval_ms``."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_if_due)
        self.timer.start(interval_ms)
