"""The rules a record must keep before it is stored or accepted from a file.

Messages are Vietnamese (what a cadre reads) with an English detail (what a log or a developer reads).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .errors import ValidationError
from .records import Document, Group, Talk

# Text length caps, in characters.
CAPS = {
    "title": 500,
    "name": 200,
    "place": 200,
    "issuer": 200,
    "number": 100,
    "presenters": 500,
    "channel_url": 500,
    "contact_name": 100,
    "contact_phone": 20,
    "key_point": 1000,
    "questions_text": 10_000,
    "follow_up_text": 2_000,
    "notes": 10_000,
    "note": 20_000,
    "body": 2_000_000,
    "topic": 120,
    "theme": 120,
    "start_time": 5,
}

FIELD_LABELS_VI = {
    "title": "Tiêu đề",
    "name": "Tên",
    "place": "Địa điểm",
    "issuer": "Cơ quan ban hành",
    "number": "Số, ký hiệu",
    "presenters": "Người trình bày",
    "channel_url": "Đường dẫn kênh",
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
}


@dataclass(frozen=True)
class Limits:
    """Ceilings that a unit may change in settings."""

    max_attendance: int = 20_000
    max_online: int = 100_000_000
    max_group_size: int = 10_000_000
    max_duration_min: int = 24 * 60


def label(field_name: str) -> str:
    return FIELD_LABELS_VI.get(field_name, field_name)


def fail(field_name: str, message_vi: str, detail: str) -> ValidationError:
    return ValidationError(f"{label(field_name)}: {message_vi}", detail, field=field_name)


def require_text(field_name: str, value: str) -> None:
    if not value.strip():
        raise fail(field_name, "không được để trống.", f"{field_name} is required")


def check_length(field_name: str, value: str, cap_name: str | None = None) -> None:
    cap = CAPS[cap_name or field_name]
    if len(value) > cap:
        raise fail(field_name, f"dài quá {cap:,} ký tự (hiện có {len(value):,}).".replace(",", "."),
                   f"{field_name} is {len(value)} characters, the limit is {cap}")


def check_not_future(field_name: str, day: dt.date | None, today: dt.date) -> None:
    if day is not None and day > today:
        raise fail(field_name, f"ngày {day:%d/%m/%Y} chưa tới (hôm nay là {today:%d/%m/%Y}).",
                   f"{field_name} {day.isoformat()} is in the future")


def check_count(field_name: str, value: int, ceiling: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool):
        raise fail(field_name, "phải là một số nguyên.", f"{field_name} must be an integer")
    if value < 0:
        raise fail(field_name, "không được là số âm.", f"{field_name} is negative ({value})")
    if value > ceiling:
        raise fail(field_name, f"{value:,} vượt mức tối đa {ceiling:,}; kiểm tra lại.".replace(",", "."),
                   f"{field_name} {value} exceeds the ceiling {ceiling}")


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
    raise fail(field_name, f"“{text[:40]}” không phải là ngày hợp lệ (viết theo dạng dd/mm/yyyy).",
               f"{field_name} {text[:40]!r} is not a date")


_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def check_time(field_name: str, value: str) -> None:
    if value and not _TIME.match(value):
        raise fail(field_name, f"“{value[:10]}” không phải giờ hợp lệ (viết theo dạng HH:MM).",
                   f"{field_name} {value[:10]!r} is not HH:MM")


_PHONE = re.compile(r"^\+?[0-9 .\-]{8,20}$")


def check_phone(field_name: str, value: str) -> None:
    if value and not _PHONE.match(value):
        raise fail(field_name, f"“{value[:20]}” không phải số điện thoại hợp lệ.",
                   f"{field_name} {value[:20]!r} is not a phone number")


def _texts(record: object, names: tuple[str, ...]) -> None:
    for name in names:
        check_length(name, getattr(record, name))


def validate_talk(talk: Talk, today: dt.date, limits: Limits = Limits()) -> None:
    if talk.held_on is None:
        raise fail("held_on", "không được để trống.", "held_on is required")
    check_not_future("held_on", talk.held_on, today)
    require_text("unit_code", talk.unit_code)
    _texts(talk, ("place", "presenters", "questions_text", "follow_up_text", "notes", "start_time"))
    check_time("start_time", talk.start_time)
    check_count("duration_min", talk.duration_min, limits.max_duration_min)
    check_count("attendance", talk.attendance, limits.max_attendance)
    check_count("questions_count", talk.questions_count, 100_000)
    for name in ("views", "likes", "shares", "comments", "points"):
        check_count(f"online_{name}", getattr(talk.online, name), limits.max_online)
    for topic in talk.topics:
        check_length("topic", topic)
    for theme in talk.question_themes:
        check_length("theme", theme)


def validate_group(group: Group, today: dt.date, limits: Limits = Limits()) -> None:
    require_text("name", group.name)
    require_text("unit_code", group.unit_code)
    _texts(group, ("name", "channel_url", "contact_name", "contact_phone", "notes"))
    check_count("size", group.size, limits.max_group_size)
    check_phone("contact_phone", group.contact_phone)
    check_not_future("consent_date", group.consent_date, today)
    if (group.contact_name or group.contact_phone) and not group.contact_consent:
        raise fail("contact_name", "cần có sự đồng ý của người liên hệ trước khi lưu tên, số điện thoại.",
                   "contact details need the person's consent (Law 91/2025/QH15)")


def validate_document(doc: Document, today: dt.date) -> None:
    require_text("title", doc.title)
    _texts(doc, ("title", "issuer", "number", "body", "note"))
    for point in doc.key_points:
        check_length("key_point", point)
    for topic in doc.topics:
        check_length("topic", topic)
    if doc.issued_on and doc.valid_until and doc.valid_until < doc.issued_on:
        raise fail("valid_until", "ngày hết hiệu lực trước ngày ban hành.",
                   "valid_until is before issued_on")
