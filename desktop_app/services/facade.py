"""The one door the window and the command line use: a data folder opened once, its use cases
grouped by what they are about (``services.talks.add(...)``, ``services.maintenance.backup()``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from ..storage import db as storage_db
from ..storage.store import Store
from .exchange_log import ExchangeLog
from .groups import GroupService
from .identity import IdentityService
from .library import LibraryService
from .maintenance import MaintenanceService
from .quarantine import QuarantineService
from .session import Session, wall_clock_ms
from .talks import TalkService
from .units import UnitService


class Services:
    """Owns the session; each attribute is one family of use cases over it."""

    def __init__(
        self,
        db: Store,
        data_dir: Path,
        today: Callable[[], dt.date] = dt.date.today,
        now_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self._today, self._now_ms = today, now_ms
        self.session = Session(db, data_dir, today, now_ms)
        self.identity = IdentityService(self.session)
        self.units = UnitService(self.session)
        self.talks = TalkService(self.session)
        self.groups = GroupService(self.session)
        self.library = LibraryService(self.session)
        self.quarantine = QuarantineService(self.session)
        self.maintenance = MaintenanceService(self.session)
        self.exchange_log = ExchangeLog(self.session)
        # TODO(lead): self.exchange = ExchangeService(self.session); self.reports = ReportService(self.session)

    @property
    def data_dir(self) -> Path:
        return self.session.data_dir

    @classmethod
    def open(
        cls, data_dir: Path, today: Callable[[], dt.date] = dt.date.today, now_ms: Callable[[], int] = wall_clock_ms
    ) -> Services:
        return cls(storage_db.open_database(data_dir), data_dir, today, now_ms)

    def close(self) -> None:
        self.session.db.close()

    def reopened(self) -> Services:
        """The same data folder opened afresh (after a restore replaced the file under it), with the
        same calendar and clock."""
        return Services.open(self.data_dir, self._today, self._now_ms)
