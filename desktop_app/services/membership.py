"""The rules of a cluster's or mass organisation's member units, shared by the set-up (``identity``)
and the unit list (``units``): who may be a member, and the refusals, worded for the user."""

from __future__ import annotations

from collections.abc import Iterable

from ..core.enums import UnitKind
from ..core.errors import ValidationError
from ..core.records import Unit
from ..core.text import clean
from ..storage import synced
from ..storage import units as unit_store
from ..storage.store import Store

# the kinds of custom unit that gather other units (and so may be an installation's unit with members)
GATHERING_KINDS = (UnitKind.CLUSTER, UnitKind.MASS_ORGANISATION)


def check_name(name: str) -> str:
    """A new unit's name, cleaned; an empty one is refused."""
    from ..core import validation  # the field rules load when a unit is made

    name = clean(name)
    if not name:
        raise ValidationError("Hãy nhập tên đơn vị mới.", "the new unit's name is empty", field="name")
    return validation.check_text("units", "name", name)


def check_kind(kind: UnitKind) -> UnitKind:
    if kind not in GATHERING_KINDS:
        raise ValidationError(
            "Đơn vị mới phải là cụm, khối thi đua hoặc đoàn thể.",
            f"kind {kind.value} cannot gather member units",
            field="kind",
        )
    return kind


def parent_unit(db: Store, text: str) -> Unit:
    """The official unit a new cluster is placed under (a bare code that names two units is refused)."""
    parent = unit_store.get(db, unit_store.resolve_code(db, text))
    if not parent.official:
        raise ValidationError(
            f"{parent.name} không phải tỉnh, xã hay phường: hãy đặt đơn vị mới dưới một đơn vị chính thức.",
            f"parent {parent.code} is not an official unit",
            field="parent_code",
        )
    return parent


def candidates(db: Store, parent_code: str, unit_code: str | None = None) -> list[Unit]:
    """The units a member can be chosen from: those right under ``parent_code`` (the communes of a
    province), in Vietnamese order, without the gathering unit itself."""
    return [u for u in unit_store.children(db, parent_code) if u.code != unit_code]


def check_members(db: Store, parent: Unit, texts: Iterable[str], unit_code: str | None = None) -> list[str]:
    """The members' codes as typed (a code or a name; a bare code naming two units is refused), each
    under ``parent``, none the gathering unit itself or under it, none under another member."""
    codes = list(dict.fromkeys(unit_store.resolve_code(db, t, within=parent.province_code) for t in texts))
    if not codes:
        raise ValidationError("Hãy chọn ít nhất một đơn vị thành viên.", "no member unit chosen", field="members")
    inside_parent = synced.unit_subtree(db, parent.code)
    own = synced.unit_subtree(db, unit_code) if unit_code else {}
    for code in codes:
        unit = unit_store.get(db, code)
        if code not in inside_parent or code == parent.code:
            raise ValidationError(
                f"{unit.full_name} không thuộc {parent.name}: chỉ chọn được đơn vị thành viên thuộc {parent.name}.",
                f"member {code} is outside the parent {parent.code}",
                field="members",
            )
        if code in own:
            raise ValidationError(
                f"{unit.name} là chính đơn vị này hoặc thuộc nó, không thể là thành viên.",
                f"member {code} is the unit {unit_code} or under it",
                field="members",
            )
        above = set(synced.unit_ancestors(db, code)) & set(codes)
        if above:
            other = unit_store.get(db, sorted(above)[0])
            raise ValidationError(
                f"{unit.name} đã thuộc {other.name} (cũng là thành viên): chỉ chọn một trong hai.",
                f"member {code} is under member {other.code}",
                field="members",
            )
    return codes
