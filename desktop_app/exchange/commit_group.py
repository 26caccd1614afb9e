"""The files of a large batch committed together, each still all or nothing.

A national folder is thousands of small files (a commune's few hundred talks each). Committed one
by one, each file paid a commit (its pages written to the log), a recomputation of the summaries
it touched (``Store.atomic``) and the talk triggers row by row. In a large batch the files applied
in a row share one transaction instead, each in a savepoint of its own (``apply_bundle`` nests
``Store.atomic``): a refused or cancelled file rolls back its savepoint and nothing else, as a
preview's files already do. The group commits once it holds ``GROUP_ROWS`` rows or
``GROUP_FILES`` files, and at the end of the batch. Inside it the talk triggers stay lifted
(``merge.lifted_talk_triggers``) and every merge of talks does their work set-based.

What a group costs if it cannot commit: a fault of the data folder (full, read-only) ends the batch
as before, and the files of the open group are then not applied, none half. If SQLite itself ended
the transaction under a file (an error that rolls back everything), the files the group had applied
are reported refused with that file named, never as applied.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..storage import merge
from ..storage.store import Store
from .errors import BundleRefused
from .outcome import COUNT_KEYS, FileOutcome

GROUP_ROWS = 20_000  # rows applied before a group commits: about a second of the write lock
GROUP_FILES = 200  # files applied before a group commits, however small they are


class CommitGroup:
    """The open group of a batch, if any: opened by the first file that writes, committed by size."""

    def __init__(self, db: Store, enabled: bool) -> None:
        self._db = db
        self.enabled = enabled
        self._open: contextlib.ExitStack | None = None
        self._applied: list[FileOutcome] = []
        self._rows = 0

    @property
    def triggers_lifted(self) -> bool:
        return self._open is not None

    def join(self) -> None:
        """Called by a file about to write (after the batch's backup): opens the group's
        transaction with the talk triggers lifted, unless one is open."""
        if not self.enabled or self._open is not None:
            return
        stack = contextlib.ExitStack()
        stack.enter_context(self._db.atomic())
        stack.enter_context(merge.lifted_talk_triggers(self._db))
        self._open = stack

    def after(self, outcome: FileOutcome, seen: dict[str, str] | None) -> bool:
        """After each file: notes what it applied and commits the group once it is large enough.
        Returns whether the group was lost (what the batch learnt from its files is then stale)."""
        if self._open is None:
            return False
        if not self._db.conn.in_transaction:  # SQLite rolled the whole group back under this file
            self._lost(outcome, seen)
            return True
        if outcome.status == "applied":
            self._applied.append(outcome)
            self._rows += sum(outcome.counts[key] for key in COUNT_KEYS)
        if self._rows >= GROUP_ROWS or len(self._applied) >= GROUP_FILES:
            self.commit()
        return False

    def commit(self) -> None:
        """Puts the triggers back, recomputes the summaries and commits (``Store.atomic``)."""
        stack, self._open = self._open, None
        self._applied, self._rows = [], 0
        if stack is not None:
            stack.close()

    def abort(self) -> None:
        """Rolls the open group back (the batch stops on an error)."""
        stack, self._open = self._open, None
        self._applied, self._rows = [], 0
        if stack is not None:
            with contextlib.suppress(_Abort):
                stack.__exit__(_Abort, _Abort(), None)

    def _lost(self, cause: FileOutcome, seen: dict[str, str] | None) -> None:
        lost = {outcome.bundle_id for outcome in self._applied}
        for outcome in self._applied:
            refused = BundleRefused("internal_error", f"rolled back with {Path(cause.path).name}: {cause.detail}")
            outcome.status, outcome.reason = "refused", refused.reason
            outcome.message, outcome.detail = refused.message, refused.detail
            outcome.warnings = outcome.other_warnings()  # nothing of it was set aside either
            outcome.counts, outcome.tables, outcome.set_aside = dict.fromkeys(COUNT_KEYS, 0), {}, {}
            outcome.urgent = outcome.receipts_marked = 0
            outcome.records.clear()
        if seen is not None:
            for sha in [sha for sha, bundle_id in seen.items() if bundle_id in lost]:
                del seen[sha]
        self.abort()  # the transaction is gone already: the group's contexts are only closed


class _Abort(Exception):
    """Thrown into the open group's contexts to roll them back."""
