"""Closing the window during an import: the user is asked first (the file under way would not be
written), and told when the import finished while the question was open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from .i18n import tr
from .widgets import Ask

if TYPE_CHECKING:
    from .pages.exchange import ExchangePage


def may_close(window: QWidget, page: ExchangePage | None) -> bool:
    """True when the window may close: no import under way, or the user chose to stop it."""
    if page is None or page.worker is None or not page.writing or page.worker.cancelled:
        return True
    close = Ask.confirm(
        window,
        tr("Đang nhập tệp"),
        tr(
            "Các tệp đang được nhập. Nếu đóng bây giờ, việc nhập dừng lại: tệp đang nhập dở không được "
            "ghi, các tệp đã nhập xong vẫn được giữ. Đóng cửa sổ?"
        ),
        tr("Dừng nhập và đóng"),
        tr("Tiếp tục nhập"),
        default_no=True,
    )
    if close and (page.worker is None or page.worker.finished.is_set()):  # it ended during the question
        result = page.banner.label.text() if page.worker is None else tr("các tệp đã được ghi.")
        Ask.inform(
            window,
            tr("Đã nhập xong"),
            tr("Việc nhập đã xong trong lúc bạn trả lời: %1").replace("%1", result),
            tr("Đóng"),
        )
    return close
