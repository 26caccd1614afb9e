"""The status bar on the narrow screens most users have (1280 and 1366 pixels wide), at 100 % and
150 % text: every text it shows stays whole or is cut with its full text in the tooltip, and no two
of its widgets overlap."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QEvent

pytestmark = pytest.mark.gui


def shown(window):
    bar = window.statusBar()
    return [
        w
        for w in (window.update_label, window.unit_label, window.export_label, window.waiting_label)
        if w.isVisible() and w.parent() is bar
    ]


@pytest.mark.parametrize("width", [1280, 1366])
@pytest.mark.parametrize("scale", [100, 150])
def test_status_bar_texts_do_not_overlap(app_controller, qtbot, qapp, demo_services, width, scale):
    from desktop_app.services.updates import SETTING
    from desktop_app.storage import settings

    # the longest thing the bar says: a newer version seen in a bundle from the province
    settings.put(
        demo_services.session.db,
        SETTING,
        {
            "version": "99.1.0",
            "sender_unit": "P82",
            "sender_name": "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp",
            "created_at": "2026-09-01T00:00:00Z",
        },
    )
    if scale != 100:
        old = app_controller.window
        app_controller.change_font(scale)
        qtbot.waitUntil(lambda: app_controller.window is not old and app_controller.window.isVisible())
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = app_controller.window
    window.setWindowState(window.windowState() & ~window.windowState().WindowMaximized)
    window.resize(width, 768)
    qtbot.waitExposed(window)
    window.refresh_status()
    qtbot.waitUntil(lambda: window.waiting_label.text().endswith("thay đổi") and "…" not in window.waiting_label.text())
    qtbot.wait(50)

    assert window.width() <= width, f"the window grew to {window.width()} px to fit its status bar"
    widgets = shown(window)
    assert window.update_label in widgets
    bar = window.statusBar().rect()
    for w in widgets:
        assert bar.contains(w.geometry()), f"{w.objectName() or w.text()!r} sticks out of the status bar"
        assert w.width() > 0
        whole = w.fontMetrics().horizontalAdvance(w.text()) <= w.contentsRect().width()
        assert whole or (w.toolTip() and "…" in w.text()), f"{w.text()!r} is cut without a tooltip"
    for a, b in itertools.combinations(widgets, 2):
        assert not a.geometry().intersects(b.geometry()), f"{a.text()!r} overlaps {b.text()!r}"
