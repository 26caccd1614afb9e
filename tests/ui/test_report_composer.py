"""Soạn báo cáo on the Báo cáo page: a section written, saved and found again on a new page; drafts
from the figures; the document fields remembered; the export carries what is on screen; at the
province, a commune's passage pulled in with the commune named."""

from __future__ import annotations

import pytest
from docx import Document
from exchange_helpers import PROVINCE, Factory

from desktop_app.core.enums import Role
from desktop_app.core.sections import SECTION_KEYS
from desktop_app.exchange import export_log, import_paths
from desktop_app.reports import periods

pytestmark = pytest.mark.gui
Q3 = periods.parse("2026-Q3")


def _page(qtbot, services):
    from desktop_app.ui.pages.reports import ReportsPage

    page = ReportsPage(services)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _built(qtbot, page, period=Q3):
    page.set_period(period)
    with qtbot.waitSignal(page.sig_built, timeout=20000):
        page.show_button.click()
    page.tabs.setCurrentWidget(page.composer)
    return page.composer


def type_text(widget, text):
    """Typed as key events; QTest knows only ASCII keys, so the others are sent as a keyboard would."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    widget.setFocus()
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _select(composer, key):
    composer.section_list.setCurrentRow(SECTION_KEYS.index(key))


def test_a_section_written_and_saved_is_there_on_a_new_page(qtbot, qm_dir, demo_services, tmp_path, monkeypatch):
    from desktop_app.ui import widgets

    page = _page(qtbot, demo_services)
    composer = _built(qtbot, page)
    _select(composer, "force")  # the draft names the presenters of the period
    assert "báo cáo viên, tuyên truyền viên" in composer.editor.toPlainText()
    _select(composer, "recommendations")
    assert composer.editor.toPlainText() == "" and not composer.save_button.isHidden()
    type_text(composer.editor, "Đề nghị tỉnh cấp thêm loa truyền thanh.")
    assert composer.state.text() == "Có thay đổi chưa lưu."
    qtbot.waitUntil(lambda: "Đề nghị tỉnh cấp thêm loa truyền thanh." in composer.preview.toPlainText())
    assert "KIẾN NGHỊ, ĐỀ XUẤT" in composer.preview.toPlainText()
    qtbot.mouseClick(composer.save_button, qtbot_button())
    assert composer.state.text() == "Đã lưu."
    _select(composer, "assessment")
    type_text(composer.editor, "Chưa lưu mà vẫn in ra.")  # what is on screen goes out

    target = tmp_path / "bc.docx"
    monkeypatch.setattr(widgets.Ask, "save_file", staticmethod(lambda *a: target))
    with qtbot.waitSignal(page.sig_exported, timeout=30000):
        page.docx_button.click()
    text = "\n".join(p.text for p in Document(str(target)).paragraphs)
    assert "Đề nghị tỉnh cấp thêm loa truyền thanh." in text and "Chưa lưu mà vẫn in ra." in text

    again = _built(qtbot, _page(qtbot, demo_services))
    _select(again, "recommendations")
    assert again.editor.toPlainText() == "Đề nghị tỉnh cấp thêm loa truyền thanh."
    assert again.state.text() == "Đã lưu."
    _select(again, "assessment")
    assert again.editor.toPlainText() == ""  # never saved
    _select(again, "recommendations")
    qtbot.mouseClick(again.draft_button, qtbot_button())
    assert again.editor.toPlainText() == "" and "recommendations" not in demo_services.reports.saved_sections(
        "30130", Q3
    )


def test_the_document_fields_are_remembered_and_reach_the_document(qtbot, qm_dir, demo_services):
    page = _page(qtbot, demo_services)
    composer = _built(qtbot, page)
    composer.inner.setCurrentWidget(composer.fields)
    assert composer.fields.lines["issuer"].placeholderText() == "ĐẢNG ỦY XÃ THANH BÌNH"
    type_text(composer.fields.lines["number"], "Số 12-BC/ĐU")
    type_text(composer.fields.lines["signer_name"], "Lê Văn Tám")
    type_text(composer.fields.recipients, "Ban Thường vụ Đảng ủy,")
    qtbot.mouseClick(composer.fields.save_button, qtbot_button())
    assert composer.fields.saved_label.text() == "Đã lưu làm mặc định cho máy này."
    qtbot.waitUntil(lambda: "Lê Văn Tám" in composer.preview.toPlainText())

    composer = _built(qtbot, _page(qtbot, demo_services))
    assert composer.fields.lines["number"].text() == "Số 12-BC/ĐU"
    options = composer.doc_options()
    assert options.recipients == ("Ban Thường vụ Đảng ủy,",) and options.signer_name == "Lê Văn Tám"
    built = demo_services.reports.build("30130", Q3)
    assert demo_services.reports.document_options(built.report).number == "Số 12-BC/ĐU"  # the CLI's default too


def test_the_province_pulls_a_communes_passage_with_the_commune_named(qtbot, qm_dir, tmp_path):
    f = Factory(tmp_path)
    code = f.communes(1)[0]
    commune, province = f.make("c", code), f.make("p", PROVINCE, Role.AGGREGATOR)
    october = periods.parse("2026-10")
    commune.reports.save_section(code, october, "recommendations", "Đề nghị mở lớp tập huấn.")
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "up").path
    assert import_paths(province.session.exchange_context(), [bundle], trust=True).files[0].status == "applied"
    name = next(u.name for u in province.reports.units() if u.code == code)
    try:
        page = _page(qtbot, province)
        composer = _built(qtbot, page, october)
        _select(composer, "recommendations")
        assert not composer.below.isHidden() and composer.below.rowCount() == 1
        assert composer.below.item(0, 0).text() == name
        assert not composer.pull_button.isEnabled()
        composer.below.selectRow(0)
        qtbot.mouseClick(composer.pull_button, qtbot_button())
        assert composer.editor.toPlainText() == f"{name}: Đề nghị mở lớp tập huấn."
        qtbot.mouseClick(composer.save_button, qtbot_button())
        saved = province.reports.saved_sections(PROVINCE, october)["recommendations"]
        assert saved.text == f"{name}: Đề nghị mở lớp tập huấn."
        _select(composer, "general")
        assert composer.below.isHidden()  # nothing written below in this section

        page.unit.setCurrentIndex(page.unit.findData(code))  # the commune's own report, seen here
        composer = _built(qtbot, page, october)
        _select(composer, "recommendations")
        assert composer.editor.isReadOnly() and not composer.save_button.isEnabled()
        assert composer.editor.toPlainText() == "Đề nghị mở lớp tập huấn."  # the commune's words, as sent
        assert "chỉ xem" in composer.state.text()
    finally:
        commune.close()
        province.close()


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
