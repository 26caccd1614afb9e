"""A large import returns once its data is committed; the search index follows. A search of talks
waits for what is pending and is never stale; an index killed mid-way is completed afterwards."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

from exchange_helpers import PROVINCE, Factory, add_talks, fixed_today

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log
from desktop_app.services import Services, import_batch
from desktop_app.storage import deferred_index

ROOT = Path(__file__).resolve().parents[2]


def import_all(agg, bundle, **options):
    return agg.exchange.import_files(agg.exchange.plan([bundle], trust_all=True), **options)


def test_a_large_import_leaves_the_index_to_the_next_search(tmp_path, monkeypatch):
    monkeypatch.setattr(import_batch, "INDEX_AT_ONCE", 2)
    f = Factory(tmp_path)
    commune = f.make("c", "30130")
    talks = add_talks(commune, 5)
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "inbox").path
    agg = f.make("a", PROVINCE, Role.AGGREGATOR)
    summary = import_all(agg, bundle)
    assert summary.files[0].status == "applied" and summary.indexed == 0
    assert summary.index_pending == 5 and summary.as_dict()["index_pending"] == 5
    assert agg.talks.count() == 5  # the data is there at once
    hits = agg.library.search("lua dao", ("talk",), limit=50)
    assert {h.ref_id for h in hits} == {t.id for t in talks}
    assert deferred_index.backlog_size(agg.session.db) == 0


def test_a_small_import_is_indexed_before_it_returns(tmp_path):
    f = Factory(tmp_path)
    commune = f.make("c", "30130")
    add_talks(commune, 3)
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "inbox").path
    agg = f.make("a", PROVINCE, Role.AGGREGATOR)
    summary = import_all(agg, bundle)
    assert summary.indexed == 3 and summary.index_pending == 0
    assert deferred_index.backlog_size(agg.session.db) == 0


def kill_while_indexing(folder: Path, after: int) -> int:
    """Index the backlog in another process that dies (no clean-up, no rollback of what was
    committed) once ``after`` records are indexed."""
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from desktop_app.services import Services\n"
        "from desktop_app.storage import deferred_index\n"
        "s = Services.open(Path(sys.argv[1]))\n"
        "def step(done, total):\n"
        f"    if done >= {after}:\n"
        "        os._exit(9)\n"
        f"deferred_index.index_backlog(s.session.db, batch={after}, progress=step)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code, str(folder)], env=env, check=False).returncode


def test_an_index_killed_mid_way_is_completed_and_search_is_never_stale(tmp_path):
    f = Factory(tmp_path)
    commune = f.make("c", "30130")
    talks = add_talks(commune, 60)
    first = export_log(commune.session.exchange_context(), to=tmp_path / "inbox").path
    agg = f.make("a", PROVINCE, Role.AGGREGATOR)
    assert import_all(agg, first, index=False).files[0].status == "applied"
    agg.close()
    assert kill_while_indexing(tmp_path / "a", after=20) == 9
    # the commune changes one talk's words and deletes another; that file arrives before the index is done
    commune.talks.save(dataclasses.replace(commune.talks.get(talks[0].id), notes="Hỏi về bảo hiểm y tế"))
    commune.talks.delete(talks[1].id)
    second = export_log(commune.session.exchange_context(), to=tmp_path / "inbox2").path
    agg = Services.open(tmp_path / "a", today=fixed_today)
    assert deferred_index.backlog_size(agg.session.db) == 40
    assert agg.session.db.execute("SELECT count(*) FROM search_docs WHERE kind = 'talk'").fetchone()[0] == 20
    assert import_all(agg, second, index=False).files[0].status == "applied"
    found = {h.ref_id for h in agg.library.search("lua dao", ("talk",), limit=100)}
    assert found == {t.id for t in talks[2:]}
    assert [h.ref_id for h in agg.library.search("bao hiem", ("talk",))] == [talks[0].id]
    assert deferred_index.backlog_size(agg.session.db) == 0
