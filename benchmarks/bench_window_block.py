"""Does the window stay responsive while an aggregator previews and imports a folder (issue 12)?
The real exchange page runs offscreen with the application's ``Runner``; a person picks the folder
of 100 commune logs (30,000 talks), confirms the senders' keys in the senders' table and presses
“Nhập”. A 10 ms ``QTimer`` on the GUI thread records every tick; the longest gap between ticks is
how long the window could not repaint or answer a click. Run by hand, not in the tests:

    .venv/bin/python benchmarks/bench_window_block.py              # 100 bundles of 300 talks
    .venv/bin/python benchmarks/bench_window_block.py --files 10   # a smaller folder

The folder is written once under --work (as ``bench_preview.py`` writes it). Stalls over 50 ms are
listed with what the page was doing on the GUI thread at that moment (its slots are timed)."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests")]

from bench_preview import make_folder  # noqa: E402
from exchange_helpers import fixed_today  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop_app.services import Services  # noqa: E402
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog  # noqa: E402
from desktop_app.ui.widgets import Ask  # noqa: E402
from desktop_app.ui.workers import Runner  # noqa: E402

TICK_MS = 10
REPORTED_STALL = 0.050  # seconds: stalls longer than this are listed with the slot that ran


class Ticks:
    """The GUI thread's heartbeat: one timestamp per timer tick, and the page's slots timed."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self.slots: list[tuple[float, float, str]] = []  # start, end, name
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def timed(self, name: str, slot: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any) -> Any:
            started = time.perf_counter()
            try:
                return slot(*args)
            finally:
                self.slots.append((started, time.perf_counter(), name))

        return run

    def gaps(self, start: float, end: float) -> list[tuple[float, float]]:
        """(gap, when it began) between consecutive ticks inside [start, end]."""
        inside = [t for t in self.times if start <= t <= end]
        return [(b - a, a) for a, b in zip(inside, inside[1:], strict=False)]

    def during(self, began: float, ended: float) -> str:
        names = sorted({name for s, e, name in self.slots if s < ended and e > began})
        return ", ".join(names) or "no timed slot (Qt's own work: layout, paint, signal delivery)"


def wait_until(done: Callable[[], bool], limit: float = 600) -> None:
    """Runs the event loop until ``done()`` (checked every few ms), as a person waits at the window."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    deadline.start(int(limit * 1000))
    loop.exec()
    poll.stop()
    if not done():
        raise SystemExit("the page did not finish in time")


def confirm_every_sender(parent: Any, senders: list[Any]) -> list[Any]:
    """The senders' table as a person uses it: built on the page, “Chọn tất cả”, then confirm."""
    dialog = SendersDialog(senders, parent)
    dialog.show()
    dialog.all_button.click()
    dialog.confirm_button.click()
    chosen = dialog.chosen()
    dialog.deleteLater()
    return chosen


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--files", type=int, default=100)
    p.add_argument("--talks", type=int, default=300, help="talks per file")
    p.add_argument("--work", default="/tmp/sotay-bench-window")
    args = p.parse_args()
    work = Path(args.work)
    folder = make_folder(work, args.files, args.talks)
    target = work / "run"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(work / "tinh", target)

    app = QApplication([])
    services = Services.open(target, today=fixed_today)
    runner = Runner()
    page = ExchangePage(services, runner)
    page.resize(1366, 768)
    page.show()
    ticks = Ticks()
    for name in ("_progress", "_previewed", "_applied", "_ask_keys", "_failed", "refresh"):
        setattr(page, name, ticks.timed(name, getattr(page, name)))
    Ask.folder = staticmethod(lambda *a: folder)  # type: ignore[method-assign]
    SendersDialog.ask = staticmethod(ticks.timed("senders' table", confirm_every_sender))  # type: ignore[method-assign]
    app.processEvents()
    ticks.timer.start()

    phases: list[tuple[str, float, float]] = []
    started = time.perf_counter()
    page.folder_button.click()  # the first preview: every file waits on its sender's key
    wait_until(lambda: page.worker is None and page.summary is not None)
    phases.append(("first preview", started, time.perf_counter()))
    started = time.perf_counter()
    page.trust_button.click()  # reads the keys, the table, then previews again with them
    wait_until(lambda: page.worker is None and page.apply_button.isVisible())
    phases.append(("keys confirmed + preview", started, time.perf_counter()))
    started = time.perf_counter()
    page.apply_button.click()
    wait_until(lambda: page.worker is None and page.applied)
    phases.append(("import", started, time.perf_counter()))
    ticks.timer.stop()

    summary = page.summary
    assert summary is not None
    statuses = {o.status for o in summary.files}
    print(f"{len(summary.files)} files ({statuses}), {summary.totals['new']:,} records new")
    every: list[tuple[float, float]] = []
    for name, began, ended in phases:
        gaps = ticks.gaps(began, ended)
        every += gaps
        worst = max(gaps, default=(0.0, began))
        print(f"{name:26} {ended - began:6.2f} s   longest stall {worst[0] * 1000:5.0f} ms")
    longest = [g for g, _ in every]
    p99 = statistics.quantiles(longest, n=100, method="inclusive")[98] if len(longest) > 1 else 0.0
    print(f"ticks {len(longest)}, longest stall {max(longest) * 1000:.0f} ms, p99 {p99 * 1000:.0f} ms")
    for gap, began in sorted(every, reverse=True):
        if gap <= REPORTED_STALL:
            break
        print(f"  {gap * 1000:5.0f} ms at +{began - phases[0][1]:6.2f} s: {ticks.during(began, began + gap)}")
    page.close()
    services.close()
    app.quit()


if __name__ == "__main__":
    main()
