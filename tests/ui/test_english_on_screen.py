"""With the English translator installed, every page of the window (a commune's and an aggregator's,
with a built report) shows no Vietnamese of its own: labels, buttons, tabs, table headers and the
report tables' row labels are English. Data stays as typed (unit names, topics, places, titles): it
is taken out of the texts by construction, read from the database, before they are checked."""

from __future__ import annotations

import re
import sqlite3

import pytest
from page_walk import aggregator_window, walk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QHeaderView, QLabel, QTabBar
from test_pages_fit import rebuilt
from test_translations import PROPER_NAMES, VIETNAMESE

pytestmark = pytest.mark.gui
TAG = re.compile(r"<[^>]+>")
# report rows whose first column is a label of the program, not a name someone typed
LABELLED_ROWS = ("month", "format", "group_kind", "status")


def data_texts(services) -> list[str]:
    """Every text stored in the database (names, titles, topics, places, notes…), longest first."""
    path = services.session.db.execute("PRAGMA database_list").fetchone()[2]
    found: set[str] = set()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table in ("settings",) or table.startswith(("search", "sqlite_")):
                continue
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                query = f'SELECT DISTINCT "{column}" FROM "{table}" WHERE typeof("{column}") = \'text\''
                for (value,) in conn.execute(query):
                    found.update(part.strip() for part in re.split(r"[\n;]", value) if len(part.strip()) > 2)
    found.add(services.identity.installation.display_name)  # the user's own name, kept with the settings
    found.update(entry.title for entry in services.calendar.list())  # the calendar's days, shipped as data
    return sorted(found, key=len, reverse=True)


def shown_texts(window) -> list[tuple[str, str]]:
    """(where, text) for every visible label, button, tab, group box title and table header."""
    texts = []
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if w.isVisible() and w.text():
            texts.append((type(w).__name__, TAG.sub(" ", w.text())))
    for box in window.findChildren(QGroupBox):
        if box.isVisible():
            texts.append(("QGroupBox", box.title()))
    for bar in window.findChildren(QTabBar):
        if bar.isVisible():
            texts.extend(("tab", bar.tabText(i)) for i in range(bar.count()))
    for header in window.findChildren(QHeaderView):
        if header.isVisible() and header.orientation() == Qt.Orientation.Horizontal and header.model() is not None:
            model = header.model()
            texts.extend(
                ("header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in range(header.count())
            )
    page = window.pages.get("reports")
    if page is not None and page.isVisible():
        for key in LABELLED_ROWS:
            model = page.models[key]
            texts.extend(
                (f"report row ({key})", str(model.index(row, 0).data() or "")) for row in range(model.rowCount())
            )
    return texts


def vietnamese_left(window, data: list[str]) -> list[str]:
    found = []
    for where, text in shown_texts(window):
        rest = text
        for value in (*data, *PROPER_NAMES):
            rest = rest.replace(value, "")
        if VIETNAMESE.search(rest):
            found.append(f"{where}: {text!r}")
    return found


def check_english(app_controller, qtbot, qapp, services) -> None:
    window = rebuilt(app_controller, qtbot, qapp, "en", 100)
    window.open_page("reports")
    with qtbot.waitSignal(window.pages["reports"].sig_built, timeout=30000):
        window.pages["reports"].show_button.click()
    data = data_texts(services)
    found: list[str] = []

    def check(where: str) -> None:
        found.extend(f"{where}: {p}" for p in vietnamese_left(window, data) if f"{where}: {p}" not in found)

    walk(window, qtbot, check)
    assert not found, "\n".join(found)


def test_a_commune_window_in_english_shows_no_vietnamese_of_its_own(app_controller, qtbot, qapp, demo_services):
    check_english(app_controller, qtbot, qapp, demo_services)


def test_an_aggregator_window_in_english_shows_no_vietnamese_of_its_own(qapp, qtbot, qm_dir, tmp_path):
    with aggregator_window(qapp, tmp_path) as controller:
        check_english(controller, qtbot, qapp, controller.services)


def test_settings_say_the_exported_reports_stay_vietnamese(app_controller, qtbot, qapp):
    """An English reader could expect English files: Settings says they are official Vietnamese."""
    window = rebuilt(app_controller, qtbot, qapp, "en", 100)
    window.open_page("settings")
    note = window.pages["settings"].language_note
    assert note.isVisible() and "always written in Vietnamese" in note.text()
