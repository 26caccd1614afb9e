"""Who this installation is (its unit, role, name and signing key), its limits and the window's
remembered choices."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from ..core.enums import Role, UnitKind
from ..core.errors import StorageError, ValidationError
from ..core.records import Installation
from ..storage import settings, units
from .session import Session

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ..core.validation import Limits


class IdentityService:
    def __init__(self, session: Session) -> None:
        self._session = session

    @property
    def initialised(self) -> bool:
        return self._session.initialised

    @property
    def installation(self) -> Installation:
        return self._session.installation

    def init(self, unit_code: str, role: Role = Role.COMMUNE, display_name: str = "") -> Installation:
        """Set up this installation: its unit, role, name and a new Ed25519 key pair."""
        from ..exchange.crypto import new_key_material

        db = self._session.db
        code = units.resolve_code(db, unit_code)
        unit = units.get(db, code)
        if role == Role.COMMUNE and unit.kind == UnitKind.PROVINCE:
            raise ValidationError(
                "Đơn vị cấp tỉnh chỉ dùng vai trò “đơn vị tổng hợp” (--role aggregator).",
                "a province installation must be an aggregator",
                field="role",
            )
        from ..core import validation

        display_name = validation.check_text("installation", "display_name", display_name)
        if self.initialised:
            raise ValidationError(
                f"Máy này đã được thiết lập cho {units.get(db, settings.get(db, 'unit_code')).name}.",
                "already initialised; use another --data-dir",
                field="unit",
            )
        key = new_key_material("ed25519")
        settings.put_many(
            db,
            {
                "unit_code": code,
                "role": role.value,
                "display_name": display_name,
                "key_id": key.key_id,
                "public_key": key.public_hex,
                "private_key": key.private_pem,
                "created_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            },
        )
        self._session.forget_identity()
        return self.installation

    def private_key(self) -> Ed25519PrivateKey:
        from ..exchange.keys import signing_key

        return signing_key(self._session.db)

    @property
    def limits(self) -> Limits:
        from .fields import stored_limits  # imports the validation rules: not needed at start-up

        return stored_limits(self._session)

    def set_limits(self, **values: int) -> None:
        settings.put(self._session.db, "limits", dataclasses.asdict(dataclasses.replace(self.limits, **values)))

    def preference(self, key: str, default: Any = None) -> Any:
        return settings.get(self._session.db, f"pref.{key}", default)

    def set_preference(self, key: str, value: Any) -> None:
        """Remember a choice of the window (page, geometry, sticky fields). A database that cannot be
        written (read-only, locked, full, damaged) is said where data is saved; losing a preference
        must not break the window that asked."""
        try:
            settings.put(self._session.db, f"pref.{key}", value)
        except StorageError:
            pass
