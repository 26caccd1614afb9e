"""The whole country at 1,000,000 talks and after ten years (issue 18). Run by hand, not in the tests:

    .venv/bin/python benchmarks/bench_national.py                       # one national year: build, reports, DuckDB
    .venv/bin/python benchmarks/bench_national.py --years 10            # also the ten-year database (10,000,000 talks)
    .venv/bin/python benchmarks/bench_national.py --years 10 --part report   # one piece: build, report, duckdb,
                                                                             # follow-ups or profile

The national year is 3,321 signed commune bundles holding 1,000,000 talks of 2026 (written once
by ``bench_import.py``'s country writer and cached under --work). It is imported for real
(``import_paths``, then the search index) into an empty aggregator: the one-year database, on
which the app's reports and DuckDB are timed in the same run. With ``--years N`` the same bundles
are imported into a database that already holds N - 1 years of history (2017-2025 for ten years,
about 1,000,000 talks a year growing 3 % a year, written in bulk by ``national_data.py``): the
N-year database. The year 2026 is then the very same talks in both databases, so the two reports
of 2026 differ only by the history beside them. Each import is timed on its own (backup, import,
search index), and the database size is given per year.

Reports go through ``services.reports`` (``ReportService.build``: the figures with every
breakdown and, for a unit with units under it, who has reported), the call the window's reports
page and ``sotay report`` make. Each figure is the first run, then the median of --runs.

DuckDB runs in the benchmark's own environment (``benchmarks/requirements-duckdb.txt``, a venv
made under ``benchmarks/out/duckdb-venv`` on first use), never the app's. Its sqlite scanner is an
extension DuckDB downloads at run time, which this machine cannot: the tables are exported from
the one-year database to CSV and loaded into DuckDB's own in-memory tables; the export and the load
are reported and not counted, as in the issue's 1.04 s (the five groupings over loaded tables).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
sys.path[:0] = [str(ROOT), str(BENCH), str(ROOT / "tests")]

import national_data  # noqa: E402
from bench_import import cpu_s, rss_mb, write_country  # noqa: E402
from exchange_helpers import PROVINCE, Factory  # noqa: E402

from desktop_app.core.enums import Role  # noqa: E402
from desktop_app.services import Services  # noqa: E402
from desktop_app.services.reports import ALL  # noqa: E402

YEAR = national_data.LAST_YEAR
TODAY = dt.date(YEAR, 12, 31)
COMMUNES = 3321
BIG_PROVINCE = "P79"  # the most communes and talks
TARGETS = {"country": 0.5, "province": 0.1}  # seconds, at 1,000,000 talks
DUCKDB_VENV = BENCH / "out" / "duckdb-venv"


# --- building ------------------------------------------------------------------------------------


def child_import(data_dir: str, folder: str) -> None:
    """One import in a process of its own (its peak memory is the import's): the backup the batch
    takes, then the files with their search index (written alongside, as ``sotay import`` does),
    then whatever the index left for afterwards (nothing, unless it fell behind), each timed."""
    from desktop_app.exchange import import_paths
    from desktop_app.storage import deferred_index

    s = Services.open(Path(data_dir), today=lambda: TODAY)
    out: dict[str, Any] = {}
    started = time.perf_counter()
    backup = s.maintenance.backup("bench")
    out["backup_s"] = round(time.perf_counter() - started, 2)
    backup.unlink()  # the size of a year is the database's, not its copy's
    started, cpu = time.perf_counter(), cpu_s()
    summary = import_paths(
        s.session.exchange_context(), [Path(folder)], trust=True, index=True, backup=False, accept_outside=True
    )
    out |= {"import_s": round(time.perf_counter() - started, 2), "import_cpu_s": round(cpu_s() - cpu, 2)}
    out |= {"status": summary.by_status(), "counts": summary.totals, "index_alongside": True}
    # the indexer beside the import, a child process: its CPU time, and its peak memory (an upper
    # bound: on Linux ru_maxrss also counts what the parent held when it started the child)
    child = resource.getrusage(resource.RUSAGE_CHILDREN)
    out["index_child_cpu_s"] = round(child.ru_utime + child.ru_stime, 2)
    out["index_child_peak_mb"] = round(child.ru_maxrss / 1024, 1)
    started = time.perf_counter()
    out["indexed"] = summary.indexed + deferred_index.index_backlog(s.session.db)
    out["index_s"] = round(time.perf_counter() - started, 2)
    out["peak_rss_mb"] = round(rss_mb(), 1)
    s.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    print(json.dumps(out))


def run_import(data_dir: Path, country: Path) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child-import", str(data_dir), str(country)],
        capture_output=True,
        text=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    if out.returncode != 0:
        raise SystemExit(f"import failed:\n{out.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def build(work: Path, years: int, per_year: int, rebuild: bool) -> dict[str, dict[str, Any]]:
    """The one-year database and, for ``years`` > 1, the ``years``-year one; each folder keeps
    ``build.json`` (how it was made, its import's figures) and is reused on the next run."""
    country = work / "country"
    write_country(country, COMMUNES, per_year, day0=TODAY)
    wanted = [1] + ([years] if years > 1 else [])
    found = {}
    for n in wanted:
        folder = work / f"y{n}"
        record = folder / "build.json"
        if rebuild or not record.exists() or json.loads(record.read_text()).get("per_year") != per_year:
            shutil.rmtree(folder, ignore_errors=True)
            found[n] = build_one(work, folder, n, per_year, country)
            record.write_text(json.dumps(found[n], indent=1))
        else:
            found[n] = json.loads(record.read_text())
        print_build(n, found[n])
    return {f"y{n}": v for n, v in found.items()}


def build_one(work: Path, folder: Path, years: int, per_year: int, country: Path) -> dict[str, Any]:
    Factory(work / "factory").make(folder.name, PROVINCE, Role.AGGREGATOR).close()
    shutil.move(work / "factory" / folder.name, folder)  # the factory makes it beside its template
    info: dict[str, Any] = {"per_year": per_year, "years": {}, "generated_s": 0.0}
    s = Services.open(folder, today=lambda: TODAY)
    s.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = national_data.file_mb(folder)
    info["empty_mb"] = round(size, 1)
    codes = national_data.communes(s.session.db)
    for year, talks in national_data.history_sizes(years - 1, per_year).items():
        took = national_data.insert_year(s.session.db, year, talks, codes)
        s.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        grown = national_data.file_mb(folder) - size
        size += grown
        info["years"][year] = {"talks": talks, "seconds": round(took, 1), "mb": round(grown, 1), "how": "bulk"}
        info["generated_s"] += took
        print(f"  {folder.name}: {year}: {talks:,} talks in {took:.0f} s, +{grown:,.0f} MB", flush=True)
    if years > 1:
        info["after_bulk_insert"] = national_data.after_bulk_insert(s)
    s.close()
    print(f"  {folder.name}: importing {YEAR} ({COMMUNES:,} bundles)...", flush=True)
    imported = run_import(folder, country)
    grown = national_data.file_mb(folder) - size
    info["years"][YEAR] = {"talks": per_year, "mb": round(grown, 1), "how": "imported", "import": imported}
    info["analyze_s"] = round(national_data.analyze(folder), 1)
    info["db_mb"] = round(national_data.file_mb(folder), 1)
    return info


def print_build(n: int, info: dict[str, Any]) -> None:
    talks = sum(y["talks"] for y in info["years"].values())
    print(f"database y{n}: {talks:,} talks, {info['db_mb']:,.0f} MB ({info['db_mb'] / 1024:.2f} GiB)")
    for year, y in sorted(info["years"].items()):
        line = f"  {year}: {y['talks']:>9,} talks  {y['mb']:>7,.0f} MB  {y['how']}"
        if "import" in y:
            i = y["import"]
            line += (
                f": backup {i['backup_s']} s, import {i['import_s']} s (CPU {i['import_cpu_s']} s), "
                + (
                    f"with its search index alongside (the child's CPU {i['index_child_cpu_s']} s, "
                    f"peak at most {i['index_child_peak_mb']} MB), then "
                    if i.get("index_alongside")
                    else ""
                )
                + f"search index {i['index_s']} s "
                f"(together {i['backup_s'] + i['import_s'] + i['index_s']:.1f} s), peak {i['peak_rss_mb']} MB, "
                f"{i['status']}"
            )
        else:
            line += f" in {y['seconds']} s"
        print(line)


# --- reports -------------------------------------------------------------------------------------


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, float, Any]:
    """The first run's wall time, then the median wall and CPU time of ``runs`` more: on a shared
    machine the CPU time is the figure other jobs do not inflate."""
    started = time.perf_counter()
    result = fn()
    first = time.perf_counter() - started
    walls, cpus = [], []
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        fn()
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return first, statistics.median(walls), statistics.median(cpus), result


def part_report(work: Path, years: int, runs: int) -> dict[str, float]:
    """Country and province year reports on the one-year database and, interleaved, the same on
    the N-year one (the latest year and the earliest)."""
    opened = {n: Services.open(work / f"y{n}", today=lambda: TODAY) for n in sorted({1, years})}
    cases = [(1, YEAR)] + ([(years, YEAR), (years, YEAR - years + 1)] if years > 1 else [])
    medians: dict[str, float] = {}
    for scope, root in (("country", ALL), ("province", BIG_PROVINCE)):
        for n, year in cases:
            s = opened[n]
            period = s.reports.period(str(year))
            first, median, cpu, built = timed(lambda s=s, root=root, period=period: s.reports.build(root, period), runs)
            key = f"{scope} y{n} {year}"
            medians[key] = median
            talks = built.report.totals.sessions
            verdict = ""
            if n == 1:
                verdict = "  OK" if median <= TARGETS[scope] else f"  over the {TARGETS[scope] * 1000:.0f} ms target"
            else:
                ratio = median / medians[f"{scope} y1 {YEAR}"]
                verdict = f"  {ratio:.2f} × the one-year database" + ("  OK" if ratio <= 1.5 else "  over 1.5 ×")
            print(
                f"{scope} ({root}) year {year} in y{n}: first {first * 1000:7.0f} ms  median {median * 1000:7.0f} ms "
                f"(CPU {cpu * 1000:.0f} ms)  {talks:,} talks{verdict}",
                flush=True,
            )
    for n, year in cases[:2]:
        for root in (ALL, BIG_PROVINCE):
            check_against_talks(opened[n], root, year, f"y{n}")
    for s in opened.values():
        s.close()
    return medians


def check_against_talks(s: Services, root: str, year: int, name: str) -> None:
    """The report through the summaries equals the one that reads every talk of the period
    (``through_summaries=False``); stops the benchmark if a figure moved."""
    from desktop_app.reports.build import build_report

    period = s.reports.period(str(year))
    started = time.perf_counter()
    fast, slow = (
        build_report(s.session.db, root, period, today=TODAY, through_summaries=through).as_dict()
        for through in (True, False)
    )
    if fast != slow:
        moved = sorted(k for k in fast if fast[k] != slow.get(k))
        raise SystemExit(f"{root} {year} in {name}: the summaries and the talks disagree on {moved}")
    took = time.perf_counter() - started
    print(f"{root} year {year} in {name}: every figure equal to the talks-based report (checked in {took:.0f} s)")


def part_profile(work: Path, top: int = 8) -> None:
    """Where the one-year database's country and province reports spend their time: the app's own
    functions (``desktop_app``) by time spent inside them and what they call, one run each."""
    import cProfile
    import pstats

    s = Services.open(work / "y1", today=lambda: TODAY)
    s.reports.units()  # the connection's first use checks the database once: not the report's cost
    period = s.reports.period(str(YEAR))
    for root in (ALL, BIG_PROVINCE):
        profile = cProfile.Profile()
        profile.runcall(s.reports.build, root, period)
        stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
        total = max(entry[3] for entry in stats.values())
        own = [
            (entry[3], f"{Path(file).relative_to(ROOT)}:{line} {name}")
            for (file, line, name), entry in stats.items()
            if "desktop_app" in file and name not in ("build", "build_report", "execute")
        ]
        print(f"where the {root} year report's {total:.1f} s go (cumulative, one run):")
        for seconds, where in sorted(own, reverse=True)[:top]:
            print(f"  {seconds:6.2f} s  {where}")
    s.close()


def part_follow_ups(work: Path, runs: int) -> None:
    """The one-year database with follow-ups, as a real year has them (the national bundles carry
    none): a copy where one talk in 27 has an open follow-up (half with a due day) and one in 27 one
    answered five days later, then the country and the province reports timed and checked against
    the talks as in ``part_report``."""
    folder = work / "y1-follow-ups"
    if not (folder / "done").exists():
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(work / "y1", folder)
        s = Services.open(folder, today=lambda: TODAY)
        started = time.perf_counter()
        with s.session.db.atomic():
            for sql in FOLLOW_UPS:
                s.session.db.execute(sql)
        print(f"  follow-ups written in {time.perf_counter() - started:.0f} s (summaries kept in the same transaction)")
        s.close()
        (folder / "done").touch()
    s = Services.open(folder, today=lambda: TODAY)
    counts = dict(s.session.db.execute("SELECT follow_up_status, count(*) FROM talks GROUP BY 1").fetchall())
    period = s.reports.period(str(YEAR))
    for root in (ALL, BIG_PROVINCE):
        first, median, cpu, _built = timed(lambda root=root: s.reports.build(root, period), runs)
        print(
            f"{root} year {YEAR} with follow-ups ({counts.get('open', 0):,} open, {counts.get('done', 0):,} answered): "
            f"first {first * 1000:.0f} ms  median {median * 1000:.0f} ms (CPU {cpu * 1000:.0f} ms)",
            flush=True,
        )
        check_against_talks(s, root, YEAR, folder.name)
    s.close()


FOLLOW_UPS = (
    "UPDATE talks SET follow_up_status = 'open', question_themes = '[\"Đất đai\"]', questions_count = 1 "
    "WHERE rowid % 27 = 0",
    "UPDATE talks SET follow_up_status = 'done', follow_up_outcome = 'answered', "
    "follow_up_resolved_on = date(held_on, '+5 days'), question_themes = '[\"Giá điện\"]', questions_count = 2 "
    f"WHERE rowid % 27 = 1 AND held_on < '{YEAR}-12-20'",
    "UPDATE talks SET follow_up_due = date(held_on, '+14 days') WHERE follow_up_status = 'open' AND rowid % 2 = 0",
)


# --- DuckDB --------------------------------------------------------------------------------------

EXPORTS = {
    "talks": "SELECT id, unit_code, held_on, format, attendance, online_views, online_likes, online_shares, "
    "online_comments, online_points, questions_count, deleted FROM talks",
    "talk_topics": "SELECT talk_id, topic_id FROM talk_topics",
    "topics": "SELECT id, name FROM topics",
    "units": "SELECT code, province_code FROM units",
}


def duckdb_python() -> Path:
    """The benchmark's own interpreter with DuckDB, made on first use."""
    python = DUCKDB_VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(DUCKDB_VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "-q", "-r", str(BENCH / "requirements-duckdb.txt")]
        subprocess.run(pip, check=True)
    return python


def export_csv(db: Path, folder: Path) -> float:
    started = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    for name, sql in EXPORTS.items():
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as out:
            cursor = conn.execute(sql)
            writer = csv.writer(out)
            writer.writerow(d[0] for d in cursor.description)
            while rows := cursor.fetchmany(50_000):
                writer.writerows(rows)
    conn.close()
    return time.perf_counter() - started


def part_duckdb(work: Path, runs: int, app: dict[str, float]) -> None:
    python = duckdb_python()
    folder = work / "duckdb-csv"
    exported = export_csv(work / "y1" / "sotay.db", folder)
    print(f"exported the one-year database's tables to CSV in {exported:.1f} s (not counted)")
    for threads in (1, 2):
        out = subprocess.run(
            [str(python), str(BENCH / "bench_national_duckdb.py"), str(folder), str(YEAR), str(runs), str(threads)],
            capture_output=True,
            text=True,
            check=True,
        )
        got = json.loads(out.stdout.strip().splitlines()[-1])
        each = ", ".join(f"{k} {v * 1000:.0f}" for k, v in got["median_each"].items())
        print(
            f"DuckDB {got['version']}, {threads} thread(s): load {got['load_s']:.1f} s (not counted); five groupings "
            f"first {got['first_s'] * 1000:.0f} ms, median {got['median_s'] * 1000:.0f} ms ({each} ms); "
            f"{got['talks']:,} talks"
        )
        key = f"country y1 {YEAR}"
        if key in app:
            ratio = app[key] / got["median_s"]
            verdict = "faster than DuckDB" if ratio < 1 else "slower than DuckDB"
            print(f"  the app's country year report ÷ DuckDB's five groupings: {ratio:.2f} × ({verdict})")


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--years", type=int, default=1, help="also a database of this many national years")
    p.add_argument("--part", choices=("build", "report", "duckdb", "profile", "follow-ups", "all"), default="all")
    p.add_argument("--work", type=Path, default=BENCH / "out" / "national")
    p.add_argument("--runs", type=int, default=5, help="timed runs after the first (median)")
    p.add_argument("--per-year", type=int, default=1_000_000, help="talks in a national year")
    p.add_argument("--rebuild", action="store_true", help="build the databases again")
    p.add_argument("--child-import", nargs=2, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.child_import:
        child_import(*args.child_import)
        return
    args.work.mkdir(parents=True, exist_ok=True)
    if args.part in ("build", "all") or not (args.work / f"y{args.years}" / "build.json").exists():
        build(args.work, args.years, args.per_year, args.rebuild)
    medians: dict[str, float] = {}
    if args.part in ("report", "all"):
        medians = part_report(args.work, args.years, args.runs)
    if args.part in ("duckdb", "all"):
        part_duckdb(args.work, args.runs, medians)
    if args.part in ("follow-ups", "all"):
        part_follow_ups(args.work, args.runs)
    if args.part in ("profile", "all"):
        part_profile(args.work)


if __name__ == "__main__":
    main()
