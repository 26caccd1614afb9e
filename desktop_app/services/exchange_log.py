"""What was sent and received: the exports made, the bundles applied, the newest file from each
unit, and how many records changed since the last export. Read-only views of the exchange ledger.

TODO(lead): these belong to ``services.exchange`` (``ExchangeService``) once it lands; they live
here only because that module is being written on another branch."""

from __future__ import annotations

from typing import Any

from ..storage import overview
from .session import Session


class ExchangeLog:
    def __init__(self, session: Session) -> None:
        self._session = session

    def exports(self) -> list[dict[str, Any]]:
        from ..storage import sync

        return sync.exports(self._session.db)

    def ledger(self) -> list[dict[str, Any]]:
        from ..storage import sync

        return sync.ledger(self._session.db)

    def last_received(self) -> dict[str, dict[str, Any]]:
        from ..storage import sync

        return sync.last_received(self._session.db)

    def read_counts(self) -> list[dict[str, Any]]:
        """Per document issued here: how many units have read it (any version) and the latest one."""
        from ..storage import sync

        return sync.read_counts(self._session.db)

    def changed_since_export(self, watermark: str) -> int:
        return overview.changed_since(self._session.db, self._session.installation.unit_code, watermark)
