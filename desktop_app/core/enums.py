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


class FollowUpOutcome(StrEnum):
    """How a follow-up that is done ended: answered here, or transferred to the body that decides."""

    ANSWERED = "answered"
    TRANSFERRED = "transferred"


class QuarantineReason(StrEnum):
    """Why an import set a row aside instead of writing it (stored with the row; shown as labels)."""

    CLOCK_AHEAD = "clock_ahead"
    FUTURE_DATE = "future_date"
    OWNER_CONFLICT = "owner_conflict"
    OWN_RECORD = "own_record"
    OFFICIAL_UNIT = "official_unit"
    OUTSIDE_SUBTREE = "outside_subtree"
    SHARED_TOPIC = "shared_topic"
    PROTECTED_KEY = "protected_key"
    FOREIGN_LINK = "foreign_link"


class Platform(StrEnum):
    """Where a channel is run (issue 15)."""

    FANPAGE = "fanpage"
    FACEBOOK_ACCOUNT = "facebook_account"
    ZALO_GROUP = "zalo_group"
    ZALO_OA = "zalo_oa"
    YOUTUBE = "youtube"
    TIKTOK = "tiktok"
