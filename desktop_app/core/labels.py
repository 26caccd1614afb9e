"""The Vietnamese label of every member of every closed list, one table per enum.

The command line and the reports print these labels as they are. The window shows them through Qt's
translation under the ``EnumLabels`` context (``ui/i18n.py``), so ``pyside6-lupdate`` extracts them
from this file alone and ``sotay_en.ts`` carries their English. One table per enum, because members of
different enums share values ("other", "commune", "hamlet") but not labels.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from .enums import FollowUpStatus, GroupKind, Role, TalkFormat, UnitKind

LABEL_CONTEXT = "EnumLabels"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks ``text`` for pyside6-lupdate under ``context`` and returns it unchanged (core has no Qt)."""
    return text


ROLE_LABELS: dict[Role, str] = {
    Role.COMMUNE: QT_TRANSLATE_NOOP("EnumLabels", "Xã, phường (ghi nhật ký)"),
    Role.AGGREGATOR: QT_TRANSLATE_NOOP("EnumLabels", "Đơn vị tổng hợp"),
}

UNIT_KIND_LABELS: dict[UnitKind, str] = {
    UnitKind.PROVINCE: QT_TRANSLATE_NOOP("EnumLabels", "Tỉnh, thành phố"),
    UnitKind.COMMUNE: QT_TRANSLATE_NOOP("EnumLabels", "Xã, phường, đặc khu"),
    UnitKind.HAMLET: QT_TRANSLATE_NOOP("EnumLabels", "Thôn, ấp, tổ dân phố"),
    UnitKind.MASS_ORGANISATION: QT_TRANSLATE_NOOP("EnumLabels", "Đoàn thể"),
    UnitKind.PARTY_CELL: QT_TRANSLATE_NOOP("EnumLabels", "Chi bộ"),
    UnitKind.LEGACY_DISTRICT: QT_TRANSLATE_NOOP("EnumLabels", "Huyện cũ"),
    UnitKind.CLUSTER: QT_TRANSLATE_NOOP("EnumLabels", "Cụm"),
}

TALK_FORMAT_LABELS: dict[TalkFormat, str] = {
    TalkFormat.MEETING: QT_TRANSLATE_NOOP("EnumLabels", "Hội nghị, buổi nói chuyện"),
    TalkFormat.LOUDSPEAKER: QT_TRANSLATE_NOOP("EnumLabels", "Đài truyền thanh cơ sở"),
    TalkFormat.ONLINE_CONFERENCE: QT_TRANSLATE_NOOP("EnumLabels", "Điểm cầu trực tuyến"),
    TalkFormat.ZALO_POST: QT_TRANSLATE_NOOP("EnumLabels", "Bài đăng nhóm Zalo"),
    TalkFormat.FANPAGE_POST: QT_TRANSLATE_NOOP("EnumLabels", "Bài đăng fanpage"),
    TalkFormat.HOME_VISIT: QT_TRANSLATE_NOOP("EnumLabels", "Đến từng hộ"),
    TalkFormat.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "Hình thức khác"),
}

GROUP_KIND_LABELS: dict[GroupKind, str] = {
    GroupKind.HAMLET: QT_TRANSLATE_NOOP("EnumLabels", "Thôn, ấp, tổ dân phố"),
    GroupKind.MASS_ORGANISATION: QT_TRANSLATE_NOOP("EnumLabels", "Đoàn thể"),
    GroupKind.ZALO_GROUP: QT_TRANSLATE_NOOP("EnumLabels", "Nhóm Zalo"),
    GroupKind.FANPAGE: QT_TRANSLATE_NOOP("EnumLabels", "Fanpage"),
    GroupKind.SCHOOL: QT_TRANSLATE_NOOP("EnumLabels", "Trường học"),
    GroupKind.ENTERPRISE: QT_TRANSLATE_NOOP("EnumLabels", "Doanh nghiệp"),
    GroupKind.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "Khác"),
}

FOLLOW_UP_STATUS_LABELS: dict[FollowUpStatus, str] = {
    FollowUpStatus.NONE: QT_TRANSLATE_NOOP("EnumLabels", "Không cần"),
    FollowUpStatus.OPEN: QT_TRANSLATE_NOOP("EnumLabels", "Đang theo dõi"),
    FollowUpStatus.DONE: QT_TRANSLATE_NOOP("EnumLabels", "Đã xong"),
}

TABLES: dict[type[StrEnum], Mapping[Any, str]] = {
    Role: ROLE_LABELS,
    UnitKind: UNIT_KIND_LABELS,
    TalkFormat: TALK_FORMAT_LABELS,
    GroupKind: GROUP_KIND_LABELS,
    FollowUpStatus: FOLLOW_UP_STATUS_LABELS,
}


def label(member: StrEnum) -> str:
    """The Vietnamese label of ``member``, looked up in its own enum's table (never by value alone)."""
    return TABLES[type(member)][member]


def label_of(enum_type: type[StrEnum], value: str) -> str:
    """The label of a stored code read as ``enum_type``; an unknown code (from a newer version) as is."""
    try:
        return label(enum_type(value))
    except ValueError:
        return value
