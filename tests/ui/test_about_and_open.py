"""The window's title and About, the update notice, and a bundle given on the command line."""

from __future__ import annotations

import pytest

from desktop_app import __version__
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets import Ask

pytestmark = pytest.mark.gui


def test_title_and_about_name_version_folder_and_fingerprint(qtbot, demo_services, monkeypatch):
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    assert __version__ in window.windowTitle()
    shown = []
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda parent, title, text, close: shown.append(text)))
    window.findChild(type(window.actions()[0]), "action_about").trigger()
    (text,) = shown
    assert __version__ in text and str(demo_services.data_dir) in text
    assert demo_services.identity.installation.fingerprint in text and "GPL" in text


def test_update_notice_appears_when_a_newer_version_was_seen(qtbot, demo_services):
    from desktop_app.services import updates

    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    assert window.update_label.isHidden()
    assert updates.remember_bundle_version(
        demo_services.session.db,
        {"kind": "pack", "app_version": "99.0.0", "sender": {"unit_code": "P82", "unit_name": "Tỉnh Đồng Tháp"}},
    )
    window.refresh_status()
    assert not window.update_label.isHidden() and "99.0" in window.update_label.text()


def test_a_bundle_on_the_command_line_opens_its_import_preview(qtbot, demo_services, tmp_path):
    from desktop_app.exchange import export_log

    folder = tmp_path / "out"
    folder.mkdir()
    result = export_log(demo_services.session.exchange_context(), folder)
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    window.open_bundle(result.path)
    assert window.current_page() == "exchange"
    page = window.pages["exchange"]
    assert page.paths == [result.path]
