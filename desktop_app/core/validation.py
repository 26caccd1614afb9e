"""The rules a record must keep before it is stored or accepted from a file.

Messages are Vietnamese (what a cadre reads) with an English detail (what a log or a developer reads).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from .errors import ValidationError
from .follow_up import resolution_problem
from .records import Document, Group, Talk
from .rules import RULES, FieldRule, rule
from .text import without_controls

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")  # as the importer reads ids

FIELD_LABELS_VI = {
    "title": "Tiêu đề",
    "name": "Tên",
    "place": "Địa điểm",
    "issuer": "Cơ quan ban hành",
    "number": "Số, ký hiệu",
    "presenters": "Người trình bày",
    "channel_url": "Đường dẫn kênh",
    "platform": "Nền tảng",
    "url": "Đường dẫn",
    "admin_name": "Người quản trị",
    "month": "Tháng",
    "followers": "Số người theo dõi",
    "as_of": "Ngày số liệu",
    "channel_id": "Kênh",
    "language": "Ngôn ngữ",
    "tags": "Vùng ưu tiên",
    "tag": "Vùng ưu tiên",
    "contact_name": "Người liên hệ",
    "contact_phone": "Số điện thoại",
    "key_point": "Ý chính",
    "questions_text": "Ý kiến, kiến nghị",
    "follow_up_text": "Việc cần theo dõi",
    "notes": "Ghi chú",
    "note": "Ghi chú cá nhân",
    "body": "Nội dung",
    "topic": "Chuyên đề",
    "theme": "Chủ đề ý kiến",
    "start_time": "Giờ bắt đầu",
    "held_on": "Ngày",
    "issued_on": "Ngày ban hành",
    "valid_until": "Hiệu lực đến",
    "follow_up_due": "Hạn theo dõi",
    "consent_date": "Ngày đồng ý",
    "attendance": "Số lượt người dự",
    "size": "Quy mô",
    "duration_min": "Thời lượng (phút)",
    "questions_count": "Số ý kiến",
    "unit_code": "Đơn vị",
    "format": "Hình thức",
    "kind": "Loại",
    "online_views": "Lượt xem",
    "online_likes": "Lượt thích",
    "online_shares": "Lượt chia sẻ",
    "online_comments": "Lượt bình luận",
    "online_points": "Số điểm cầu",
    "topics": "Chuyên đề",
    "question_themes": "Chủ đề ý kiến",
    "key_points": "Ý chính",
    "document_ids": "Tài liệu đã dùng",
    "group_ids": "Nhóm đối tượng",
    "attachments": "Tệp đính kèm",
    "priority": "Mức ưu tiên",
    "due_on": "Hạn hoàn thành",
    "key_dates": "Ngày cần nhớ",
    "period": "Kỳ",
    "follow_up_status": "Tình trạng theo dõi",
    "follow_up_outcome": "Kết quả giải quyết",
    "follow_up_resolved_on": "Ngày giải quyết",
    "urgent": "Ý kiến khẩn",
    "parent_code": "Đơn vị cấp trên",
    "file": "Tệp",
}


@dataclass(frozen=True)
class Limits:
    """Ceilings that a unit may lower in settings; never above the shared rules (a receiver would
    refuse the record)."""

    max_attendance: int = rule("talks", "attendance").cap
    max_online: int = rule("talks", "online_views").cap
    max_group_size: int = rule("groups", "size").cap
    max_duration_min: int = rule("talks", "duration_min").cap

    @classmethod
    def of(cls, values: dict[str, int]) -> Limits:
        """Stored settings, each kept within the shared rule's maximum."""
        hard = cls()
        return cls(**{k: min(int(v), getattr(hard, k)) for k, v in values.items() if hasattr(hard, k)})


# Which configurable ceiling narrows which field.
_LIMIT_OF = {
    "attendance": "max_attendance",
    "size": "max_group_size",
    "duration_min": "max_duration_min",
    **{f"online_{n}": "max_online" for n in ("views", "likes", "shares", "comments", "points")},
}


def label(field_name: str) -> str:
    return FIELD_LABELS_VI.get(field_name, field_name)


def fail(field_name: str, message_vi: str, detail: str) -> ValidationError:
    return ValidationError(f"{label(field_name)}: {message_vi}", detail, field=field_name)


def require_text(field_name: str, value: str) -> None:
    if not value.strip():
        raise fail(field_name, "không được để trống.", f"{field_name} is required")


def check_length(field_name: str, value: str, cap: int) -> None:
    if len(value) > cap:
        raise fail(
            field_name,
            f"dài quá {cap:,} ký tự (hiện có {len(value):,}).".replace(",", "."),
            f"{field_name} is {len(value)} characters, the limit is {cap}",
        )


def check_text(table: str, field_name: str, value: str) -> str:
    """One text field outside a record (a name, a note): controls stripped, then its rule checked."""
    r = rule(table, field_name)
    value = without_controls(value, r.multiline).strip()
    if r.required:
        require_text(field_name, value)
    check_length(field_name, value, r.cap)
    return value


def check_not_future(field_name: str, day: dt.date | None, today: dt.date) -> None:
    if day is not None and day > today:
        raise fail(
            field_name,
            f"ngày {day:%d/%m/%Y} chưa tới (hôm nay là {today:%d/%m/%Y}).",
            f"{field_name} {day.isoformat()} is in the future",
        )


def check_count(field_name: str, value: int, ceiling: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise fail(field_name, "phải là một số nguyên.", f"{field_name} must be an integer")
    if value < 0:
        raise fail(field_name, "không được là số âm.", f"{field_name} is negative ({value})")
    if value > ceiling:
        raise fail(
            field_name,
            f"{value:,} vượt mức tối đa {ceiling:,}; kiểm tra lại.".replace(",", "."),
            f"{field_name} {value} exceeds the ceiling {ceiling}",
        )


_DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y")


def parse_date(field_name: str, text: str | dt.date | None) -> dt.date | None:
    """Accept dd/mm/yyyy (what cadres write) and ISO (what files carry)."""
    if text is None or isinstance(text, dt.date):
        return text
    text = text.strip()
    if not text:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise fail(
        field_name,
        f"“{text[:40]}” không phải là ngày hợp lệ (viết theo dạng dd/mm/yyyy).",
        f"{field_name} {text[:40]!r} is not a date",
    )


_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def check_time(field_name: str, value: str) -> None:
    if value and not _TIME.match(value):
        raise fail(
            field_name,
            f"“{value[:10]}” không phải giờ hợp lệ (viết theo dạng HH:MM).",
            f"{field_name} {value[:10]!r} is not HH:MM",
        )


_PHONE = re.compile(r"^\+?[0-9 .\-]{8,20}$")


def check_phone(field_name: str, value: str) -> None:
    if value and not _PHONE.match(value):
        raise fail(
            field_name,
            f"“{value[:20]}” không phải số điện thoại hợp lệ.",
            f"{field_name} {value[:20]!r} is not a phone number",
        )


def _value(record: object, name: str) -> Any:
    if name.startswith("online_"):
        return getattr(record.online, name[len("online_") :])  # type: ignore[attr-defined]
    return getattr(record, name)


def check_list(r: FieldRule, items: tuple[str, ...]) -> None:
    """At most ``r.cap`` items, each within ``r.item_cap`` (the window checks a list field as it is typed)."""
    if len(items) > r.cap:
        raise fail(
            r.name,
            f"nhiều quá {r.cap:,} mục (hiện có {len(items):,}).".replace(",", "."),
            f"{r.name} has {len(items)} items, the limit is {r.cap}",
        )
    for item in items:
        check_length(r.item, item, r.item_cap)


def _check_field(r: FieldRule, value: Any, limits: Limits) -> None:
    kind = r.kind
    if kind == "text":
        if value is None and r.nullable:
            return
        if r.required:
            require_text(r.name, value)
        check_length(r.name, value, r.cap)
    elif kind == "int":
        limit = _LIMIT_OF.get(r.name)
        check_count(r.name, value, min(r.cap, getattr(limits, limit)) if limit else r.cap)
    elif kind == "list":
        check_list(r, value)
    elif kind == "date":
        if value is None and not r.nullable:
            raise fail(r.name, "không được để trống.", f"{r.name} is required")
    elif kind == "time":
        check_time(r.name, value)
    elif kind == "phone":
        check_phone(r.name, value)
    elif kind == "enum":
        if value is None and r.nullable:
            return
        if getattr(value, "value", value) not in r.values:
            raise fail(r.name, f"“{value}” không hợp lệ.", f"{r.name} {value!r} is not one of {r.values}")
    elif kind == "unit":
        require_text(r.name, value)
    elif kind == "uuid":
        if not (value is None and r.nullable) and not (isinstance(value, str) and _UUID.fullmatch(value)):
            raise fail(r.name, "mã không hợp lệ.", f"{r.name} {value!r} is not a UUID")
    elif kind == "attachments":
        if len(value) > r.cap:
            raise fail(
                r.name,
                f"nhiều quá {r.cap} tệp (hiện có {len(value)}).",
                f"{len(value)} attachments, the limit is {r.cap}",
            )
        for attachment in value:
            require_text("file", attachment.filename)
            check_length("file", attachment.filename, 255)


def _cleaned(record: Any, table: str) -> Any:
    """The record with control characters stripped from every text and list item (the rules say
    which texts keep newlines); the same record when there were none."""
    changes: dict[str, Any] = {}
    for r in RULES[table]:
        cleaned: str | tuple[str, ...]
        if r.kind == "text":
            value = getattr(record, r.name)
            if value is None and r.nullable:
                continue
            cleaned = without_controls(value, r.multiline).strip()
        elif r.kind == "list":
            value = getattr(record, r.name)
            cleaned = tuple(c for c in (without_controls(v, r.multiline).strip() for v in value) if c)
        else:
            continue
        if cleaned != value:
            changes[r.name] = cleaned
    return dataclasses.replace(record, **changes) if changes else record


def _check_record(record: Any, table: str, limits: Limits) -> Any:
    record = _cleaned(record, table)
    for r in RULES[table]:
        _check_field(r, _value(record, r.name), limits)
    return record


def validate_talk(talk: Talk, today: dt.date, limits: Limits = Limits()) -> Talk:
    """The talk as it may be stored (controls stripped), or ValidationError naming the field."""
    talk = _check_record(talk, "talks", limits)
    check_not_future("held_on", talk.held_on, today)
    problem = resolution_problem(talk.held_on, talk.follow_up_resolved_on, today)
    if problem is not None:
        raise fail("follow_up_resolved_on", *problem)
    return talk


def validate_group(group: Group, today: dt.date, limits: Limits = Limits()) -> Group:
    group = _check_record(group, "groups", limits)
    check_not_future("consent_date", group.consent_date, today)
    if (group.contact_name or group.contact_phone) and not group.contact_consent:
        raise fail(
            "contact_name",
            "cần có sự đồng ý của người liên hệ trước khi lưu tên, số điện thoại.",
            "contact details need the person's consent (Law 91/2025/QH15)",
        )
    return group


def validate_document(doc: Document, today: dt.date) -> Document:
    doc = _check_record(doc, "documents", Limits())
    if doc.note:
        doc = dataclasses.replace(doc, note=check_text("documents", "note", doc.note))
    if doc.issued_on and doc.valid_until and doc.valid_until < doc.issued_on:
        raise fail("valid_until", "ngày hết hiệu lực trước ngày ban hành.", "valid_until is before issued_on")
    return doc
