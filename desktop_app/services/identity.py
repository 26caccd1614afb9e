"""Who this installation is (its unit, role, name and signing key), its limits and the window's
remembered choices."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..core.enums import Role, UnitKind
from ..core.errors import StorageError, ValidationError
from ..core.records import Installation, Unit
from ..storage import settings, units
from .session import Session

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from ..core.validation import Limits


@dataclasses.dataclass(frozen=True)
class UnitChange:
    """A change of this installation's unit, before or after it is made. ``sent`` says whether a
    file already left this computer: then the records stay with the old unit (the aggregator has
    them under it) and a new key, linked to the old one, signs what the new unit sends."""

    old: Unit
    new: Unit
    sent: bool
    records_moved: int = 0
    fingerprint: str = ""
    backup: str = ""


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
        self._refuse_if_initialised()
        self._write_identity(code, role, display_name)
        return self.installation

    def init_new_unit(
        self, name: str, kind: UnitKind, parent: str, members: Iterable[str], display_name: str = ""
    ) -> Installation:
        """Set up this installation as an aggregator for a new cluster or mass organisation placed
        under ``parent`` (an official unit), gathering ``members``: the unit, its members and the key
        are written in one transaction (a refusal writes nothing)."""
        from ..core import validation
        from ..core.ids import uuid7
        from ..storage import members as member_store
        from . import membership

        db = self._session.db
        name, kind = membership.check_name(name), membership.check_kind(kind)
        parent_unit = membership.parent_unit(db, parent)
        codes = membership.check_members(db, parent_unit, members)
        display_name = validation.check_text("installation", "display_name", display_name)
        self._refuse_if_initialised()
        code = uuid7()
        try:
            with db.atomic():
                self._write_identity(code, Role.AGGREGATOR, display_name)
                units.save_custom(
                    db,
                    Unit(
                        code=code,
                        id=code,
                        name=name,
                        kind=kind,
                        parent_code=parent_unit.code,
                        province_code=parent_unit.province_code,
                        owner_unit=code,
                        hlc=self._session.next_version(),
                    ),
                )
                member_store.set_members(db, code, codes)
        finally:
            self._session.forget_identity()
        return self.installation

    def _refuse_if_initialised(self) -> None:
        db = self._session.db
        if self.initialised:
            raise ValidationError(
                f"Máy này đã được thiết lập cho {units.get(db, settings.get(db, 'unit_code')).name}.",
                "already initialised; use another --data-dir",
                field="unit",
            )

    def _write_identity(self, code: str, role: Role, display_name: str) -> None:
        from ..exchange.crypto import new_key_material

        key = new_key_material("ed25519")
        settings.put_many(
            self._session.db,
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

    def unit_change(self, unit_code: str) -> UnitChange:
        """What changing this installation's unit to ``unit_code`` would do; refuses a unit this
        installation cannot become (the same rules as at set-up)."""
        from ..storage import ledger

        db = self._session.db
        inst = self.installation
        new = units.get(db, units.resolve_code(db, unit_code))
        if inst.role == Role.COMMUNE and new.kind == UnitKind.PROVINCE:
            raise ValidationError(
                f"Máy này ghi nhật ký của một xã, phường: không đổi sang {new.name} được "
                "(đơn vị cấp tỉnh chỉ dùng vai trò “đơn vị tổng hợp”).",
                "a commune installation cannot become a province: a province installation must be an aggregator",
                field="unit",
            )
        if new.code == inst.unit_code:
            raise ValidationError(
                f"Máy này đã là của {new.full_name}: không có gì để đổi.",
                f"{new.code} is already this installation's unit",
                field="unit",
            )
        return UnitChange(units.get(db, inst.unit_code), new, sent=bool(ledger.exports(db)))

    def change_unit(self, unit_code: str) -> UnitChange:
        """Make this installation another unit's, after a backup, in one transaction. Nothing sent
        yet: every record moves to the new unit. Something sent: the records stay with the old unit,
        files restart their chain, and the key is rotated to one linked to the new unit, which the
        aggregator confirms once."""
        from ..exchange import keys as exchange_keys
        from ..storage import db as storage_db
        from ..storage import ledger, reown

        session = self._session
        plan = self.unit_change(unit_code)
        db = session.db
        backup = storage_db.backup(db, session.data_dir, "unit-change")
        inst = self.installation
        moved, fingerprint = 0, inst.fingerprint
        with db.atomic():
            settings.put(db, "unit_code", plan.new.code)
            if plan.sent:
                newest = max(str(e["created_at"]) for e in ledger.exports(db))
                settings.put(db, ledger.CHAIN_RESTART_SETTING, newest)
                context = dataclasses.replace(
                    session.exchange_context(), installation=dataclasses.replace(inst, unit_code=plan.new.code)
                )
                fingerprint = str(exchange_keys.rotate_own_key(context)["fingerprint"])
            else:
                moved = reown.reown(db, plan.old.code, plan.new.code)
        session.forget_identity()
        return dataclasses.replace(plan, records_moved=moved, fingerprint=fingerprint, backup=str(backup))

    def reread(self) -> None:
        """Read this installation again: another connection (a background worker) changed it."""
        self._session.forget_identity()

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
