"""What every sub-service shares: the open store, the data folder, the calendar and clock, and who
this installation is (read once, forgotten after init, key rotation or restore)."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..core.clock import Clock, is_hlc
from ..core.enums import Role
from ..core.errors import NotInitialisedError
from ..core.records import Installation
from ..core.vntime import vn_at
from ..storage import settings, units
from ..storage.store import Store

if TYPE_CHECKING:
    from ..exchange.context import ExchangeContext

INSTALLATION_KEYS = ("unit_code", "role", "display_name", "key_id", "public_key", "created_at")


def wall_clock_ms() -> int:
    return time.time_ns() // 1_000_000


class Session:
    """One open data folder. Sub-services take it in their constructor; nothing else is shared."""

    def __init__(
        self,
        db: Store,
        data_dir: Path,
        today: Callable[[], dt.date] | None = None,
        now_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self.db = db
        self.data_dir = data_dir
        self._today = today or (lambda: vn_at(now_ms()).date())
        self._now_ms = now_ms
        self._installation: Installation | None = None
        self._clock: Clock | None = None

    @property
    def today(self) -> dt.date:
        """The day it is in Vietnam (by the clock given, unless a calendar was given apart)."""
        return self._today()

    def now_ms(self) -> int:
        return self._now_ms()

    @property
    def initialised(self) -> bool:
        return settings.get(self.db, "unit_code") is not None

    @property
    def installation(self) -> Installation:
        if self._installation is None:
            values = {k: settings.get(self.db, k) for k in INSTALLATION_KEYS}
            if values["unit_code"] is None:
                raise NotInitialisedError(
                    "Máy này chưa được thiết lập. Chạy “sotay init --unit MÃ” hoặc mở ứng dụng để thiết lập.",
                    "run sotay init first",
                )
            self._installation = Installation(
                unit_code=values["unit_code"],
                role=Role(values["role"]),
                display_name=values["display_name"] or "",
                key_id=values["key_id"],
                public_key=bytes.fromhex(values["public_key"]),
                created_at=values["created_at"],
            )
        return self._installation

    @property
    def clock(self) -> Clock:
        if self._clock is None:
            stored = settings.get(self.db, "clock")
            if stored and not is_hlc(stored):  # a damaged value: rebuilt from what was written here
                from ..exchange.rows import APPLY_ORDER
                from ..storage import synced

                stored = synced.max_hlc(self.db, APPLY_ORDER, self.own_units()) or None
            self._clock = Clock(self.installation.key_id[:8], stored, self._now_ms)
        return self._clock

    def next_version(self) -> str:
        version = self.clock.tick()
        settings.put(self.db, "clock", version)
        return version

    def own_units(self) -> list[str]:
        """This installation's unit and every unit under it."""
        return units.subtree_codes(self.db, self.installation.unit_code)

    def forget_identity(self) -> None:
        """Read the installation and the clock again on next use (init, key rotation, restore, or
        another connection reset the clock)."""
        self._installation, self._clock = None, None

    def exchange_context(self) -> ExchangeContext:
        """What one exchange call needs of this installation (built afresh for each call)."""
        from ..exchange.context import ExchangeContext

        return ExchangeContext(
            store=self.db,
            data_dir=self.data_dir,
            installation=self.installation,
            clock=self.clock,
            next_version=self.next_version,
            own_units=tuple(self.own_units()),
            today=self.today,
        )
