"""Groups (hội, đoàn thể, nhóm Zalo...) and their contact person, whose name and phone are kept
only with consent, and removed everywhere when it is withdrawn (Law 91/2025/QH15)."""

from __future__ import annotations

import builtins
import dataclasses
from typing import TYPE_CHECKING, Any

from ..core import validation
from ..core.areas import tags_of
from ..core.enums import GroupKind
from ..core.errors import NotFoundError
from ..core.ids import uuid7
from ..core.records import Group
from ..storage import records_repo as repo
from .fields import check_own, cleaned, enum_value, stored_limits, unit_code
from .session import Session

if TYPE_CHECKING:
    from ..exchange.sendable import RecordProblem


class GroupService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def new(self, **fields: Any) -> Group:
        session = self._session
        fields = cleaned(fields)
        if fields.get("consent_date") is not None:
            fields["consent_date"] = validation.parse_date("consent_date", fields["consent_date"])
        if isinstance(fields.get("kind"), str):
            fields["kind"] = enum_value(GroupKind, fields["kind"], "kind")
        if "tags" in fields:
            fields["tags"] = tags_of(fields["tags"])
        fields["unit_code"] = unit_code(session, fields.get("unit_code"))
        if fields.get("contact_consent") and fields.get("consent_date") is None:
            fields["consent_date"] = session.today
        if not fields.get("contact_consent") and self._had_contact_consent(fields.get("id")):
            # consent withdrawn (the box unticked): the contact goes, whatever the form still shows
            for name in ("contact_name", "contact_phone", "consent_date"):
                fields.pop(name, None)
        group = Group(id=fields.pop("id", None) or uuid7(), owner_unit=session.installation.unit_code, hlc="", **fields)
        return validation.validate_group(group, session.today, stored_limits(session))

    def save(self, group: Group) -> Group:
        """Saves a group; when its contact's consent is withdrawn, the contact is removed from the
        record and from every older version kept in history."""
        session = self._session
        withdrawn = not group.contact_consent and self._had_contact_consent(group.id)
        if withdrawn:
            group = dataclasses.replace(group, contact_name="", contact_phone="", consent_date=None)
        group = validation.validate_group(group, session.today, stored_limits(session))
        check_own(session, group.owner_unit)
        versioned = dataclasses.replace(group, hlc=session.next_version())
        if withdrawn:
            return repo.save_group_without_contact(session.db, versioned)
        return repo.save_group(session.db, versioned)

    def add(self, **fields: Any) -> Group:
        return self.save(self.new(**fields))

    def delete(self, group_id: str) -> Group:
        """A tombstone without the contact: a deleted group keeps no one's name or phone, neither in
        the record nor in history (Law 91/2025/QH15: deletion on request)."""
        group = repo.get_group(self._session.db, group_id)
        check_own(self._session, group.owner_unit)
        return repo.save_group_without_contact(
            self._session.db, dataclasses.replace(group, deleted=True, hlc=self._session.next_version())
        )

    def set_tags(self, group_id: str, tags: builtins.list[str]) -> Group:
        """The priority areas a group lives in (replacing those it had)."""
        group = repo.get_group(self._session.db, group_id)
        return self.save(dataclasses.replace(group, tags=tags_of(tags)))

    def withdraw_contact_consent(self, group_id: str) -> Group:
        """The contact person withdrew consent: blank the contact here and in history."""
        group = repo.get_group(self._session.db, group_id)
        check_own(self._session, group.owner_unit)
        return repo.save_group_without_contact(
            self._session.db, dataclasses.replace(group, hlc=self._session.next_version())
        )

    def problems(self, group_id: str) -> builtins.list[RecordProblem]:
        """The fields of a stored group that a receiver would refuse (saved by an older version,
        before the shared rules): what stops the next export, to mark in its form."""
        from ..exchange.export import record_problems

        return record_problems(self._session.db, "groups", group_id)

    def get(self, group_id: str) -> Group:
        return repo.get_group(self._session.db, group_id)

    def list(self, include_inactive: bool = True, unit_codes: tuple[str, ...] = ()) -> builtins.list[Group]:
        """By name in Vietnamese order; ``unit_codes`` keeps only those units' groups."""
        return repo.list_groups(self._session.db, include_inactive, unit_codes=unit_codes)

    def _had_contact_consent(self, group_id: str | None) -> bool:
        if not group_id:
            return False
        try:
            stored = repo.get_group(self._session.db, group_id)
        except NotFoundError:
            return False
        return bool(stored.contact_consent or stored.contact_name or stored.contact_phone)
