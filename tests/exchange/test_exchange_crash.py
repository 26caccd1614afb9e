"""Kill the importing process at random moments (SIGKILL, 20 times): every time the database passes
integrity_check, holds either all of the bundle or none of it, and has all its talk triggers (the
merge lifts them for its statement, as it does for big bundles)."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from exchange_helpers import PROVINCE, TALK_TRIGGERS, Factory, bulk_talks

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log
from desktop_app.exchange.keys import identity, trust_key

ROOT = Path(__file__).resolve().parents[2]
N_TALKS = 2000
IMPORTER = """
import sys
from pathlib import Path
from desktop_app.services import Services
from desktop_app.exchange import import_paths
from desktop_app.storage import merge
merge.BULK_TRIGGER_ROWS = 1000  # a big bundle's path: the talk triggers lifted inside the transaction
s = Services.open(Path(sys.argv[1]))
print("ready", flush=True)
sys.stdin.readline()
summary = import_paths(s.session.exchange_context(), [Path(sys.argv[2])])
print(summary.files[0].status, flush=True)
"""

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _state(folder: Path) -> tuple[str, int, int]:
    import sqlite3

    conn = sqlite3.connect(folder / "sotay.db")
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        talks = conn.execute("SELECT count(*) FROM talks").fetchone()[0]
        ledger = conn.execute("SELECT count(*) FROM exchange_ledger").fetchone()[0]
        triggers = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'talks'")
        assert triggers.fetchone()[0] == TALK_TRIGGERS, folder.name
    finally:
        conn.close()
    return integrity, talks, ledger


def test_sigkill_leaves_all_or_nothing(tmp_path):
    f = Factory(tmp_path)
    commune = f.make("commune", "30130")
    bulk_talks(commune, N_TALKS)
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "bundle.sotay").path
    ident = identity(commune.session.exchange_context())
    agg = f.make("agg", PROVINCE, Role.AGGREGATOR)
    trust_key(agg.session.db, "30130", ident.key_id, ident.public_key)
    agg.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    agg.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def start(folder: Path) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, "-c", IMPORTER, str(folder), str(bundle)],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "ready"
        return proc

    # one full run measures how long the import takes
    folder = tmp_path / "timing"
    shutil.copytree(tmp_path / "agg", folder)
    proc = start(folder)
    began = time.perf_counter()
    proc.stdin.write("go\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == "applied"
    duration = time.perf_counter() - began
    proc.wait(10)
    assert _state(folder) == ("ok", N_TALKS, 1)

    rng = random.Random(3)
    seen = {"none": 0, "all": 0}
    for batch in range(4):  # start five importers at a time (start-up dominates), then kill each
        procs = []
        for k in range(5):
            folder = tmp_path / f"kill-{batch}-{k}"
            shutil.copytree(tmp_path / "agg", folder)
            procs.append(
                (
                    folder,
                    subprocess.Popen(
                        [sys.executable, "-c", IMPORTER, str(folder), str(bundle)],
                        env=env,
                        stdin=subprocess.PIPE,
                        stdout=subprocess.PIPE,
                        text=True,
                    ),
                )
            )
        for folder, proc in procs:
            assert proc.stdout.readline().strip() == "ready"
            proc.stdin.write("go\n")
            proc.stdin.flush()
            time.sleep(rng.uniform(0, duration * 1.05))
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            integrity, talks, ledger = _state(folder)
            assert integrity == "ok", (folder.name, integrity)
            assert (talks, ledger) in ((0, 0), (N_TALKS, 1)), (folder.name, talks, ledger)
            seen["all" if talks else "none"] += 1
            shutil.rmtree(folder)
    print(f"import {duration:.2f} s, outcomes {seen}")
    assert sum(seen.values()) == 20 and seen["none"] > 0, seen
