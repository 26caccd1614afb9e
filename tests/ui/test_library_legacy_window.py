"""Adding files typed in TCVN3 or VNI through the window: the before and after are shown first; "Thêm"
stores Unicode, "Huỷ" stores nothing; an unsure file is refused in Vietnamese."""

from __future__ import annotations

from legacy_samples import HEADING, TCVN3_RUN, VNI_RUN, legacy_text_file, mixed_docx, unsure_text_file

from desktop_app.core.legacy_encoding import TCVN3, VNI, encode
from desktop_app.ui.pages.library import LibraryPage
from desktop_app.ui.pages.library.legacy_preview import LegacyPreviewDialog


def library(window) -> LibraryPage:
    window.open_page("library")
    return window.pages["library"]


def _answer(monkeypatch, choice: str) -> list[list[tuple[str, ...]]]:
    """Shows the real dialog's rows to the test, then presses one of its buttons."""
    seen: list[list[tuple[str, ...]]] = []

    def press(dialog: LegacyPreviewDialog) -> bool:
        seen.append(dialog.rows())
        (dialog.add_button if choice == "add" else dialog.cancel_button).click()
        return dialog.result() == LegacyPreviewDialog.DialogCode.Accepted

    monkeypatch.setattr(LegacyPreviewDialog, "show_modal", staticmethod(press))
    return seen


def test_the_conversion_is_shown_then_stored_in_unicode(window, demo_services, tmp_path, qtbot, monkeypatch):
    seen = _answer(monkeypatch, "add")
    page = library(window)
    before = len(demo_services.library.documents())
    page.add_files([mixed_docx(tmp_path / "Thong bao cu.docx")])
    qtbot.waitUntil(lambda: "Đã thêm" in page.banner.label.text(), timeout=30000)
    [rows] = seen
    assert rows == [
        ("Thong bao cu.docx", "TCVN3 và VNI", encode(HEADING, TCVN3, upper_font=True), HEADING),
        ("Thong bao cu.docx", "TCVN3 và VNI", encode(TCVN3_RUN, TCVN3), TCVN3_RUN),
        ("Thong bao cu.docx", "TCVN3 và VNI", encode(VNI_RUN, VNI), VNI_RUN),
    ]
    assert "chuyển sang Unicode" in page.banner.label.text()
    assert len(demo_services.library.documents()) == before + 1
    assert demo_services.library.search("lừa đảo trực tuyến qua điện thoại", ("document",))


def test_cancel_stores_nothing_and_unicode_files_go_unasked(window, demo_services, tmp_path, qtbot, monkeypatch):
    seen = _answer(monkeypatch, "cancel")
    page = library(window)
    before = len(demo_services.library.documents())
    page.add_files([legacy_text_file(tmp_path / "cu.txt", VNI)])
    qtbot.waitUntil(lambda: "Chưa thêm tài liệu nào" in page.banner.label.text(), timeout=30000)
    assert len(seen) == 1 and seen[0][0][1] == "VNI"
    assert len(demo_services.library.documents()) == before
    plain = tmp_path / "moi.txt"
    plain.write_text("Tài liệu gõ Unicode.", encoding="utf-8")
    page.add_files([plain])
    qtbot.waitUntil(lambda: "Đã thêm" in page.banner.label.text(), timeout=30000)
    assert len(seen) == 1 and len(demo_services.library.documents()) == before + 1


def test_an_unsure_file_is_refused_in_vietnamese(window, demo_services, tmp_path, qtbot, monkeypatch):
    seen = _answer(monkeypatch, "add")
    page = library(window)
    before = len(demo_services.library.documents())
    page.add_files([legacy_text_file(tmp_path / "a.txt", TCVN3), unsure_text_file(tmp_path / "lan.txt")])
    qtbot.waitUntil(lambda: "Chưa thêm được" in page.banner.label.text(), timeout=30000)
    assert "lan.txt" in page.banner.label.text() and "bảng mã cũ" in page.banner.label.text()
    assert seen == [] and len(demo_services.library.documents()) == before
