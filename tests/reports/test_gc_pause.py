"""Cyclic collection waits while documents are built on worker threads, and comes back after."""

import gc
import threading

from desktop_app.reports.gc_pause import collection_paused


def test_collection_is_paused_during_every_build_and_restored_after_the_last():
    assert gc.isenabled()
    inner_started, release = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other_build():
        with collection_paused():
            inner_started.set()
            release.wait(5)

    with collection_paused():
        worker = threading.Thread(target=other_build)
        worker.start()
        inner_started.wait(5)
        seen.append(gc.isenabled())
    seen.append(gc.isenabled())  # the other build still runs
    release.set()
    worker.join(5)
    assert seen == [False, False] and gc.isenabled()


def test_a_disabled_collector_stays_disabled():
    gc.disable()
    try:
        with collection_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
