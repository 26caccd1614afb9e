"""Walk every page of a main window and every tab inside it, the way a user clicks through them, and
tell what the screen would show badly: widgets cut below their minimum size, widgets outside the
window, a window larger than the screen. Generic on purpose: it iterates the window's navigation,
so a page added later is walked too."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTabBar,
    QTabWidget,
    QWidget,
)

# what a user reads or types in: these must never be shown smaller than their minimum
TEXT_WIDGETS = (QLabel, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar)
SCREEN = QSize(1366, 768)  # the cadres' laptops


def pages(window, qtbot) -> Iterator[str]:
    """Each page in turn, shown through the navigation (as Alt+1…7 does): yields its key."""
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.wait(30)
        yield window.current_page()


def states(root: QWidget, qtbot) -> Iterator[str]:
    """Every tab of every visible tab widget under ``root``, nested ones included: yields a name."""
    yield "(as opened)"
    for tabs in [t for t in root.findChildren(QTabWidget) if t.isVisible()]:
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            qtbot.wait(20)
            for inner in states(tabs.currentWidget(), qtbot):
                yield f"{tabs.tabText(index)} / {inner}"


def _in_scroll_area(w: QWidget, root: QWidget) -> bool:
    """Inside a scroll area of the page's own (the main window's page frame does not count: a page
    must fit without it)."""
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea) and parent.objectName() != "page_frame":
            return True
        parent = parent.parentWidget()
    return False


def _name(w: QWidget) -> str:
    text = w.text() if hasattr(w, "text") and callable(w.text) else ""
    return f"{type(w).__name__} {w.objectName() or ''} {text!r}".strip()


def _part_of_another(w: QWidget) -> bool:
    """A combo box's or spin box's own line edit, a tab bar's scroll arrows: checked as their owner."""
    return isinstance(w.parentWidget(), (QComboBox, QAbstractSpinBox, QTabBar))


def problems(window, screen: QSize = SCREEN) -> list[str]:
    """What is cut or out of sight in the window as it is shown now on a screen of ``screen``."""
    found = []
    if window.width() > screen.width() or window.height() > screen.height():
        found.append(f"the window is {window.width()}×{window.height()}, larger than the screen")
    hint = window.minimumSizeHint()
    if hint.width() > screen.width() or hint.height() > screen.height():
        found.append(f"the window needs at least {hint.width()}×{hint.height()}")
    for frame in window.findChildren(QScrollArea, "page_frame"):
        if frame.isVisible() and (frame.horizontalScrollBar().maximum() or frame.verticalScrollBar().maximum()):
            need, room = frame.widget().size(), frame.viewport().size()
            found.append(f"the page needs {need.width()}×{need.height()}, has {room.width()}×{room.height()}")
    for area in window.findChildren(QScrollArea):
        if area.isVisible() and area.objectName() != "page_frame" and area.horizontalScrollBar().maximum():
            found.append(f"{_name(area.widget())} runs {area.horizontalScrollBar().maximum()} px off to the right")
    inside = window.rect()
    for w in window.findChildren(QWidget):
        if not isinstance(w, TEXT_WIDGETS) or not w.isVisible() or _part_of_another(w) or _in_scroll_area(w, window):
            continue
        need = w.sizeHint() if isinstance(w, QTabBar) else w.minimumSizeHint()  # every tab in sight
        if w.width() < need.width() or w.height() < need.height():
            found.append(f"{_name(w)} is {w.width()}×{w.height()}, needs {need.width()}×{need.height()}")
        top_left = w.mapTo(window, w.rect().topLeft())
        if not inside.contains(top_left) or not inside.contains(w.mapTo(window, w.rect().bottomRight())):
            found.append(f"{_name(w)} lies outside the window")
    return found


def walk(window, qtbot, check: Callable[[str], None]) -> None:
    """``check(where)`` on every page and every tab state of the window."""
    for key in pages(window, qtbot):
        page = window.stack.currentWidget()
        for state in states(page, qtbot):
            check(f"{key} / {state}")


@contextmanager
def aggregator_window(qapp, tmp_path: Path) -> Iterator:
    """The window of a province that holds two communes' talks (as an import leaves them): an App
    controller, closed and set back to Vietnamese at 100 % afterwards."""
    from exchange_helpers import PROVINCE, TODAY, Factory

    from desktop_app.core.enums import Role
    from desktop_app.storage import records_repo as repo
    from desktop_app.ui.main import App

    factory = Factory(tmp_path)
    province = factory.make("province", PROVINCE, Role.AGGREGATOR)
    for code in factory.communes(2):
        commune = factory.make(code, code)
        talk = commune.talks.new(held_on=TODAY - dt.timedelta(days=40), place="Nhà văn hóa", attendance=20)
        repo.save_talk(province.session.db, dataclasses.replace(talk, hlc=commune.session.next_version()))
        commune.close()
    controller = App(qapp, province, "vi")
    controller.start()
    try:
        yield controller
    finally:
        controller.window.shutdown()
        controller.window.close()
        controller.runner.cancel_all()
        controller.apply_language("vi")
        controller.apply_font(100)
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        province.close()
