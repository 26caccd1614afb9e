"""The guide behind F1: opened at the page's part, searched without accents, in both languages,
naming every shortcut the window registers; shortcuts shown in menus and tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from desktop_app.core.enums import Role
from desktop_app.ui.help import HelpWindow, load_guide
from desktop_app.ui.main_window import PAGES, MainWindow
from desktop_app.ui.widgets import Ask
from tests.exchange_helpers import PROVINCE, Factory

pytestmark = pytest.mark.gui

# how Qt spells a key in its portable text, and how the guide (and the keyboard) spells it
_KEY_WORDS = {"Del": "Delete"}


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services)
    qtbot.addWidget(window)
    return window


def _action(window: MainWindow, name: str) -> QAction:
    action = window.findChild(QAction, f"action_{name}")
    assert action is not None
    return action


def _open_help(window: MainWindow) -> HelpWindow:
    _action(window, "help").trigger()
    assert window.help_window is not None and window.help_window.isVisible()
    return window.help_window


def _heading_at_cursor(guide: HelpWindow) -> str:
    return guide.browser.textCursor().block().text()


def test_f1_opens_the_guide_and_about_is_only_in_the_help_menu(qtbot, demo_services, monkeypatch):
    window = _window(qtbot, demo_services)
    assert _action(window, "help").shortcut() == QKeySequence("F1")
    about = _action(window, "about")
    assert about.shortcut().isEmpty()
    help_menu = window.menuBar().actions()[-1].menu()
    assert about in help_menu.actions() and _action(window, "help") in help_menu.actions()
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda *a: pytest.fail("F1 must not show About")))
    guide = _open_help(window)
    assert guide.windowTitle() == "Hướng dẫn"
    assert guide.contents.count() == len(guide.guide.sections) >= 8
    screen = window.screen().availableGeometry()
    assert guide.width() <= screen.width() and guide.height() <= screen.height()  # also at 150 % text


@pytest.mark.parametrize(
    ("page", "heading"),
    [
        ("talks", "Cán bộ xã: ghi một buổi"),
        ("exchange", "Cán bộ xã: gửi nhật ký"),
        ("library", "Tài liệu"),
        ("settings", "Tệp và bản sao lưu"),
    ],
)
def test_f1_on_a_page_opens_the_guide_at_that_pages_part(qtbot, demo_services, page, heading):
    window = _window(qtbot, demo_services)
    window.show()
    window.open_page(page)
    guide = _open_help(window)
    assert _heading_at_cursor(guide) == heading
    assert guide.contents.currentItem().text() == heading
    # the part is scrolled to the top of the text, not merely somewhere on screen
    block_top = guide.browser.document().documentLayout().blockBoundingRect(guide.browser.textCursor().block()).top()
    bar = guide.browser.verticalScrollBar()
    assert bar.value() == min(int(block_top), bar.maximum())


def test_an_aggregator_gets_the_collecting_part_on_exchange_and_reports(qtbot, tmp_path):
    factory = Factory(tmp_path)
    province = factory.make("province", PROVINCE, Role.AGGREGATOR)
    try:
        window = _window(qtbot, province)
        window.open_page("reports")
        assert _heading_at_cursor(_open_help(window)) == "Đơn vị tổng hợp"
        window.open_page("library")
        assert _heading_at_cursor(_open_help(window)) == "Tài liệu"
        window.close()
    finally:
        province.close()


def test_the_guide_names_the_folders_of_this_machine(qtbot, demo_services):
    guide = _open_help(_window(qtbot, demo_services))
    text = guide.browser.toPlainText()
    assert str(demo_services.data_dir) in text
    assert str(demo_services.maintenance.backup_folder()) in text
    assert "{#" not in text and "{data_dir}" not in text


def test_search_in_the_guide_ignores_accents_and_wraps(qtbot, demo_services):
    guide = _open_help(_window(qtbot, demo_services))
    guide.search.setText("hom qua")
    assert guide.find_next()
    assert guide.browser.textCursor().selectedText().lower() == "hôm qua"
    first = guide.browser.textCursor().selectionStart()
    hits = {first}
    while guide.find_next() and guide.browser.textCursor().selectionStart() != first:
        hits.add(guide.browser.textCursor().selectionStart())
        assert len(hits) < 50
    assert len(hits) >= 2  # found again further on, then back to the first
    guide.search.setText("khong co chu nay")
    assert not guide.find_next()
    assert guide.not_found.isVisibleTo(guide)


def test_every_shortcut_of_the_window_is_in_the_guide(qtbot, demo_services):
    window = _window(qtbot, demo_services)
    for key in PAGES:
        window.pages[key]  # noqa: B018 - built on first use, with its own shortcuts
    keys = {a.shortcut() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()}
    keys |= {s.key() for s in window.findChildren(QShortcut)}
    spelled = {_KEY_WORDS.get(k.toString(), k.toString()) for k in keys}
    assert {"F1", "F2", "Ctrl+N", "Ctrl+F", "Ctrl+E", "Ctrl+D", "Alt+7", "Delete"} <= spelled
    for lang in ("vi", "en"):
        guide = load_guide(lang, {}).markdown
        table = guide[guide.index("| Alt+1 |") :]  # the table of keys at the end
        missing = sorted(k for k in spelled if f"| {k} |" not in table)
        assert not missing, f"guide_{lang}.md does not list {missing}"


def test_both_guides_have_the_same_parts_and_one_for_each_page():
    vi, en = load_guide("vi", {}), load_guide("en", {})
    assert [k for k, _ in vi.sections] == [k for k, _ in en.sections]
    assert set(PAGES) - {k for k, _ in vi.sections} == set()
    assert "aggregator" in dict(vi.sections) and "keys" in dict(vi.sections)


def test_the_guide_is_english_in_an_english_window(qtbot, demo_services, qm_dir):
    from desktop_app.ui.i18n import Language

    language = Language()
    assert language.install("en")
    try:
        window = _window(qtbot, demo_services)
        window.open_page("talks")
        guide = _open_help(window)
        assert guide.windowTitle() == "Guide"
        assert _heading_at_cursor(guide) == "Commune cadre: log a talk"
        assert _action(window, "help").text() == "Guide"
        assert [a.text() for a in window.menuBar().actions()] == ["Go to", "Help"]
    finally:
        language.install("vi")
        QApplication.processEvents()


def test_every_window_shortcut_is_in_a_menu_that_shows_it(qtbot, demo_services):
    window = _window(qtbot, demo_services)
    in_menus = {a for m in window.menuBar().actions() for a in m.menu().actions()}
    with_keys = [a for a in window.actions() if not a.shortcut().isEmpty()]
    assert len(with_keys) == len(PAGES) + 4
    assert set(with_keys) <= in_menus
    assert all(a.text() for a in with_keys)  # a menu entry with a name, its keys beside it


def test_buttons_with_a_shortcut_name_it_in_their_tooltip(qtbot, demo_services):
    window = _window(qtbot, demo_services)
    home, talks, library = window.pages["home"], window.pages["talks"], window.pages["library"]
    exchange = window.pages["exchange"]
    assert home.new_button.toolTip() == "Ghi buổi mới (Ctrl+N)"
    assert talks.new_button.toolTip() == "Buổi mới (Ctrl+N)"
    assert talks.copy_button.toolTip() == "Chép thành buổi mới (Ctrl+D)"
    assert talks.edit_button.toolTip() == "Sửa (Enter trên một dòng)"
    assert talks.delete_button.toolTip() == "Xoá (Delete, có Hoàn tác)"
    assert talks.form.save_button.toolTip() == "Lưu buổi (Enter)"
    assert library.edit_button.toolTip() == "Sửa thông tin (F2)"
    assert library.search.toolTip() == "Tìm trong tài liệu (Ctrl+F)"
    assert exchange.send_button.toolTip() == "Gửi nhật ký vào thư mục hoặc USB (Ctrl+E)"
