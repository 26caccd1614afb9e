"""The preview is the import rolled back (issue 12): how long a folder of commune logs takes to
preview and then to import, through ``services.exchange`` as the window and ``sotay import`` call it.
Run by hand, not in the tests:

    .venv/bin/python benchmarks/bench_preview.py              # 100 bundles of 300 talks (30,000)
    .venv/bin/python benchmarks/bench_preview.py --files 10   # a smaller folder

The folder is written once under --work (each bundle signed by its own commune's key)."""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from exchange_helpers import PROVINCE, Factory, bulk_talks, fixed_today  # noqa: E402

from desktop_app.core.enums import Role  # noqa: E402
from desktop_app.services import Services  # noqa: E402


def make_folder(work: Path, files: int, talks: int) -> Path:
    folder = work / f"inbox-{files}x{talks}"
    if folder.exists() and len(list(folder.glob("*.sotay"))) == files:
        return folder
    shutil.rmtree(work, ignore_errors=True)
    factory = Factory(work)
    for n, code in enumerate(factory.communes(files)):
        s = factory.make(f"xa-{code}", code)
        bulk_talks(s, talks, seed=n)
        s.exchange.export_log(folder)
        s.close()
        shutil.rmtree(work / f"xa-{code}")
    factory.make("tinh", PROVINCE, Role.AGGREGATOR).close()
    return folder


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--files", type=int, default=100)
    p.add_argument("--talks", type=int, default=300, help="talks per file")
    p.add_argument("--work", default="/tmp/sotay-bench-preview")
    args = p.parse_args()
    work = Path(args.work)
    folder = make_folder(work, args.files, args.talks)
    target = work / "run"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(work / "tinh", target)
    s = Services.open(target, today=fixed_today)
    plan = s.exchange.plan([folder], trust_all=True)
    started = time.perf_counter()
    preview = s.exchange.import_files(plan, dry_run=True)
    previewed = time.perf_counter() - started
    started = time.perf_counter()
    result = s.exchange.import_files(plan)
    imported = time.perf_counter() - started
    s.close()
    same = [f.counts for f in preview.files] == [f.counts for f in result.files]
    print(f"{args.files} files, {result.totals['new']:,} records new")
    print(f"preview {previewed:.2f} s, import {imported:.2f} s, preview counts == import counts: {same}")


if __name__ == "__main__":
    main()
