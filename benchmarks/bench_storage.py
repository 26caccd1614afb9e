"""Benchmarks of storage safety (issue 10, item 6), run by hand:

    .venv/bin/python benchmarks/bench_storage.py [--talks N]

What a ``PRAGMA quick_check`` and a ``PRAGMA integrity_check`` cost on a log of N talks written
through the real schema (search index included), cold and warm, and what saving one talk costs;
the figures decide when the app runs the checks (once per connection before its first write,
before every import batch and every backup; never on a read).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench_foundation import SYLLABLES, vietnamese_text  # noqa: E402

GROUP = "0190a000-0000-7000-8000-000000000001"  # every talk linked to a group: the link tables fill up


def build(folder: Path, n_talks: int) -> None:
    import datetime as dt

    from desktop_app.core.enums import Role
    from desktop_app.core.ids import uuid7
    from desktop_app.services import Services
    from desktop_app.storage import deferred_index, merge

    s = Services.open(folder)
    s.identity.init("30130", Role.COMMUNE, "bench")
    rng = random.Random(2)
    day0 = dt.date(2025, 7, 1)
    cols = (
        "id, owner_unit, hlc, held_on, place, unit_code, format, topics, group_ids, document_ids, attendance, "
        "questions_text"
    ).split(", ")
    rows = [
        (
            uuid7(),
            "30130",
            f"{1_750_000_000_000 + i:015d}-00000-bench",
            (day0 + dt.timedelta(days=i % 500)).isoformat(),
            f"Nhà văn hóa ấp {rng.choice(SYLLABLES)}",
            "30130",
            "meeting",
            '["chuyen doi so"]',
            f'["{GROUP}"]',
            "[]",
            rng.randint(0, 150),
            vietnamese_text(rng, 400),
        )
        for i in range(n_talks)
    ]
    with s.session.db.atomic():
        deferred_index.pause_search(s.session.db)
        merge.upsert_staged(s.session.db, "talks", "id", cols, rows, index_kind="talk", replaced=False)
        deferred_index.resume_search(s.session.db)
    deferred_index.index_backlog(s.session.db)
    s.close()


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--talks", type=int, default=100_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="sotay-bench-storage-"))
    build(folder, args.talks)
    size = (folder / "sotay.db").stat().st_size / 2**20
    from desktop_app.services import Services
    from desktop_app.storage import db as storage_db

    s = Services.open(folder)
    quick = [timed(lambda: s.session.db.execute("PRAGMA quick_check").fetchall()) for _ in range(3)]
    full = timed(lambda: s.session.db.execute("PRAGMA integrity_check").fetchall())
    save = [timed(lambda: s.talks.add(place="Hội trường", attendance=10)) for _ in range(20)]
    backup = timed(lambda: s.maintenance.backup())
    s.close()
    print(f"{args.talks:,} talks, database {size:.0f} MiB")
    print(f"quick_check: first {quick[0] * 1000:.0f} ms, then {min(quick[1:]) * 1000:.0f} ms")
    print(f"integrity_check: {full * 1000:.0f} ms")
    print(
        f"save one talk (after the first write's check): median {sorted(save)[10] * 1000:.1f} ms, "
        f"first {save[0] * 1000:.0f} ms"
    )
    print(f"backup (copy, integrity check of the copy, rename, rotation): {backup * 1000:.0f} ms")
    print(f"backups kept: {len(storage_db.list_backups(folder))}")


if __name__ == "__main__":
    main()
