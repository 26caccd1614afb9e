"""The library reader's key points drafted by the machine: asked for, shown as a draft, edited and
accepted (then shown as accepted by the reader, apart from the document's own), or discarded."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl

from desktop_app.ui.pages.library import LibraryPage


def library(window) -> LibraryPage:
    window.open_page("library")
    page = window.pages["library"]
    page.search.clear()
    page.valid.setChecked(False)
    page.list.selectRow(0)
    return page


def drafted(page, qtbot) -> None:
    panel = page.key_points_draft
    qtbot.mouseClick(panel.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.isVisible() and panel.edit.toPlainText() != "", timeout=10_000)


def test_a_draft_edited_and_accepted_is_shown_as_accepted_by_the_reader(window, demo_services, qtbot):
    page = library(window)
    doc = page.current
    panel = page.key_points_draft
    assert not panel.isVisible() and panel.draft_button.isEnabled()
    drafted(page, qtbot)
    assert "Bản nháp do máy đề xuất" in panel.label.text()
    assert "Nội dung trọng tâm:" in panel.edit.toPlainText()
    assert "Vì sao chọn" in panel.why.toPlainText()
    assert demo_services.assistant.accepted(doc.id) is None  # a draft is stored nowhere

    panel.edit.setPlainText("Ba khâu đột phá của nhiệm kỳ\n\nNhiệm vụ của từng ấp")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    choice = demo_services.assistant.accepted(doc.id)
    assert choice is not None and choice.points == ("Ba khâu đột phá của nhiệm kỳ", "Nhiệm vụ của từng ấp")
    assert choice.edited and not panel.isVisible()
    shown = page.reader.toPlainText()
    assert "Ý chính bạn đã chấp nhận" in shown and "Bạn đã chấp nhận từ bản nháp do máy đề xuất, có sửa" in shown
    assert "Ba khâu đột phá của nhiệm kỳ" in shown
    assert demo_services.library.document(doc.id).key_points == doc.key_points  # the issuer's stay as they were

    page.reader.anchorClicked.emit(QUrl(panel.FORGET_LINK))  # "Bỏ các ý này"
    assert demo_services.assistant.accepted(doc.id) is None
    assert "Ý chính bạn đã chấp nhận" not in page.reader.toPlainText()


def test_a_discarded_draft_leaves_nothing_and_an_empty_one_is_refused(window, demo_services, qtbot):
    page = library(window)
    doc = page.current
    panel = page.key_points_draft
    drafted(page, qtbot)
    panel.edit.setPlainText("   \n")
    qtbot.mouseClick(panel.accept_button, Qt.MouseButton.LeftButton)
    assert "ít nhất một ý" in page.banner.text() and panel.isVisible()
    qtbot.mouseClick(panel.discard_button, Qt.MouseButton.LeftButton)
    assert not panel.isVisible() and demo_services.assistant.accepted(doc.id) is None
    assert "Ý chính bạn đã chấp nhận" not in page.reader.toPlainText()


def test_moving_to_another_document_drops_the_draft_unseen(window, qtbot):
    page = library(window)
    drafted(page, qtbot)
    page.list.selectRow(1)
    assert not page.key_points_draft.isVisible()


def test_the_reasons_are_shown_in_the_windows_language(window, qm_dir, qtbot):
    from desktop_app.ui.i18n import Language

    page = library(window)
    language = Language()
    try:
        assert language.install("en")
        drafted(page, qtbot)
        why = page.key_points_draft.why.toPlainText()
        assert "close to the whole text" in why and "gần nội dung chung" not in why
    finally:
        language.install("vi")
