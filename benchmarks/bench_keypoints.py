"""Key points drafted for a 100-page document (issue 17): about 40,000 words of directive-like
Vietnamese in sections with numbered items and bullets, ranked end to end (segmentation, folding,
weights, centrality, picks).

    .venv/bin/python benchmarks/bench_keypoints.py [--words N] [--runs N]

Target: ≤ 2 s. Prints the median and the worst of the runs.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.keypoints import draft  # noqa: E402
from tests.directive_text import long_document  # noqa: E402

TARGET_S = 2.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=40_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    text = long_document(args.words)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        points = draft(text, "Chỉ thị về tăng cường công tác tuyên truyền", 10)
        times.append(time.perf_counter() - start)
    median, worst = statistics.median(times), max(times)
    print(f"{len(text.split()):,} words, {len(text):,} characters, {len(points)} key points")
    verdict = "OK" if worst <= TARGET_S else "SLOW"
    print(f"median {median:.3f} s, worst {worst:.3f} s (target ≤ {TARGET_S} s): {verdict}")


if __name__ == "__main__":
    main()
