"""Tài liệu, attachments through the window: hostile files refused when added, slow ones stored with
a warning, and the viewer opening only a copy named from the checked type, in a private folder
that goes away with the window."""

from __future__ import annotations

import hashlib
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

import hostile_files as hostile
import pytest
from PySide6.QtCore import QUrl

from desktop_app.core.ids import uuid7
from desktop_app.core.records import Attachment, Document
from desktop_app.storage import extract
from desktop_app.storage import records_repo as repo
from desktop_app.storage.extract import Limits
from desktop_app.ui.pages.library import LibraryPage, ViewerFolder

RTL_EXE = "Thong bao\u202efdp.exe"


@pytest.fixture
def private_tmp(tmp_path, monkeypatch) -> Path:
    """The system temporary folder, redirected so the test sees (and leaves) only its own folders."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def library(window) -> LibraryPage:
    window.open_page("library")
    return window.pages["library"]


def _stored_before_the_check(services, filename: str, data: bytes) -> Document:
    """An attachment as an older version stored it: any name, the type guessed from the name."""
    sha = hashlib.sha256(data).hexdigest()
    doc = Document(
        id=uuid7(),
        owner_unit=services.identity.installation.unit_code,
        hlc=services.session.next_version(),
        title="Tài liệu cũ có tệp đính kèm",
        attachments=(Attachment(sha, filename, "application/pdf", len(data)),),
    )
    with services.session.db.atomic():
        repo.store_blob(services.session.db, sha, data, "application/x-msdownload", "")
        repo.save_document(services.session.db, doc)
    return doc


def _intercept_viewer(page, monkeypatch) -> list[Path]:
    opened: list[Path] = []
    monkeypatch.setattr(type(page), "open_external", staticmethod(lambda path: opened.append(path) or True))
    return opened


def test_the_viewer_opens_a_private_copy_named_from_the_checked_type(window, demo_services, private_tmp, monkeypatch):
    data = hostile.text_pdf("Thong bao khan")
    doc = _stored_before_the_check(demo_services, RTL_EXE, data)
    page = library(window)
    opened = _intercept_viewer(page, monkeypatch)
    page.open_document(doc.id)
    assert "Thong baofdp.exe" in page.reader.toPlainText()  # shown as it is, not as "Thong baoexe.pdf"
    page.reader.anchorClicked.emit(QUrl(f"file:{doc.attachments[0].sha256}"))
    assert len(opened) == 1
    copy = opened[0]
    assert copy.name == "Thong baofdp.pdf" and copy.read_bytes() == data
    folder = page.viewer_folder.path
    assert folder is not None and folder.parent == private_tmp and folder.name.startswith("sotay-view-")
    assert copy.is_relative_to(folder)
    if sys.platform != "win32":
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    page.reader.anchorClicked.emit(QUrl(f"file:{doc.attachments[0].sha256}"))  # again: the same copy
    assert opened[1] == copy
    window.close()
    assert not folder.exists()
    assert list(private_tmp.iterdir()) == []


def test_the_viewer_refuses_an_executable_stored_by_an_older_version(window, demo_services, private_tmp, monkeypatch):
    doc = _stored_before_the_check(demo_services, "Thong bao.pdf", hostile.EXE)
    page = library(window)
    opened = _intercept_viewer(page, monkeypatch)
    page.open_document(doc.id)
    page.reader.anchorClicked.emit(QUrl(f"file:{doc.attachments[0].sha256}"))
    assert opened == []
    assert "Không mở tệp" in page.banner.label.text() and "chương trình chạy được" in page.banner.label.text()
    assert list(private_tmp.iterdir()) == []


def test_folders_left_by_a_crashed_run_are_removed_at_the_next_start(demo_services, private_tmp, qtbot):
    stale = private_tmp / (ViewerFolder.PREFIX + "crashed")
    (stale / "0123456789abcdef").mkdir(parents=True)
    (stale / "0123456789abcdef" / "Thong bao.pdf").write_bytes(b"%PDF-1.4")
    day_old = time.time() - ViewerFolder.STALE_S - 60
    os.utime(stale, (day_old, day_old))
    open_now = private_tmp / (ViewerFolder.PREFIX + "open-in-another-window")
    open_now.mkdir()
    other = private_tmp / "someone-else"
    other.mkdir()
    os.utime(other, (day_old, day_old))
    page = LibraryPage(demo_services)
    qtbot.addWidget(page)
    assert not stale.exists()
    assert open_now.exists() and other.exists()
    page.shutdown()


def test_adding_an_executable_named_pdf_is_refused_and_nothing_is_stored(window, demo_services, tmp_path, qtbot):
    page = library(window)
    exe = tmp_path / "Thong bao.pdf"
    exe.write_bytes(hostile.EXE)
    before = len(demo_services.library.documents())
    page.add_files([exe])
    qtbot.waitUntil(lambda: "Chưa thêm được" in page.banner.label.text(), timeout=10000)
    assert "chương trình chạy được" in page.banner.label.text()
    assert len(demo_services.library.documents()) == before


def test_adding_a_pdf_too_slow_to_read_stores_it_and_says_so(window, demo_services, tmp_path, qtbot, monkeypatch):
    monkeypatch.setattr(extract, "DEFAULT_LIMITS", Limits(seconds=1))
    page = library(window)
    slow = tmp_path / "De cuong.pdf"
    slow.write_bytes(hostile.shared_stream_pdf())
    before = len(demo_services.library.documents())
    page.add_files([slow])
    qtbot.waitUntil(lambda: "Đã thêm" in page.banner.label.text(), timeout=30000)
    assert "De cuong.pdf" in page.banner.label.text() and "quá lâu" in page.banner.label.text()
    assert page.banner.property("kind") == "warning"
    assert len(demo_services.library.documents()) == before + 1
