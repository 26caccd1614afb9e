"""The units: the official list (provinces, communes, old names) and the ones this unit adds."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from ..core import validation
from ..core.areas import tags_of
from ..core.enums import UnitKind
from ..core.errors import ValidationError
from ..core.ids import uuid7
from ..core.records import Unit
from ..core.rules import TAG_CHARS
from ..core.text import clean, sort_key
from ..storage import area_tags
from ..storage import units as unit_store
from .session import Session


class UnitService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, code: str) -> Unit:
        return unit_store.get(self._session.db, code)

    def search(self, query: str, limit: int = 50, kinds: tuple[UnitKind, ...] = ()) -> builtins.list[Unit]:
        return unit_store.search(self._session.db, query, limit, kinds)

    def list(
        self, kind: UnitKind | None = None, parent: str | None = None, custom_only: bool = False
    ) -> builtins.list[Unit]:
        return unit_store.list_units(self._session.db, kind, parent, custom_only)

    def own(self) -> builtins.list[Unit]:
        """This installation's unit first, then every unit under it (and under its members, for a
        cluster) by name in Vietnamese order: whose talks and groups the log and the groups page tell
        apart."""
        session = self._session
        root = session.installation.unit_code
        # the units stored here, without ``own_units``' check of the national list: that check
        # imports the list's package (~0.3 s), too slow for a page's first paint
        from ..storage.members import receiving_tree

        below = [unit_store.get(session.db, code) for code in receiving_tree(session.db, root) if code != root]
        return [unit_store.get(session.db, root), *sorted(below, key=lambda u: (sort_key(u.name), u.code))]

    # --- members of a cluster or mass organisation (this installation's own knowledge) ---------

    def gathering(self) -> Unit | None:
        """This installation's unit when it is a cluster or mass organisation (it may list members)."""
        from .membership import GATHERING_KINDS

        unit = self.get(self._session.installation.unit_code)
        return unit if unit.kind in GATHERING_KINDS and not unit.official else None

    def members(self, code: str | None = None) -> builtins.list[Unit]:
        """The member units of ``code`` (default: this installation's unit), in Vietnamese order."""
        from ..storage import members as member_store

        db = self._session.db
        root = self._gathering_code(code)
        found = [unit_store.get(db, c) for c in member_store.members(db, root)]
        return sorted(found, key=lambda u: (sort_key(u.name), u.code))

    def check_new_unit(self, name: str, kind: UnitKind, parent: str, members: Iterable[str]) -> None:
        """Refuses, as ``identity.init_new_unit`` would, a new cluster's name, kind, parent or members
        (the set-up wizard asks before its last page)."""
        from . import membership

        db = self._session.db
        membership.check_name(name)
        membership.check_kind(kind)
        membership.check_members(db, membership.parent_unit(db, parent), members)

    def member_candidates(self, parent_code: str, unit_code: str | None = None) -> builtins.list[Unit]:
        """The units a member can be chosen from: those right under ``parent_code``, in Vietnamese order."""
        from .membership import candidates

        return candidates(self._session.db, parent_code, unit_code)

    def set_members(self, codes: Iterable[str], code: str | None = None) -> builtins.list[Unit]:
        """Replace the members of this installation's unit (or ``code``, which must be it): each a unit
        under the unit's parent; at least one. Membership never travels in a bundle."""
        from ..storage import members as member_store
        from .membership import check_members

        db = self._session.db
        root = self._gathering_code(code)
        unit = self.get(root)
        parent = self.get(unit.parent_code or "")
        member_store.set_members(db, root, check_members(db, parent, codes, root))
        return self.members(root)

    def change_members(
        self, add: Iterable[str] = (), remove: Iterable[str] = (), code: str | None = None
    ) -> builtins.list[Unit]:
        """Add and remove members as typed (codes or names; a bare code naming two units is refused)."""
        db = self._session.db
        root = self._gathering_code(code)
        province = self.get(root).province_code
        gone = {unit_store.resolve_code(db, t, within=province) for t in remove}
        kept = [u.code for u in self.members(root) if u.code not in gone]
        return self.set_members([*kept, *add], root)

    def _gathering_code(self, code: str | None) -> str:
        """``code`` (default: this installation's unit) when it is this installation's cluster or mass
        organisation: only this installation chooses its members."""
        own = self._session.installation.unit_code
        root = unit_store.resolve_code(self._session.db, code) if code else own
        gathering = self.gathering()
        if root != own or gathering is None:
            unit = self.get(root)
            raise ValidationError(
                f"{unit.name} không phải cụm hay đoàn thể của máy này: chỉ máy của cụm, khối thi đua, đoàn thể "
                "mới chọn đơn vị thành viên.",
                f"{root} is not this installation's cluster or mass organisation",
                field="unit",
            )
        return root

    def resolve(self, text: str) -> str:
        """A unit's code from a code, a province number or a name (old names too), this
        installation's province first."""
        session = self._session
        province = unit_store.get(session.db, session.installation.unit_code).province_code
        return unit_store.resolve_code(session.db, text, within=province)

    def named_by_code(self, text: str) -> builtins.list[Unit]:
        """The units a typed code names: both a province and a commune for a bare 82, so a picker
        can show both where the command line refuses the code."""
        given = text.strip()
        if given.isdigit():
            return unit_store.units_for_number(self._session.db, given)
        unit = unit_store.find(self._session.db, given.upper()) if given else None
        return [unit] if unit is not None and unit.official else []

    @staticmethod
    def unambiguous_code(code: str) -> str:
        """The spelling of ``code`` that resolves to that unit alone (00082, never 82)."""
        return unit_store.unambiguous_code(code)

    def province_code(self, text: str) -> str:
        """A province by its number (82) or its name, old names included."""
        given = text.strip()
        if given.isdigit():
            return unit_store.province_code(int(given))
        return unit_store.resolve_code(self._session.db, given)

    def children(self, code: str) -> builtins.list[tuple[str, str, str]]:
        """The units right under ``code``: (code, name, kind)."""
        from ..storage import reporting_status  # the report SQL loads when a report needs it

        return reporting_status.child_units(self._session.db, code)

    def add(self, name: str, kind: UnitKind, parent_code: str) -> Unit:
        session = self._session
        from ..core import validation  # the field rules load when a unit is added

        name = validation.check_text("units", "name", clean(name))
        parent = unit_store.get(session.db, unit_store.resolve_code(session.db, parent_code))
        if parent.code not in session.own_units():  # a receiver would set it aside (outside_subtree)
            raise ValidationError(
                f"Đơn vị {parent.name} không thuộc {self.get(session.installation.unit_code).name}: "
                "chỉ thêm được đơn vị dưới đơn vị của máy này.",
                f"parent {parent.code} is outside this installation",
                field="parent_code",
            )
        unit_id = uuid7()
        return unit_store.save_custom(
            session.db,
            Unit(
                code=unit_id,
                id=unit_id,
                name=name,
                kind=kind,
                parent_code=parent.code,
                province_code=parent.province_code,
                owner_unit=session.installation.unit_code,
                hlc=session.next_version(),
            ),
        )

    def tags(self, code: str) -> tuple[str, ...]:
        """The priority areas this installation gives the unit (kept here only, never sent)."""
        return area_tags.unit_tags(self._session.db, code)

    def set_tags(self, code: str, tags: Iterable[str]) -> tuple[str, ...]:
        """Replaces the unit's priority areas; the unit must be known here."""
        unit = self.get(code)
        cleaned = tags_of(tags)
        for tag in cleaned:
            validation.check_length("tag", tag, TAG_CHARS)
        area_tags.set_unit_tags(self._session.db, unit.code, cleaned)
        return cleaned

    def former_names(self, query: str, codes: builtins.list[str]) -> dict[str, tuple[str, str]]:
        """For the units a search found by a pre-2025 name only: code → (old name, its old
        district), so a list can say "trước đây: Xã Tân Mỹ"."""
        from ..storage.unit_aliases import former_names

        return former_names(self._session.db, query, codes)
