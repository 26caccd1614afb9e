"""Who is missing this period, in the window: the reports page's status line and reminder, and the
aggregator's home (the period's received / late / missing / set aside, packs sent and read, no
commune buttons) whose link opens the reports page on that period's status. October 2026, seen on
20 November: one commune on time, one late, one partial, the rest of the province silent."""

from __future__ import annotations

import shutil

import pytest
from exchange_helpers import PROVINCE
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel
from reporting_month import ReportingMonth, reporting_month

from desktop_app.services.reports import ReportService

pytestmark = pytest.mark.gui
OCTOBER = ReportService.period("2026-10")


@pytest.fixture(scope="module")
def month(tmp_path_factory):
    return reporting_month(tmp_path_factory.mktemp("reporting-month-ui"))


@pytest.fixture
def aggregator(month, tmp_path):
    copy = ReportingMonth(shutil.copytree(month.aggregator, tmp_path / "a"), month.on_time, month.late, month.partial)
    s = copy.open()
    yield s
    s.close()


def test_the_reports_page_says_who_reported_and_offers_the_reminder(qtbot, aggregator, month):
    from desktop_app.ui.pages.reports import ReportsPage

    page = ReportsPage(aggregator)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    assert not page.status_line.isVisible()  # nothing built yet
    page.set_period(OCTOBER)
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.show_button.click()
    status = aggregator.reports.status(PROVINCE, OCTOBER)
    n = status.expected
    assert page.status_line.isVisible()
    assert page.status_line.label.text() == (
        f"2/{n} đã báo cáo, đúng hạn 1, trễ 1; chưa báo cáo {n - 2} (hạn 05/11/2026)"
    )
    page.status_line.reminder_button.click()
    dialog = page.status_line.dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert text == aggregator.reports.reminder(status)
    assert aggregator.units.get(month.partial).name in text and aggregator.units.get(month.late).name not in text
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == text and dialog.copied.text() == "Đã sao chép."
    dialog.close()
    page.runner.cancel_all()


def test_a_commune_report_has_no_status_line(qtbot, demo_services):
    from desktop_app.ui.pages.reports import ReportsPage

    page = ReportsPage(demo_services)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.show_button.click()
    assert page.status is None and not page.status_line.isVisible()
    page.runner.cancel_all()


def test_the_aggregator_home_shows_the_period_and_opens_its_status(qtbot, aggregator, month):
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(aggregator)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    home = window.pages["home"]
    qtbot.waitUntil(lambda: bool(home.period.text()), timeout=5000)
    assert not home.new_button.isVisible() and not home.send_button.isVisible()
    assert home.receive_button.isVisible() and home.read_button.isVisible()
    status = aggregator.reports.status(PROVINCE, OCTOBER)
    n = status.expected
    assert home.status_line.label.text().startswith(f"2/{n} đã báo cáo, đúng hạn 1, trễ 1;")
    assert home.period_card.findChild(QLabel, "h2").text() == "Kỳ báo cáo: tháng 10/2026"
    card = home.period.text()
    for label, value in (
        ("Đã nhận", f"2/{n}"),
        ("Đúng hạn", "1"),
        ("Trễ hạn", "1"),
        ("Chưa báo cáo", str(n - 2)),
        ("Bản ghi tạm giữ", str(aggregator.quarantine.count())),
        ("Gói tài liệu đã gửi", "0"),
    ):
        assert f"<td>{label}</td><td align='right' style='padding-left:16px'><b>{value}</b>" in card
    assert f"{n - 2} đơn vị chưa báo cáo kỳ này" in home.attention.text()
    first_ten = ", ".join(r.name for r in status.not_received[:10])
    assert f"kỳ này:</b> {first_ten} và {n - 12} đơn vị khác <a href='status:'>Xem</a>" in home.attention.text()
    home.status_line.view_button.click()
    reports = window.pages["reports"]
    assert window.current_page() == "reports"
    assert reports.selected_period() == OCTOBER and reports.selected_unit() == PROVINCE
    qtbot.waitUntil(lambda: reports.status is not None, timeout=20000)
    assert reports.tabs.currentWidget() is reports.views["status"]
    assert reports.status_line.label.text() == home.status_line.label.text()
    window.open_page("home")
    reports.set_period(ReportService.period("2026-09"))
    home.attention.linkActivated.emit("status:")  # the "Xem" link after the names
    assert window.current_page() == "reports" and reports.selected_period() == OCTOBER
    reports.runner.cancel_all()


def test_a_pack_sent_down_and_read_counts_on_the_aggregator_home(qtbot, aggregator, tmp_path):
    from exchange_helpers import Factory

    from desktop_app.ui.pages.home import HomePage

    leaflet = tmp_path / "to-roi.txt"
    leaflet.write_text("Tờ rơi: phòng chống lừa đảo qua mạng.", encoding="utf-8")
    doc = aggregator.library.add_document(files=[leaflet], title="Phòng chống lừa đảo", topics=["An ninh mạng"])
    aggregator.exchange.export_pack(document_ids=[doc.id], to=tmp_path / "down")
    factory = Factory(tmp_path)
    reader = factory.communes(4)[3]  # a commune that has sent nothing yet
    commune = factory.make("xa", reader)
    try:
        commune.exchange.import_files(commune.exchange.plan([tmp_path / "down"], trust_all=True))
        commune.library.mark_read(doc.id)
        commune.exchange.export_log(tmp_path / "up")
    finally:
        commune.close()
    summary = aggregator.exchange.import_files(aggregator.exchange.plan([tmp_path / "up"], trust_all=True))
    assert [f.status for f in summary.files] == ["applied"]
    home = HomePage(aggregator)
    qtbot.addWidget(home)
    home.activated()
    card = home.period.text()
    assert "<td>Gói tài liệu đã gửi</td><td align='right' style='padding-left:16px'><b>1</b>" in card
    assert "<td>Tài liệu đã có đơn vị đọc</td><td align='right' style='padding-left:16px'><b>1/1</b>" in card


def test_a_commune_home_keeps_its_buttons(window):
    home = window.pages["home"]
    assert home.new_button.isVisible() and home.send_button.isVisible()
    assert not home.receive_button.isVisible() and not home.period_card.isVisible()
    assert home.status_line is None


def test_the_due_day_is_set_in_the_settings_and_moves_the_status(qtbot, aggregator, month):
    from desktop_app.ui.pages.settings import SettingsPage

    page = SettingsPage(aggregator)
    qtbot.addWidget(page)
    page.show()
    assert page.due_days.isVisible() and page.due_days.value() == 5 and page.cycle_start.value() == 1
    assert "từ 01/10/2026 đến 31/10/2026, hạn gửi 05/11/2026" in page.due_example.text()
    page.due_days.setValue(15)
    assert aggregator.reports.rule().due_days == 15
    assert "hạn gửi 15/11/2026" in page.due_example.text()
    late = {r.code: r.status for r in aggregator.reports.status(PROVINCE, OCTOBER).rows}[month.late]
    assert late == "on_time"  # made on 12/11, now within the deadline
    page.cycle_start.setValue(15)
    assert aggregator.reports.current_period().start.day == 15
    assert "từ 15/10/2026 đến 14/11/2026, hạn gửi 29/11/2026" in page.due_example.text()


def test_a_commune_has_no_due_day_setting(qtbot, demo_services):
    from desktop_app.ui.pages.settings import SettingsPage

    page = SettingsPage(demo_services)
    qtbot.addWidget(page)
    page.show()
    assert not page.due_days.isVisible()
