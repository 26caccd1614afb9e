"""Loose fields as a form or the command line gives them, turned into what a record takes, and the
two checks every writing sub-service makes (the record is ours; the unit named is a real one)."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..core import validation
from ..core.errors import NotFoundError, ValidationError
from ..core.text import clean
from ..storage import settings, units
from .session import Session


def cleaned(fields: dict[str, Any]) -> dict[str, Any]:
    """NFC and strip every text; drop fields given as None so record defaults apply."""
    out: dict[str, Any] = {}
    for key, value in fields.items():
        if value is None:
            continue
        if isinstance(value, str):
            value = clean(value)
        elif isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            value = tuple(v for v in (clean(v) for v in value) if v)
        out[key] = value
    return out


def enum_value[E: StrEnum](enum_type: type[E], value: str, field_name: str) -> E:
    try:
        return enum_type(value)
    except ValueError:
        allowed = ", ".join(e.value for e in enum_type)
        raise validation.fail(
            field_name, f"“{value}” không hợp lệ; chọn một trong: {allowed}.", f"{field_name} must be one of {allowed}"
        ) from None


def check_own(session: Session, owner_unit: str) -> None:
    """Only the unit that made a record edits it (one writer per record)."""
    if owner_unit != session.installation.unit_code:
        raise ValidationError(
            "Bản ghi này do đơn vị khác tạo; chỉ đơn vị đó được sửa.",
            f"record owned by {owner_unit}",
            field="owner_unit",
        )


def unit_code(session: Session, text: str | None) -> str:
    """This unit by default; otherwise a code or a name (old names resolve to today's unit)."""
    if not text:
        return session.installation.unit_code
    try:
        province = units.get(session.db, session.installation.unit_code).province_code
        return units.resolve_code(session.db, text, within=province, prefer=session.own_units())
    except NotFoundError as exc:
        raise ValidationError(exc.message, exc.detail, field="unit_code") from None


def stored_limits(session: Session) -> validation.Limits:
    """The ceilings this unit set (never above the shared rules)."""
    return validation.Limits.of(settings.get(session.db, "limits", {}))
