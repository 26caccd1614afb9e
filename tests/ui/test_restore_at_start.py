"""The window started on a data folder it cannot use: a damaged database is restored from a good
backup through a dialog (the damaged file kept aside) and the window opens on the backup's data;
with no good backup nothing is touched; a held lock, a read-only folder and a full disk are each
said in their own words."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QStyle

from desktop_app.core.errors import DatabaseDamaged, DatabaseLocked, DiskFull, ReadOnlyStorage
from desktop_app.services import Services, good_backups
from desktop_app.storage import db as storage_db
from desktop_app.storage import records_repo as repo
from desktop_app.ui.i18n import Language
from desktop_app.ui.main import start_window
from desktop_app.ui.storage_problem import StorageProblemDialog
from desktop_app.ui.widgets import Ask
from tests.conftest import fixed_today

pytestmark = pytest.mark.gui


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wreck_header(data_dir: Path) -> None:
    """Garbage over the first pages (the header and the schema), as a failing disk would write:
    the file no longer opens as a database at all."""
    with open(data_dir / storage_db.DB_NAME, "r+b") as f:
        f.write(b"\xde\xad\xbe\xef" * 3072)


TALKS_IN_BACKUP: dict[Path, int] = {}


@pytest.fixture
def folder(demo_template, tmp_path) -> Path:
    """A demo data folder with one good backup, and one talk logged after that backup."""
    data_dir = tmp_path / "data"
    shutil.copytree(demo_template, data_dir)
    services = Services.open(data_dir, today=fixed_today)
    services.maintenance.backup()
    TALKS_IN_BACKUP[data_dir] = repo.count_talks(services.session.db)
    services.talks.add(held_on=fixed_today(), place="Nhà văn hóa ấp Tân Mỹ", format="meeting", attendance=12)
    services.close()
    return data_dir


@pytest.fixture
def offered(monkeypatch) -> list:
    """What the dialog was asked with; it answers as a person pressing Enter would: the newest good
    backup, or "Thoát" when there is none."""
    calls: list = []

    def ask(parent, problem, data_dir, backups, error=""):
        calls.append(SimpleNamespace(problem=problem, backups=backups, error=error))
        return backups[0] if backups else None

    monkeypatch.setattr(StorageProblemDialog, "ask", staticmethod(ask))
    return calls


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(Ask, "inform", staticmethod(lambda parent, title, text, close: messages.append((title, text))))
    return messages


@pytest.fixture
def started(qapp, qm_dir):
    """Start the window as ``sotay`` does; closes what it opened."""
    opened = []

    def start(data_dir: Path):
        language = Language()
        language.install("vi")
        controller = start_window(
            qapp,
            data_dir,
            SimpleNamespace(lang="vi", demo=False),
            language,
            lambda d: Services.open(d, today=fixed_today),
        )
        opened.append(controller)
        return controller

    yield start
    for controller in opened:
        if controller is not None and controller.window is not None:
            controller.window.shutdown()
            controller.window.close()
            controller.window.deleteLater()
        if controller is not None:
            controller.runner.cancel_all()
            controller.services.close()
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_database_too_damaged_to_open_is_restored_and_the_window_opens_on_the_backup(
    folder, offered, shown, started, qtbot
):
    good = storage_db.list_backups(folder)[0]
    in_backup = TALKS_IN_BACKUP[folder]
    wreck_header(folder)
    damaged = digest(folder / storage_db.DB_NAME)

    controller = started(folder)

    assert controller is not None and controller.window is not None
    [call] = offered
    assert isinstance(call.problem, DatabaseDamaged)
    assert [b.path for b in call.backups] == [good] and call.backups[0].reason == "manual"
    assert repo.count_talks(controller.services.session.db) == in_backup  # the talk logged after it is gone
    kept = [p for p in (folder / storage_db.BACKUP_DIR).iterdir() if p.name.endswith(storage_db.DAMAGED)]
    assert [digest(p) for p in kept] == [damaged]  # the damaged file kept aside, byte for byte
    qtbot.waitUntil(lambda: bool(shown), timeout=5_000)
    title, text = shown[0]
    assert title == "Đã khôi phục dữ liệu"
    assert call.backups[0].made_at.strftime("%d/%m/%Y %H:%M") in text and "sau thời điểm đó" in text
    assert str(folder) not in text


def test_with_no_good_backup_the_window_says_so_quits_and_changes_nothing(folder, offered, shown, started):
    wreck_header(folder)
    for backup in storage_db.list_backups(folder):
        shutil.copy(folder / storage_db.DB_NAME, backup)  # the only backup is a copy of the damage
    before = {p.relative_to(folder): digest(p) for p in folder.rglob("*") if p.is_file()}

    assert started(folder) is None

    [call] = offered
    assert isinstance(call.problem, DatabaseDamaged) and call.backups == []
    assert {p.relative_to(folder): digest(p) for p in folder.rglob("*") if p.is_file()} == before
    assert shown == []


def test_the_dialog_without_a_good_backup_says_to_keep_the_file_and_offers_only_quit(qapp, qm_dir, qtbot, tmp_path):
    problem = DatabaseDamaged(str(tmp_path / "sotay.db"), "DatabaseError: file is not a database")
    dialog = StorageProblemDialog(problem, tmp_path, [])
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == "Dữ liệu bị hỏng"
    assert "giữ nguyên" in dialog.text.text() and "hỗ trợ" in dialog.text.text()
    assert str(tmp_path) not in dialog.text.text() and str(tmp_path) in dialog.details.toPlainText()
    assert dialog.restore_button.isHidden() and dialog.quit_button.isDefault()


def test_the_dialog_is_keyboard_operable_and_shows_the_warning_icon(folder, qapp, qm_dir, qtbot):
    backups = good_backups(folder)
    problem = DatabaseDamaged(str(folder / "sotay.db"), "DatabaseError: file is not a database")
    dialog = StorageProblemDialog(problem, folder, backups)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    warning = dialog.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    assert dialog.icon.pixmap().toImage() == warning.pixmap(dialog.icon.pixmap().size()).toImage()
    assert dialog.backups.currentRow() == 0 and dialog.restore_button.isDefault()
    assert dialog.backups.item(0).text().endswith("— Sao lưu bằng tay")
    assert str(folder) not in dialog.text.text() and str(backups[0].path) in dialog.details.toPlainText()
    assert dialog.details.isHidden()
    dialog.details_button.click()
    assert dialog.details.isVisible()
    dialog.backups.setFocus()
    qtbot.keyClick(dialog.backups, Qt.Key.Key_Return)  # Enter restores from the selected backup
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen == backups[0]

    again = StorageProblemDialog(problem, folder, backups)
    qtbot.addWidget(again)
    again.show()
    qtbot.keyClick(again.backups, Qt.Key.Key_Escape)  # Escape is "Thoát"
    assert again.result() == again.DialogCode.Rejected and again.chosen is None


@pytest.fixture
def closed_last() -> list:
    """Services to close after every other fixture's teardown (the window's own closes them first):
    ask for it before ``app_controller``."""
    opened: list = []
    yield opened
    for services in opened:
        services.close()


def test_damage_found_by_the_health_check_is_restored_and_the_window_reopens(
    closed_last, app_controller, offered, shown, qtbot
):
    from test_storage_health import damage

    services = app_controller.services
    first_window = app_controller.window
    good = services.maintenance.backup()
    in_backup = repo.count_talks(services.session.db)
    services.talks.add(held_on=fixed_today(), place="Nhà văn hóa ấp Tân Mỹ", format="meeting", attendance=12)
    damage(services, "talks")

    app_controller.check_health()
    qtbot.waitUntil(lambda: app_controller.window is not first_window and bool(shown), timeout=10_000)

    [call] = offered
    assert isinstance(call.problem, DatabaseDamaged) and [b.path for b in call.backups] == [good]
    restored = app_controller.services
    closed_last.append(restored)
    assert restored is not services and restored.maintenance.check() == []
    assert repo.count_talks(restored.session.db) == in_backup
    assert app_controller.window.isVisible()
    assert any(p.name.endswith(storage_db.DAMAGED) for p in good.parent.iterdir())
    assert shown[0][0] == "Đã khôi phục dữ liệu"


def test_a_database_held_by_another_copy_of_the_program_is_said_so_not_as_damage(
    folder, offered, shown, started, monkeypatch
):
    monkeypatch.setenv("SOTAY_BUSY_TIMEOUT_MS", "100")
    holder = sqlite3.connect(folder / storage_db.DB_NAME, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("COMMIT")  # the exclusive lock stays held until the connection closes
    try:
        assert started(folder) is None
    finally:
        holder.close()
    [call] = offered
    assert isinstance(call.problem, DatabaseLocked) and call.backups == []


@pytest.mark.parametrize(
    ("problem", "heading"),
    [
        (
            DatabaseLocked("/data/sotay.db", "OperationalError: database is locked"),
            "Chương trình đang mở ở một cửa sổ khác",
        ),
        (
            ReadOnlyStorage("/data", "OperationalError: attempt to write a readonly database"),
            "Thư mục dữ liệu không cho ghi",
        ),
        (DiskFull("/data", "OperationalError: database or disk is full"), "Ổ đĩa đã đầy"),
    ],
)
def test_each_start_fault_has_its_own_words_without_paths(problem, heading, qapp, qm_dir, qtbot, tmp_path):
    dialog = StorageProblemDialog(problem, Path("/data"), [])
    qtbot.addWidget(dialog)
    assert dialog.heading.text() == heading
    assert "/data" not in dialog.text.text() and not dialog.text.text().startswith("Tệp dữ liệu của Sổ tay bị hỏng")
    assert problem.detail in dialog.details.toPlainText()
    assert dialog.restore_button.isHidden()


def test_sotay_on_a_damaged_database_shows_the_dialog_and_quit_leaves_everything_as_it_was(folder):
    """The real start path, in a subprocess: the dialog is up until --quit-after closes it, which is
    "Thoát": exit 1, no traceback, not a byte changed."""
    import os
    import subprocess
    import sys

    wreck_header(folder)
    before = {p.relative_to(folder): digest(p) for p in folder.rglob("*") if p.is_file()}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("SOTAY_DATA_DIR", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(folder), "--lang", "en", "--quit-after", "2"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    after = {p.relative_to(folder): digest(p) for p in folder.rglob("*") if p.is_file()}
    assert {path: after.get(path) for path in before} == before
    # checking a backup read-only leaves SQLite's empty side files of a WAL database, nothing else
    assert all(path.name.endswith(("-wal", "-shm")) for path in set(after) - set(before))
