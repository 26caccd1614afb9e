"""The Báo cáo page writes and prints the report of the period and unit chosen in the form, even when
"Xem báo cáo" was not pressed after choosing them (the file once said "tháng 10" for Quý III)."""

from __future__ import annotations

import pytest
from pdf_text import read_pdf

from desktop_app.reports import periods

pytestmark = pytest.mark.gui
Q3 = periods.parse("2026-Q3")


@pytest.fixture
def page(qtbot, demo_services):
    from desktop_app.ui.pages.reports import ReportsPage

    p = ReportsPage(demo_services)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    with qtbot.waitSignal(p.sig_built, timeout=20000):
        p.show_button.click()  # the default month is on screen
    yield p
    p.runner.cancel_all()


def test_pdf_export_without_showing_first_writes_the_chosen_quarter(qtbot, page, tmp_path, monkeypatch):
    from desktop_app.ui import widgets

    shown = page.report.period
    assert shown != Q3
    page.set_period(Q3)
    target = tmp_path / "q3.pdf"
    suggested = []
    monkeypatch.setattr(widgets.Ask, "save_file", staticmethod(lambda *a: suggested.append(a[2]) or target))
    with qtbot.waitSignal(page.sig_exported, timeout=30000):
        page.pdf_button.click()
    pdf = read_pdf(target)
    assert pdf.has(f"Kết quả công tác tuyên truyền miệng {Q3.label}")
    assert not pdf.has(shown.label)
    assert suggested == ["bao-cao-30130-2026-Q3.pdf"]
    assert page.report.period == Q3  # the screen shows what was written


def test_xlsx_export_before_any_build_writes_the_form_report(qtbot, demo_services, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from desktop_app.ui import widgets
    from desktop_app.ui.pages.reports import ReportsPage

    page = ReportsPage(demo_services)
    qtbot.addWidget(page)
    page.set_period(Q3)  # nothing built yet: the export builds the form's report
    target = tmp_path / "q3.xlsx"
    monkeypatch.setattr(widgets.Ask, "save_file", staticmethod(lambda *a: target))
    with qtbot.waitSignal(page.sig_exported, timeout=30000):
        page.export("xlsx")
    heading = load_workbook(target)["Tổng hợp"].cell(1, 1).value
    assert Q3.label in heading and page.report.period == Q3
    page.runner.cancel_all()


def test_print_without_showing_first_prints_the_chosen_quarter(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(page, "ask_printer", lambda: printer)
    page.set_period(Q3)
    page.print_report()
    qtbot.waitUntil(lambda: "trang" in page.banner.text(), timeout=30000)
    assert read_pdf(tmp_path / "printed.pdf").has(f"Kết quả công tác tuyên truyền miệng {Q3.label}")
