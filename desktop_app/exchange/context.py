"""What the exchange needs of an installation, and nothing more.

The services build one (``Services.exchange_context()``) for each exchange call; the exchange never
sees the services themselves, so it cannot reach past what is listed here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.clock import Clock
from ..core.records import Installation
from ..storage.store import Store


@dataclass(frozen=True)
class ExchangeContext:
    """One installation as the exchange sees it, at the moment of one call.

    ``next_version`` issues and stores a version of this installation's clock (receipts of packs
    read are made during an export); ``own_units`` is this unit and every unit under it.
    """

    store: Store
    data_dir: Path
    installation: Installation
    clock: Clock
    next_version: Callable[[], str]
    own_units: tuple[str, ...]
    today: dt.date
