"""The sentence above the import table, from how the batch's files fall out: files ready (or
imported), files whose every record is set aside ("Tạm giữ cả tệp": said as what will happen, never
as "ready … with warnings"), files refused. One function for the preview, one for the result."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ....services.exchange import FileOutcome
from ... import i18n
from ...i18n import tr
from .models import status_word


@dataclass(frozen=True)
class BatchCounts:
    kept: int = 0  # files whose records go into use (previewed or applied)
    warned: int = 0  # of those, files with something to read in the last column
    held_whole: int = 0  # files read whole but with every record set aside
    refused: int = 0  # files refused (or stopped) as a whole
    held_records: int = 0  # records set aside, over every file read
    urgent: int = 0  # urgent concerns the files bring

    @classmethod
    def of(cls, files: Iterable[FileOutcome], done: str, not_done: tuple[str, ...]) -> BatchCounts:
        """The counts of files whose status is ``done`` (``previewed`` or ``applied``) or one of
        ``not_done``."""
        read = [o for o in files if o.status == done]
        kept = [o for o in read if not o.only_set_aside]
        return cls(
            kept=len(kept),
            warned=sum(status_word(o)[1] == "warning" for o in kept),
            held_whole=len(read) - len(kept),
            refused=sum(o.status in not_done for o in files),
            held_records=sum(o.counts.get("quarantined", 0) for o in read),
            urgent=sum(o.urgent for o in kept),
        )


def preview_banner(c: BatchCounts) -> tuple[str, str]:
    """The preview's sentence and its banner kind, for a batch with something to import."""
    parts = []
    if c.kept:
        parts.append(
            tr("%1 tệp sẵn sàng nhập, %2 tệp bị từ chối%3.")
            .replace("%1", i18n.number(c.kept))
            .replace("%2", i18n.number(c.refused))
            .replace("%3", tr(", có cảnh báo") if c.warned else "")
        )
    elif c.refused:
        parts.append(tr("%1 tệp bị từ chối.").replace("%1", i18n.number(c.refused)))
    if c.held_whole:
        parts.append(
            tr(
                "%1 tệp sẽ được tạm giữ cả tệp: không bản ghi nào của tệp được dùng cho đến khi bạn xem xét "
                "(lý do ở cột cuối)."
            ).replace("%1", i18n.number(c.held_whole))
        )
    parts.append(tr("Xem bảng dưới rồi bấm “Nhập”."))
    quiet = not (c.refused or c.warned or c.held_whole)
    return " ".join(parts), "info" if quiet else "warning"


def result_banner(c: BatchCounts) -> tuple[str, str]:
    """The result's sentence (without the backup and the gaps, which the page adds) and its kind."""
    parts = []
    if c.kept or not c.held_whole:
        parts.append(
            tr("Đã nhập %1 tệp; %2 tệp không nhập.")
            .replace("%1", i18n.number(c.kept))
            .replace("%2", i18n.number(c.refused))
        )
    elif c.refused:
        parts.append(tr("%1 tệp không nhập.").replace("%1", i18n.number(c.refused)))
    if c.held_whole:
        parts.append(
            tr("%1 tệp được tạm giữ cả tệp: không bản ghi nào của tệp được dùng.").replace(
                "%1", i18n.number(c.held_whole)
            )
        )
    if c.warned:
        parts.append(tr("Có cảnh báo: xem cột cuối."))
    if c.held_records:
        parts.append(tr("%Ln bản ghi bị tạm giữ: xem “Bản ghi tạm giữ”.", "", c.held_records))
    if c.urgent:
        parts.append(tr("%Ln ý kiến khẩn: xem trang Tổng quan.", "", c.urgent))
    quiet = not (c.refused or c.warned or c.held_whole)
    return " ".join(parts), "success" if quiet else "warning"
