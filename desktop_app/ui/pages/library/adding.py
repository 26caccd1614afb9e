"""Adding documents to the library: files chosen or dropped are read first (checked, text read, old
TCVN3/VNI letters converted), the conversion is shown before and after for the user to accept, and
only then stored. A refused file stores nothing of the batch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from ....core.errors import SotayError
from ....services import Services
from ....services.library import AttachedFile
from ...widgets import Ask, Banner
from ...workers import Cancel, Failure, Progress, Runner, failure_of
from .legacy_preview import LegacyPreviewDialog

if TYPE_CHECKING:  # what the mixin builds on: the page's own Qt class
    _Widget = QWidget
else:
    _Widget = object


def read_files(
    services: Services, files: list[Path], progress: Progress, cancel: Cancel
) -> tuple[list[AttachedFile], list[str]]:
    """Runs in a worker: every file checked and its text read, before anything is stored; returns
    the files and what to tell about their text (not all readable, converted from an old encoding)."""
    attached: list[AttachedFile] = []
    warnings: list[str] = []
    for n, path in enumerate(files):
        if cancel():
            break
        progress(n, len(files), path.name)
        attached += services.library.read_attachments([path], warnings)
    return attached, warnings


def store_files(services: Services, attached: list[AttachedFile], progress: Progress, cancel: Cancel) -> list[str]:
    """Runs in a worker: one document per file read, all stored or none; returns their titles."""
    progress(0, 1, "")
    return [doc.title for doc in services.library.add_documents(attached)]


class LibraryAdding(_Widget):
    """The library page's adding: choose or drop files, see the conversion of old letters, store."""

    services: Services
    runner: Runner | None
    banner: Banner
    sig_changed: Signal

    def reload_topics(self) -> None: ...
    def refresh(self) -> None: ...

    def choose_files(self) -> None:
        files = Ask.open_files(
            self,
            self.tr("Chọn tài liệu"),
            self.tr("Tài liệu (*.pdf *.docx *.txt *.md *.png *.jpg *.jpeg *.gif *.webp)"),
        )
        if files:
            self.add_files(files)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [f for f in files if f.is_file()]
        if files:
            event.acceptProposedAction()
            self.add_files(files)

    def add_files(self, files: list[Path]) -> None:
        self.banner.show_message(self.tr("Đang thêm %Ln tệp…", "", len(files)), "info")
        self._in_worker(lambda services, progress, cancel: read_files(services, files, progress, cancel), self._read)

    def _read(self, result: tuple[list[AttachedFile], list[str]]) -> None:
        attached, warnings = result
        if not attached:
            return
        if any(f.legacy is not None for f in attached) and not LegacyPreviewDialog.ask(self, attached):
            self.banner.show_message(self.tr("Chưa thêm tài liệu nào."), "info")
            return
        self._in_worker(
            lambda services, progress, cancel: (store_files(services, attached, progress, cancel), warnings),
            self._added,
        )

    def _in_worker(self, call: Callable[[Services, Progress, Cancel], Any], on_done: Callable[[Any], None]) -> None:
        if self.runner is None:  # a page alone (tests, tools): here, on the page's connection
            try:
                on_done(call(self.services, lambda *_: None, lambda: False))
            except SotayError as exc:
                self._failed(failure_of(exc))
            return
        self.runner.run(self.services, call, on_done=on_done, on_failed=self._failed, unexpected="%1", owner=self)

    def _added(self, result: tuple[list[str], list[str]]) -> None:
        titles, warnings = result
        self.reload_topics()
        self.refresh()
        message = self.tr("Đã thêm: %1").replace("%1", "; ".join(titles))
        if warnings:
            self.banner.show_message(message + "\n" + "\n".join(warnings), "warning")
        else:
            self.banner.show_message(message, "success")
        self.sig_changed.emit()

    def _failed(self, failure: Failure) -> None:
        self.banner.show_message(self.tr("Chưa thêm được: %1").replace("%1", failure.message), "error")
