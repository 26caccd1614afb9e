"""Keeping the data folder healthy: backups and restores, the integrity check, the search index an
interrupted import left behind, and a stored clock that runs ahead of the computer's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..core.clock import Hlc
from ..core.errors import DatabaseDamaged, StorageError, ValidationError
from ..core.vntime import vn_at
from ..storage import db as storage_db
from ..storage import restore as storage_restore
from ..storage import settings
from ..storage.faults import as_storage_error
from .session import Session


@dataclass(frozen=True)
class BackupCopy:
    """A backup as a person chooses it: when it was made (the Vietnam time written in its name) and
    what for (``manual``, ``before-import``...)."""

    path: Path
    made_at: dt.datetime | None
    reason: str


@dataclass(frozen=True)
class ClockState:
    """The stored clock against this computer's (``sotay clock show``)."""

    stored: str  # the last version written here
    stored_date: dt.date
    computer_date: dt.date
    ahead_ms: int
    far_ahead: bool  # enough that receivers would set aside what is written now


def backup_copy(path: Path) -> BackupCopy:
    found = storage_db.BACKUP_NAME.fullmatch(path.name)
    if found is None:
        return BackupCopy(path, None, "")
    try:
        made_at = dt.datetime.strptime(found.group(2), storage_db.BACKUP_STAMP)
    except ValueError:
        made_at = None
    return BackupCopy(path, made_at, found.group(3))


def good_backups(data_dir: Path) -> list[BackupCopy]:
    """The backups of ``data_dir`` that pass ``integrity_check``, newest first: what a damaged
    database can be restored from, found without opening the damaged file."""
    return [backup_copy(path) for path in storage_db.list_backups(data_dir) if not storage_db.file_problems(path)]


def restore_damaged(data_dir: Path, source: Path) -> Path:
    """Put ``source`` in place of a damaged database nobody has open; the damaged file is moved
    aside into ``backups/`` (returned), never deleted."""
    return storage_restore.restore_damaged(data_dir, source)


def damage_of(data_dir: Path, problems: list[str]) -> DatabaseDamaged:
    """What ``check`` found wrong with the database of ``data_dir``, with the copy to restore from."""
    db_path = data_dir / storage_db.DB_NAME
    return DatabaseDamaged(str(db_path), problems[0], problems, storage_db.newest_good_backup(data_dir))


def folder_fault(exc: BaseException, data_dir: Path) -> StorageError | None:
    """A fault of the data folder met outside the store's own translation (while opening it, say),
    as the store's typed error; None when it is not the data folder's (a file elsewhere, a bug)."""
    filename = getattr(exc, "filename", None) if isinstance(exc, OSError) else None
    if filename and not _inside(filename, data_dir):
        return None
    db_path = data_dir / storage_db.DB_NAME
    return as_storage_error(exc, db_path, lambda: storage_db.newest_good_backup(data_dir))


def _inside(filename: object, folder: Path) -> bool:
    try:
        return Path(str(filename)).resolve().is_relative_to(folder.resolve())
    except (OSError, TypeError, ValueError):
        return False


def ahead_text(ms: int) -> str:
    """“3 ngày”, “5 giờ”: how far a clock runs ahead, in Vietnamese."""
    hours = ms // 3_600_000
    return f"{hours // 24} ngày" if hours >= 48 else f"{max(hours, 1)} giờ"


class MaintenanceService:
    def __init__(self, session: Session) -> None:
        self._session = session

    def backup(self, reason: str = "manual") -> Path:
        session = self._session
        return storage_db.backup(session.db, session.data_dir, reason, now=vn_at(session.now_ms()))

    def backups(self) -> list[Path]:
        return storage_db.list_backups(self._session.data_dir)

    def backup_folder(self) -> Path:
        """Where backups are written (named in the in-app guide)."""
        return self._session.data_dir / storage_db.BACKUP_DIR

    def restore(self, source: Path) -> Path:
        safety = storage_restore.restore(self._session.db, self._session.data_dir, source)
        self._session.forget_identity()
        return safety

    def ensure_sound(self) -> None:
        """Refuse (``DatabaseDamaged``, with the copy to restore) a damaged file; checked once."""
        self._session.db.ensure_sound()

    def mark_sound(self) -> None:
        """Another connection found the same file sound: this one need not check it again."""
        self._session.db.sound = True

    def check(self) -> list[str]:
        return storage_db.integrity_problems(self._session.db)

    def complete_search_index(
        self, cancel: Callable[[], bool] | None = None, progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Index the talks and groups an import wrote but did not index yet (it was cancelled, or the
        program was closed while it indexed); returns how many. Nothing to do costs one count."""
        from ..storage import deferred_index, search_file

        db = self._session.db

        def complete() -> int:
            if not deferred_index.backlog_size(db):
                return 0
            return deferred_index.index_backlog(db, cancel=cancel, progress=progress)

        return search_file.healing(db, complete)

    def rebuild_summaries(self) -> int:
        """The report summaries again from the talks (they are kept with every write; this is the
        repair when in doubt); returns how many summary rows were written."""
        from ..storage import summaries

        return summaries.rebuild(self._session.db)

    def summaries_pending(self) -> int | None:
        """Cells of the report summaries waiting to be recomputed (0 normally; None: none kept)."""
        from ..storage import summaries

        return summaries.pending_cells(self._session.db)

    # --- clock safety -----------------------------------------------------------------------

    def reload_clock(self) -> None:
        """Read the stored clock again (another connection reset it)."""
        self._session.forget_identity()

    def clock_ahead_ms(self) -> int:
        """How far the stored clock runs ahead of this computer's clock when it is far enough that
        receivers would set aside what is written now (more than a day); otherwise 0."""
        if not self._session.initialised:
            return 0
        clock = self._session.clock
        return clock.ahead_ms() if clock.far_ahead() else 0

    def clock_warning(self) -> str | None:
        """The start-up warning (Vietnamese) when the stored clock is far ahead, else None."""
        ahead = self.clock_ahead_ms()
        if not ahead:
            return None
        stored, now = self.clock_dates()
        return (
            f"Đồng hồ lưu trong dữ liệu chạy nhanh hơn đồng hồ máy tính khoảng {ahead_text(ahead)} "
            f"(dữ liệu: {stored:%d/%m/%Y}, máy tính: {now:%d/%m/%Y}). Mọi bản ghi lưu lúc này sẽ mang thời "
            "điểm tương lai đó, và đơn vị tổng hợp sẽ tạm giữ chúng (lý do “clock_ahead”) cho đến ngày đó. "
            "Hãy kiểm tra ngày giờ của máy tính: nếu máy tính đang sai, hãy chỉnh lại rồi mở lại chương trình; "
            "nếu máy tính đúng, hãy đặt lại đồng hồ (sotay clock reset --yes)."
        )

    def clock_state(self) -> ClockState:
        stored, now = self.clock_dates()
        clock = self._session.clock
        return ClockState(clock.last, stored, now, clock.ahead_ms(), bool(self.clock_ahead_ms()))

    def clock_dates(self) -> tuple[dt.date, dt.date]:
        """The (UTC) day the stored clock says, and this computer's day."""

        def day(ms: int) -> dt.date:
            return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).date()

        return day(Hlc.parse(self._session.clock.last).ms), day(self._session.now_ms())

    def reset_clock(self) -> int:
        """Bring the stored clock back to this computer's clock, after a backup, in one transaction.

        Records this unit wrote while the clock was ahead get a new version (content unchanged, the
        old version kept in history) and the export chains restart from the reset point, so the next
        ordinary file carries them with versions receivers accept. Returns how many were re-versioned.
        Only for a clock that is far ahead: the person confirms first that the computer's own date
        is right."""
        from ..storage import ledger, records_repo

        session = self._session
        if not self.clock_ahead_ms():
            raise ValidationError(
                "Đồng hồ lưu trong dữ liệu không chạy nhanh: không cần đặt lại.",
                "the stored clock is not ahead of this computer's clock",
                field="clock",
            )
        if not session.clock.wall_clock_plausible():
            _, now = self.clock_dates()
            raise ValidationError(
                f"Ngày giờ của máy tính đang sai ({now:%d/%m/%Y}): hãy chỉnh ngày giờ của máy tính trước, "
                "rồi mở lại chương trình; không đặt lại đồng hồ về ngày đó.",
                "the computer's clock is before 2024: a dead clock battery, not a time to reset to",
                field="clock",
            )
        self.backup("before-clock-reset")
        clock = session.clock
        with session.db.atomic():
            floor = clock.reset()
            count = records_repo.reversion_ahead(
                session.db, session.installation.unit_code, session.now_ms(), clock.tick
            )
            ledger.rewind_export_watermarks(session.db, floor)
            settings.put(session.db, "clock", clock.last)
        return count
