"""Kill a grouped batch import at random moments (SIGKILL): the database passes integrity_check,
has all its talk triggers (a group lifts them inside its transaction), and holds each file whole
or not at all, the ledger agreeing; the next start gets the suspended index back."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from exchange_helpers import PROVINCE, TALK_TRIGGERS, Factory, bulk_talks

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log
from desktop_app.services import Services

ROOT = Path(__file__).resolve().parents[2]
FILES, TALKS = 6, 300
IMPORTER = """
import sys
from pathlib import Path
from desktop_app.services import Services
from desktop_app.exchange import commit_group, import_paths, importer
importer.BULK_FILES = 2
commit_group.GROUP_ROWS = 2 * 300  # two files a group
s = Services.open(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
summary = import_paths(s.session.exchange_context(), [Path(sys.argv[2])], trust=True, index=False)
print(",".join(sorted(set(f.status for f in summary.files))), flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _state(folder: Path) -> tuple[str, dict[str, int], set[str]]:
    conn = sqlite3.connect(folder / "sotay.db")
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'talks'")
        assert triggers.fetchone()[0] == TALK_TRIGGERS, folder.name
        talks = dict(conn.execute("SELECT owner_unit, count(*) FROM talks GROUP BY owner_unit").fetchall())
        ledger = {r[0] for r in conn.execute("SELECT sender_unit FROM exchange_ledger")}
    finally:
        conn.close()
    return integrity, talks, ledger


def test_sigkill_during_a_grouped_batch_leaves_each_file_whole_or_absent(tmp_path):
    f = Factory(tmp_path)
    inbox = tmp_path / "inbox"
    for n, code in enumerate(f.communes(FILES)):
        commune = f.make(f"xa{n}", code)
        bulk_talks(commune, TALKS, seed=n)
        export_log(commune.session.exchange_context(), to=inbox)
        commune.close()
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    agg.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    agg.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def start(folder: Path) -> subprocess.Popen:
        shutil.copytree(tmp_path / "agg", folder)
        proc = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(folder), str(inbox)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "ready"
        return proc

    proc = start(tmp_path / "timing")  # one full run measures how long the batch takes
    began = time.perf_counter()
    proc.stdin.write("go\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "applied"
    duration = time.perf_counter() - began
    proc.wait(10)
    assert _state(tmp_path / "timing")[1] == dict.fromkeys(_state(tmp_path / "timing")[2], TALKS)

    rng = random.Random(5)
    applied = []
    for k in range(8):
        folder = tmp_path / f"kill-{k}"
        proc = start(folder)
        proc.stdin.write("go\n")
        proc.stdin.flush()
        time.sleep(rng.uniform(0, duration * 1.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        integrity, talks, ledger = _state(folder)
        assert integrity == "ok", (folder.name, integrity)
        assert set(talks.values()) <= {TALKS} and set(talks) == ledger, (folder.name, talks, ledger)
        assert len(ledger) % 2 == 0 or len(ledger) == FILES  # whole groups of two files
        applied.append(len(ledger))
        if k < 2:  # the next start rebuilds the index the batch had suspended; the file is sound
            again = Services.open(folder)
            try:
                assert again.maintenance.check() == []
            finally:
                again.close()
        shutil.rmtree(folder)
    assert min(applied) < FILES, applied
