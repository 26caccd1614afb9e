"""What checking every outgoing row costs (issue 10 follow-up). Run by hand, not in the tests:

    .venv/bin/python benchmarks/bench_export.py               # 100,000 talks, median of 5
    .venv/bin/python benchmarks/bench_export.py --talks 20000 --repeat 3

A commune database holding N talks (written straight into the table, as a big log would be) is
exported as a full snapshot, in the same run, with the receiver's row checker on every row (what
``export_log`` does) and with the check left out; runs alternate so a slow minute of a shared
machine hits both alike. Prints the medians and the ratio.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from exchange_helpers import COMMUNE, Factory, synthetic_talks  # noqa: E402

from desktop_app.core.clock import Clock  # noqa: E402
from desktop_app.exchange import export as export_module  # noqa: E402
from desktop_app.exchange.rows import SPECS, check_row  # noqa: E402
from desktop_app.storage import merge  # noqa: E402


def unchecked(_table, rows, _problems):
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--talks", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-export-"))
    try:
        s = Factory(work).make("c", COMMUNE)
        rows = synthetic_talks(COMMUNE, args.talks, Clock("bench0001", now_ms=lambda: 1_763_000_000_000), seed=1)
        with s.session.db.atomic():
            merge.upsert_rows(
                s.session.db, "talks", "id", SPECS["talks"].columns, (check_row("talks", r) for r in rows)
            )
        del rows
        checked = export_module.sendable
        times: dict[str, list[float]] = {"checked": [], "unchecked": []}
        for i in range(args.repeat):
            for name, fn in (("checked", checked), ("unchecked", unchecked)):
                export_module.sendable = fn
                t = time.perf_counter()
                export_module.export_log(s.session.exchange_context(), to=work / f"{name}-{i}", snapshot=True)
                times[name].append(time.perf_counter() - t)
        export_module.sendable = checked
        s.close()
        median = {k: sorted(v)[len(v) // 2] for k, v in times.items()}
        extra = median["checked"] - median["unchecked"]
        print(f"{args.talks:,} talks, snapshot export, median of {args.repeat}:")
        print(f"  with the row check  {median['checked']:.2f} s")
        print(f"  without             {median['unchecked']:.2f} s")
        print(
            f"  cost {extra:.2f} s = {extra / args.talks * 1e6:.1f} µs a talk, "
            f"{median['checked'] / median['unchecked']:.2f} ×"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
