"""File dialogs open in the user's Documents, not in the current folder (the program's own folder
when Windows starts it from a shortcut), then in the folder of the last file chosen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop_app.ui import widgets
from desktop_app.ui.widgets import Ask

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
