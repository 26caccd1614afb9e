"""The exchange page's work, run in a worker on a connection of its own: each call opens the data
folder, asks ``services.exchange`` (the same use cases as the command line) and closes it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from ....services import Services
from ....services.exchange import ExportResult, ImportSummary

Progress = Callable[[int, int, str], None]


def export_work(
    data_dir: Path,
    folder: Path,
    snapshot: bool,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    services = Services.open(data_dir)
    try:
        return services.exchange.export_log(folder, snapshot=snapshot, progress=progress)
    finally:
        services.close()


def import_work(
    data_dir: Path,
    paths: list[Path],
    dry_run: bool,
    trusted: set[str],
    passphrases: Mapping[str, str] | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Previews (``dry_run``) or imports the files: those whose sender key the user confirmed with
    trust, those the user gave a passphrase for with it."""
    services = Services.open(data_dir)
    try:
        plan = services.exchange.plan(paths, trusted_files=trusted, passphrases=passphrases)
        return services.exchange.import_files(plan, dry_run=dry_run, progress=progress, cancel=cancel)
    finally:
        services.close()


def start(runner, fn: Callable[..., object], *args: object, on_done, on_failed, on_progress=None):
    """Runs ``fn`` in the runner's worker (returned, to cancel), or inline without a runner (tests)."""
    if runner is None:
        try:
            result = fn(*args)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            on_failed(exc)
        else:
            on_done(result)
        return None
    return runner.start(fn, *args, on_done=on_done, on_failed=on_failed, on_progress=on_progress)
