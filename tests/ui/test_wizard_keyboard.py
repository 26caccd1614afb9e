"""The first run with the keyboard only, as a cadre does it: focus in the search box, arrows move
through the results, Enter takes only the highlighted row and asks for confirmation, no page is
skipped, an empty name is asked for, and a unit found by its pre-2025 name says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.test_wizard import make_wizard


def to_unit_page(wizard, qtbot):
    wizard.next()
    page = wizard.unit_page
    qtbot.waitUntil(lambda: wizard.focusWidget() is page.search)
    return page


def selected_rows(page) -> list[int]:
    return [page.results.row(item) for item in page.results.selectedItems()]


def test_focus_starts_in_the_search_box_and_typing_never_reaches_the_province(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    page = to_unit_page(wizard, qtbot)
    QTest.keyClicks(wizard.focusWidget(), "thanh binh")
    assert page.search.text() == "thanh binh"
    assert page.province.currentIndex() == 0  # "Mọi tỉnh, thành phố": the "t" chose no province
    services.close()


def test_arrows_in_the_search_box_move_through_the_results(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    page = to_unit_page(wizard, qtbot)
    QTest.keyClicks(page.search, "thanh binh")
    assert page.results.count() > 2 and selected_rows(page) == [] and page.unit_code() is None
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert selected_rows(page) == [0]
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert selected_rows(page) == [1]
    QTest.keyClick(page.search, Qt.Key.Key_Up)
    assert selected_rows(page) == [0]
    assert wizard.focusWidget() is page.search  # still typing
    services.close()


def test_enter_with_nothing_highlighted_takes_no_row(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    page = to_unit_page(wizard, qtbot)
    QTest.keyClicks(page.search, "thanh binh")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert wizard.currentPage() is page and page.unit_code() is None
    assert "Chưa chọn dòng nào" in page.status.text()
    QTest.keyClick(page.search, Qt.Key.Key_Down)
    assert "đơn vị khớp" in page.status.text()  # the hint goes once a row is highlighted
    services.close()


def test_enter_takes_the_highlighted_row_and_shows_it_with_its_province(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    page = to_unit_page(wizard, qtbot)
    QTest.keyClicks(page.search, "thanh binh")
    row = next(i for i in range(page.results.count()) if page.results.item(i).data(256) == "30130")
    for _ in range(row + 1):
        QTest.keyClick(page.search, Qt.Key.Key_Down)
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.confirm_page
    assert wizard.confirm_page.question.text() == "Xã Thanh Bình, tỉnh Đồng Tháp — mã 30130 — đúng đơn vị của bạn?"
    assert not services.identity.initialised
    services.close()


def test_enter_on_a_list_row_goes_one_page_on_and_the_name_is_asked_for(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    page = to_unit_page(wizard, qtbot)
    QTest.keyClicks(page.search, "30130")  # one result: highlighted, and the status says so
    assert selected_rows(page) == [0] and "đã chọn sẵn" in page.status.text()
    QTest.keyClick(page.search, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.results  # the list comes after the box, before the province
    QTest.keyClick(page.results, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.confirm_page  # one page on, never past the name
    QTest.keyClick(wizard, Qt.Key.Key_Return)  # "Đúng, tiếp theo" is the default button
    assert wizard.currentPage() is wizard.name_page
    qtbot.waitUntil(lambda: wizard.focusWidget() is wizard.name_page.name)
    QTest.keyClick(wizard.name_page.name, Qt.Key.Key_Return)  # no name yet
    assert wizard.currentPage() is wizard.name_page and not services.identity.initialised
    assert wizard.name_page.error.isVisibleTo(wizard) and "họ và tên" in wizard.name_page.error.text()
    QTest.keyClicks(wizard.name_page.name, "Nguyen Van Hung")  # QTest types ASCII only
    QTest.keyClick(wizard.name_page.name, Qt.Key.Key_Return)
    assert wizard.currentPage() is wizard.done_page
    assert services.identity.installation.display_name == "Nguyen Van Hung"
    services.close()


def test_a_unit_found_by_its_old_name_says_so_and_rows_drop_the_noisy_kind(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    page = to_unit_page(wizard, qtbot)
    page.province.setCurrentIndex(page.province.findData("P82"))
    QTest.keyClicks(page.search, "tan my")
    rows = {page.results.item(i).data(256): page.results.item(i).text() for i in range(page.results.count())}
    assert "trước đây: Xã Tân Mỹ (Huyện Thanh Bình)" in rows["30130"]
    assert not any("Xã, phường, đặc khu" in text for text in rows.values())
    page.results.setCurrentRow(list(rows).index("30130"))
    QTest.keyClick(page.results, Qt.Key.Key_Return)
    assert "(trước đây: Xã Tân Mỹ (Huyện Thanh Bình))" in wizard.confirm_page.question.text()
    services.close()


def test_tabbing_into_the_list_takes_no_row_by_itself(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    page = to_unit_page(wizard, qtbot)
    QTest.keyClicks(page.search, "thanh binh")
    QTest.keyClick(page.search, Qt.Key.Key_Tab)
    assert wizard.focusWidget() is page.results
    QTest.keyClick(page.results, Qt.Key.Key_Return)
    assert wizard.currentPage() is page  # Qt's focus cursor on the first row is not a choice
    assert page.unit_code() is None and "Chưa chọn dòng nào" in page.status.text()
    QTest.keyClick(page.results, Qt.Key.Key_Down)  # an arrow in the list highlights a row: now it is a choice
    assert page.unit_code() is not None
    services.close()
