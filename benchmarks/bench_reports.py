"""Reports at national scale: 1,000,000 talks from the 3,321 communes over one year.

    .venv/bin/python benchmarks/bench_reports.py [--talks N] [--keep DIR]

Targets (issue 5): a year's report for a province ≤ 1 s; the whole country's completeness for a
month ≤ 1 s. Issue 18: the whole country's year ≤ 0.5 s, a province's year ≤ 100 ms, read through
the summaries; each report is also timed from every talk (``through_summaries=False``, what the
reports did before) in the same run, and the two must be equal. The data is generated here with one
executemany in one transaction through the real schema (link-table triggers, the summary triggers
and the summaries filled before the commit as every write fills them; the search index deferred as
the exchange import defers it), plus an exchange ledger of monthly bundles (some communes silent,
some late, some with gaps).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.core.enums import Role  # noqa: E402
from desktop_app.reports import periods  # noqa: E402
from desktop_app.reports.build import build_report  # noqa: E402
from desktop_app.reports.completeness import completeness  # noqa: E402
from desktop_app.services import Services  # noqa: E402
from desktop_app.storage import summaries, units  # noqa: E402

FORMATS = ["meeting"] * 5 + ["loudspeaker"] * 3 + ["zalo_post", "fanpage_post", "online_conference", "home_visit"]
TOPICS = [
    "chuyen doi so",
    "phong, chong lua dao qua mang",
    "xay dung nong thon moi",
    "an toan giao thong",
    "nghi quyet dai hoi dang bo xa",
    "bao hiem y te, bao hiem xa hoi tu nguyen",
]
THEMES = ["Đất đai", "Hạ tầng", "Lừa đảo qua mạng", "An sinh xã hội", "Môi trường"]


def generate(s: Services, talks: int, seed: int = 5) -> dict[str, float]:
    rng = random.Random(seed)
    db = s.session.db
    units.ensure_official(db)
    communes = [r[0] for r in db.execute("SELECT code FROM units WHERE kind = 'commune' ORDER BY code")]
    for name in TOPICS:
        db.execute(
            "INSERT OR IGNORE INTO topics(id, owner_unit, hlc, name) VALUES (?, 'P00', '0', ?)",
            [name, name.capitalize()],
        )
    start = dt.date(2026, 1, 1)
    t0 = time.perf_counter()

    def rows():
        for i in range(talks):
            unit = communes[i % len(communes)]
            day = (start + dt.timedelta(days=(i * 7919) % 365)).isoformat()
            fmt = FORMATS[i % len(FORMATS)]
            online = fmt in ("zalo_post", "fanpage_post")
            theme = f'["{THEMES[i % 5]}"]' if i % 9 == 0 else "[]"
            yield (
                f"0190{i:028x}",
                unit,
                f"{i:015d}-00000-bench",
                "{}",
                day,
                unit,
                fmt,
                f'["{TOPICS[i % len(TOPICS)]}"]',
                0 if online else rng.randint(5, 120),
                rng.randint(100, 4000) if online else 0,
                rng.randint(0, 300) if online else 0,
                theme,
                1 if i % 9 == 0 else 0,
                "open" if i % 27 == 0 else "none",
                1 if i % 500 == 0 else 0,
            )

    with db.atomic():
        db.execute("INSERT OR IGNORE INTO search_pause(one) VALUES (1)")  # index later, as imports do
        db.executemany(
            "INSERT INTO talks(id, owner_unit, hlc, extra, held_on, unit_code, format, topics, attendance, "
            "online_views, online_likes, question_themes, questions_count, follow_up_status, deleted) "
            f"VALUES ({', '.join('?' * 15)})",
            rows(),
        )
        # the pause also holds back the link triggers (the import writes link rows itself): do the same
        db.execute(
            "INSERT OR IGNORE INTO talk_topics(talk_id, topic_id) SELECT t.id, j.value FROM talks t, "
            "json_each(t.topics) j WHERE t.topics != '[]'"
        )
        db.execute("DELETE FROM search_backlog")
        db.execute("DELETE FROM search_pause")
        insert_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        summaries.flush(db)  # what the commit does anyway: timed apart
        flush_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    ledger = []
    for n, code in enumerate(communes):
        if n % 23 == 0:
            continue  # silent communes
        previous = None
        for month in range(1, 12):
            if n % 31 == 0 and month == 6:
                previous = f"lost-{code}-{month}"
                continue  # a gap in the chain
            delay = 10 if n % 17 == 0 else 2  # some communes late
            created = dt.datetime(2026, month + 1 if month < 12 else 12, 1) + dt.timedelta(days=delay)
            bundle = f"{code}-{month:02d}"
            ledger.append(
                (
                    bundle,
                    f"sha-{bundle}",
                    "log",
                    code,
                    "k",
                    "P00",
                    month,
                    previous,
                    created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "0",
                    "1",
                    f"{bundle}.sotay",
                    created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                    "{}",
                )
            )
            previous = bundle
    with db.atomic():
        db.executemany(
            "INSERT INTO exchange_ledger(bundle_id, file_sha256, kind, sender_unit, sender_key_id, receiver, seq, "
            "previous_bundle_id, created_at, hlc_min, hlc_max, file_name, applied_at, counts) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ledger,
        )
    db.execute("ANALYZE")
    return {"insert_s": insert_s, "flush_s": flush_s, "ledger_rows": len(ledger), "ledger_s": time.perf_counter() - t0}


def timed(fn, runs: int = 5) -> tuple[float, float, object]:
    first = time.perf_counter()
    result = fn()
    first = time.perf_counter() - first
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return first, statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--talks", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, help="keep (or reuse) the generated database in this folder")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="sotay-bench-reports-"))
    fresh = not (folder / "sotay.db").exists()
    s = Services.open(folder, today=lambda: dt.date(2026, 11, 20))
    if fresh:
        s.identity.init("P82", Role.AGGREGATOR, "bench")
        info = generate(s, args.talks)
        print(
            f"generated {args.talks:,} talks in {info['insert_s']:.1f} s "
            f"({args.talks / info['insert_s']:,.0f} rows/s, one executemany, real schema); "
            f"{info['ledger_rows']:,} ledger rows; summaries filled before the commit in {info['flush_s']:.1f} s"
        )
        t0 = time.perf_counter()
        rows = s.maintenance.rebuild_summaries()
        print(f"sotay maintenance rebuild-summaries: {rows:,} summary rows in {time.perf_counter() - t0:.1f} s")
    total = s.session.db.execute("SELECT count(*) FROM talks").fetchone()[0]
    print(f"talks in database: {total:,}")
    year, october = periods.parse("2026"), periods.parse("2026-10")
    biggest = s.session.db.execute(
        "SELECT unit_code, count(*) FROM talks t JOIN units u ON u.code = t.unit_code "
        "GROUP BY u.province_code ORDER BY 2 DESC LIMIT 1"
    ).fetchone()
    province = s.session.db.execute("SELECT province_code FROM units WHERE code = ?", [biggest[0]]).fetchone()[0]
    db, today = s.session.db, s.session.today
    custom = periods.parse("15/03/2026..10/09/2026")
    for label, root, period, target in [
        (f"year report, province {province} (all breakdowns, concerns, documents)", province, year, 0.1),
        ("year report, province P82 Đồng Tháp", "P82", year, 0.1),
        ("month report, whole country", "VN", october, None),
        ("year report, whole country (1M talks)", "VN", year, 0.5),
        ("custom range 15/03–10/09, whole country", "VN", custom, None),
    ]:
        shown = []
        for through in (False, True):
            first, median, result = timed(
                lambda root=root, period=period, through=through: build_report(
                    db, root, period, today=today, through_summaries=through
                ),
                runs=3 if through else 1,
            )
            shown.append((first, median, result))
        (_f0, slow, direct), (_f1, fast, summed) = shown
        assert summed == direct, label
        ok = "" if target is None else ("  OK" if fast <= target else "  OVER TARGET")
        print(
            f"{label:<66} from talks {slow * 1000:7.0f} ms  summaries {fast * 1000:6.0f} ms  "
            f"({slow / fast:.0f}×; {summed.totals.sessions:,} talks, equal){ok}"
        )
    for label, fn in [
        ("country completeness, October 2026 (3,321 communes)", lambda: completeness(db, "VN", october, today=today)),
        ("province completeness, October 2026", lambda: completeness(db, "P82", october, today=today)),
    ]:
        first, median, result = timed(fn)
        print(f"{label:<66} first {first * 1000:7.0f} ms  median {median * 1000:7.0f} ms  ({result.expected:,} units)")
    s.close()
    if not args.keep:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
