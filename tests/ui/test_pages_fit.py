"""Every page fits a 1366×768 screen at 150 % text in both languages (nothing cut, nothing outside the
window, the window never larger than the screen), and the window keeps its size when pages switch."""

from __future__ import annotations

import pytest
from page_walk import aggregator_window, problems, walk
from PySide6.QtCore import QEvent

pytestmark = pytest.mark.gui


def rebuilt(app_controller, qtbot, qapp, lang: str, scale: int):
    """The window as the user sees it after choosing ``lang`` and ``scale`` in Settings."""
    old = app_controller.window
    if lang != app_controller.lang:
        app_controller.apply_language(lang)
    app_controller.change_font(scale)
    qtbot.waitUntil(lambda: app_controller.window is not old and app_controller.window.isVisible())
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = app_controller.window
    window.setWindowState(window.windowState() & ~window.windowState().WindowMaximized)
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    return window


def talk_formats(window, qtbot, check) -> None:
    """The talk form with each format chosen (an online format shows other fields)."""
    window.open_page("talks")
    form = window.pages["talks"].form
    for index in range(form.format.count()):
        form.format.setCurrentIndex(index)
        qtbot.wait(20)
        check(f"talks / form as {form.format.itemText(index)}")


def check_fits(app_controller, qtbot, qapp, lang: str) -> None:
    window = rebuilt(app_controller, qtbot, qapp, lang, 150)
    window.open_page("reports")
    with qtbot.waitSignal(window.pages["reports"].sig_built, timeout=30000):
        window.pages["reports"].show_button.click()
    found: list[str] = []

    def check(where: str) -> None:
        assert window.size().width() == 1366 and window.size().height() == 768, where
        found.extend(f"{where}: {p}" for p in problems(window) if f"{where}: {p}" not in found)

    walk(window, qtbot, check)
    talk_formats(window, qtbot, check)
    window.open_page("groups")
    window.pages["groups"].new_group()
    check("groups / new group")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_of_a_commune_fits_the_screen_at_150_percent(app_controller, qtbot, qapp, lang):
    check_fits(app_controller, qtbot, qapp, lang)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_of_an_aggregator_fits_the_screen_at_150_percent(qapp, qtbot, qm_dir, tmp_path, lang):
    with aggregator_window(qapp, tmp_path) as controller:
        check_fits(controller, qtbot, qapp, lang)


def test_the_window_keeps_its_width_when_pages_switch(window, qtbot):
    """A page's minimum width never forces the window wider (the talk log did: ~1,047 pixels)."""
    window.setWindowState(window.windowState() & ~window.windowState().WindowMaximized)
    window.resize(900, 600)
    qtbot.wait(20)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(20)
        assert window.width() == 900, f"{window.current_page()} made the window {window.width()} px wide"
        assert window.minimumSizeHint().width() <= 900, window.current_page()
