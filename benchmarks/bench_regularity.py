"""Regularity at national scale: 1,000,000 talks from the 3,321 communes over one year.

    .venv/bin/python benchmarks/bench_regularity.py [--talks N] [--keep DIR]

Target (issue 16): the regularity of a province's year (every commune under it: weeks with
activity, longest gap, peak share) ≤ 1 s. The talks are generated as ``bench_reports.py`` generates
them (one executemany through the real schema).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_reports import generate  # noqa: E402

from desktop_app.core.enums import Role  # noqa: E402
from desktop_app.reports import periods  # noqa: E402
from desktop_app.services import Services  # noqa: E402


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return times[0], statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--talks", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="keep (or reuse) the generated data folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sotay-bench-regularity-"))
    fresh = not (folder / "sotay.db").exists()
    s = Services.open(folder, today=lambda: dt.date(2026, 12, 31))
    if fresh:
        s.identity.init("P82", Role.AGGREGATOR, "bench")
        info = generate(s, args.talks)
        print(f"generated {args.talks:,} talks in {info['insert_s']:.1f} s")
    year = periods.parse("2026")
    biggest = s.session.db.execute(
        "SELECT u.province_code, count(*) FROM talks t JOIN units u ON u.code = t.unit_code "
        "GROUP BY u.province_code ORDER BY 2 DESC LIMIT 1"
    ).fetchone()[0]
    for label, root, target in [
        (f"regularity, year 2026, province {biggest} (the most talks)", biggest, 1.0),
        ("regularity, year 2026, province P82 Đồng Tháp", "P82", 1.0),
        ("regularity, year 2026, whole country (no target)", "VN", None),
    ]:
        first, median, report = timed(lambda root=root: s.regularity.measure(root, year), runs=5)
        ok = "" if target is None else ("  OK" if median <= target else "  OVER TARGET")
        print(
            f"{label:<60} first {first * 1000:6.0f} ms  median {median * 1000:6.0f} ms  "
            f"{len(report.units):,} units, {report.whole.activities:,} talks{ok}"
        )
    s.close()
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
