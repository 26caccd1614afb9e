"""Báo cáo: the audience tab shows talks in priority areas against the rest, the figures of the
report built for the same period (a group of the demo commune tagged "vùng sâu")."""

from __future__ import annotations

import pytest
from test_reports_page import Q3, built

from desktop_app.reports.build import build_report


@pytest.fixture
def page(qtbot, demo_services):
    from desktop_app.ui.pages.reports import ReportsPage

    busiest = demo_services.session.db.execute(
        "SELECT tg.group_id FROM talk_groups tg JOIN talks t ON t.id = tg.talk_id "
        "WHERE t.deleted = 0 AND t.held_on BETWEEN ? AND ? GROUP BY tg.group_id ORDER BY count(*) DESC LIMIT 1",
        [Q3.start.isoformat(), Q3.end.isoformat()],
    ).fetchone()[0]
    demo_services.groups.set_tags(busiest, ["vùng sâu"])
    p = ReportsPage(demo_services)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    yield p
    p.runner.cancel_all()


def test_the_audience_tab_compares_priority_areas_with_the_rest(qtbot, page, demo_services):
    built(qtbot, page)
    expected = build_report(demo_services.session.db, "30130", Q3, today=demo_services.session.today).areas
    model = page.areas.model
    shown = [[model.index(r, c).data(0x0100) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert shown == [
        [
            "Vùng ưu tiên" if a.tagged else "Còn lại",
            a.direct_talks,
            a.direct_attendance,
            a.online_talks,
            a.online_attendance,
        ]
        for a in expected
    ]
    assert expected[0].direct_talks + expected[0].online_talks > 0
    page.tabs.setCurrentWidget(page.areas)
    assert page.areas.view.isVisible() and not page.areas.view.verticalScrollBar().isVisible()  # both rows in view
