"""The calendar of national days, anniversaries and campaign periods, edited locally, and the
reminders home shows for the entries that are near."""

from __future__ import annotations

import builtins

from ..core.calendar import CalendarEntry, Reminder, dated_reminders, entry, upcoming
from ..core.enums import Role
from ..core.errors import NotFoundError, NotInitialisedError, ValidationError
from ..core.ids import uuid7
from ..storage import calendar as repo
from ..storage import orientations as repo_orientations
from ..storage import settings
from .session import Session

REMIND_DAYS_SETTING = "pref.calendar.remind_days"
REMIND_DAYS_DEFAULT = 14
REMIND_DAYS_MAX = 366


class CalendarService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def list(self) -> list[CalendarEntry]:
        return repo.entries(self._session.db, self._own_unit)

    @property
    def _own_unit(self) -> str:
        """This unit (read once per session: home lists reminders before the start-up health check,
        which must be the one to report a damaged settings table)."""
        try:
            return self._session.installation.unit_code
        except NotInitialisedError:
            return ""

    @property
    def _shares(self) -> bool:
        """An aggregator's own entries travel down in its packs."""
        return bool(self._own_unit) and self._session.installation.role is Role.AGGREGATOR

    def get(self, entry_id: str) -> CalendarEntry:
        found = repo.find(self._session.db, entry_id, self._own_unit)
        if found is None:
            raise NotFoundError(f"Không có mục lịch “{entry_id}”.", f"calendar entry {entry_id!r} not found")
        return found

    def add(
        self, title: str, start: str, end: str | None = None, kind: str = "anniversary", major: bool = False
    ) -> CalendarEntry:
        item = entry(uuid7(), kind, title, start, end, major=major)
        with self._session.db.atomic():
            self._save(item, shared=self._shares)
        return item

    def edit(
        self,
        entry_id: str,
        title: str | None = None,
        start: str | None = None,
        end: str | None = None,
        kind: str | None = None,
        major: bool | None = None,
    ) -> CalendarEntry:
        """Change an entry; a shipped one is replaced here only (the shipped file is not touched); one
        from above is refused (hide it instead)."""
        old = self.get(entry_id)
        if old.from_above:
            raise ValidationError(
                f"Mục lịch “{old.title}” do cấp trên gửi xuống: chỉ ẩn được, không sửa được.",
                f"calendar entry {entry_id!r} belongs to {old.from_above}",
                field="id",
            )
        new_start = start or old.start
        item = entry(
            old.id,
            kind or old.kind.value,
            title or old.title,
            new_start,
            end or (old.end if old.end != old.start else None),
            shipped=old.shipped,
            major=old.major if major is None else major,
        )
        with self._session.db.atomic():
            self._save(item, shared=self._is_own_shared(old))
        return item

    def remove(self, entry_id: str) -> CalendarEntry:
        """Hides a shipped entry or one from above; withdraws an entry shared down (a tombstone the
        next pack carries); deletes a local one."""
        item = self.get(entry_id)
        session = self._session
        with session.db.atomic():
            if self._is_own_shared(item):
                repo.save_shared(session.db, item, self._own_unit, session.next_version(), deleted=True)
            else:
                repo.remove(session.db, item)
        return item

    def _save(self, item: CalendarEntry, shared: bool) -> None:
        """``shared``: an aggregator's own entry, a new version for its next pack; else a local row."""
        session = self._session
        if shared:
            repo.save_shared(session.db, item, self._own_unit, session.next_version())
        else:
            repo.save(session.db, item)

    def _is_own_shared(self, item: CalendarEntry) -> bool:
        return any(s.id == item.id and s.from_above == self._own_unit for s in repo.shared(self._session.db))

    @property
    def remind_days(self) -> int:
        return int(settings.get(self._session.db, REMIND_DAYS_SETTING, REMIND_DAYS_DEFAULT))

    def set_remind_days(self, days: int) -> None:
        if not 0 <= days <= REMIND_DAYS_MAX:
            raise ValidationError(
                f"Số ngày nhắc trước phải từ 0 đến {REMIND_DAYS_MAX}.", f"remind_days: {days}", field="remind_days"
            )
        settings.put(self._session.db, REMIND_DAYS_SETTING, days)

    def reminders(self, within_days: int | None = None) -> builtins.list[Reminder]:
        """The entries beginning within the days set (today included), with the key dates of the
        orientations received or issued here, nearest first."""
        days = self.remind_days if within_days is None else within_days
        today = self._session.today
        key_dates = [(k.on, k.label) for t in repo_orientations.listed(self._session.db) for k in t.key_dates]
        found = upcoming(self.list(), today, days) + dated_reminders(key_dates, today, days)
        return sorted(found, key=lambda r: (r.on, r.entry.title))
