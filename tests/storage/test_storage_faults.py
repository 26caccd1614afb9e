"""Storage faults, each met for real: a damaged file, a read-only mount, a full tmpfs, a write lock
held by another process, backups dated in the future, a backup killed half-way. Every command
ends with exit 1 and its own message, never a traceback, and nothing stored is lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from desktop_app.core.errors import DatabaseDamaged
from desktop_app.services import Services
from desktop_app.storage import db as storage_db

DAMAGED = "bị hỏng"
READ_ONLY = "chỉ đọc được"
FULL = "đã đầy"
LOCKED = "đang bị một chương trình khác giữ để ghi"


def fixed_today() -> dt.date:
    return dt.date(2026, 11, 20)


def sotay(folder: Path, *args: str, env: dict | None = None, wait: bool = True):
    cmd = [sys.executable, "-m", "desktop_app", "--data-dir", str(folder), *args]
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", "SOTAY_BUSY_TIMEOUT_MS": "300", **(env or {})}
    if not wait:
        return subprocess.Popen(cmd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return subprocess.run(cmd, capture_output=True, text=True, env=full_env, timeout=120)


def refused(result: subprocess.CompletedProcess, message: str) -> None:
    assert result.returncode == 1, (result.stdout, result.stderr)
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def talk_places(folder: Path) -> list[str]:
    conn = sqlite3.connect(folder / storage_db.DB_NAME)
    try:
        return sorted(r[0] for r in conn.execute("SELECT place FROM talks"))
    finally:
        conn.close()


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A commune with three talks and a backup, closed cleanly (one file, no write-ahead log)."""
    folder = tmp_path_factory.mktemp("faults") / "data"
    s = Services.open(folder, today=fixed_today)
    from desktop_app.core.enums import Role

    s.identity.init("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
    for place in ("Ấp Tân Mỹ", "Ấp Tân Phú", "Hội trường xã"):
        s.talks.add(place=place, attendance=30)
    s.maintenance.backup()
    s.close()
    return folder


@pytest.fixture
def commune(template, tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    return folder


def damage(folder: Path, table: str = "talks") -> None:
    """Overwrite the leaf pages of ``table`` with garbage, as a failing disk would."""
    path = folder / storage_db.DB_NAME
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf'", [table])]
    conn.close()
    assert pages
    with open(path, "r+b") as f:
        for page in pages:
            f.seek((page - 1) * page_size)
            f.write(b"\xde\xad\xbe\xef" * (page_size // 4))


def integrity_ok(path: Path) -> bool:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


@contextmanager
def mounted_tmpfs(where: Path, size: str):
    """A real tmpfs of ``size`` at ``where``, unmounted whatever happens; skips where mounting is
    not permitted (not root, no CAP_SYS_ADMIN in a container)."""
    where.mkdir(parents=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({result.stderr.strip() or result.returncode})")
    try:
        yield where
    finally:
        if subprocess.run(["umount", str(where)], capture_output=True).returncode != 0:
            subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True, capture_output=True)


# --- a damaged file ---------------------------------------------------------------------------


def test_check_lists_the_damage_and_names_the_backup_to_restore(commune):
    newest = storage_db.list_backups(commune)[0]
    damage(commune)
    result = sotay(commune, "check")
    refused(result, DAMAGED)
    assert "Cơ sở dữ liệu có lỗi:" in result.stdout
    assert str(newest) in result.stderr
    report = json.loads(sotay(commune, "check", "--json").stdout)
    assert report["ok"] is False and report["problems"] and report["newest_good_backup"] == str(newest)


def test_check_of_a_file_that_is_no_database_at_all(commune):
    with open(commune / storage_db.DB_NAME, "r+b") as f:
        f.write(b"garbage!" * 16)  # the header: SQLite no longer recognises the file
    result = sotay(commune, "check")
    refused(result, DAMAGED)
    assert "not a database" in result.stdout


def test_writes_imports_and_backups_refuse_a_damaged_database_and_restore_heals_it(commune, tmp_path):
    before = talk_places(commune)
    newest = storage_db.list_backups(commune)[0]
    damage(commune, "settings")  # the talks stay readable: only the check can tell
    for args in (("talks", "add", "--place", "Ấp mới"), ("backup",), ("import", str(tmp_path / "any.sotay"))):
        result = sotay(commune, *args)
        refused(result, DAMAGED)
        assert f'sotay restore "{newest}"' in result.stderr
    assert storage_db.list_backups(commune) == [newest]
    assert sotay(commune, "restore", str(newest)).returncode == 0
    assert sotay(commune, "check").returncode == 0
    assert talk_places(commune) == before
    assert sotay(commune, "talks", "add", "--place", "Ấp mới").returncode == 0


def test_restore_replaces_a_file_too_damaged_to_open(commune):
    before = talk_places(commune)
    newest = storage_db.list_backups(commune)[0]
    with open(commune / storage_db.DB_NAME, "r+b") as f:
        f.write(b"garbage!" * 16)
    result = sotay(commune, "restore", str(newest))
    assert result.returncode == 0, result.stderr
    assert talk_places(commune) == before
    kept = list((commune / storage_db.BACKUP_DIR).glob("*.db.damaged"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"garbage!")  # kept for recovery


def test_eleven_backups_of_a_damaged_database_keep_the_last_good_one(commune):
    s = Services.open(commune, today=fixed_today)
    try:
        for _ in range(storage_db.KEEP_BACKUPS - 1):
            s.maintenance.backup()
    finally:
        s.close()
    good = storage_db.list_backups(commune)
    assert len(good) == storage_db.KEEP_BACKUPS
    damage(commune)
    s = Services.open(commune, today=fixed_today)
    try:
        for _ in range(11):
            with pytest.raises(DatabaseDamaged) as info:
                s.maintenance.backup()
            assert info.value.newest_backup == str(good[0])
    finally:
        s.close()
    assert storage_db.list_backups(commune) == good
    assert all(integrity_ok(p) for p in good)
    assert not list((commune / storage_db.BACKUP_DIR).glob("*.partial*"))


# --- clock jumps ------------------------------------------------------------------------------


def test_backups_dated_in_the_future_never_push_out_the_new_one(commune):
    folder = commune / storage_db.BACKUP_DIR
    source = storage_db.list_backups(commune)[0]
    future = time.mktime((2031, 1, 1, 0, 0, 0, 0, 0, -1))
    for n in range(storage_db.KEEP_BACKUPS + 2):  # copies made while the clock was five years ahead
        old_style = folder / f"sotay-20310101-0000{n:02d}-000000-manual.db"  # named before the counter
        shutil.copy(source, old_style)
        os.utime(old_style, (future + n, future + n))
    ahead = folder / "sotay-000007-20310101-120000-000000-before-import.db"
    shutil.copy(source, ahead)
    os.utime(ahead, (future, future))
    result = sotay(commune, "backup", "--json")
    assert result.returncode == 0, result.stderr
    written = Path(json.loads(result.stdout)["backup"])
    listed = [Path(p["path"]) for p in json.loads(sotay(commune, "backup", "--list", "--json").stdout)["backups"]]
    assert written.exists() and listed[0] == written
    assert listed[1] == ahead
    assert len(listed) == storage_db.KEEP_BACKUPS
    assert integrity_ok(written)


# --- a killed backup --------------------------------------------------------------------------


def test_a_killed_backup_is_never_listed_and_is_cleaned_up_next_time(commune):
    conn = sqlite3.connect(commune / storage_db.DB_NAME)  # big enough for the copy to take a while
    conn.execute("CREATE TABLE padding(data BLOB)")
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1200) "
        "INSERT INTO padding SELECT randomblob(65536) FROM n"
    )
    conn.commit()
    conn.close()
    folder = commune / storage_db.BACKUP_DIR
    before = storage_db.list_backups(commune)
    proc = sotay(commune, "backup", wait=False)
    deadline = time.monotonic() + 60
    while not list(folder.glob("*.partial")) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.001)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL, "the backup finished before it could be killed"
    assert list(folder.glob("*.partial"))  # what the killed copy left behind...
    listed = json.loads(sotay(commune, "backup", "--list", "--json").stdout)["backups"]
    assert [Path(p["path"]) for p in listed] == before  # ...is not a backup
    result = sotay(commune, "backup", "--json")
    assert result.returncode == 0, result.stderr
    assert not list(folder.glob("*.partial*"))  # cleaned up by the next backup
    assert integrity_ok(Path(json.loads(result.stdout)["backup"]))


# --- a read-only folder, a full disk, a held lock ---------------------------------------------


def test_a_read_only_folder_is_named_as_such_not_as_damage(template, tmp_path):
    with mounted_tmpfs(tmp_path / "mnt", "64m") as mnt:
        folder = mnt / "data"
        shutil.copytree(template, folder)
        before = talk_places(folder)
        remount(mnt, "ro")
        try:
            for args in (("talks", "add", "--place", "Ấp mới"), ("talks", "list"), ("backup",), ("check",)):
                result = sotay(folder, *args)
                refused(result, READ_ONLY)
                assert "khôi phục" not in result.stderr  # nothing to restore: nothing is damaged
            refused(sotay(mnt / "new", "init", "--unit", "30130"), READ_ONLY)
            # the window: its one-window lock cannot be written either; the start says why and quits
            window = sotay(folder, "--quit-after", "2", env={"QT_QPA_PLATFORM": "offscreen"})
            assert window.returncode == 1 and "Traceback" not in window.stderr, window.stderr
        finally:
            remount(mnt, "rw")
        assert talk_places(folder) == before
        assert sotay(folder, "check").returncode == 0


def test_a_full_disk_is_named_and_loses_nothing(template, tmp_path):
    with mounted_tmpfs(tmp_path / "mnt", "4m") as mnt:
        folder = mnt / "data"
        folder.mkdir()
        shutil.copy(template / storage_db.DB_NAME, folder)
        before = talk_places(folder)
        filler = mnt / "filler"
        with open(filler, "wb") as f:  # take every remaining byte
            try:
                while True:
                    f.write(b"\0" * 4096)
                    f.flush()
            except OSError:
                pass
        refused(sotay(folder, "talks", "add", "--place", "Ấp mới", "--notes", "x" * 5000), FULL)
        refused(sotay(folder, "backup"), FULL)
        assert not list((folder / storage_db.BACKUP_DIR).glob("*"))  # no partial copy left behind
        filler.unlink()
        assert talk_places(folder) == before
        assert sotay(folder, "check").returncode == 0
        assert sotay(folder, "talks", "add", "--place", "Ấp mới").returncode == 0


def test_a_write_lock_held_by_another_program_is_named(commune):
    before = talk_places(commune)
    holder = sqlite3.connect(commune / storage_db.DB_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        refused(sotay(commune, "talks", "add", "--place", "Ấp mới"), LOCKED)
        refused(sotay(commune, "groups", "add", "--name", "Chi hội phụ nữ ấp 1"), LOCKED)
        assert sotay(commune, "talks", "list").returncode == 0  # reading goes on meanwhile
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert talk_places(commune) == before
    assert sotay(commune, "talks", "add", "--place", "Ấp mới").returncode == 0


# --- closing ----------------------------------------------------------------------------------


def test_a_clean_close_folds_the_write_ahead_log_into_the_file(commune):
    reader = sqlite3.connect(commune / storage_db.DB_NAME)  # another connection keeps the log alive
    try:
        reader.execute("SELECT count(*) FROM talks").fetchone()
        s = Services.open(commune, today=fixed_today)
        s.talks.add(place="Ấp Tân Thạnh", attendance=12)
        assert (commune / f"{storage_db.DB_NAME}-wal").stat().st_size > 0
        s.close()
        assert (commune / f"{storage_db.DB_NAME}-wal").stat().st_size == 0
    finally:
        reader.close()


def test_an_import_that_fills_the_disk_is_named_not_blamed_on_the_file(template, tmp_path):
    bundle = tmp_path / "xa-thanh-binh.sotay"
    assert sotay(template, "export", "--to", str(bundle)).returncode == 0
    with mounted_tmpfs(tmp_path / "mnt", "8m") as mnt:
        province = mnt / "province"
        assert sotay(province, "init", "--unit", "P82", "--role", "aggregator").returncode == 0
        shutil.rmtree(province / storage_db.BACKUP_DIR, ignore_errors=True)
        size = (province / storage_db.DB_NAME).stat().st_size
        free = shutil.disk_usage(mnt).free
        with open(mnt / "filler", "wb") as f:  # room to open the database, none for its backup copy
            f.write(b"\0" * (free - size // 2))
        result = sotay(province, "import", "--trust", str(bundle))
        refused(result, FULL)
        assert "Lỗi của chương trình" not in result.stdout + result.stderr
        assert not list((province / storage_db.BACKUP_DIR).glob("*"))
        conn = sqlite3.connect(province / storage_db.DB_NAME)
        assert conn.execute("SELECT count(*) FROM talks").fetchone()[0] == 0
        conn.close()


def test_looking_for_the_newest_good_backup_leaves_nothing_beside_it(commune):
    """Naming the backup to restore reads the copies: it must not leave ``-wal``/``-shm`` files beside
    them (rotation deletes the copy and would leave those behind, one pair per damaged-file message)."""
    backups = commune / storage_db.BACKUP_DIR
    before = sorted(p.name for p in backups.iterdir())
    assert storage_db.newest_good_backup(commune) == str(storage_db.list_backups(commune)[0])
    assert sorted(p.name for p in backups.iterdir()) == before
