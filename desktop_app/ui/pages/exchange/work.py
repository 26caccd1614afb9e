"""The exchange page's work: service calls to ``services.exchange`` (the same use cases as the command
line), handed to ``workers.run_call``."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from ....services import Services
from ....services.exchange import ExportResult, FileOutcome, ImportSummary, WaitingSender
from ...workers import Cancel, Progress


def export_call(folder: Path, snapshot: bool) -> Callable[[Services, Progress, Cancel], ExportResult]:
    """Writes my log (``snapshot``: a full copy) into ``folder``."""

    def call(services: Services, progress: Progress, cancel: Cancel) -> ExportResult:
        return services.exchange.export_log(folder, snapshot=snapshot, progress=progress)

    return call


def import_call(
    paths: list[Path],
    dry_run: bool,
    trusted: set[str],
    passphrases: Mapping[str, str],
    outside: Mapping[str, bool],
) -> Callable[[Services, Progress, Cancel], ImportSummary]:
    """Previews (``dry_run``) or imports the files: those whose sender key the user confirmed with
    trust, those the user gave a passphrase for with it, those from outside this installation's tree
    only when the user kept them (``outside``: path -> kept)."""

    def call(services: Services, progress: Progress, cancel: Cancel) -> ImportSummary:
        plan = services.exchange.plan(
            paths,
            trusted_files=trusted,
            passphrases=passphrases,
            outside_files=[p for p, kept in outside.items() if kept],
        )
        return services.exchange.import_files(plan, dry_run=dry_run, progress=progress, cancel=cancel)

    return call


def senders_call(outcomes: list[FileOutcome]) -> Callable[[Services, Progress, Cancel], list[WaitingSender]]:
    """The sender keys the previewed files wait on (each such file's manifest is read again)."""

    def call(services: Services, progress: Progress, cancel: Cancel) -> list[WaitingSender]:
        return services.exchange.waiting_senders(outcomes)

    return call
