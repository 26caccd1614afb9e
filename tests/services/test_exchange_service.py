"""services.exchange: an import planned file by file (trust, passphrase), one backup and one search
index pass per batch whatever the plan; the exchange status."""

from __future__ import annotations

from mixed_inbox import PASSPHRASE, mixed_inbox

from desktop_app.services.exchange import FileChoice
from desktop_app.storage import deferred_index
from desktop_app.storage import records_repo as repo


def _backups(s) -> list:
    return sorted((s.data_dir / "backups").glob("*before-import*.db"))


def test_the_plan_holds_each_files_trust_and_passphrase(tmp_path):
    inbox = mixed_inbox(tmp_path)
    s = inbox.copy(tmp_path / "a")
    locked = str(inbox.folder / inbox.files[inbox.locked])
    confirmed = str(inbox.folder / inbox.files[inbox.confirmed])

    plan = s.exchange.plan([inbox.folder], trusted_files=[confirmed], passphrases={locked: PASSPHRASE})
    assert [p.name for p in plan.files] == sorted(inbox.files.values())  # the folder, expanded in order
    assert plan.choice(inbox.folder / inbox.files[inbox.confirmed]) == FileChoice(trust=True)
    assert plan.choice(inbox.folder / inbox.files[inbox.locked]) == FileChoice(passphrase=PASSPHRASE)
    assert plan.choice(inbox.folder / inbox.files[inbox.declined]) == FileChoice()

    # by sender: only files whose signature is that unit's, an encrypted one opened with the passphrase
    plan = s.exchange.plan([inbox.folder], trusted_senders=[inbox.confirmed, inbox.locked], passphrase=PASSPHRASE)
    trusted = {p.name for p in plan.files if plan.choice(p).trust}
    assert trusted == {inbox.files[inbox.confirmed], inbox.files[inbox.locked]}
    assert all(plan.choice(p).passphrase == PASSPHRASE for p in plan.files)
    s.close()


def test_a_batch_of_several_choices_takes_one_backup_and_indexes_once(tmp_path):
    inbox = mixed_inbox(tmp_path)
    s = inbox.copy(tmp_path / "a")
    folder = inbox.folder
    plan = s.exchange.plan(
        [folder],
        trusted_files=[str(folder / inbox.files[c]) for c in (inbox.confirmed, inbox.locked)],
        passphrases={str(folder / inbox.files[inbox.locked]): PASSPHRASE},
    )

    preview = s.exchange.import_files(plan, dry_run=True)
    assert repo.count_talks(s.session.db) == 0 and not _backups(s) and preview.backup is None

    steps = []
    summary = s.exchange.import_files(plan, progress=lambda done, total, text: steps.append((done, total, text)))
    status = {f.path.rsplit("/", 1)[-1]: (f.status, f.reason) for f in summary.files}
    assert [f.path for f in summary.files] == [str(p) for p in plan.files]  # the plan's order
    assert status[inbox.files[inbox.pinned]] == ("applied", None)
    assert status[inbox.files[inbox.confirmed]] == ("applied", None)
    assert status[inbox.files[inbox.locked]] == ("applied", None)
    assert status[inbox.files[inbox.declined]] == ("refused", "unknown_key")
    assert status[inbox.files["damaged"]][0] == "refused"
    assert [f.counts["new"] for f in summary.files if f.status == "applied"] and summary.totals["new"] >= 3 + 4 + 6

    # three groups of choices, one backup, taken before the first file applied
    assert len(_backups(s)) == 1 and summary.backup == str(_backups(s)[0])
    # the files count up over the whole batch, then the search index once, complete
    file_steps = [(done, total) for done, total, text in steps if text != "cập nhật chỉ mục tìm kiếm"]
    assert file_steps[-1] == (5, 5) and all(total == 5 for _done, total in file_steps)
    assert steps[-1][2] == "cập nhật chỉ mục tìm kiếm"
    assert summary.indexed > 0 and deferred_index.backlog_size(s.session.db) == 0
    s.close()


def test_the_exchange_status(tmp_path):
    inbox = mixed_inbox(tmp_path)
    s = inbox.copy(tmp_path / "a")
    before = s.exchange.status()
    assert before.last_export_day is None and before.waiting == 0
    assert len(before.not_reported) > 4  # every commune of the province
    plan = s.exchange.plan([inbox.folder], trust_all=True, passphrase=PASSPHRASE)
    s.exchange.import_files(plan)
    after = s.exchange.status()
    assert len(after.not_reported) == len(before.not_reported) - 4
    assert s.exchange.chain_gaps() == []
    senders = {row["unit_code"] for row in s.exchange.senders()}
    assert senders == {inbox.pinned, inbox.confirmed, inbox.declined, inbox.locked}
    s.close()
