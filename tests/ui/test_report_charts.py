"""The report page's charts: the same drawing and words as the PDF's in Vietnamese, the window's
language in English, and text that grows with the text size preference."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.labels import TALK_FORMAT_LABELS, TALK_FORMAT_UNITS, format_unit
from desktop_app.reports import periods
from desktop_app.reports.charts import chart_fonts, chart_specs
from desktop_app.ui.i18n import Language

pytestmark = pytest.mark.gui
Q3 = periods.parse("2026-Q3")


def built_page(qtbot, services):
    from desktop_app.ui.pages.reports import ReportsPage

    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.set_period(Q3)
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.show_button.click()
    return page


def test_vietnamese_window_draws_the_charts_of_the_pdf(qtbot, demo_services, qm_dir):
    page = built_page(qtbot, demo_services)
    assert [page.bar_chart.spec, page.line_chart.spec] == chart_specs(page.report)
    assert page.line_chart.spec.title == "Số cuộc theo tháng"
    assert [label for label, _n in page.line_chart.spec.items] == ["T7", "T8", "T9"]
    formats = page.report.breakdowns["format"]
    assert page.bar_chart.spec.value_words == tuple(format_unit(r.key) for r in formats)
    page.runner.cancel_all()


def test_english_window_translates_titles_months_and_formats(qtbot, demo_services, qm_dir):
    language = Language()
    assert language.install("en")
    try:
        page = built_page(qtbot, demo_services)
        bars, line = page.bar_chart.spec, page.line_chart.spec
        assert (bars.title, line.title) == ("Outreach by format", "Sessions by month")
        assert [label for label, _n in line.items] == ["Jul", "Aug", "Sep"]
        english_formats = {english for english, _n in bars.items}
        assert english_formats and not english_formats & set(TALK_FORMAT_LABELS.values())
        assert bars.value_words and not set(bars.value_words) & set(TALK_FORMAT_UNITS.values())
        vietnamese = chart_specs(page.report)  # the files keep the report's language
        assert [n for _label, n in bars.items] == [n for _label, n in vietnamese[0].items]
        assert vietnamese[1].title == "Số cuộc theo tháng"
        page.grab()  # paints both charts with the English words
        page.runner.cancel_all()
    finally:
        language.install("vi")
        QApplication.processEvents()


def test_chart_text_is_the_window_text_size_and_follows_the_preference(qtbot, app_controller):
    from PySide6.QtGui import QFontInfo

    window = app_controller.window
    window.open_page("reports")
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    chart = page.bar_chart

    def chart_text_px() -> int:
        return chart_fonts(chart.family, chart.scale(), chart.text_scale())[1].pixelSize()

    normal = chart_text_px()
    assert normal == QFontInfo(chart.font()).pixelSize()
    app_controller.apply_font(150)
    assert chart_text_px() == QFontInfo(chart.font()).pixelSize()
    assert chart_text_px() == pytest.approx(1.5 * normal, abs=1)
    chart.grab()  # paints with the larger text


def test_a_long_bar_chart_gets_a_line_and_a_half_per_bar_at_any_text_size(qtbot, app_controller):
    from PySide6.QtGui import QFontInfo

    from desktop_app.reports.charts import ChartSpec

    page = app_controller.window.pages["reports"]
    chart = page.bar_chart
    chart.set_spec(ChartSpec("bars", "Số cuộc theo đơn vị", tuple((f"Xã {i}", i) for i in range(15))))
    assert chart.minimumHeight() >= 15 * 1.5 * QFontInfo(chart.font()).pixelSize()
    app_controller.apply_font(150)
    assert chart.minimumHeight() >= 15 * 1.5 * QFontInfo(chart.font()).pixelSize()
    area = page.tabs.widget(0)
    assert area.widget().isAncestorOf(chart)  # the charts scroll when the window is shorter
