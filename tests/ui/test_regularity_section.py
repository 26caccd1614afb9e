"""The Báo cáo page's "Đều đặn" section (under the charts): measured in a worker once the report
is built, the sentence of the whole, and the unit × week heatmap with the service's figures, drawn
with the peak weeks marked."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from desktop_app.reports import periods
from desktop_app.reports.heatmap import PEAK, cell_colour

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


def test_regularity_tab_shows_the_services_figures_and_heatmap(qtbot, page, demo_services):
    page.set_period(Q3)
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.show_button.click()
    tab = page.regularity
    qtbot.waitUntil(lambda: tab.report is not None, timeout=20000)
    assert page.tabs.currentIndex() == 0 and tab.isVisible()  # under the charts, the first tab
    expected = demo_services.regularity.measure("30130", Q3)
    assert tab.report.whole == expected.whole and expected.whole.activities > 0
    whole = expected.whole
    assert (
        f"Hoạt động diễn ra ở {whole.weeks_active}/{whole.weeks_total} tuần, dài nhất {whole.longest_gap_days} ngày"
    ) in tab.summary.text()

    spec = tab.heatmap.spec
    assert spec.rows == ["Xã Thanh Bình"] and len(spec.columns) == whole.weeks_total == 14
    assert sum(spec.values[0]) == whole.activities
    assert sum(1 for v in spec.values[0] if v) == whole.weeks_active
    assert spec.columns[0] == "29/6" and spec.columns[1] == ""  # Monday of the week of 1/7, then every fourth
    assert spec.peak_columns == {3, 4, 6, 7, 8, 9}  # the weeks of 27/7, 19/8, 2/9 and the weeks before

    qtbot.waitUntil(lambda: tab.heatmap.isVisible())
    image = tab.heatmap.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert QColor(PEAK).name() in colours
    assert cell_colour(spec.most, spec.most) in colours  # the busiest week, darkest
    assert cell_colour(0, spec.most) == "#ffffff"


def test_the_topic_month_heatmap_shows_the_reports_grid(qtbot, page, demo_services):
    page.set_period(Q3)
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.show_button.click()
    grid = page.built.report.topic_months
    spec = page.regularity.topic_heatmap.spec
    assert grid.topics and spec.rows == grid.topics and spec.values == grid.values
    assert spec.columns == ["T7", "T8", "T9"] and spec.title == "Số buổi theo chuyên đề và tháng"
    db = demo_services.session.db
    expected = db.execute(  # every talk of the quarter on a topic, counted once per topic
        "SELECT count(*) FROM talks t JOIN talk_topics tt ON tt.talk_id = t.id "
        "WHERE t.deleted = 0 AND t.held_on BETWEEN '2026-07-01' AND '2026-09-30'"
    ).fetchone()[0]
    assert sum(map(sum, spec.values)) == expected > 0
    assert spec.legend.startswith("Ô trắng: không có buổi nào") and str(spec.most) in spec.legend
    qtbot.waitUntil(lambda: page.regularity.topic_heatmap.isVisible())
    image = page.regularity.topic_heatmap.grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert cell_colour(spec.most, spec.most) in colours
