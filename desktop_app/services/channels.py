"""Channels (fanpages, accounts, Zalo groups and OA, YouTube, TikTok) run by a unit or its
members, their monthly follower counts, and the import of a fanpage's Meta statistics."""

from __future__ import annotations

import builtins
import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core import validation
from ..core.channels import Channel, ChannelSnapshot, is_month, snapshot_id
from ..core.enums import Platform
from ..core.errors import ValidationError
from ..core.ids import uuid7
from ..core.rules import RULES, rule
from ..core.text import fold
from ..storage import channels as repo
from ..storage import force as force_repo
from ..storage import units as repo_units
from .fields import check_own, cleaned, enum_value, unit_code
from .meta_import import MetaImport, import_meta
from .session import Session

FOLLOWERS_CAP = rule("channel_snapshots", "followers").cap


@dataclass(frozen=True)
class ChannelLine:
    """A channel as the lists show it: its unit's name, its latest count and the change since the
    count before."""

    channel: Channel
    unit_name: str
    followers: int | None
    month: str | None
    growth: int | None

    @property
    def id(self) -> str:
        return self.channel.id


class ChannelService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def new(self, **fields: Any) -> Channel:
        """A channel from loose fields (the form, the command line), checked."""
        session = self._session
        fields = cleaned(fields)
        if isinstance(fields.get("platform"), str):
            fields["platform"] = enum_value(Platform, fields["platform"], "platform")
        fields.setdefault("platform", Platform.FANPAGE)
        fields["unit_code"] = unit_code(session, fields.get("unit_code"))
        fields["admin_member_id"] = fields.get("admin_member_id") or None
        channel = Channel(
            id=fields.pop("id", None) or uuid7(), owner_unit=session.installation.unit_code, hlc="", **fields
        )
        return _checked(channel)

    def save(self, channel: Channel) -> Channel:
        session = self._session
        channel = _checked(channel)
        check_own(session, channel.owner_unit)
        if channel.unit_code not in session.own_units():
            raise ValidationError(
                f"Đơn vị {channel.unit_code} không thuộc đơn vị của máy này.",
                f"unit {channel.unit_code} is outside this installation",
                field="unit_code",
            )
        admin = self.roster_member(channel.unit_code, channel.admin_name)
        return repo.save_channel(
            session.db, dataclasses.replace(channel, admin_member_id=admin, hlc=session.next_version())
        )

    def roster_member(self, unit: str, name: str) -> str | None:
        """The roster member of ``unit`` an administrator's name names (accents and case aside), so a
        channel counts for the member who runs it; None when the name is nobody on the roster."""
        wanted = fold(name)
        members = force_repo.list_members(self._session.db, (unit,))
        return next((m.id for m in members if wanted and fold(m.name) == wanted), None)

    def add(self, **fields: Any) -> Channel:
        return self.save(self.new(**fields))

    def delete(self, channel_id: str) -> Channel:
        channel = repo.get_channel(self._session.db, channel_id)
        check_own(self._session, channel.owner_unit)
        return repo.save_channel(
            self._session.db, dataclasses.replace(channel, deleted=True, hlc=self._session.next_version())
        )

    def get(self, channel_id: str) -> Channel:
        return repo.get_channel(self._session.db, channel_id)

    def list(self, unit_codes: Sequence[str] = ()) -> builtins.list[ChannelLine]:
        """The channels of this installation's units (at an aggregator, of every unit under it);
        ``unit_codes`` keeps only those units'."""
        db = self._session.db
        units = [u for u in self._session.own_units() if not unit_codes or u in unit_codes]
        names = repo_units.unit_names(db, units)
        lines = []
        for channel in repo.list_channels(db, units):
            counts = repo.snapshots(db, channel.id)
            latest = counts[-1] if counts else None
            growth = latest.followers - counts[-2].followers if len(counts) > 1 and latest else None
            lines.append(
                ChannelLine(
                    channel,
                    names.get(channel.unit_code, channel.unit_code),
                    latest.followers if latest else None,
                    latest.month if latest else None,
                    growth,
                )
            )
        return lines

    def snapshot(self, channel_id: str, month: str, followers: int) -> ChannelSnapshot:
        """Record how many followed the channel in ``month`` (``YYYY-MM``); a second count for the
        same month replaces the first."""
        session = self._session
        channel = repo.get_channel(session.db, channel_id)
        check_own(session, channel.owner_unit)
        month = month.strip()
        if not is_month(month):
            raise validation.fail(
                "month", f"“{month}” không phải một tháng dạng NĂM-THÁNG (2026-10).", "month not YYYY-MM"
            )
        if not 0 <= followers <= FOLLOWERS_CAP:
            raise validation.fail("followers", "số người theo dõi phải từ 0 trở lên.", "followers out of range")
        snap = ChannelSnapshot(
            snapshot_id(channel_id, month),
            session.installation.unit_code,
            session.next_version(),
            channel_id,
            month,
            followers,
        )
        repo.save_snapshot(session.db, snap)
        return snap

    def snapshots(self, channel_id: str) -> builtins.list[ChannelSnapshot]:
        return repo.snapshots(self._session.db, channel_id)

    def import_meta(
        self,
        paths: Sequence[Path],
        channel_id: str | None = None,
        as_of: dt.date | str | None = None,
        create_talks: bool = False,
        dry_run: bool = False,
    ) -> MetaImport:
        """Read Meta Business Suite exports into a fanpage's figures (see ``meta_import``)."""
        day = validation.parse_date("as_of", as_of) if isinstance(as_of, str) else as_of
        return import_meta(self._session, paths, channel_id, day, create_talks, dry_run)


def _checked(channel: Channel) -> Channel:
    """The shared field rules (``core.rules``), so a receiver never refuses a channel saved here."""
    for r in RULES["channels"]:
        if r.kind == "text":
            if r.required:
                validation.require_text(r.name, getattr(channel, r.name))
            validation.check_length(r.name, getattr(channel, r.name), r.cap)
    return channel
