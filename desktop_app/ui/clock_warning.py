"""The start-up warning when the stored clock runs far ahead of the computer's clock.

Everything saved from such a clock carries a future time, and the aggregator sets those records
aside as “clock_ahead” until that day comes. The window says how far ahead, why it matters and what
to do, offers the guided reset (the same as ``sotay clock reset``), and keeps a line in the status
bar while the clock stays ahead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ..core.errors import StorageError
from ..services import Services
from .i18n import tr
from .widgets import Ask
from .workers import Failure

if TYPE_CHECKING:
    from .main_window import MainWindow


def ahead_text(ms: int) -> str:
    hours = ms // 3_600_000
    if hours >= 48:
        return tr("%Ln ngày", "", hours // 24)
    return tr("%Ln giờ", "", max(hours, 1))


def warning_text(services: Services) -> str | None:
    """The warning in the reader's language, or None when the clock is fine."""
    ahead = services.maintenance.clock_ahead_ms()
    if not ahead:
        return None
    stored, now = services.maintenance.clock_dates()
    return (
        tr(
            "Đồng hồ lưu trong dữ liệu chạy nhanh hơn đồng hồ máy tính khoảng %1 (dữ liệu: %2, máy tính: %3). "
            "Mọi bản ghi lưu lúc này sẽ mang thời điểm tương lai đó, và đơn vị tổng hợp sẽ tạm giữ chúng "
            "(lý do “clock_ahead”) cho đến ngày đó."
        )
        .replace("%1", ahead_text(ahead))
        .replace("%2", f"{stored:%d/%m/%Y}")
        .replace("%3", f"{now:%d/%m/%Y}")
    )


class ClockAheadDialog:
    """Asks whether to reset the stored clock now. Tests replace ``ask``."""

    @staticmethod
    def ask(parent: QWidget, warning: str, computer_day: str) -> bool:
        return Ask.confirm(
            parent,
            tr("Đồng hồ chạy nhanh"),
            warning
            + "\n\n"
            + tr(
                "Hãy xem ngày giờ của máy tính (góc dưới màn hình): hôm nay có đúng là %1 không?\n\n"
                "• Nếu máy tính đang sai: chọn “Để sau”, chỉnh ngày giờ của máy tính rồi mở lại chương trình.\n"
                "• Nếu máy tính đúng: chọn “Đặt lại đồng hồ”. Dữ liệu được sao lưu trước; các bản ghi lưu lúc "
                "đồng hồ chạy nhanh được ghi lại phiên bản mới và gửi lại trong tệp gửi lên kế tiếp. Hãy báo đơn "
                "vị tổng hợp bỏ (không giải phóng) các bản ghi của đơn vị mình đang bị tạm giữ vì đồng hồ."
            ).replace("%1", computer_day),
            tr("Đặt lại đồng hồ"),
            tr("Để sau"),
            default_no=True,
        )


def reset_work(services: Services, _progress: object, _cancel: object) -> int:
    return services.maintenance.reset_clock()


def check_clock(window: MainWindow) -> None:
    """At start: warn (status bar line and question) when the stored clock is far ahead."""
    services = window.services
    try:
        text = warning_text(services)
    except StorageError:  # a damaged or locked database: the health check at start says so, once
        return
    if text is None:
        window.clock_label.hide()
        return
    window.clock_label.setText(
        tr("Đồng hồ chạy nhanh %1: bản ghi lưu lúc này sẽ bị cấp trên tạm giữ.").replace(
            "%1", ahead_text(services.maintenance.clock_ahead_ms())
        )
    )
    window.clock_label.setToolTip(text)
    window.clock_label.show()
    _, now = services.maintenance.clock_dates()
    if not ClockAheadDialog.ask(window, text, f"{now:%d/%m/%Y}"):
        return

    def done(count: int) -> None:
        services.maintenance.reload_clock()
        window.clock_label.hide()
        Ask.inform(
            window,
            tr("Đã đặt lại đồng hồ"),
            tr(
                "Đã đặt lại đồng hồ. %Ln bản ghi được ghi lại phiên bản mới và sẽ có trong tệp gửi lên kế tiếp.",
                "",
                count,
            ),
            tr("Đóng"),
        )

    def failed(failure: Failure) -> None:
        Ask.inform(window, tr("Chưa đặt lại được đồng hồ"), failure.message, tr("Đóng"))

    window.runner.run(services, reset_work, on_done=done, on_failed=failed)
