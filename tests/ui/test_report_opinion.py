"""Báo cáo: the concerns tab shows, under the themes, how the matters raised in the period stand
(answered, transferred, followed, median and longest days to answer) and the table picked: the
themes with their change, the matters per unit, what needs attention; the figures of the report
built for the same period (issue 16, item 5)."""

from __future__ import annotations

import pytest
from test_reports_page import built

from desktop_app.reports import periods
from desktop_app.reports.build import build_report
from desktop_app.reports.opinion_text import days

YEAR = periods.parse("2026")  # the demo's follow-ups, open and answered


@pytest.fixture
def page(qtbot, demo_services):
    from desktop_app.ui.pages.reports import ReportsPage

    p = ReportsPage(demo_services)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    yield p
    p.runner.cancel_all()


def _rows(model):
    return [[model.index(r, c).data(0x0100) for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_concerns_tab_shows_how_the_matters_stand(qtbot, page, demo_services):
    built(qtbot, page, YEAR)
    op = build_report(demo_services.session.db, "30130", YEAR, today=demo_services.session.today).opinion
    r = op.resolution
    assert r.raised and r.timed  # the demo answers its older follow-ups some days later
    panel = page.opinion
    summary = panel.summary.text()
    assert (
        f"Việc cần theo dõi nêu trong kỳ: {r.raised} · đã trả lời {r.answered} · đã chuyển {r.transferred}" in summary
    )
    assert f"trung vị {days(r.median_days)} ngày, lâu nhất {days(r.longest_days)} ngày" in summary
    assert _rows(panel.model) == [[t.theme, t.talks, t.questions, t.change] for t in op.themes]
    panel.choice.setCurrentIndex(panel.choice.findData("waiting"))
    shown = _rows(panel.model)
    assert len(shown) == len(op.waiting) and [row[0] for row in shown] == [f"{w.held_on:%d/%m/%Y}" for w in op.waiting]
    page.tabs.setCurrentWidget(panel)
    assert panel.view.isVisible() and panel.summary.isVisible()
