"""The program's garbage collection runs on the GUI thread, never on a worker thread."""

import gc
import threading

from desktop_app.ui.gc_collector import GuiThreadCollector, collect_if_due


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_automatic_collection_is_off_and_the_gui_thread_collects_what_is_due(qapp, qtbot):
    was = gc.isenabled()
    collector = GuiThreadCollector(qapp, interval_ms=10)
    try:
        assert not gc.isenabled()
        collected_on: list[str] = []
        gc.callbacks.append(
            lambda phase, _info: phase == "start" and collected_on.append(threading.current_thread().name)
        )
        worker = threading.Thread(target=lambda: [Cycle() for _ in range(50_000)], name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(collected_on), timeout=2000)
        assert set(collected_on) == {threading.main_thread().name}
    finally:
        gc.callbacks.pop()
        collector.timer.stop()
        collector.deleteLater()
        if was:
            gc.enable()


def test_nothing_is_collected_below_the_threshold():
    gc.collect()
    before = gc.get_count()
    collect_if_due()
    assert gc.get_count()[0] >= before[0]
