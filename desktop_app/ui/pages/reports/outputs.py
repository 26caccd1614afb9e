"""The Báo cáo page's files and prints (XLSX, DOCX, PDF, printer), always of the unit and period the
form names: when another report is on screen (the person chose Quý III but did not press "Xem báo
cáo"), the form's report is built first and the file written from it, never from the last one built."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ....core.errors import SotayError
from ... import i18n

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtPrintSupport import QPrinter

    from ....services.reports import Period
    from .page import ReportsPage


class ReportOutputs(QObject):
    def __init__(self, page: ReportsPage) -> None:
        super().__init__(page)
        self.page = page
        self.waiting: tuple[int, Callable[[], None]] | None = None  # (build generation, output to run then)

    def export(self, kind: str) -> None:
        """Ask where, then write the form's report as ``kind`` (xlsx, docx, pdf)."""
        choice = self._form_choice()
        if choice is None:
            return
        unit, period = choice
        suggested = f"bao-cao-{unit}-{period.code.replace('..', '_')}.{kind}"
        path = self.page.dialogs.save_path(kind, suggested)
        if path is not None:
            self._when_shown(unit, period, lambda: self._write(kind, path))

    def print_report(self) -> None:
        """Ask which printer, then print the form's report."""
        choice = self._form_choice()
        if choice is None:
            return
        printer = self.page.ask_printer()
        if printer is not None:
            self._when_shown(*choice, lambda: self._print(printer))

    def built(self, generation: int) -> None:
        """A build finished and is shown: the output that waited for it runs now."""
        waiting, self.waiting = self.waiting, None
        if waiting is not None and waiting[0] == generation:
            waiting[1]()

    def _form_choice(self) -> tuple[str, Period] | None:
        """The unit and period in the form, or None (said in the banner) when its dates are wrong."""
        try:
            return self.page.selected_unit(), self.page.selected_period()
        except SotayError as exc:
            self.page.banner.show_message(i18n.error_text(exc), "error")
            return None

    def _when_shown(self, unit: str, period: Period, output: Callable[[], None]) -> None:
        report = self.page.report
        if report is not None and (report.unit_code, report.period) == (unit, period):
            output()
            return
        self.page.build()
        self.waiting = (self.page.generation, output)

    def _write(self, kind: str, path: Path) -> None:
        built, options = self.page.built, self.page.doc_options()
        if built is None:
            return
        self.page.progress_text.setText(self.tr("Đang ghi tệp…"))
        self.page.runner.run(
            self.page.services,
            lambda services, _progress, _cancel: services.reports.write(built, kind, path, options),
            on_done=self._written,
            on_failed=self.page.output_failed,
            unexpected=self.tr("Không lập được báo cáo: %1"),
        )

    def _written(self, path: object) -> None:
        self.page.progress_text.setText("")
        self.page.banner.show_message(self.tr("Đã lưu báo cáo vào %1").replace("%1", str(path)), "success")
        self.page.sig_exported.emit(str(path))

    def _print(self, printer: QPrinter) -> None:
        built, options = self.page.built, self.page.doc_options()
        if built is None or options is None:
            return
        pages = self.page.services.reports.print_to(built, options, printer, printer.resolution())
        self.page.banner.show_message(self.tr("Đã gửi %Ln trang tới máy in.", "", pages), "success")
