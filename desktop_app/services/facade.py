"""The one door the window and the command line use: a data folder opened once, its use cases
grouped by what they are about (``services.talks.add(...)``, ``services.maintenance.backup()``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from ..storage import db as storage_db
from ..storage.store import Store
from .session import Session, wall_clock_ms

if TYPE_CHECKING:
    from .areas import AreaService
    from .assistant import AssistantService
    from .calendar import CalendarService
    from .channels import ChannelService
    from .exchange import ExchangeService
    from .force import ForceService
    from .groups import GroupService
    from .identity import IdentityService
    from .library import LibraryService
    from .maintenance import MaintenanceService
    from .orientation import OrientationService
    from .packs import PackService
    from .quarantine import QuarantineService
    from .regularity import RegularityService
    from .reports import ReportService
    from .talks import TalkService
    from .units import UnitService


class Services:
    """Owns the session; each attribute is one family of use cases over it, made (and its module
    imported) on first use: the window's first paint needs few of them."""

    def __init__(
        self,
        db: Store,
        data_dir: Path,
        today: Callable[[], dt.date] | None = None,
        now_ms: Callable[[], int] = wall_clock_ms,
    ) -> None:
        self._today, self._now_ms = today, now_ms
        self.session = Session(db, data_dir, today, now_ms)

    @cached_property
    def identity(self) -> IdentityService:
        from .identity import IdentityService

        return IdentityService(self.session)

    @cached_property
    def units(self) -> UnitService:
        from .units import UnitService

        return UnitService(self.session)

    @cached_property
    def talks(self) -> TalkService:
        from .talks import TalkService

        return TalkService(self.session)

    @cached_property
    def groups(self) -> GroupService:
        from .groups import GroupService

        return GroupService(self.session)

    @cached_property
    def force(self) -> ForceService:
        from .force import ForceService

        return ForceService(self.session)

    @cached_property
    def library(self) -> LibraryService:
        from .library import LibraryService

        return LibraryService(self.session)

    @cached_property
    def quarantine(self) -> QuarantineService:
        from .quarantine import QuarantineService

        return QuarantineService(self.session)

    @cached_property
    def maintenance(self) -> MaintenanceService:
        from .maintenance import MaintenanceService

        return MaintenanceService(self.session)

    @cached_property
    def reports(self) -> ReportService:
        from .reports import ReportService

        return ReportService(self.session)

    @cached_property
    def exchange(self) -> ExchangeService:
        from .exchange import ExchangeService

        return ExchangeService(self.session)

    @cached_property
    def packs(self) -> PackService:
        from .packs import PackService

        return PackService(self.session)

    @cached_property
    def assistant(self) -> AssistantService:
        from .assistant import AssistantService

        return AssistantService(self.session)

    @cached_property
    def channels(self) -> ChannelService:
        from .channels import ChannelService

        return ChannelService(self.session)

    @cached_property
    def regularity(self) -> RegularityService:
        from .regularity import RegularityService

        return RegularityService(self.session)

    @cached_property
    def calendar(self) -> CalendarService:
        from .calendar import CalendarService

        return CalendarService(self.session)

    @cached_property
    def orientation(self) -> OrientationService:
        from .orientation import OrientationService

        return OrientationService(self.session)

    @cached_property
    def areas(self) -> AreaService:
        from .areas import AreaService

        return AreaService(self.session)

    @property
    def data_dir(self) -> Path:
        return self.session.data_dir

    @classmethod
    def open(
        cls, data_dir: Path, today: Callable[[], dt.date] | None = None, now_ms: Callable[[], int] = wall_clock_ms
    ) -> Services:
        """``today`` defaults to the day in Vietnam by ``now_ms`` (not the computer's zone)."""
        return cls(storage_db.open_database(data_dir), data_dir, today, now_ms)

    def close(self) -> None:
        self.session.db.close()

    def reopened(self) -> Services:
        """The same data folder opened afresh (after a restore replaced the file under it), with the
        same calendar and clock."""
        return Services.open(self.data_dir, self._today, self._now_ms)
