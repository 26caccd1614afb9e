"""Hybrid logical clock: versions that sort as text and survive laptops whose clocks are wrong.

A version reads ``PPPPPPPPPPPPPPP-CCCCC-NODE``: physical milliseconds since 1970 (15 digits),
a counter (5 digits) and the node that made it. Text order equals causal order for one node,
and the node breaks ties between installations deterministically.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

MS_WIDTH = 15
COUNTER_WIDTH = 5
# A stored clock further ahead of the wall clock than this is reported at start: every version
# written from it would be more than a day ahead, which a receiver sets aside as "clock_ahead".
AHEAD_LIMIT_MS = 24 * 3600 * 1000
# A wall clock before 1 January 2024 (UTC) is a dead clock battery, never a date to reset to.
WALL_CLOCK_FLOOR_MS = 1_704_067_200_000


@dataclass(frozen=True, order=True)
class Hlc:
    ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.ms:0{MS_WIDTH}d}-{self.counter:0{COUNTER_WIDTH}d}-{self.node}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        ms, counter, node = text.split("-", 2)
        if len(ms) != MS_WIDTH or len(counter) != COUNTER_WIDTH or not node:
            raise ValueError(f"not a version: {text!r}")
        return cls(int(ms), int(counter), node)


def is_hlc(text: object) -> bool:
    if not isinstance(text, str) or len(text) > 64:
        return False
    try:
        Hlc.parse(text)
    except ValueError:
        return False
    return True


class Clock:
    """Issues versions for one installation; ``observe`` folds in versions seen in imports."""

    def __init__(
        self, node: str, last: str | None = None, now_ms: Callable[[], int] = lambda: time.time_ns() // 1_000_000
    ) -> None:
        self.node = node
        self._now_ms = now_ms
        self._last = Hlc.parse(last) if last else Hlc(0, 0, node)

    @property
    def last(self) -> str:
        return str(self._last)

    def ahead_ms(self) -> int:
        """How far the last version is ahead of the wall clock (0 when it is not)."""
        return max(0, self._last.ms - self._now_ms())

    def far_ahead(self) -> bool:
        """The stored clock ran ahead (a session with a wrong date): versions made now would be
        refused for a while by every receiver."""
        return self.ahead_ms() > AHEAD_LIMIT_MS

    def wall_clock_plausible(self) -> bool:
        return self._now_ms() >= WALL_CLOCK_FLOOR_MS

    def reset(self) -> str:
        """Start again from the wall clock. Versions made afterwards sort below those made while the
        clock was ahead, so the caller must re-version what it owns from that time."""
        self._last = Hlc(self._now_ms(), 0, self.node)
        return str(self._last)

    def tick(self) -> str:
        now = self._now_ms()
        if now > self._last.ms:
            self._last = Hlc(now, 0, self.node)
        else:
            self._last = Hlc(self._last.ms, self._last.counter + 1, self.node)
        return str(self._last)

    def observe(self, version: str, max_ahead_ms: int = 24 * 3600 * 1000) -> None:
        """Move past a remote version, unless it is implausibly far in the future (a wrong clock)."""
        remote = Hlc.parse(version)
        if remote.ms > self._now_ms() + max_ahead_ms:
            return
        if remote.ms > self._last.ms or (remote.ms == self._last.ms and remote.counter > self._last.counter):
            self._last = Hlc(remote.ms, remote.counter, self.node)
