"""The outreach force: the roster of báo cáo viên, tuyên truyền viên and cộng tác viên, their
courses and conferences. A member's phone is personal data (Law 91/2025/QH15): kept only with
consent, removed with its history when consent is withdrawn, and a member can be erased."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from typing import Any

from ..core import validation
from ..core.errors import NotFoundError, ValidationError
from ..core.force import (
    DEFAULT_LEVELS,
    DEFAULT_ROLES,
    LIST_CAP,
    NAME_CAP,
    Conference,
    Member,
    MemberRow,
    MemberStatus,
    Training,
    UnitForce,
    check_choice,
    check_dates,
    check_text,
    trained_in,
)
from ..core.ids import uuid7
from ..core.text import fold
from ..storage import force as repo
from ..storage import overview, settings
from .fields import check_own, cleaned, enum_value, unit_code
from .session import Session

ERASED_PRESENTER = "(thành viên đã xoá)"


class ForceService:
    def __init__(self, session: Session) -> None:
        self._session = session

    # --- configuration ----------------------------------------------------------------------

    def roles(self) -> tuple[str, ...]:
        return tuple(settings.get(self._session.db, "force.roles", None) or DEFAULT_ROLES)

    def levels(self) -> tuple[str, ...]:
        return tuple(settings.get(self._session.db, "force.levels", None) or DEFAULT_LEVELS)

    def set_lists(self, roles: tuple[str, ...] | None = None, levels: tuple[str, ...] | None = None) -> None:
        """Replace the configured roles or levels (members keep what they were given)."""
        for key, values, label in (("force.roles", roles, "Vai trò"), ("force.levels", levels, "Cấp")):
            if values is None:
                continue
            items = [check_text(key, label, v, NAME_CAP) for v in values]
            items = [v for v in dict.fromkeys(items) if v]
            if not items:
                raise ValidationError(f"{label}: danh sách không được để trống.", f"{key} is empty", field=key)
            settings.put(self._session.db, key, items)

    # --- members ----------------------------------------------------------------------------

    def new(self, **fields: Any) -> Member:
        """A member from loose fields (form or command line), checked; not yet saved."""
        session = self._session
        fields = cleaned(fields)
        stored = self._stored(fields.get("id"))
        for name in ("decision_date", "status_since"):
            fields[name] = validation.parse_date(name, fields.get(name))
        if isinstance(fields.get("status"), str):
            fields["status"] = enum_value(MemberStatus, fields["status"], "status")
        fields["unit_code"] = stored.unit_code if stored else unit_code(session, fields.get("unit_code"))
        if "languages" in fields:
            fields["languages"] = tuple(fields["languages"])
        member = Member(
            id=stored.id if stored else (fields.get("id") or uuid7()),
            owner_unit=stored.owner_unit if stored else session.installation.unit_code,
            hlc=stored.hlc if stored else "",
            extra=stored.extra if stored else {},
            **{k: v for k, v in fields.items() if k not in ("id", "unit_code")},
            unit_code=fields["unit_code"],
        )
        return self._checked(member)

    def _checked(self, m: Member) -> Member:
        today = self._session.today
        name = check_text("name", "Họ và tên", m.name, NAME_CAP, required=True)
        role = check_choice("role", "Vai trò", m.role, self.roles())
        level = check_choice("level", "Cấp", m.level, self.levels()) if m.level else ""
        for field_name, day in (("decision_date", m.decision_date), ("status_since", m.status_since)):
            validation.check_not_future(field_name, day, today)
        languages = tuple(check_text("languages", "Ngôn ngữ", v, NAME_CAP) for v in m.languages)
        if len(languages) > LIST_CAP:
            raise ValidationError(f"Ngôn ngữ: nhiều quá {LIST_CAP}.", "too many languages", field="languages")
        validation.check_phone("phone", m.phone)
        if m.phone and not m.phone_consent:
            raise ValidationError(
                "Số điện thoại: chỉ được lưu khi người đó đồng ý (đánh dấu “đã đồng ý”).",
                "phone without consent",
                field="phone",
            )
        since = m.status_since
        if m.status is not MemberStatus.ACTIVE and since is None:
            since = today
        return dataclasses.replace(
            m,
            name=name,
            role=role,
            level=level,
            decision_number=check_text("decision_number", "Số quyết định", m.decision_number, NAME_CAP),
            decision_body=check_text("decision_body", "Cơ quan quyết định", m.decision_body),
            expertise=check_text("expertise", "Lĩnh vực chuyên môn", m.expertise),
            languages=languages,
            status_since=since,
        )

    def save(self, member: Member) -> Member:
        """Saves a member; when phone consent is withdrawn, the phone leaves the record and every
        older version kept in history."""
        session = self._session
        check_own(session, member.owner_unit)
        member = self._checked(member)
        stored = self._stored(member.id)
        saved = repo.save_member(session.db, dataclasses.replace(member, hlc=session.next_version()))
        if stored is not None and stored.phone and not saved.phone:
            repo.forget_phone(session.db, saved.id)
        return saved

    def add(self, **fields: Any) -> Member:
        return self.save(self.new(**fields))

    def edit(self, member_id: str, **changes: Any) -> Member:
        """Change some fields of a stored member; the others stay."""
        stored = self.get(member_id)
        check_own(self._session, stored.owner_unit)
        current = {f.name: getattr(stored, f.name) for f in dataclasses.fields(Member)}
        for name in ("owner_unit", "hlc", "deleted", "extra", "unit_code"):
            current.pop(name)
        current.update({k: v for k, v in changes.items() if v is not None})
        if changes.get("phone_consent") is False and "phone" not in changes:
            current["phone"] = ""  # consent withdrawn: the phone goes
        return self.save(self.new(**current))

    def remove(self, member_id: str) -> int:
        """Erase a member (on request, or one who left): a tombstone with no name or phone, none
        left in history, and their talks keep their count under a placeholder instead of the name.
        Returns how many talks named them."""
        session = self._session
        member = self.get(member_id)
        check_own(session, member.owner_unit)
        tombstone = dataclasses.replace(member, name="", phone="", phone_consent=False, deleted=True)
        return repo.erase_member(
            session.db,
            dataclasses.replace(tombstone, hlc=session.next_version()),
            member.name,
            ERASED_PRESENTER,
            session.next_version,
        )

    def get(self, member_id: str) -> Member:
        member = repo.get_member(self._session.db, member_id)
        if member.deleted:
            raise NotFoundError(f"Không tìm thấy thành viên {member_id}.", f"force member {member_id!r} erased")
        return member

    def list(
        self,
        unit_codes: tuple[str, ...] = (),
        status: MemberStatus | None = None,
        untrained_this_year: bool = False,
    ) -> builtins.list[MemberRow]:
        """The roster in Vietnamese name order, each member with the talks naming them and their
        latest course; ``untrained_this_year``: the active ones with no course dated this year."""
        db = self._session.db
        members = repo.list_members(db, unit_codes)
        owners = {m.id: m.owner_unit for m in members}
        trainings = repo.list_trainings(db, unit_codes=unit_codes)
        if status is not None:
            members = [m for m in members if m.status is status]
        if untrained_this_year:
            trained = trained_in(trainings, members, self._session.today.year)
            members = [m for m in members if m.status is MemberStatus.ACTIVE and m.id not in trained]
        latest: dict[str, dt.date] = {}
        for t in trainings:
            if owners.get(t.member_id) != t.owner_unit:
                continue  # a course filed by another unit (exchange.links)
            if t.day is not None and t.day > latest.get(t.member_id, dt.date.min):
                latest[t.member_id] = t.day
        counts = repo.talk_counts(db)
        return [MemberRow(m, counts.get((m.owner_unit, fold(m.name)), 0), latest.get(m.id)) for m in members]

    def rollup(
        self, start: dt.date | None = None, end: dt.date | None = None, unit_codes: tuple[str, ...] = ()
    ) -> builtins.list[UnitForce]:
        """Per unit: members by role and level, trained this year, active (named on at least one
        talk) between ``start`` and ``end`` (default: this year up to today)."""
        today = self._session.today
        start, end = start or today.replace(month=1, day=1), end or today
        return repo.unit_forces(self._session.db, unit_codes, today.year, start.isoformat(), end.isoformat())

    def presenter_names(self) -> builtins.list[str]:
        """The names the talk form offers as presenters: this unit's active members."""
        own = tuple(self._session.own_units())
        return [m.name for m in repo.list_members(self._session.db, own) if m.status is MemberStatus.ACTIVE]

    def presenter_choices(self) -> builtins.list[str]:
        """What the talk form offers as presenters: the active members first, so a talk names them
        the same way and counts for them, then other names typed lately."""
        members = self.presenter_names()
        return members + [v for v in overview.recent_values(self._session.db, "presenters") if v not in members]

    def _stored(self, member_id: str | None) -> Member | None:
        if not member_id:
            return None
        try:
            return repo.get_member(self._session.db, member_id)
        except NotFoundError:
            return None

    # --- trainings and conferences ----------------------------------------------------------

    def add_training(self, member_id: str, **fields: Any) -> Training:
        """A course of one of this unit's members (``id`` may be given, as the demo does)."""
        session = self._session
        member = self.get(member_id)
        check_own(session, member.owner_unit)
        fields = cleaned(fields)
        start = validation.parse_date("start", fields.pop("start", None))
        end = validation.parse_date("end", fields.pop("end", None))
        check_dates(start, end)
        for field_name, day in (("start", start), ("end", end)):
            validation.check_not_future(field_name, day, session.today)
        training = Training(
            id=fields.get("id") or uuid7(),
            owner_unit=session.installation.unit_code,
            hlc=session.next_version(),
            member_id=member.id,
            unit_code=member.unit_code,
            name=check_text("name", "Tên lớp", fields.get("name", ""), required=True),
            organiser=check_text("organiser", "Đơn vị tổ chức", fields.get("organiser", "")),
            start=start,
            end=end,
            result=check_text("result", "Kết quả", fields.get("result", ""), NAME_CAP),
            certificate=check_text("certificate", "Số chứng chỉ", fields.get("certificate", ""), NAME_CAP),
        )
        return repo.save_training(session.db, training)

    def trainings(self, member_id: str | None = None, unit_codes: tuple[str, ...] = ()) -> builtins.list[Training]:
        return repo.list_trainings(self._session.db, member_id, unit_codes)

    def add_conference(self, **fields: Any) -> Conference:
        session = self._session
        fields = cleaned(fields)
        held_on = validation.parse_date("held_on", fields.get("held_on"))
        if held_on is None:
            raise validation.fail("held_on", "không được để trống.", "held_on is required")
        validation.check_not_future("held_on", held_on, session.today)
        attendees = tuple(dict.fromkeys(fields.get("attendee_ids", ())))
        for member_id in attendees:
            self.get(member_id)
        conference = Conference(
            id=fields.get("id") or uuid7(),
            owner_unit=session.installation.unit_code,
            hlc=session.next_version(),
            unit_code=unit_code(session, fields.get("unit_code")),
            held_on=held_on,
            topic=check_text("topic", "Chủ đề", fields.get("topic", ""), required=True),
            connection_point=check_text("connection_point", "Điểm cầu", fields.get("connection_point", "")),
            attendee_ids=attendees,
        )
        return repo.save_conference(session.db, conference)

    def conferences(self, unit_codes: tuple[str, ...] = ()) -> builtins.list[Conference]:
        return repo.list_conferences(self._session.db, unit_codes)
