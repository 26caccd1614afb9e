"""Conversions between core records and table rows: the one place that knows both shapes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import orjson

from ..core.enums import FollowUpOutcome, FollowUpStatus, GroupKind, TalkFormat, UnitKind
from ..core.records import Attachment, Document, Group, OnlineReach, Talk, Topic, Unit


def dumps(value: Any) -> str:
    return orjson.dumps(value).decode()


def loads(text: str | None, default: Any) -> Any:
    return orjson.loads(text) if text else default


def day(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def talk_to_row(t: Talk) -> dict[str, Any]:
    return {
        "id": t.id,
        "owner_unit": t.owner_unit,
        "hlc": t.hlc,
        "deleted": int(t.deleted),
        "extra": dumps(t.extra),
        "held_on": t.held_on.isoformat(),
        "start_time": t.start_time,
        "duration_min": t.duration_min,
        "place": t.place,
        "unit_code": t.unit_code,
        "format": t.format.value,
        "topics": dumps(list(t.topics)),
        "document_ids": dumps(list(t.document_ids)),
        "group_ids": dumps(list(t.group_ids)),
        "presenters": t.presenters,
        "attendance": t.attendance,
        "online_views": t.online.views,
        "online_likes": t.online.likes,
        "online_shares": t.online.shares,
        "online_comments": t.online.comments,
        "online_points": t.online.points,
        "questions_text": t.questions_text,
        "question_themes": dumps(list(t.question_themes)),
        "questions_count": t.questions_count,
        "follow_up_text": t.follow_up_text,
        "follow_up_due": iso(t.follow_up_due),
        "follow_up_status": t.follow_up_status.value,
        "notes": t.notes,
        "channel_id": t.channel_id,
        "language": t.language,
        "follow_up_outcome": t.follow_up_outcome.value if t.follow_up_outcome else None,
        "follow_up_resolved_on": iso(t.follow_up_resolved_on),
        "urgent": int(t.urgent),
    }


def talk_from_row(r: dict[str, Any], topic_names: dict[str, str] | None = None) -> Talk:
    names = topic_names or {}
    return Talk(
        id=r["id"],
        owner_unit=r["owner_unit"],
        hlc=r["hlc"],
        deleted=bool(r["deleted"]),
        extra=loads(r["extra"], {}),
        held_on=dt.date.fromisoformat(r["held_on"]),
        start_time=r["start_time"],
        duration_min=r["duration_min"],
        place=r["place"],
        unit_code=r["unit_code"],
        format=TalkFormat(r["format"]),
        topics=tuple(names.get(t, t) for t in loads(r["topics"], [])),
        document_ids=tuple(loads(r["document_ids"], [])),
        group_ids=tuple(loads(r["group_ids"], [])),
        presenters=r["presenters"],
        attendance=r["attendance"],
        online=OnlineReach(
            r["online_views"], r["online_likes"], r["online_shares"], r["online_comments"], r["online_points"]
        ),
        questions_text=r["questions_text"],
        question_themes=tuple(loads(r["question_themes"], [])),
        questions_count=r["questions_count"],
        follow_up_text=r["follow_up_text"],
        follow_up_due=day(r["follow_up_due"]),
        follow_up_status=FollowUpStatus(r["follow_up_status"]),
        notes=r["notes"],
        channel_id=r.get("channel_id"),
        language=r.get("language"),
        follow_up_outcome=FollowUpOutcome(r["follow_up_outcome"]) if r.get("follow_up_outcome") else None,
        follow_up_resolved_on=day(r.get("follow_up_resolved_on")),
        urgent=bool(r.get("urgent")),
    )


def group_to_row(g: Group) -> dict[str, Any]:
    return {
        "id": g.id,
        "owner_unit": g.owner_unit,
        "hlc": g.hlc,
        "deleted": int(g.deleted),
        "extra": dumps(g.extra),
        "name": g.name,
        "kind": g.kind.value,
        "unit_code": g.unit_code,
        "size": g.size,
        "channel_url": g.channel_url,
        "contact_name": g.contact_name,
        "contact_phone": g.contact_phone,
        "contact_consent": int(g.contact_consent),
        "consent_date": iso(g.consent_date),
        "notes": g.notes,
        "active": int(g.active),
        "tags": dumps(list(g.tags)),
    }


def group_from_row(r: dict[str, Any]) -> Group:
    return Group(
        id=r["id"],
        owner_unit=r["owner_unit"],
        hlc=r["hlc"],
        deleted=bool(r["deleted"]),
        extra=loads(r["extra"], {}),
        name=r["name"],
        kind=GroupKind(r["kind"]),
        unit_code=r["unit_code"],
        size=r["size"],
        channel_url=r["channel_url"],
        contact_name=r["contact_name"],
        contact_phone=r["contact_phone"],
        contact_consent=bool(r["contact_consent"]),
        consent_date=day(r["consent_date"]),
        notes=r["notes"],
        active=bool(r["active"]),
        tags=tuple(loads(r.get("tags"), [])),
    )


def document_to_row(d: Document) -> dict[str, Any]:
    return {
        "id": d.id,
        "owner_unit": d.owner_unit,
        "hlc": d.hlc,
        "deleted": int(d.deleted),
        "extra": dumps(d.extra),
        "title": d.title,
        "issuer": d.issuer,
        "number": d.number,
        "issued_on": iso(d.issued_on),
        "valid_until": iso(d.valid_until),
        "required": int(d.required),
        "priority": d.priority,
        "key_points": dumps(list(d.key_points)),
        "body": d.body,
        "topics": dumps(list(d.topics)),
        "attachments": dumps([a.__dict__ for a in d.attachments]),
    }


def document_from_row(r: dict[str, Any], topic_names: dict[str, str] | None = None) -> Document:
    names = topic_names or {}
    return Document(
        id=r["id"],
        owner_unit=r["owner_unit"],
        hlc=r["hlc"],
        deleted=bool(r["deleted"]),
        extra=loads(r["extra"], {}),
        title=r["title"],
        issuer=r["issuer"],
        number=r["number"],
        issued_on=day(r["issued_on"]),
        valid_until=day(r["valid_until"]),
        required=bool(r["required"]),
        priority=r["priority"],
        key_points=tuple(loads(r["key_points"], [])),
        body=r["body"],
        topics=tuple(names.get(t, t) for t in loads(r["topics"], [])),
        attachments=tuple(Attachment(**a) for a in loads(r["attachments"], [])),
        read_at=r.get("read_at"),
        note=r.get("note") or "",
    )


def topic_from_row(r: dict[str, Any]) -> Topic:
    return Topic(
        id=r["id"],
        name=r["name"],
        owner_unit=r["owner_unit"],
        hlc=r["hlc"],
        deleted=bool(r["deleted"]),
        extra=loads(r["extra"], {}),
    )


def unit_from_row(r: dict[str, Any]) -> Unit:
    return Unit(
        code=r["code"],
        name=r["name"],
        kind=UnitKind(r["kind"]),
        parent_code=r["parent_code"],
        province_code=r["province_code"],
        official=bool(r["official"]),
        id=r["id"],
        owner_unit=r["owner_unit"],
        hlc=r["hlc"],
        deleted=bool(r["deleted"]),
        extra=loads(r["extra"], {}),
        province_name=r.get("province_name") or "",
    )
