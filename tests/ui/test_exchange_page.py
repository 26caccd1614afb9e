"""Trao đổi: a folder with one good and one damaged bundle; sending my log; the trust question."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.enums import Role
from desktop_app.services import Services
from desktop_app.storage import deferred_index
from desktop_app.storage import records_repo as repo
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog
from desktop_app.ui.widgets import Ask
from tests.conftest import fixed_today

TODAY = dt.date(2026, 11, 20)


@pytest.fixture
def inbox(tmp_path, demo_template):
    """A folder from Zalo: the demo commune's log, and a copy of it damaged in transit."""
    commune_dir = tmp_path / "commune"
    shutil.copytree(demo_template, commune_dir)
    commune = Services.open(commune_dir, today=fixed_today)
    from desktop_app.exchange import export_log

    folder = tmp_path / "zalo"
    folder.mkdir()
    good = export_log(commune.session.exchange_context(), to=folder).path
    commune.close()
    data = bytearray(good.read_bytes())
    data[len(data) // 2 : len(data) // 2 + 64] = b"\0" * 64
    (folder / "30130_log_hong.sotay").write_bytes(bytes(data[: len(data) - 100]))
    return folder, good


@pytest.fixture
def aggregator(tmp_path, qtbot):
    s = Services.open(tmp_path / "province", today=fixed_today)
    s.identity.init("P82", Role.AGGREGATOR, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")
    yield s
    s.close()


@pytest.mark.parametrize("alongside", [False, True], ids=["index-after", "index-alongside"])
def test_a_folder_with_a_good_and_a_damaged_bundle(aggregator, inbox, qtbot, monkeypatch, alongside):
    """``alongside``: the folder counts as a large batch, whose search index a second connection
    writes while the files import."""
    folder, good = inbox
    if alongside:
        from desktop_app.exchange import importer
        from desktop_app.services import import_batch

        monkeypatch.setattr(importer, "BULK_FILES", 2)
        monkeypatch.setattr(import_batch, "BULK_FILES", 2)
    window = MainWindow(aggregator)
    qtbot.addWidget(window)
    window.show()
    window.open_page("exchange")
    page: ExchangePage = window.pages["exchange"]
    asked = []
    monkeypatch.setattr(
        SendersDialog,
        "ask",
        staticmethod(lambda parent, senders: asked.extend((s.unit_name, s.fingerprint) for s in senders) or senders),
    )
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder))
    page.folder_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.outcomes.rowCount() == 2, timeout=20000)
    # the dry run wrote nothing; the good file needs its sender's key confirmed first
    assert repo.count_talks(aggregator.session.db) == 0
    by_name = {page.outcomes.record(r).path.split("/")[-1]: r for r in range(2)}
    good_row = by_name[good.name]
    assert page.outcomes.index(good_row, 2).data() == "Cần xác nhận khoá"
    assert page.trust_button.isVisible()
    page.trust_button.click()
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)  # a worker reads the files' keys first
    assert asked and asked[0][1]  # the fingerprint was shown
    qtbot.waitUntil(lambda: page.worker is None and page.apply_button.isVisible(), timeout=20000)
    assert page.outcomes.index(good_row, 2).data().startswith("Sẵn sàng")
    new_in_preview = page.outcomes.record(good_row).counts["new"]
    assert new_in_preview > 0
    shown = []
    shows_progress = page._progress
    monkeypatch.setattr(
        page, "_progress", lambda done, total, text: shown.append(text) or shows_progress(done, total, text)
    )
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.applied, timeout=30000)
    # the search index is built once after the files, with its own progress (or alongside them), and is complete
    if alongside:  # nothing was left to index after the files: the child had it
        assert "cập nhật chỉ mục tìm kiếm" not in shown
    else:
        assert shown[-1] == "cập nhật chỉ mục tìm kiếm"
    assert deferred_index.backlog_size(aggregator.session.db) == 0
    assert (
        aggregator.session.db.execute("SELECT count(*) FROM search_docs WHERE kind = 'talk'").fetchone()[0]
        == aggregator.session.db.execute("SELECT count(*) FROM talks WHERE deleted = 0").fetchone()[0]
    )
    damaged_row = by_name["30130_log_hong.sotay"]
    assert page.outcomes.index(good_row, 2).data().startswith("Đã nhập")
    assert page.outcomes.index(damaged_row, 2).data() == "Bị từ chối"
    reason = page.outcomes.index(damaged_row, 8).data()
    assert "hỏng" in reason or "sửa" in reason
    assert repo.count_talks(aggregator.session.db) == 160
    assert page.outcomes.record(good_row).counts["new"] == new_in_preview  # the dry run told the truth
    assert "Đã nhập 1 tệp; 1 tệp không nhập." in page.banner.label.text()
    assert page.received_model.rowCount() == 1
    # while a worker runs: counts read as numbers, and nothing can reset or save the half-done result
    page._busy(True)
    page._progress(40000, 100000, "cập nhật chỉ mục tìm kiếm")
    assert page.progress_label.text() == "40.000/100.000 cập nhật chỉ mục tìm kiếm"
    assert not page.clear_button.isEnabled() and not page.save_report.isEnabled()
    page._busy(False)
    assert page.clear_button.isEnabled()
    window.close()


def test_sending_my_log_shows_the_file_and_what_it_holds(window, qtbot, tmp_path, monkeypatch):
    page = window.pages["exchange"]
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: tmp_path / "usb"))
    (tmp_path / "usb").mkdir()
    QApplication.processEvents()
    window.export()
    assert window.current_page() == "exchange"
    page.send_button.click()
    qtbot.waitUntil(lambda: page.send_button.isEnabled() and "Đã tạo tệp" in page.send_result.text(), timeout=20000)
    files = list((tmp_path / "usb").glob("*.sotay"))
    assert len(files) == 1 and files[0].name in page.send_result.text()
    assert "160 buổi" in page.send_result.text()
    assert page.sent_model.rowCount() == 1
    qtbot.waitUntil(lambda: "Chờ gửi: 0 thay đổi" in window.waiting_label.text(), timeout=5000)


def test_saving_the_result_report(aggregator, inbox, qtbot, tmp_path):
    folder, _good = inbox
    page = ExchangePage(aggregator, None)  # no runner: the work runs inline
    qtbot.addWidget(page)
    page.receive([folder])
    assert page.outcomes.rowCount() == 2
    target = tmp_path / "ket-qua.txt"
    page.write_report(target)
    text = target.read_text(encoding="utf-8")
    assert "30130_log_hong.sotay" in text and "Bị từ chối" in text


def test_a_bundle_locked_with_a_passphrase_asks_for_it(aggregator, tmp_path, demo_template, qtbot, monkeypatch):
    """need_passphrase → the page asks; a wrong answer asks again saying so; the right one previews and
    imports; giving up leaves the file refused with its reason."""
    from desktop_app.exchange import export_log
    from desktop_app.ui.pages.exchange import PassphraseDialog

    commune_dir = tmp_path / "commune"
    shutil.copytree(demo_template, commune_dir)
    commune = Services.open(commune_dir, today=fixed_today)
    (tmp_path / "usb").mkdir()
    locked = export_log(commune.session.exchange_context(), to=tmp_path / "usb", passphrase="mat khau dung").path
    commune.close()

    # giving up: the file stays refused and its reason is shown
    monkeypatch.setattr(PassphraseDialog, "ask", staticmethod(lambda *a: None))
    page = ExchangePage(aggregator, None)  # no runner: the work runs inline
    qtbot.addWidget(page)
    page.receive([locked])
    assert page.outcomes.record(0).reason == "need_passphrase"
    assert "mật khẩu" in page.outcomes.index(0, 8).data()

    answers = ["sai roi", "mat khau dung"]
    asked = []
    monkeypatch.setattr(
        PassphraseDialog,
        "ask",
        staticmethod(lambda parent, name, wrong: asked.append((name, wrong)) or (answers.pop(0) if answers else None)),
    )
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    page.receive([locked])
    assert asked == [(locked.name, False), (locked.name, True)]  # asked, then told the first was wrong
    outcome = page.outcomes.record(0)
    assert outcome.status == "refused" and outcome.reason == "unknown_key"  # now readable: the key question
    page.confirm_keys()
    assert page.outcomes.record(0).status == "previewed"
    page.apply()
    assert page.outcomes.record(0).status == "applied"
    assert repo.count_talks(aggregator.session.db) == 160


def test_a_large_import_in_the_window_is_indexed_in_the_background_afterwards(aggregator, inbox, qtbot, monkeypatch):
    """An import bigger than one index batch returns with its data committed; the window's
    background work, run again after the data changed, indexes the rest."""
    from desktop_app.services import import_batch

    monkeypatch.setattr(import_batch, "INDEX_AT_ONCE", 2)
    _folder, good = inbox
    window = MainWindow(aggregator)
    qtbot.addWidget(window)
    window.show()
    summary = aggregator.exchange.import_files(aggregator.exchange.plan([good], trust_all=True))
    assert summary.files[0].status == "applied" and summary.index_pending > 2
    window._data_changed()  # what the exchange page's sig_changed does after an import
    qtbot.waitUntil(lambda: deferred_index.backlog_size(aggregator.session.db) == 0, timeout=30000)
    talks = aggregator.session.db.execute("SELECT count(*) FROM talks WHERE deleted = 0").fetchone()[0]
    assert aggregator.session.db.execute("SELECT count(*) FROM search_docs WHERE kind = 'talk'").fetchone()[0] == talks
    window.close()


def test_the_window_finishes_an_index_an_interrupted_import_left(aggregator, inbox, qtbot):
    """Imported talks that were not indexed yet (the program was closed while it indexed) are
    indexed by the window's background status work, so search finds them."""
    from desktop_app.exchange import import_paths

    _folder, good = inbox
    assert (
        import_paths(aggregator.session.exchange_context(), [good], trust=True, index=False).files[0].status
        == "applied"
    )
    assert deferred_index.backlog_size(aggregator.session.db) > 0
    window = MainWindow(aggregator)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: deferred_index.backlog_size(aggregator.session.db) == 0, timeout=20000)
    assert (
        aggregator.session.db.execute("SELECT count(*) FROM search_docs WHERE kind = 'talk'").fetchone()[0]
        == aggregator.session.db.execute("SELECT count(*) FROM talks WHERE deleted = 0").fetchone()[0]
    )
    window.close()
