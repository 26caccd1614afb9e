"""Nhóm, Tổng quan, Cài đặt; language switching; the font size scaling the whole window."""

from __future__ import annotations

from desktop_app.ui.widgets import Ask


def test_group_contact_needs_consent(window, demo_services):
    window.open_page("groups")
    page = window.pages["groups"]
    page.new_group()
    page.name.setText("Chi hội Phụ nữ ấp Tân Hòa")
    page.size_box.setValue(85)
    page.contact.setText("Lê Thị Lan")
    page.phone.setText("0987 654 321")
    assert page.save() is None
    assert page.fields["contact"].error.isVisible()
    page.consent.setChecked(True)
    assert page.consent_date.text()  # today, filled on ticking
    saved = page.save()
    assert saved is not None and saved.contact_consent
    assert saved.id in [g.id for g in demo_services.groups.list()]


def test_group_shows_the_talks_that_reached_it(window, demo_services):
    window.open_page("groups")
    page = window.pages["groups"]
    row = next(r for r in range(page.model.rowCount()) if page.model.record(r).name == "Ấp Tân Mỹ")
    page.table.selectRow(row)
    assert page.talk_model.total > 0
    assert str(page.talk_model.total) in page.talks_title.text()


def test_group_delete_asks_first(window, demo_services, monkeypatch):
    page = window.pages["groups"]
    page.table.selectRow(0)
    group = page.current
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: False))
    page.delete()
    assert group.id in [g.id for g in demo_services.groups.list()]
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
    page.delete()
    assert group.id not in [g.id for g in demo_services.groups.list()]


def test_overview_lists_what_needs_attention(window, demo_services, qtbot):
    page = window.pages["home"]
    qtbot.waitUntil(lambda: bool(page.attention.text()))  # filled once the window has painted
    text = page.attention.text()
    assert "tài liệu bắt buộc chưa đọc" in text
    assert "chưa được gửi" in text
    assert "Số buổi" in page.month.text()
    opened = []
    window.pages["home"].sig_open_document.connect(opened.append)
    doc_link = text.split("href='doc:")[1].split("'")[0]
    page._link(f"doc:{doc_link}")
    assert window.current_page() == "library" and window.pages["library"].current.id == doc_link


def test_status_bar_shows_the_unit(window):
    assert "Xã Thanh Bình" in window.unit_label.text()
    assert window.waiting_label.text()


def test_switching_to_english_and_back(app_controller, window, qtbot):
    window.open_page("settings")
    settings = window.pages["settings"]
    settings.language.setCurrentIndex(settings.language.findData("en"))
    qtbot.waitUntil(lambda: app_controller.window is not window, timeout=3000)
    english = app_controller.window
    assert english.current_page() == "settings"
    labels = [english.nav.item(i).text() for i in range(english.nav.count())]
    assert labels[:3] == ["Overview", "Library", "Talk log"]
    assert english.pages["talks"].form.save_button.text() == "Save talk"
    english.pages["settings"].language.setCurrentIndex(0)
    qtbot.waitUntil(lambda: app_controller.window is not english, timeout=3000)
    labels = [app_controller.window.nav.item(i).text() for i in range(3)]
    assert labels == ["Tổng quan", "Tài liệu", "Nhật ký"]


def test_font_size_scales_the_window(app_controller, window, qtbot):
    base = window.pages["talks"].form.date.font().pointSizeF()
    window.pages["settings"].font_group.button(150).click()
    qtbot.waitUntil(lambda: app_controller.window is not window, timeout=3000)
    bigger = app_controller.window.pages["talks"].form.date.font().pointSizeF()
    assert abs(bigger / base - 1.5) < 0.05


def test_backup_now_and_restore(window, demo_services, monkeypatch):
    page = window.pages["settings"]
    page.backup_now()
    assert page.backups.count() >= 1
    page.backups.setCurrentRow(0)
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a: True))
    page.restore_selected()
    assert "Đã khôi phục" in page.banner.label.text()


def test_geometry_is_remembered(window, demo_services):
    window.move(37, 21)
    window.save_geometry()
    from desktop_app.ui.main_window import MainWindow

    saved = demo_services.identity.preference("ui.geometry")
    assert saved == bytes(window.saveGeometry().toHex()).decode()
    again = MainWindow(demo_services)
    assert again.restore_geometry()  # Qt accepted the saved geometry
    again.close()


def test_refusals_read_in_english_when_the_window_is_english(services):
    from desktop_app.core.errors import ValidationError
    from desktop_app.ui import i18n

    error = ValidationError("Số lượt người dự: không được là số âm.", "attendance is negative (-5)", field="attendance")
    try:
        i18n.set_number_language("en")
        assert "negative" in i18n.error_text(error) and "âm" not in i18n.error_text(error)
    finally:
        i18n.set_number_language("vi")
    assert i18n.error_text(error) == error.message
