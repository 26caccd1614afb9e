"""File dialogs open in the user's Documents, not in the current folder (the program's own folder
when Windows starts it from a shortcut), then in the folder of the last file chosen, also after a
restart."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.core.enums import Role
from desktop_app.services import Services
from desktop_app.ui import widgets
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.widgets import Ask
from tests.conftest import fixed_today

pytestmark = pytest.mark.gui


def answer_next_dialog(seen: list[Path], choose: Path | None) -> None:
    """When the next file dialog is up: note the folder it opened in, then choose ``choose`` (or cancel)."""

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, act)
            return
        seen.append(Path(dialog.directory().absolutePath()))
        if choose is None:
            dialog.reject()
        else:
            dialog.selectFile(str(choose))
            dialog.accept()

    QTimer.singleShot(0, act)


@pytest.fixture
def home(tmp_path, monkeypatch):
    home = tmp_path / "Nguyễn Văn A"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # no user-dirs.dirs: ~/Documents
    monkeypatch.setattr(widgets, "_last_folder", [])
    return home


def test_dialogs_start_in_documents_then_where_the_last_file_was(qtbot, home, tmp_path, monkeypatch):
    program = tmp_path / "Programs" / "SotayTuyenTruyen"
    program.mkdir(parents=True)
    monkeypatch.chdir(program)  # as when started from the Start menu or a double-clicked file
    received = tmp_path / "Tải về của tôi"
    received.mkdir()
    bundle = received / "30130_log.sotay"
    bundle.write_bytes(b"x")
    seen: list[Path] = []

    answer_next_dialog(seen, None)
    assert Ask.open_files(None, "t", "*.sotay") == []
    assert seen[-1] == home / "Documents" != Path(os.getcwd())

    answer_next_dialog(seen, bundle)
    assert Ask.open_files(None, "t", "*.sotay") == [bundle]
    assert seen[-1] == home / "Documents"

    answer_next_dialog(seen, received / "bao-cao.xlsx")
    assert Ask.save_file(None, "t", "bao-cao.xlsx", "*.xlsx") == received / "bao-cao.xlsx"
    assert seen[-1] == received


def test_without_documents_the_home_folder(qtbot, home, tmp_path, monkeypatch):
    (home / "Documents").rmdir()
    monkeypatch.chdir(tmp_path)
    seen: list[Path] = []
    answer_next_dialog(seen, None)
    assert Ask.folder(None, "t") is None
    assert seen == [home]


def test_the_last_folder_outlives_a_restart_and_a_removed_one_falls_back_to_documents(
    qtbot, home, tmp_path, monkeypatch
):
    data = tmp_path / "data"
    received = tmp_path / "Zalo Received Files"
    received.mkdir()
    bundle = received / "30130_log.sotay"
    bundle.write_bytes(b"x")
    seen: list[Path] = []

    def session_choosing(choose: Path | None) -> Services:
        """One run of the program: a window over ``data``, a file dialog of its exchange page."""
        monkeypatch.setattr(widgets, "_last_folder", [])  # nothing kept in memory from the last run
        services = Services.open(data, today=fixed_today)
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.open_page("exchange")
        answer_next_dialog(seen, choose)
        Ask.open_files(window.pages["exchange"], "t", "*.sotay")
        window.close()
        return services

    first = Services.open(data, today=fixed_today)
    first.identity.init("P82", Role.AGGREGATOR, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")
    first.close()
    session_choosing(bundle).close()
    assert seen[-1] == home / "Documents"

    again = session_choosing(None)
    assert seen[-1] == received
    assert again.identity.preference("ui.last_folder") == str(received)
    again.close()

    bundle.unlink()
    received.rmdir()  # the USB stick taken out
    session_choosing(None).close()
    assert seen[-1] == home / "Documents"
