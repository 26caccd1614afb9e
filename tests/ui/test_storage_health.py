"""The window over a damaged or locked database: a clear message, never a traceback dialog, and
nothing written to the damaged file."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.storage import db as storage_db
from desktop_app.storage import records_repo as repo
from desktop_app.ui.widgets import Ask

pytestmark = pytest.mark.gui


def damage(services, table: str) -> None:
    """Garbage over the leaf pages of ``table`` in the file on disk, as a failing disk would write."""
    services.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    path = services.data_dir / storage_db.DB_NAME
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table])]
    conn.close()
    with open(path, "r+b") as f:
        for page in pages:
            f.seek((page - 1) * page_size)
            f.write(b"\xde\xad\xbe\xef" * (page_size // 4))


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda parent, title, text, close: messages.append((title, text))))
    return messages


def test_a_sound_database_is_checked_at_start_and_spares_the_first_save(app_controller, qtbot, shown):
    db = app_controller.services.session.db
    db.sound = False
    app_controller.check_health()
    qtbot.waitUntil(lambda: db.sound, timeout=10_000)
    assert shown == []


def test_a_damaged_database_found_at_start_offers_the_backup_and_quit_restores_nothing(
    app_controller, qtbot, monkeypatch, shown
):
    from desktop_app.ui.storage_problem import StorageProblemDialog

    services = app_controller.services
    good = services.maintenance.backup()
    damage(services, "settings")
    offered = []
    monkeypatch.setattr(
        StorageProblemDialog,
        "ask",
        staticmethod(lambda parent, problem, data_dir, backups, error="": offered.append((problem, backups))),
    )  # "Thoát"
    app_controller.check_health()
    qtbot.waitUntil(lambda: bool(offered), timeout=10_000)
    problem, backups = offered[0]
    assert problem.code == "damaged" and problem.newest_backup == str(good)
    assert [b.path for b in backups] == [good]
    assert app_controller.window is None and shown == []  # the window closed: nothing else said
    assert services.maintenance.backups() == [good] and not list(good.parent.glob("*.damaged"))  # nothing restored


def test_saving_a_talk_into_a_damaged_database_is_refused_with_the_message(app_controller, qtbot, shown):
    services = app_controller.services
    window = app_controller.window
    before = repo.count_talks(services.session.db)
    services.session.db.sound = False  # as at start, before the check has run
    damage(services, "settings")
    window.new_talk()
    page = window.pages["talks"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.form.date)
    page.form.place.setText("Nhà văn hóa ấp Tân Mỹ")
    assert page.form._store(services.talks.new(place="Nhà văn hóa ấp Tân Mỹ")) is None
    assert page.form.summary.isVisible() and "bị hỏng" in page.form.summary.label.text()
    assert repo.count_talks(services.session.db) == before


def test_saving_a_talk_while_another_program_holds_the_lock_says_so(app_controller, qtbot, monkeypatch):
    services = app_controller.services
    window = app_controller.window
    before = repo.count_talks(services.session.db)
    services.session.db.execute("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(services.data_dir / storage_db.DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        window.new_talk()
        page = window.pages["talks"]
        assert page.form._store(services.talks.new(place="Nhà văn hóa ấp Tân Mỹ")) is None
        assert "đang bị một chương trình khác giữ để ghi" in page.form.summary.label.text()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert repo.count_talks(services.session.db) == before


def test_a_storage_fault_that_reaches_the_event_loop_is_shown_as_its_message(app_controller, shown):
    from desktop_app.core.errors import DiskFull

    passed_on = []
    hook = app_controller.storage_fault_hook(lambda kind, exc, tb: passed_on.append(exc))
    fault = DiskFull("/data", "OperationalError: database or disk is full")
    hook(type(fault), fault, None)
    assert shown == [("Không ghi được dữ liệu", fault.message)]
    bug = ValueError("a bug")
    hook(ValueError, bug, None)
    assert passed_on == [bug] and len(shown) == 1  # a bug is not dressed up as a storage message


def test_the_backup_list_puts_the_newest_copy_first_whatever_the_files_dates(app_controller):
    import os
    import shutil

    services = app_controller.services
    first = services.maintenance.backup()
    ahead = first.with_name("sotay-20310101-000000-000000-manual.db")  # made while the clock was ahead
    shutil.copy(first, ahead)
    os.utime(ahead, (1_925_000_000, 1_925_000_000))
    newest = services.maintenance.backup()
    page = app_controller.window.pages["settings"]
    page.refresh_backups()
    names = [page.backups.item(row).text() for row in range(page.backups.count())]
    assert names == [newest.name, first.name, ahead.name]
