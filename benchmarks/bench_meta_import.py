"""Importing a fanpage's per-post Meta export of 10,000 posts (issue 15: ≤ 3 s). Run by hand:

    .venv/bin/python benchmarks/bench_meta_import.py            # 10,000 posts, 34 columns
    .venv/bin/python benchmarks/bench_meta_import.py --posts 2000 --repeat 1

Each run is ``services.channels.import_meta`` on a fresh commune with one fanpage: read the file,
check it, upsert every post, sum the page's totals. The first import (every post new) and a
re-export of the same posts with changed figures (every post updated) are timed apart; the
median of --repeat runs is printed. Linking to talks is left out (``--create-talks`` writes one
talk per post, which is the talk log's own cost).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from meta_files import post_csv, post_row  # noqa: E402

from desktop_app.core.enums import Role  # noqa: E402
from desktop_app.services import Services  # noqa: E402


def one_run(posts: int, work: Path) -> tuple[float, float]:
    first = work / "posts-10.csv"
    first.write_bytes(post_csv([post_row(n, 100 + n % 900, day=1 + n % 28) for n in range(posts)], 34, 3))
    again = work / "posts-11.csv"
    again.write_bytes(post_csv([post_row(n, 200 + n % 900, day=1 + n % 28) for n in range(posts)], 32, 8))
    s = Services.open(work / "data")
    try:
        s.identity.init("30130", Role.COMMUNE, "bench")
        page = s.channels.add(name="Trang xã")
        start = time.perf_counter()
        result = s.channels.import_meta([first], channel_id=page.id, as_of="2026-11-01")
        new_s = time.perf_counter() - start
        assert result.new == posts, result
        start = time.perf_counter()
        result = s.channels.import_meta([again], channel_id=page.id, as_of="2026-11-15")
        updated_s = time.perf_counter() - start
        assert result.updated == posts, result
    finally:
        s.close()
    return new_s, updated_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    firsts, agains = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as folder:
            new_s, updated_s = one_run(args.posts, Path(folder))
        firsts.append(new_s)
        agains.append(updated_s)
    print(f"{args.posts:,} posts, median of {args.repeat}:")
    print(f"  first import (all new):      {statistics.median(firsts):.3f} s")
    print(f"  re-export (all updated):     {statistics.median(agains):.3f} s")


if __name__ == "__main__":
    main()
