"""The Báo cáo page: built in a worker, tables and charts equal the report, exports written through
the replaceable save dialog, printing through a replaceable printer, lock and unlock."""

from __future__ import annotations

import datetime as dt

import pytest
from pdf_text import read_pdf

from desktop_app.reports import fmt, periods
from desktop_app.reports.build import build_report

pytestmark = pytest.mark.gui
Q3 = periods.parse("2026-Q3")


@pytest.fixture
def page(qtbot, demo_services):
    from desktop_app.ui.pages.reports import ReportsPage

    p = ReportsPage(demo_services)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    yield p
    p.runner.cancel_all()


def built(qtbot, page, period=Q3):
    page.set_period(period)
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.show_button.click()
    return page.report


def test_default_period_is_last_month(page, demo_services):
    assert page.selected_period() == periods.previous("month", demo_services.session.today)
    assert page.selected_unit() == "30130"


def test_period_picker_round_trips(page):
    for code in ("2026-10", "2026-Q3", "2026-H1", "2026", "2026-02-03..2026-04-05"):
        p = periods.parse(code)
        page.set_period(p)
        assert page.selected_period() == p


def test_build_in_worker_and_show(qtbot, page, demo_services):
    report = built(qtbot, page)
    expected = build_report(demo_services.session.db, "30130", Q3, today=demo_services.session.today)
    assert report.totals == expected.totals
    assert page.figures["sessions"].text() == fmt.num(expected.totals.sessions)
    month = page.models["month"]
    assert month.rowCount() == 3
    assert [month.index(r, 1).data() for r in range(3)] == [
        fmt.num(r.figures.sessions) for r in expected.breakdowns["month"]
    ]
    assert page.line_chart.spec is not None and page.bar_chart.spec is not None
    assert not page.tabs.isTabVisible(page.tabs.indexOf(page.views["status"]))  # a commune: no status tab
    page.grab()  # paints the charts through reports.charts.draw


def test_models_pass_qtmodeltester(qtbot, qtmodeltester, page):
    built(qtbot, page)
    for model in page.models.values():
        qtmodeltester.check(model)


def test_exports_through_the_save_dialog(qtbot, page, tmp_path, monkeypatch):
    from docx import Document
    from openpyxl import load_workbook

    from desktop_app.ui import widgets

    report = built(qtbot, page)
    for kind in ("xlsx", "docx", "pdf"):
        target = tmp_path / f"out.{kind}"
        monkeypatch.setattr(widgets.Ask, "save_file", staticmethod(lambda *a, t=target: t))
        with qtbot.waitSignal(page.sig_exported, timeout=30000) as signal:
            page.export(kind)
        assert signal.args == [str(target)] and target.stat().st_size > 0
    wb = load_workbook(tmp_path / "out.xlsx")
    assert wb["Tổng hợp"].cell(4, 2).value == report.totals.sessions
    text = "\n".join(p.text for p in Document(str(tmp_path / "out.docx")).paragraphs)
    assert f"{fmt.num(report.totals.sessions)} cuộc có {fmt.num(report.totals.attendance)} lượt người dự" in text


def test_print_uses_the_same_layout(qtbot, page, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    built(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(page, "ask_printer", lambda: printer)
    page.print_report()
    assert (tmp_path / "printed.pdf").stat().st_size > 0
    assert "trang" in page.banner.text()


def test_lock_and_unlock_from_the_page(qtbot, page, monkeypatch):
    from desktop_app.ui import widgets

    built(qtbot, page)
    assert page.lock_button.isVisible() and not page.unlock_button.isVisible()
    monkeypatch.setattr(widgets.Ask, "confirm", staticmethod(lambda *a: True))
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.lock_period()
    assert page.report.lock is not None and "Đã chốt" in page.lock_label.text()
    assert page.unlock_button.isVisible()
    monkeypatch.setattr(page, "ask_reason", lambda: "Sửa số liệu")
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.unlock_period()
    assert page.report.lock is None


def test_cancel_leaves_the_page_usable(qtbot, page):
    page.set_period(periods.parse("2026"))
    page.build()
    page.cancel()
    assert page.show_button.isEnabled()
    built(qtbot, page)


def test_aggregator_sees_dash_for_silent_communes(qtbot, tmp_path):
    from desktop_app.core.enums import Role
    from desktop_app.services import Services
    from desktop_app.ui.pages.reports import ReportsPage

    s = Services.open(tmp_path / "agg", today=lambda: dt.date(2026, 11, 20))
    s.identity.init("P82", Role.AGGREGATOR, "Ban Tuyên giáo và Dân vận")
    try:
        page = ReportsPage(s)
        qtbot.addWidget(page)
        assert page.unit.findData("VN") >= 0
        report = built(qtbot, page, periods.parse("2026-10"))
        assert report.unit_code == "P82"
        units = page.models["unit"]
        assert units.rowCount() > 50 and units.index(0, 1).data() == "—"
        status = page.models["status"]
        assert status.index(0, 0).data() == "✗ Chưa báo cáo" and status.index(0, 3).data() == "—"
        page.runner.cancel_all()
    finally:
        s.close()


def test_first_visit_opens_on_figures(qtbot, demo_services):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_page("reports")
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    assert page.report.unit_code == demo_services.identity.installation.unit_code


def test_print_leaves_out_control_characters(qtbot, page, demo_services, tmp_path, monkeypatch):
    """A control character stored by an older version (here in every topic) is not printed."""
    import re

    from PySide6.QtPrintSupport import QPrinter

    demo_services.session.db.execute("UPDATE topics SET name = name || char(1)")
    built(qtbot, page)
    assert any("\x01" in row.label for row in page.report.breakdowns["topic"])
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(page, "ask_printer", lambda: printer)
    page.print_report()
    pdf = read_pdf(tmp_path / "printed.pdf")
    topic = page.report.breakdowns["topic"][0].label.replace("\x01", "")
    assert pdf.has(topic) and not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]", pdf.raw_text)


def test_a_refused_unlock_is_said_on_the_page(qtbot, page, monkeypatch):
    """The lock runs in the worker: a refusal comes back as its Vietnamese message, nothing changed."""
    from desktop_app.ui import widgets

    built(qtbot, page)
    monkeypatch.setattr(widgets.Ask, "confirm", staticmethod(lambda *a: True))
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.lock_period()
    monkeypatch.setattr(page, "ask_reason", lambda: "   ")
    page.unlock_period()
    qtbot.waitUntil(lambda: "lý do mở khóa" in page.banner.text(), timeout=20000)
    assert "Traceback" not in page.banner.text()
    assert page.report.lock is not None and page.unlock_button.isVisible()
