"""The files of a large batch share a transaction, each in a savepoint of its own: the database
ends as if they had been applied one by one, a file that fails costs only itself, and a group that
cannot commit never leaves a file half applied nor reported applied."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from exchange_helpers import PROVINCE, TALK_TRIGGERS, Factory, add_talks, content

from desktop_app.core.enums import Role
from desktop_app.core.errors import StorageError
from desktop_app.exchange import commit_group, export_log, import_paths, importer
from desktop_app.services import Services, import_batch
from desktop_app.storage import deferred_index, ledger, summaries

FILES = 6
TALKS = 3  # per file
ROWS = TALKS + 1  # and the topic they name


@pytest.fixture
def world(tmp_path: Path) -> tuple[Factory, Path]:
    """A folder of six commune logs and an empty provincial aggregator (kept as a template)."""
    f = Factory(tmp_path)
    folder = tmp_path / "folder"
    for n, code in enumerate(f.communes(FILES)):
        commune = f.make(f"xa{n}", code)
        add_talks(commune, TALKS)
        export_log(commune.session.exchange_context(), to=folder)
        commune.close()
    f.make("empty", PROVINCE, Role.AGGREGATOR).close()
    return f, folder


def aggregator(f: Factory, name: str) -> Services:
    shutil.copytree(f.base / "empty", f.base / name)
    return Services.open(f.base / name)


def commits_of(s: Services, call) -> tuple[object, int]:
    """What ``call`` returns, and how many transactions it committed."""
    seen: list[str] = []
    s.session.db.conn.set_trace_callback(seen.append)
    try:
        result = call()
    finally:
        s.session.db.conn.set_trace_callback(None)
    return result, sum(1 for sql in seen if sql.strip().upper() == "COMMIT")


def state(s: Services) -> dict:
    db = s.session.db
    out = content(s)
    out["summaries"] = [summaries.stored_rows(db, summary) for summary in summaries.SUMMARIES]
    out["backlog"] = sorted(db.execute("SELECT kind, ref_id FROM search_backlog").fetchall())
    out["ledger"] = sorted(db.execute("SELECT bundle_id FROM exchange_ledger").fetchall())
    out["schema"] = sorted(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    return out


def test_a_large_batch_commits_by_group_and_ends_as_one_by_one(world, monkeypatch):
    f, folder = world
    one_by_one = aggregator(f, "one")
    grouped = aggregator(f, "grouped")
    try:
        alone, commits_alone = commits_of(
            one_by_one, lambda: import_paths(one_by_one.session.exchange_context(), [folder], trust=True, index=False)
        )
        monkeypatch.setattr(importer, "BULK_FILES", 2)
        monkeypatch.setattr(commit_group, "GROUP_ROWS", 3 * ROWS)  # three files a group
        together, commits_grouped = commits_of(
            grouped, lambda: import_paths(grouped.session.exchange_context(), [folder], trust=True, index=False)
        )
        assert [o.status for o in together.files] == [o.status for o in alone.files] == ["applied"] * FILES
        assert [o.counts for o in together.files] == [o.counts for o in alone.files]
        assert commits_alone >= FILES
        # two groups, plus the suspended index's drop and rebuild (their own transactions)
        assert commits_grouped == 2 + 2
        assert state(grouped) == state(one_by_one)
        for summary in summaries.SUMMARIES:  # the summaries recomputed at each group's commit
            assert summaries.stored_rows(grouped.session.db, summary) == summaries.fresh_rows(
                grouped.session.db, summary
            )
        assert grouped.maintenance.check() == []
    finally:
        one_by_one.close()
        grouped.close()


def _failing_at(monkeypatch, victim: str, fail) -> None:
    """``ledger.record_bundle``, the last write of a file, fails for the file named ``victim``."""
    real = ledger.record_bundle

    def record(db, entry):
        if entry["file_name"] == victim:
            fail(db)
        return real(db, entry)

    monkeypatch.setattr(ledger, "record_bundle", record)


def _grouped(monkeypatch) -> None:
    monkeypatch.setattr(importer, "BULK_FILES", 2)
    monkeypatch.setattr(commit_group, "GROUP_ROWS", 10**9)  # one group for the whole batch


def test_a_file_failing_inside_a_group_costs_only_itself(world, monkeypatch):
    f, folder = world
    victim = sorted(p.name for p in folder.iterdir())[2]

    def fail(db):
        raise RuntimeError("a bug")

    _failing_at(monkeypatch, victim, fail)
    _grouped(monkeypatch)
    s = aggregator(f, "agg")
    try:
        summary = import_paths(s.session.exchange_context(), [folder], trust=True, index=False)
        status = {Path(o.path).name: o.status for o in summary.files}
        assert status.pop(victim) == "refused"
        assert set(status.values()) == {"applied"}
        assert s.talks.count() == (FILES - 1) * TALKS
        for summary_table in summaries.SUMMARIES:
            assert summaries.stored_rows(s.session.db, summary_table) == summaries.fresh_rows(
                s.session.db, summary_table
            )
        assert s.maintenance.check() == []
    finally:
        s.close()


def test_a_group_sqlite_rolled_back_is_reported_refused_never_applied(world, monkeypatch):
    f, folder = world
    names = sorted(p.name for p in folder.iterdir())
    victim = names[3]

    def fail(db):
        db.conn.execute("ROLLBACK")  # what SQLite does itself after some errors (a full disk, an I/O error)
        raise sqlite3.OperationalError("disk I/O error")

    _failing_at(monkeypatch, victim, fail)
    _grouped(monkeypatch)
    s = aggregator(f, "agg")
    try:
        summary = import_paths(s.session.exchange_context(), [folder], trust=True, index=False)
        outcomes = {Path(o.path).name: o for o in summary.files}
        for name in names[:3]:  # applied in the group, then rolled back with it
            assert outcomes[name].status == "refused"
            assert outcomes[name].reason == "internal_error" and victim in outcomes[name].detail
            assert len(outcomes[name].records) == 0 and not any(outcomes[name].counts.values())
        assert outcomes[victim].status == "refused"
        assert [outcomes[name].status for name in names[4:]] == ["applied", "applied"]
        applied_new = sum(o.counts["new"] for o in summary.files if o.status == "applied")
        assert s.talks.count() == applied_new - 1 == 2 * TALKS  # and the topic, new once
        assert len(s.session.db.execute("SELECT 1 FROM exchange_ledger").fetchall()) == 2
        assert s.maintenance.check() == []

        monkeypatch.undo()  # the next import takes what was lost, and only that
        again = import_paths(s.session.exchange_context(), [folder], trust=True, index=False)
        assert sorted(o.status for o in again.files) == ["already_imported"] * 2 + ["applied"] * 4
        assert s.talks.count() == FILES * TALKS
    finally:
        s.close()


def test_a_fault_of_the_data_folder_ends_the_batch_and_leaves_no_file_half(world, monkeypatch):
    f, folder = world
    names = sorted(p.name for p in folder.iterdir())

    def fail(db):
        raise StorageError("Ổ đĩa đầy.", "disk full")

    _failing_at(monkeypatch, names[4], fail)
    monkeypatch.setattr(importer, "BULK_FILES", 2)
    monkeypatch.setattr(commit_group, "GROUP_ROWS", 3 * ROWS)  # three files a group
    s = aggregator(f, "agg")
    try:
        with pytest.raises(StorageError):
            import_paths(s.session.exchange_context(), [folder], trust=True, index=False)
        # the committed group stays; the open one (the file before the failing one, and it) is not
        # applied at all: the next import takes both
        assert s.talks.count() == 3 * TALKS
        assert len(s.session.db.execute("SELECT 1 FROM exchange_ledger").fetchall()) == 3
        triggers = s.session.db.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'talks'"
        )
        assert triggers.fetchone()[0] == TALK_TRIGGERS
        assert s.maintenance.check() == []
    finally:
        s.close()


def test_the_staging_table_is_made_once_per_connection(world):
    """Thousands of files must not create and drop a table once each (a schema change, after which
    SQLite prepares the connection's statements again): it is made once and left empty."""
    f, folder = world
    s = aggregator(f, "agg")
    seen: list[str] = []
    try:
        s.session.db.conn.set_trace_callback(seen.append)
        summary = import_paths(s.session.exchange_context(), [folder], trust=True, index=False)
        s.session.db.conn.set_trace_callback(None)
        assert {o.status for o in summary.files} == {"applied"}
        assert not [sql for sql in seen if sql.upper().startswith("DROP") and "sotay_stage" in sql]
        stages = [
            name
            for (name,) in s.session.db.execute(
                "SELECT name FROM sqlite_temp_master WHERE type = 'table' AND name LIKE 'sotay_stage_%'"
            )
        ]
        assert len(stages) == 2  # talks, and the topics they name
        for stage in stages:
            assert s.session.db.execute(f"SELECT count(*) FROM temp.{stage}").fetchone()[0] == 0
    finally:
        s.close()


def test_a_large_batch_is_indexed_alongside_as_its_groups_commit(world, monkeypatch):
    """The search index of a large batch is written by a child process while the import goes on:
    each group is indexed before the next one commits, nothing is left for afterwards, and the
    index ends as one written after the import."""
    f, folder = world
    after, alongside = aggregator(f, "after"), aggregator(f, "alongside")
    watcher = Services.open(f.base / "alongside")  # a third connection that sees what the child indexed
    try:
        after.exchange.import_files(after.exchange.plan([folder], trust_all=True))
        monkeypatch.setattr(importer, "BULK_FILES", 2)
        monkeypatch.setattr(import_batch, "BULK_FILES", 2)
        monkeypatch.setattr(commit_group, "GROUP_ROWS", 2 * ROWS)  # three groups of two files
        left_after: list[int] = []
        index_backlog = deferred_index.index_backlog
        monkeypatch.setattr(
            deferred_index, "index_backlog", lambda db, *a, **k: left_after.append(index_backlog(db, *a, **k)) or 0
        )
        caught_up: list[bool] = []
        commit = commit_group.CommitGroup.commit

        def waiting_for_the_index(self):  # after each group, the import waits until the child has indexed it
            commit(self)
            deadline = time.monotonic() + 30
            while deferred_index.backlog_size(watcher.session.db) and time.monotonic() < deadline:
                time.sleep(0.02)
            caught_up.append(deferred_index.backlog_size(watcher.session.db) == 0)

        monkeypatch.setattr(commit_group.CommitGroup, "commit", waiting_for_the_index)
        summary = alongside.exchange.import_files(alongside.exchange.plan([folder], trust_all=True))
        assert [o.status for o in summary.files] == ["applied"] * FILES
        assert len(caught_up) >= 3 and all(caught_up) and left_after == [0]  # each group indexed by the child
        assert summary.indexed == FILES * TALKS and summary.index_pending == 0
        assert alongside.session.db.execute("SELECT count(*) FROM search_backlog").fetchone()[0] == 0  # pruned
        assert content(alongside)["search_docs"] == content(after)["search_docs"]
        assert len(alongside.library.search("lua dao", ("talk",), limit=100)) == FILES * TALKS
    finally:
        watcher.close()
        after.close()
        alongside.close()


def test_an_import_killed_outright_leaves_no_indexer_behind(tmp_path):
    """The indexer beside an import stops once the import's process is gone (killed, or the
    machine's power cut short its session): no process is left polling the database."""
    f = Factory(tmp_path)
    f.make("agg", PROVINCE, Role.AGGREGATOR).close()
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from desktop_app.services import Services\n"
        "from desktop_app.storage.index_alongside import IndexAlongside\n"
        "if __name__ == '__main__':\n"
        "    s = Services.open(Path(sys.argv[1]))\n"
        "    alongside = IndexAlongside(s.session.db).__enter__()\n"
        "    Path(sys.argv[2]).write_text(str(alongside._process.pid))\n"
        "    os._exit(9)\n"
    )
    script = tmp_path / "killed.py"
    script.write_text(code)
    root = Path(__file__).resolve().parents[2]
    pid_file = tmp_path / "indexer.pid"
    out = subprocess.run(  # no pipe the indexer could inherit and hold open
        [sys.executable, str(script), str(tmp_path / "agg"), str(pid_file)],
        env=dict(os.environ, PYTHONPATH=str(root)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    assert out.returncode == 9
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 20
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    alive = _alive(child)
    if alive:
        os.kill(child, 9)
    assert not alive


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return Path(f"/proc/{pid}/stat").exists() and Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"


def test_without_a_second_process_a_large_batch_is_indexed_after_it(world, monkeypatch):
    """Should no process be had (the system's limits), the import goes on and indexes afterwards."""
    import multiprocessing.context

    f, folder = world
    agg = aggregator(f, "no-process")
    try:
        monkeypatch.setattr(importer, "BULK_FILES", 2)
        monkeypatch.setattr(import_batch, "BULK_FILES", 2)

        def refused(self):
            raise OSError(11, "Resource temporarily unavailable")

        monkeypatch.setattr(multiprocessing.context.SpawnProcess, "start", refused)
        summary = agg.exchange.import_files(agg.exchange.plan([folder], trust_all=True))
        assert [o.status for o in summary.files] == ["applied"] * FILES
        assert summary.indexed == FILES * TALKS and summary.index_pending == 0
        assert len(agg.library.search("lua dao", ("talk",), limit=100)) == FILES * TALKS
    finally:
        agg.close()
