"""A batch of files imported under a plan: the use case behind ``ExchangeService.import_files``.

An import is planned before it runs: for every file, whether the user confirmed its new sender's
key and which passphrase opens it (``ImportPlan``). The batch then takes one backup (before the
first file applied) and runs one ``import_paths`` per kind of choice. A large batch is indexed for
search as its groups of files commit, by a child process (``storage/index_alongside.py``); a
smaller one once, at the end (up to ``INDEX_AT_ONCE`` records; more is left to the next search
and the window's background work). See docs/exchange-format.md §6.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..exchange import FileOutcome, ImportSummary, import_paths
from ..exchange.importer import BULK_FILES, INDEXING
from ..storage import deferred_index, merge, search_file
from ..storage.index_alongside import IndexAlongside
from .session import Session

Progress = Callable[[int, int, str], None]
Cancel = Callable[[], bool]

INDEXING_STEP = INDEXING  # the progress text of the search-index pass after the files

INDEX_AT_ONCE = deferred_index.DEFAULT_BATCH  # more is left to the next search of talks and the window's worker


@dataclass(frozen=True)
class FileChoice:
    """What the user decided for one file before the import: trust its sender's new key (after
    comparing the fingerprint), the passphrase that opens it, and keep it although its sender is
    outside this installation's tree."""

    trust: bool = False
    passphrase: str | None = None
    accept_outside: bool = False


@dataclass(frozen=True)
class ImportPlan:
    """The files of a batch (folders expanded, in order) and the choice made for each."""

    files: tuple[Path, ...]
    choices: Mapping[str, FileChoice] = dataclasses.field(default_factory=dict)

    def choice(self, path: Path) -> FileChoice:
        return self.choices.get(str(path), FileChoice())


def import_batch(
    session: Session,
    plan: ImportPlan,
    *,
    dry_run: bool = False,
    index: bool = True,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportSummary:
    """Previews (``dry_run``) or imports the batch: one outcome per file in the plan's order, one
    backup before the first file applied, the search index completed once after the files
    (up to ``INDEX_AT_ONCE`` records)."""
    started = time.perf_counter()
    db = session.db
    if not dry_run:  # a damaged database takes no import: refused once, not file by file
        db.ensure_sound()
    groups: dict[FileChoice, list[Path]] = {}
    for path in plan.files:
        groups.setdefault(plan.choice(path), []).append(path)
    outcomes: dict[str, FileOutcome] = {}
    backup: str | None = None
    done = 0
    # a preview is the whole batch imported and rolled back: a file sees what the files before it wrote;
    # a large batch is indexed as its groups commit, by a second connection on the second core
    alongside = IndexAlongside(db, cancel) if index and not dry_run and len(plan.files) >= BULK_FILES else None
    with merge.rolled_back(db) if dry_run else alongside or contextlib.nullcontext():
        for choice, batch in sorted(
            groups.items(), key=lambda kv: (kv[0].trust, kv[0].passphrase or "", kv[0].accept_outside)
        ):
            part = import_paths(
                session.exchange_context(),
                batch,
                progress=_shifted(progress, done, len(plan.files)),
                cancel=cancel,
                dry_run=dry_run,
                trust=choice.trust,
                passphrase=choice.passphrase,
                index=False,
                backup=backup is None,
                accept_outside=choice.accept_outside,
            )
            backup = backup or part.backup
            done += len(batch)
            outcomes.update((outcome.path, outcome) for outcome in part.files)
    summary = ImportSummary(files=[outcomes[str(path)] for path in plan.files], dry_run=dry_run, backup=backup)
    if index and not dry_run and deferred_index.backlog_size(db) <= INDEX_AT_ONCE:
        step = (lambda n, total: progress(n, total, INDEXING_STEP)) if progress else None
        summary.indexed = search_file.healing(
            db, lambda: deferred_index.index_backlog(db, cancel=cancel, progress=step)
        )
    summary.indexed += alongside.indexed if alongside is not None else 0
    summary.index_pending = 0 if dry_run else deferred_index.backlog_size(db)
    summary.elapsed_s = time.perf_counter() - started
    return summary


def _shifted(progress: Progress | None, before: int, total: int) -> Progress | None:
    """One group's progress as part of the whole batch (files already done come first)."""
    if progress is None:
        return None
    report = progress
    return lambda done, _of, name: report(before + done, total, name)
