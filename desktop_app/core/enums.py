"""Closed lists of the domain. Values are stable codes stored in the database and in bundles."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    COMMUNE = "commune"
    AGGREGATOR = "aggregator"


class UnitKind(StrEnum):
    PROVINCE = "province"
    COMMUNE = "commune"  # xã, phường, đặc khu
    HAMLET = "hamlet"  # thôn, ấp, tổ dân phố, bản
    MASS_ORGANISATION = "mass_organisation"
    PARTY_CELL = "party_cell"
    LEGACY_DISTRICT = "legacy_district"
    CLUSTER = "cluster"

    @property
    def official(self) -> bool:
        return self in (UnitKind.PROVINCE, UnitKind.COMMUNE)


class TalkFormat(StrEnum):
    MEETING = "meeting"
    LOUDSPEAKER = "loudspeaker"
    ONLINE_CONFERENCE = "online_conference"
    ZALO_POST = "zalo_post"
    FANPAGE_POST = "fanpage_post"
    HOME_VISIT = "home_visit"
    OTHER = "other"

    @property
    def online(self) -> bool:
        return self in (TalkFormat.ONLINE_CONFERENCE, TalkFormat.ZALO_POST, TalkFormat.FANPAGE_POST)


class GroupKind(StrEnum):
    HAMLET = "hamlet"
    MASS_ORGANISATION = "mass_organisation"
    ZALO_GROUP = "zalo_group"
    FANPAGE = "fanpage"
    SCHOOL = "school"
    ENTERPRISE = "enterprise"
    OTHER = "other"


class FollowUpStatus(StrEnum):
    NONE = "none"
    OPEN = "open"
    DONE = "done"


# Vietnamese labels used by the command line and reports; the GUI translates through Qt Linguist.
LABELS_VI: dict[StrEnum, str] = {
    Role.COMMUNE: "Xã/phường (nhập nhật ký)",
    Role.AGGREGATOR: "Đơn vị tổng hợp",
    UnitKind.PROVINCE: "Tỉnh/thành phố",
    UnitKind.COMMUNE: "Xã/phường/đặc khu",
    UnitKind.HAMLET: "Thôn/ấp/tổ dân phố",
    UnitKind.MASS_ORGANISATION: "Đoàn thể",
    UnitKind.PARTY_CELL: "Chi bộ",
    UnitKind.LEGACY_DISTRICT: "Huyện cũ",
    UnitKind.CLUSTER: "Cụm",
    TalkFormat.MEETING: "Hội nghị, buổi nói chuyện",
    TalkFormat.LOUDSPEAKER: "Đài truyền thanh cơ sở",
    TalkFormat.ONLINE_CONFERENCE: "Điểm cầu trực tuyến",
    TalkFormat.ZALO_POST: "Bài đăng nhóm Zalo",
    TalkFormat.FANPAGE_POST: "Bài đăng fanpage",
    TalkFormat.HOME_VISIT: "Đến từng hộ",
    TalkFormat.OTHER: "Hình thức khác",
    GroupKind.HAMLET: "Thôn/ấp/tổ dân phố",
    GroupKind.MASS_ORGANISATION: "Đoàn thể",
    GroupKind.ZALO_GROUP: "Nhóm Zalo",
    GroupKind.FANPAGE: "Fanpage",
    GroupKind.SCHOOL: "Trường học",
    GroupKind.ENTERPRISE: "Doanh nghiệp",
    GroupKind.OTHER: "Khác",
    FollowUpStatus.NONE: "Không cần",
    FollowUpStatus.OPEN: "Đang theo dõi",
    FollowUpStatus.DONE: "Đã xong",
}
