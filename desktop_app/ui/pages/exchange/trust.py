"""The exchange page's questions about sender keys after a preview: a worker finds the keys the
refused files wait on, then the new senders are asked about in one table and each changed key on
its own (``dialogs.ask_keys``); the batch is previewed again under the answers."""

from __future__ import annotations

from typing import Protocol

from ....core.errors import SotayError
from ....services import Services
from ....services.exchange import FileOutcome, ImportSummary, WaitingSender
from ... import i18n
from ...i18n import tr
from ...widgets import Banner
from ...workers import Failure, Runner, Worker, run_call
from .dialogs import ask_keys
from .work import senders_call

KEY_REASONS = ("unknown_key", "wrong_key")  # refusals a phone check can lift: a new sender, a changed key


class _KeyPage(Protocol):
    services: Services
    runner: Runner | None
    summary: ImportSummary | None
    trusted: set[str]
    worker: Worker | None
    banner: Banner

    def _busy(self, busy: bool) -> None: ...
    def _failed(self, failure: Failure) -> None: ...
    def _ask_keys(self, waiting: list[WaitingSender]) -> None: ...
    def preview(self) -> None: ...


class KeyQuestions:
    """Mixed into the exchange page (before its Qt base)."""

    def confirm_keys(self: _KeyPage) -> None:
        """Finds the sender keys the files wait on (reading them takes a worker), then asks."""
        self._busy(True)
        call = senders_call(list(self.summary.files if self.summary else []))
        self.worker = run_call(self.runner, self.services, call, on_done=self._ask_keys, on_failed=self._failed)

    def _ask_keys(self: _KeyPage, waiting: list[WaitingSender]) -> None:
        self.worker = None
        self._busy(False)
        if not any(w.changed or not set(w.files) <= self.trusted for w in waiting):  # nothing left to ask
            self.banner.show_message(tr("Không có khoá nào chờ xác nhận. Lý do ở cột cuối của bảng."), "warning")
            return
        try:
            confirmed, accepted = ask_keys(self.banner.window(), self.services.exchange, waiting, self.trusted)
        except SotayError as exc:
            self.banner.show_message(i18n.error_text(exc), "error")
            return
        self.trusted |= confirmed
        if confirmed or accepted:
            self.preview()


def waiting_text(refused: list[FileOutcome]) -> str:
    """What the preview says when files wait only for their senders' keys ("" when none do)."""
    waiting = sum(o.reason in KEY_REASONS for o in refused)
    if not waiting:
        return ""
    return tr(
        "%Ln tệp chờ xác nhận khoá của đơn vị gửi: bấm “Xác nhận khoá…” và đối chiếu dấu vân tay qua điện thoại.",
        "",
        waiting,
    )
