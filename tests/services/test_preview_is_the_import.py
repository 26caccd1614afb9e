"""The preview is the import rolled back: on every file of a mixed folder (new senders, a locked
file, a damaged one, a later file that updates an earlier one's talks, a file from a commune whose
clock ran ahead, the same file twice) the preview's counts are the counts the import then reports."""

from __future__ import annotations

import dataclasses
import shutil
import time

from exchange_helpers import Factory, add_talks, content, fixed_today
from mixed_inbox import PASSPHRASE, mixed_inbox

from desktop_app.services import Services
from desktop_app.storage import records_repo as repo

YEAR_MS = 365 * 24 * 3600 * 1000


def _a_year_ahead(s: Services) -> Services:
    """The same installation, opened with its wall clock a year ahead."""
    folder = s.data_dir
    s.close()
    return Services.open(folder, today=fixed_today, now_ms=lambda: time.time_ns() // 1_000_000 + YEAR_MS)


def _later_files(base, inbox) -> str:
    """A second log of the pinned commune, one talk edited and one added; a commune a year ahead; a
    copy of a file already in the folder. Returns the code of the commune that ran ahead."""
    pinned = Services.open(base / f"xa-{inbox.pinned}", today=fixed_today)
    talk = pinned.talks.list()[0]
    pinned.talks.save(dataclasses.replace(talk, attendance=talk.attendance + 7))
    add_talks(pinned, 1, start=40)
    pinned.exchange.export_log(inbox.folder / "z-sau")
    pinned.close()
    ahead_code = Factory(base).communes(5)[-1]
    ahead = _a_year_ahead(Factory(base).make(f"xa-{ahead_code}", ahead_code))
    add_talks(ahead, 2)
    ahead.exchange.export_log(inbox.folder / "z-nhanh")
    ahead.close()
    (inbox.folder / "zz-ban-sao").mkdir()
    shutil.copy(inbox.folder / inbox.files[inbox.pinned], inbox.folder / "zz-ban-sao")
    return ahead_code


def _seen(outcome) -> tuple:
    status = "applied" if outcome.status == "previewed" else outcome.status
    return status, outcome.reason, outcome.counts, outcome.set_aside, outcome.tables


def test_preview_counts_equal_the_import_counts_on_every_file(tmp_path):
    inbox = mixed_inbox(tmp_path)
    ahead = _later_files(tmp_path, inbox)
    s = inbox.copy(tmp_path / "a")
    plan = s.exchange.plan(
        [inbox.folder], trusted_senders=[inbox.confirmed, inbox.locked, ahead], passphrase=PASSPHRASE
    )
    before = content(s)

    preview = s.exchange.import_files(plan, dry_run=True)
    assert content(s) == before and repo.count_talks(s.session.db) == 0  # nothing stayed
    assert all(f.status != "applied" for f in preview.files)
    result = s.exchange.import_files(plan)

    assert [_seen(f) for f in preview.files] == [_seen(f) for f in result.files]
    assert preview.totals == result.totals
    # the folder holds what makes a naive preview wrong
    statuses = [f.status for f in result.files]
    assert statuses.count("applied") == 5 and "already_imported" in statuses
    assert result.totals["updated"] >= 1 and result.totals["quarantined"] >= 2
    # every commune talked about "Chuyển đổi số": shared vocabulary, never updated or in conflict
    topics = [f.tables["topics"] for f in result.files if "topics" in f.tables]
    assert [t["new"] for t in topics].count(1) == 1 and sum(t["unchanged"] for t in topics) >= 2
    assert not any(t["updated"] or t["conflicting"] for t in topics)
    s.close()
