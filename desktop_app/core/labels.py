"""The Vietnamese label of every member of every closed list, one table per enum.

The command line and the reports print these labels as they are. The window shows them through Qt's
translation under the ``EnumLabels`` context (``ui/i18n.py``), so ``pyside6-lupdate`` extracts them
from this file alone and ``sotay_en.ts`` carries their English. One table per enum, because members of
different enums share values ("other", "commune", "hamlet") but not labels.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import StrEnum
from typing import Any

from .enums import FollowUpOutcome, FollowUpStatus, GroupKind, Platform, QuarantineReason, Role, TalkFormat, UnitKind

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

# the word a format's count takes in a sentence, as people say it: "12 buổi phát thanh", "30 bài đăng"
TALK_FORMAT_UNITS: dict[TalkFormat, str] = {
    TalkFormat.MEETING: QT_TRANSLATE_NOOP("EnumLabels", "buổi"),
    TalkFormat.LOUDSPEAKER: QT_TRANSLATE_NOOP("EnumLabels", "buổi phát thanh"),
    TalkFormat.ONLINE_CONFERENCE: QT_TRANSLATE_NOOP("EnumLabels", "hội nghị"),
    TalkFormat.ZALO_POST: QT_TRANSLATE_NOOP("EnumLabels", "bài đăng"),
    TalkFormat.FANPAGE_POST: QT_TRANSLATE_NOOP("EnumLabels", "bài đăng"),
    TalkFormat.HOME_VISIT: QT_TRANSLATE_NOOP("EnumLabels", "lượt đến hộ"),
    TalkFormat.OTHER: QT_TRANSLATE_NOOP("EnumLabels", "cuộc"),
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

FOLLOW_UP_OUTCOME_LABELS: dict[FollowUpOutcome, str] = {
    FollowUpOutcome.ANSWERED: QT_TRANSLATE_NOOP("EnumLabels", "Đã trả lời"),
    FollowUpOutcome.TRANSFERRED: QT_TRANSLATE_NOOP("EnumLabels", "Đã chuyển cơ quan có thẩm quyền"),
}

# a few words, for a table's column
QUARANTINE_REASON_LABELS: dict[QuarantineReason, str] = {
    QuarantineReason.CLOCK_AHEAD: QT_TRANSLATE_NOOP("EnumLabels", "Đồng hồ máy gửi chạy nhanh"),
    QuarantineReason.FUTURE_DATE: QT_TRANSLATE_NOOP("EnumLabels", "Ngày ở tương lai"),
    QuarantineReason.OWNER_CONFLICT: QT_TRANSLATE_NOOP("EnumLabels", "Mã thuộc đơn vị khác"),
    QuarantineReason.OWN_RECORD: QT_TRANSLATE_NOOP("EnumLabels", "Bản ghi của đơn vị này"),
    QuarantineReason.OFFICIAL_UNIT: QT_TRANSLATE_NOOP("EnumLabels", "Trùng đơn vị hành chính"),
    QuarantineReason.OUTSIDE_SUBTREE: QT_TRANSLATE_NOOP("EnumLabels", "Ngoài địa bàn đơn vị gửi"),
    QuarantineReason.SHARED_TOPIC: QT_TRANSLATE_NOOP("EnumLabels", "Sửa chuyên đề dùng chung"),
    QuarantineReason.PROTECTED_KEY: QT_TRANSLATE_NOOP("EnumLabels", "Thu hồi khóa được bảo vệ"),
    QuarantineReason.FOREIGN_LINK: QT_TRANSLATE_NOOP("EnumLabels", "Liên kết tới đơn vị khác"),
}

# the same reasons in a sentence: the import's warnings, ``sotay quarantine list`` and the window
QUARANTINE_REASON_TEXTS: dict[QuarantineReason, str] = {
    QuarantineReason.CLOCK_AHEAD: QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Thời điểm ghi của bản ghi vượt quá giờ máy này hơn một ngày (đồng hồ máy gửi chạy nhanh)",
    ),
    QuarantineReason.FUTURE_DATE: QT_TRANSLATE_NOOP("EnumLabels", "Ngày tổ chức buổi ở tương lai"),
    QuarantineReason.OWNER_CONFLICT: QT_TRANSLATE_NOOP("EnumLabels", "Bản ghi đã có ở đây nhưng thuộc đơn vị khác"),
    QuarantineReason.OWN_RECORD: QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Đơn vị khác gửi một bản ghi của chính đơn vị này; chỉ đơn vị này ghi được bản ghi của mình",
    ),
    QuarantineReason.OFFICIAL_UNIT: QT_TRANSLATE_NOOP("EnumLabels", "Tệp định sửa một đơn vị hành chính chính thức"),
    QuarantineReason.OUTSIDE_SUBTREE: QT_TRANSLATE_NOOP(
        "EnumLabels", "Buổi, nhóm hoặc đơn vị tự tạo nằm ngoài địa bàn của đơn vị gửi"
    ),
    QuarantineReason.SHARED_TOPIC: QT_TRANSLATE_NOOP(
        "EnumLabels", "Tệp định đổi tên hoặc xóa một chuyên đề dùng chung; chuyên đề được giữ nguyên"
    ),
    QuarantineReason.PROTECTED_KEY: QT_TRANSLATE_NOOP(
        "EnumLabels", "Tệp định thu hồi khóa của máy này hoặc của đơn vị tổng hợp; không thu hồi"
    ),
    QuarantineReason.FOREIGN_LINK: QT_TRANSLATE_NOOP(
        "EnumLabels",
        "Bản ghi gắn với thành viên hoặc kênh của một đơn vị khác (khóa học, hội nghị, kênh hay bài đăng)",
    ),
}

PLATFORM_LABELS: dict[Platform, str] = {
    Platform.FANPAGE: QT_TRANSLATE_NOOP("EnumLabels", "Fanpage"),
    Platform.FACEBOOK_ACCOUNT: QT_TRANSLATE_NOOP("EnumLabels", "Tài khoản Facebook"),
    Platform.ZALO_GROUP: QT_TRANSLATE_NOOP("EnumLabels", "Nhóm Zalo"),
    Platform.ZALO_OA: QT_TRANSLATE_NOOP("EnumLabels", "Zalo OA"),
    Platform.YOUTUBE: QT_TRANSLATE_NOOP("EnumLabels", "YouTube"),
    Platform.TIKTOK: QT_TRANSLATE_NOOP("EnumLabels", "TikTok"),
}

# a reason code from a newer version: every reason added since reads as one of authorization
UNKNOWN_QUARANTINE_REASON = QT_TRANSLATE_NOOP("EnumLabels", "Đơn vị gửi không được phép ghi bản ghi này (%1)")

TABLES: dict[type[StrEnum], Mapping[Any, str]] = {
    Role: ROLE_LABELS,
    UnitKind: UNIT_KIND_LABELS,
    TalkFormat: TALK_FORMAT_LABELS,
    GroupKind: GROUP_KIND_LABELS,
    FollowUpStatus: FOLLOW_UP_STATUS_LABELS,
    FollowUpOutcome: FOLLOW_UP_OUTCOME_LABELS,
    QuarantineReason: QUARANTINE_REASON_LABELS,
    Platform: PLATFORM_LABELS,
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


def format_unit(value: str) -> str:
    """The word a count of talks of format ``value`` takes ("buổi phát thanh"); "cuộc" for a format
    from a newer version."""
    try:
        return TALK_FORMAT_UNITS[TalkFormat(value)]
    except ValueError:
        return TALK_FORMAT_UNITS[TalkFormat.OTHER]


def quarantine_reason_text(code: str, translate: Callable[[str], str] = str) -> str:
    """Why a row was set aside, in a sentence: Vietnamese as written, or through ``translate`` (the
    window's, under ``LABEL_CONTEXT``)."""
    try:
        return translate(QUARANTINE_REASON_TEXTS[QuarantineReason(code)])
    except ValueError:
        return translate(UNKNOWN_QUARANTINE_REASON).replace("%1", code)


# Why a sentence was drafted as a key point (``core/keypoints.py``): each with the value it names.
KEY_POINT_REASON_TEXTS: dict[str, str] = {
    "centrality": QT_TRANSLATE_NOOP("EnumLabels", "gần nội dung chung %1%"),
    "title": QT_TRANSLATE_NOOP("EnumLabels", "chung từ với tiêu đề %1%"),
    "section": QT_TRANSLATE_NOOP("EnumLabels", "thuộc mục “%1”"),
    "opening": QT_TRANSLATE_NOOP("EnumLabels", "câu mở đầu"),
    "cue": QT_TRANSLATE_NOOP("EnumLabels", "có từ nhấn mạnh: %1"),
    "item": QT_TRANSLATE_NOOP("EnumLabels", "một mục liệt kê"),
    "boilerplate": QT_TRANSLATE_NOOP("EnumLabels", "câu lặp lại ở nhiều tài liệu khác"),
}


def key_point_reason_text(kind: str, value: str, translate: Callable[[str], str] = str) -> str:
    """One reason a sentence was drafted, in Vietnamese or through ``translate`` (the window's)."""
    return translate(KEY_POINT_REASON_TEXTS[kind]).replace("%1", value)
