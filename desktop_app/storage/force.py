"""The outreach force's tables: members, their courses and the conferences they attended; and the
erasure of a member who left (their name and phone gone from the record, history and talks)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Collection, Sequence
from typing import Any

from ..core.errors import NotFoundError
from ..core.force import (
    Conference,
    Member,
    MemberStatus,
    Training,
    UnitForce,
    presenter_names,
    rollup,
    trained_in,
)
from ..core.text import fold, sort_key
from .merge import keep_replaced
from .rows import day, dumps, iso, loads
from .sql_parts import chunks
from .store import Store

MEMBERS, TRAININGS, CONFERENCES = "force_members", "force_trainings", "force_conferences"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def _rows(db: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = db.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _write(db: Store, table: str, row: dict[str, Any], reason: str = "edit") -> None:
    """A record the local user made; the version it replaces goes to history."""
    cols = list(row)
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    with db.atomic():
        keep_replaced(db, table, "id", [row["id"]], reason, _now())
        db.execute(
            f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
            f"ON CONFLICT(id) DO UPDATE SET {sets}",
            [row[c] for c in cols],
        )


def _identity(record: Member | Training | Conference) -> dict[str, Any]:
    return {
        "id": record.id,
        "owner_unit": record.owner_unit,
        "hlc": record.hlc,
        "deleted": int(record.deleted),
        "extra": dumps(record.extra),
        "unit_code": record.unit_code,
    }


# --- members ------------------------------------------------------------------------------------


def member_to_row(m: Member) -> dict[str, Any]:
    return {
        **_identity(m),
        "name": m.name,
        "role": m.role,
        "level": m.level,
        "decision_number": m.decision_number,
        "decision_date": iso(m.decision_date),
        "decision_body": m.decision_body,
        "status": m.status.value,
        "status_since": iso(m.status_since),
        "expertise": m.expertise,
        "languages": dumps(list(m.languages)),
        "phone": m.phone,
        "phone_consent": int(m.phone_consent),
    }


def member_from_row(r: dict[str, Any]) -> Member:
    return Member(
        id=r["id"],
        owner_unit=r["owner_unit"],
        hlc=r["hlc"],
        unit_code=r["unit_code"],
        name=r["name"],
        role=r["role"],
        level=r["level"],
        decision_number=r["decision_number"],
        decision_date=day(r["decision_date"]),
        decision_body=r["decision_body"],
        status=MemberStatus(r["status"]),
        status_since=day(r["status_since"]),
        expertise=r["expertise"],
        languages=tuple(loads(r["languages"], [])),
        phone=r["phone"],
        phone_consent=bool(r["phone_consent"]),
        deleted=bool(r["deleted"]),
        extra=loads(r["extra"], {}),
    )


def save_member(db: Store, member: Member) -> Member:
    _write(db, MEMBERS, member_to_row(member))
    return get_member(db, member.id)


def get_member(db: Store, member_id: str) -> Member:
    rows = _rows(db, f"SELECT * FROM {MEMBERS} WHERE id = ?", [member_id])
    if not rows:
        raise NotFoundError(f"Không tìm thấy thành viên {member_id}.", f"no force member {member_id!r}")
    return member_from_row(rows[0])


def list_members(db: Store, unit_codes: tuple[str, ...] = (), include_deleted: bool = False) -> list[Member]:
    """Members in Vietnamese name order; ``unit_codes`` keeps only those units' members."""
    clauses: list[str] = ["1"]
    params: list[Any] = []
    if not include_deleted:
        clauses.append("deleted = 0")
    if unit_codes:
        clauses.append(f"unit_code IN ({','.join('?' * len(unit_codes))})")
        params.extend(unit_codes)
    rows = _rows(db, f"SELECT * FROM {MEMBERS} WHERE {' AND '.join(clauses)}", params)
    return sorted((member_from_row(r) for r in rows), key=lambda m: (sort_key(m.name), m.id))


def erase_member(db: Store, member: Member, name: str, placeholder: str, next_version: Callable[[], str]) -> int:
    """Write ``member`` (a tombstone without ``name`` or phone), blank the name and phone in every
    older version kept in history or quarantine, and put ``placeholder`` in place of the name on
    the talks that named them, as a new version of each so receivers drop the name too (their
    count stays, the name goes). Returns how many talks."""
    from .records_repo import keep_history

    talks = talks_naming(db, name, member.owner_unit)
    with db.atomic():
        _write(db, MEMBERS, member_to_row(member), "erase")
        forget_members(db, [member.id], [])
        for talk_id, presenters in talks:
            names = [placeholder if fold(n) == fold(name) else n for n in presenter_names(presenters)]
            keep_history(db, "talks", talk_id, "erase")
            db.execute(
                "UPDATE talks SET presenters = ?, hlc = ? WHERE id = ?", [", ".join(names), next_version(), talk_id]
            )
            db.execute(
                "UPDATE history SET row = json_set(row, '$.presenters', ?) WHERE table_name = 'talks' "
                "AND record_id = ?",
                [", ".join(names), talk_id],
            )
    return len(talks)


def forget_phone(db: Store, member_id: str) -> None:
    """Consent withdrawn: no older version of the member kept here may hold the phone."""
    forget_members(db, [], [member_id])


def forget_members(db: Store, erased: Sequence[str], withdrawn: Sequence[str]) -> None:
    """No version kept in history or quarantine holds the name and phone of an erased member, nor
    the phone of one who withdrew consent."""
    for table in ("history", "exchange_quarantine"):
        for ids, blanks in ((erased, "'$.name', '', '$.phone', ''"), (withdrawn, "'$.phone', ''")):
            for chunk in chunks(ids):
                db.execute(
                    f"UPDATE {table} SET row = json_set(row, {blanks}) WHERE table_name = ? "
                    f"AND record_id IN ({','.join('?' * len(chunk))})",
                    [MEMBERS, *chunk],
                )


def fill_phones(db: Store, rows: list[tuple[str, str, str]]) -> None:
    """A full copy of a member at the same version gives the phone a redacted copy lacked; rows are
    (phone, id, hlc), and only a member who consented and holds no phone is filled."""
    db.conn.executemany(
        f"UPDATE {MEMBERS} SET phone = ? WHERE id = ? AND hlc = ? AND phone = '' AND phone_consent = 1", rows
    )


def held_phones(db: Store, ids: Sequence[str]) -> dict[str, str]:
    """id -> phone of the members here that hold one (a redacted copy must not blank it)."""
    held: dict[str, str] = {}
    for chunk in chunks(ids):
        rows = db.execute(
            f"SELECT id, phone FROM {MEMBERS} WHERE id IN ({','.join('?' * len(chunk))}) AND phone != ''", list(chunk)
        ).fetchall()
        held.update({r[0]: r[1] for r in rows})
    return held


def talks_naming(db: Store, name: str, owner_unit: str) -> list[tuple[str, str]]:
    """The talks of ``owner_unit`` whose presenters include ``name`` (folded): id and presenters."""
    wanted = fold(name)
    rows = db.execute(
        "SELECT id, presenters FROM talks WHERE owner_unit = ? AND presenters != ''", [owner_unit]
    ).fetchall()
    return [(r[0], r[1]) for r in rows if any(fold(n) == wanted for n in presenter_names(r[1]))]


def talk_counts(
    db: Store, start: str = "", end: str = "9999", owners: Collection[str] | None = None
) -> dict[tuple[str, str], int]:
    """How many live talks held between ``start`` and ``end`` (ISO dates) name each presenter, by
    the talk's owner and the folded name (a member and their talks are written by the same unit).
    Grouped in SQL first: a log holds few distinct presenter texts, however many talks. ``owners``:
    only the talks of these owners (those with members on the roster; none, no talk is read)."""
    if owners is not None and not owners:
        return {}
    only = "" if owners is None else " AND owner_unit IN (SELECT value FROM json_each(?))"
    rows = db.execute(
        "SELECT owner_unit, presenters, count(*) FROM talks WHERE deleted = 0 AND presenters != '' "
        f"AND held_on BETWEEN ? AND ?{only} GROUP BY owner_unit, presenters",
        [start, end] if owners is None else [start, end, json.dumps(sorted(owners))],
    ).fetchall()
    counts: dict[tuple[str, str], int] = {}
    for owner, presenters, talks in rows:
        for name in {fold(n) for n in presenter_names(presenters)}:
            counts[owner, name] = counts.get((owner, name), 0) + talks
    return counts


# --- trainings ----------------------------------------------------------------------------------


def training_to_row(t: Training) -> dict[str, Any]:
    return {
        **_identity(t),
        "member_id": t.member_id,
        "name": t.name,
        "organiser": t.organiser,
        "start": iso(t.start),
        "end": iso(t.end),
        "result": t.result,
        "certificate": t.certificate,
    }


def training_from_row(r: dict[str, Any]) -> Training:
    return Training(
        id=r["id"],
        owner_unit=r["owner_unit"],
        hlc=r["hlc"],
        member_id=r["member_id"],
        unit_code=r["unit_code"],
        name=r["name"],
        organiser=r["organiser"],
        start=day(r["start"]),
        end=day(r["end"]),
        result=r["result"],
        certificate=r["certificate"],
        deleted=bool(r["deleted"]),
        extra=loads(r["extra"], {}),
    )


def save_training(db: Store, training: Training) -> Training:
    _write(db, TRAININGS, training_to_row(training))
    return training_from_row(_rows(db, f"SELECT * FROM {TRAININGS} WHERE id = ?", [training.id])[0])


def list_trainings(db: Store, member_id: str | None = None, unit_codes: tuple[str, ...] = ()) -> list[Training]:
    """Live courses, newest first; of one member, or of these units' members."""
    clauses: list[str] = ["deleted = 0"]
    params: list[Any] = []
    if member_id:
        clauses.append("member_id = ?")
        params.append(member_id)
    if unit_codes:
        clauses.append(f"unit_code IN ({','.join('?' * len(unit_codes))})")
        params.extend(unit_codes)
    rows = _rows(
        db,
        f"SELECT * FROM {TRAININGS} WHERE {' AND '.join(clauses)} ORDER BY coalesce(end, start) DESC, id",
        params,
    )
    return [training_from_row(r) for r in rows]


# --- conferences --------------------------------------------------------------------------------


def conference_to_row(c: Conference) -> dict[str, Any]:
    return {
        **_identity(c),
        "held_on": c.held_on.isoformat(),
        "topic": c.topic,
        "connection_point": c.connection_point,
        "attendee_ids": dumps(list(c.attendee_ids)),
    }


def conference_from_row(r: dict[str, Any]) -> Conference:
    return Conference(
        id=r["id"],
        owner_unit=r["owner_unit"],
        hlc=r["hlc"],
        unit_code=r["unit_code"],
        held_on=dt.date.fromisoformat(r["held_on"]),
        topic=r["topic"],
        connection_point=r["connection_point"],
        attendee_ids=tuple(loads(r["attendee_ids"], [])),
        deleted=bool(r["deleted"]),
        extra=loads(r["extra"], {}),
    )


def save_conference(db: Store, conference: Conference) -> Conference:
    _write(db, CONFERENCES, conference_to_row(conference))
    return conference_from_row(_rows(db, f"SELECT * FROM {CONFERENCES} WHERE id = ?", [conference.id])[0])


def list_conferences(db: Store, unit_codes: tuple[str, ...] = ()) -> list[Conference]:
    """Live conferences, newest first."""
    clauses: list[str] = ["deleted = 0"]
    params: list[Any] = []
    if unit_codes:
        clauses.append(f"unit_code IN ({','.join('?' * len(unit_codes))})")
        params.extend(unit_codes)
    rows = _rows(db, f"SELECT * FROM {CONFERENCES} WHERE {' AND '.join(clauses)} ORDER BY held_on DESC, id", params)
    return [conference_from_row(r) for r in rows]


def unit_forces(db: Store, unit_codes: Collection[str], year: int, start: str, end: str) -> list[UnitForce]:
    """The force of these units (all when empty) in figures: trained in ``year``, active (named on a
    talk) between ``start`` and ``end`` (ISO dates). Filtered here, not in SQL: a province's
    subtree holds thousands of codes."""
    from .units import unit_names

    wanted = set(unit_codes)
    members = [m for m in list_members(db) if not wanted or m.unit_code in wanted]
    trained = trained_in([t for t in list_trainings(db) if not wanted or t.unit_code in wanted], members, year)
    names = unit_names(db, {m.unit_code for m in members})
    counts = talk_counts(db, start, end, owners={m.owner_unit for m in members})
    return rollup(members, trained, counts, names)
