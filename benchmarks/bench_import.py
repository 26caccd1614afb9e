"""Import benchmarks for exchange by file (issue 3). Run by hand, not in the tests:

    .venv/bin/python benchmarks/bench_import.py                 # both parts, full sizes
    .venv/bin/python benchmarks/bench_import.py --part bundle   # 100,000 talks: ours vs bare vs sqlite-utils
    .venv/bin/python benchmarks/bench_import.py --part country  # 3,321 bundles, 1,000,000 talks
    .venv/bin/python benchmarks/bench_import.py --part index    # where the country's search index goes
    .venv/bin/python benchmarks/bench_import.py --quick         # small sizes, a smoke run

Part 1 compares, in the same run and on the same rows, importing one bundle of N talks
(``import_paths``: read, verify signature and hashes, parse, validate, preview lookups, LWW upsert,
link rows, history, ledger) with a bare ``executemany`` of the same upsert and with sqlite-utils
``insert_all`` of the same rows, each into a fresh database of the same schema, each the median of
--repeat runs. ``insert_all`` is given the rows twice: as the bundle holds them (decoded from the
file; sqlite-utils stores their lists as JSON itself) and already in the table's types (lists as
JSON text, the least work sqlite-utils can be left). The baselines run on the app's connection as
it is and again with the page caches the import sets for itself. All run with the search index
deferred (``search_pause``), as a bulk import does; the index is built afterwards by
``index_backlog`` and reported on its own line.

Part 2 writes a country's year (3,321 commune bundles holding 1,000,000 talks, each signed by its
own key) into a folder once (cached under --work), then imports the folder into a fresh aggregator
in a child process (so its peak RSS is the import's alone), then imports it again.

Part 3 (``--part index``, not in ``all``) imports the same folder once more and splits the search
index that follows into reading the rows, folding them (Python), filling the content table and
FTS5's own work (``child_index_costs``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import orjson  # noqa: E402
from exchange_helpers import PROVINCE, TODAY, Factory, synthetic_talks  # noqa: E402

from desktop_app.core.clock import Clock  # noqa: E402
from desktop_app.core.enums import Role  # noqa: E402
from desktop_app.exchange import crypto, import_paths  # noqa: E402
from desktop_app.exchange.container import write_bundle  # noqa: E402
from desktop_app.exchange.manifest import utc_stamp  # noqa: E402
from desktop_app.exchange.rows import SPECS, check_row  # noqa: E402
from desktop_app.services.import_batch import INDEX_AT_ONCE  # noqa: E402
from desktop_app.storage import deferred_index, merge  # noqa: E402
from desktop_app.storage.schema import SCHEMA_VERSION  # noqa: E402


def make_bundle(unit: str, rows: list[dict], key, name: str = "") -> bytes:
    from desktop_app.core.ids import uuid7

    data = b"\n".join(orjson.dumps(r) for r in rows) + b"\n"
    pub = crypto.public_raw(key)
    hlcs = [r["hlc"] for r in rows]
    manifest = {
        "format_version": 1,
        "min_reader_version": 1,
        "schema_version": SCHEMA_VERSION,
        "bundle_id": uuid7(),
        "previous_bundle_id": None,
        "previous_created_at": None,
        "seq": 1,
        "kind": "snapshot",
        "sender": {
            "unit_code": unit,
            "unit_name": name or unit,
            "role": "commune",
            "key_id": crypto.key_id(pub),
            "public_key": pub.hex(),
        },
        "receiver": "*",
        "hlc_min": min(hlcs),
        "hlc_max": max(hlcs),
        "sender_clock": max(hlcs),
        "created_at": utc_stamp(),
        "app_version": "bench",
        "redaction": "contacts_removed",
    }
    return write_bundle(manifest, {"data/talks.ndjson": (data, len(rows))}, key.sign)


def rss_mb() -> float:
    """Peak RSS of this process. VmHWM, not ru_maxrss: on Linux ru_maxrss survives execve, so a
    child started by a big parent would report the parent's peak."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    """CPU seconds of this process: on a shared machine, a figure other jobs do not inflate."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


# --- part 1 --------------------------------------------------------------------------------------


CONTENDERS = (
    "ours",
    "bare_executemany",
    "bare_executemany_cache",
    # the bundle's rows as decoded from the file: sqlite-utils stores their lists as JSON itself
    "insert_all_bundle_rows",
    "insert_all_bundle_rows_cache",
    # rows already in the table's types (lists as JSON text): the least work sqlite-utils can be left
    "insert_all_encoded_rows",
    "insert_all_encoded_rows_cache",
)


def part_bundle(work: Path, n: int, repeat: int) -> dict:
    shutil.rmtree(work / "p1", ignore_errors=True)
    f = Factory(work / "p1")
    key = crypto.new_signing_key()
    rows = synthetic_talks("30130", n, Clock("bench0001", now_ms=lambda: 1_763_000_000_000), seed=1)
    bundle = work / "p1" / "30130_snapshot_bench.sotay"
    bundle.write_bytes(make_bundle("30130", rows, key))
    del rows
    results: dict = {"talks": n, "bundle_mb": round(bundle.stat().st_size / 2**20, 1), "repeat": repeat}
    runs: dict[str, list[tuple[float, float]]] = {name: [] for name in CONTENDERS}
    for i in range(repeat):  # interleaved, so that a slow minute of a shared machine hits all alike
        for name in CONTENDERS:
            out = subprocess.run(
                [sys.executable, __file__, "--contender", name, str(bundle), f"{name}-{i}"],
                capture_output=True,
                text=True,
                check=True,
                env=dict(os.environ, PYTHONPATH=str(ROOT)),
            )
            got = json.loads(out.stdout.strip().splitlines()[-1])
            runs[name].append((got["wall"], got["cpu"]))
    figures = {k: (sorted(w for w, _ in v)[repeat // 2], sorted(c for _, c in v)[repeat // 2]) for k, v in runs.items()}
    ours_wall, ours_cpu = figures["ours"]
    results["seconds"] = {k: {"wall": round(w, 2), "cpu": round(c, 2)} for k, (w, c) in figures.items()}
    results["ours_rows_per_s"] = round(n / ours_wall)
    results["ratio_to_ours"] = {
        k: {"wall": round(w / ours_wall, 2), "cpu": round(c / ours_cpu, 2)}
        for k, (w, c) in figures.items()
        if k != "ours"
    }

    agg = f.make("again", PROVINCE, Role.AGGREGATOR)
    import_paths(agg.session.exchange_context(), [bundle], trust=True, index=False, backup=False)
    t = time.perf_counter()
    import_paths(agg.session.exchange_context(), [bundle], trust=True, index=False, backup=False)
    results["reimport_s"] = round(time.perf_counter() - t, 4)
    t = time.perf_counter()
    deferred_index.index_backlog(agg.session.db)
    results["index_backlog_s"] = round(time.perf_counter() - t, 2)
    agg.close()
    return results


def child_contender(name: str, bundle: Path, db_name: str) -> None:
    """One timed run in a process of its own, holding only what this contender needs.

    The baselines read the same rows from the bundle file before the clock starts; then every
    object alive is frozen out of the garbage collector, so no contender pays for scanning
    another's inputs (the import itself holds nothing beforehand, as in ``sotay import``)."""
    import gc
    import zipfile

    from desktop_app.exchange.importer import IMPORT_CACHE_KIB

    spec = SPECS["talks"]
    data: object = None
    if name != "ours":
        with zipfile.ZipFile(bundle) as z:
            rows = [orjson.loads(line) for line in z.read("data/talks.ndjson").splitlines() if line.strip()]
        if name.startswith("bare"):
            data = [check_row("talks", r) for r in rows]
        elif name.startswith("insert_all_encoded"):
            data = [dict(zip(spec.columns, check_row("talks", r), strict=True)) for r in rows]
        else:
            data = rows
        del rows
    agg = Factory(bundle.parent).make(db_name, PROVINCE, Role.AGGREGATOR)
    if name.endswith("_cache"):  # the page caches the import sets for itself
        for schema in ("main", "temp"):
            agg.session.db.conn.execute(f"PRAGMA {schema}.cache_size = {-IMPORT_CACHE_KIB}")
    gc.collect()
    gc.freeze()
    t, c = time.perf_counter(), cpu_s()
    if name == "ours":
        summary = import_paths(agg.session.exchange_context(), [bundle], trust=True, index=False, backup=False)
        assert summary.files[0].status == "applied", summary.files[0].detail
    elif name.startswith("bare"):  # the same upsert row by row, one transaction
        conn = agg.session.db.conn
        conn.execute("BEGIN IMMEDIATE")
        deferred_index.pause_search(agg.session.db)
        conn.executemany(merge.upsert_sql("talks", "id", spec.columns), data)
        deferred_index.resume_search(agg.session.db)
        conn.execute("COMMIT")
    else:  # one transaction (sqlite-utils commits every batch unless in atomic), the largest batch the columns allow
        db = agg.session.db.utils
        with db.atomic():
            deferred_index.pause_search(agg.session.db)
            db["talks"].insert_all(data, batch_size=30)
            deferred_index.resume_search(agg.session.db)
    wall, cpu = time.perf_counter() - t, cpu_s() - c
    assert agg.session.db.execute("SELECT count(*) FROM talks").fetchone()[0] > 0
    agg.close()
    print(json.dumps({"wall": wall, "cpu": cpu}))


# --- part 2 --------------------------------------------------------------------------------------


def write_country(folder: Path, bundles: int, talks: int, day0: dt.date = TODAY) -> None:
    """Each bundle's talks fall in the 365 days that end on ``day0`` (``bench_national.py`` asks for
    one calendar year)."""
    marker = folder / ".complete"
    wanted = f"{bundles} {talks}" + ("" if day0 == TODAY else f" {day0}")
    if marker.exists() and marker.read_text() == wanted:
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    f = Factory(folder.parent / "country-template")
    shutil.rmtree(f.base / "lookup", ignore_errors=True)  # left by an earlier writing of the folder
    s = f.make("lookup", PROVINCE, Role.AGGREGATOR)
    codes = [r[0] for r in s.session.db.execute("SELECT code FROM units WHERE kind = 'commune' ORDER BY code")]
    s.close()
    codes = (codes * (bundles // max(len(codes), 1) + 1))[:bundles]
    per, extra = divmod(talks, bundles)
    t = time.perf_counter()
    for i, code in enumerate(codes):
        key = crypto.new_signing_key()
        clock = Clock(f"n{i:07d}", now_ms=lambda: 1_763_000_000_000)
        rows = synthetic_talks(code, per + (1 if i < extra else 0), clock, seed=i, day0=day0)
        (folder / f"{code}_snapshot_20261120-0800-{i}.sotay").write_bytes(make_bundle(code, rows, key))
    marker.write_text(wanted)
    print(f"  wrote {bundles} bundles in {time.perf_counter() - t:.0f} s", file=sys.stderr)


def child_import(data_dir: str, folder: str, index: bool) -> None:
    from desktop_app.services import Services

    s = Services.open(Path(data_dir))
    t, c = time.perf_counter(), cpu_s()
    # the whole country's communes: outside a province's tree, kept as a user who said so keeps them
    summary = import_paths(s.session.exchange_context(), [Path(folder)], trust=True, index=False, accept_outside=True)
    took = time.perf_counter() - t
    out = {
        "seconds": round(took, 2),
        "cpu_s": round(cpu_s() - c, 2),
        "status": summary.by_status(),
        "totals": summary.totals,
        "peak_rss_mb": round(rss_mb(), 1),
    }
    if index:
        t, c = time.perf_counter(), cpu_s()
        out["indexed"] = deferred_index.index_backlog(s.session.db)
        out["index_s"] = round(time.perf_counter() - t, 2)
        out["index_cpu_s"] = round(cpu_s() - c, 2)
        out["peak_rss_with_index_mb"] = round(rss_mb(), 1)
        # until search finds everything (what ``sotay import FOLDER`` took before issue 18)
        out["seconds_with_index"] = round(took + out["index_s"], 2)
        # what ``sotay import FOLDER`` takes: a backlog over one batch is left to the next search
        pending = out["indexed"] > INDEX_AT_ONCE
        out["seconds_sotay_import"] = round(took if pending else took + out["index_s"], 2)
    s.close()
    print(json.dumps(out))


def part_country(work: Path, bundles: int, talks: int) -> dict:
    folder = work / "country"
    write_country(folder, bundles, talks)
    shutil.rmtree(work / "p2", ignore_errors=True)
    f = Factory(work / "p2")
    f.make("agg", PROVINCE, Role.AGGREGATOR).close()
    data_dir = work / "p2" / "agg"

    def run(index: bool) -> dict:
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(data_dir), str(folder)] + (["--child-index"] if index else []),
            capture_output=True,
            text=True,
            check=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)),
        )
        return json.loads(out.stdout.strip().splitlines()[-1])

    first = run(index=True)
    again = run(index=False)
    size = sum(p.stat().st_size for p in folder.glob("*.sotay"))
    return {
        "bundles": bundles,
        "talks": talks,
        "folder_mb": round(size / 2**20),
        "import": first,
        "reimport": again,
        "db_mb": round((data_dir / "sotay.db").stat().st_size / 2**20),
    }


# --- part 3 --------------------------------------------------------------------------------------


def child_index_costs(data_dir: str, folder: str) -> None:
    """Where the search index of a national folder goes, on one database: the folder imported (the
    backlog left, as ``sotay import`` leaves it), then three passes over the same backlog. Reading
    the rows with and without folding them (no writes) gives the fold's Python share; indexing with
    the FTS5 triggers lifted, rolled back, gives the content table's share; the real
    ``index_backlog`` minus that is FTS5's own (tokenizing, the prefix lists, segment merges)."""
    from desktop_app.services import Services
    from desktop_app.storage.deferred_index import _INDEX_SQL

    s = Services.open(Path(data_dir))
    db = s.session.db
    t = time.perf_counter()
    summary = import_paths(s.session.exchange_context(), [Path(folder)], trust=True, index=False, accept_outside=True)
    out: dict = {"import_s": round(time.perf_counter() - t, 2), "status": summary.by_status()}
    table, title, body = _INDEX_SQL["talk"]
    rows = f"FROM search_backlog b JOIN {table} t ON t.id = b.ref_id WHERE b.kind = 'talk' AND t.deleted = 0"
    for name, sql in (
        ("read_s", f"SELECT count(*), sum(length({title})), sum(length({body})) {rows}"),
        (
            "read_and_fold_s",
            f"SELECT count(*), sum(length(sotay_fold({title}))), sum(length(sotay_fold({body}))) {rows}",
        ),
    ):
        t = time.perf_counter()
        db.execute(sql).fetchall()
        out[name] = round(time.perf_counter() - t, 2)
    fts_triggers = [f"search_docs_ai_{kind}" for kind in ("talk", "group", "document")]
    db.execute("BEGIN IMMEDIATE")
    for trigger in fts_triggers:
        db.execute(f"DROP TRIGGER search.{trigger}")
    t = time.perf_counter()
    db.execute("SAVEPOINT costs")  # index_backlog's own transactions become savepoints of this one
    deferred_index.index_backlog(db)
    out["index_without_fts5_s"] = round(time.perf_counter() - t, 2)
    db.execute("ROLLBACK")
    t, c = time.perf_counter(), cpu_s()
    out["indexed"] = deferred_index.index_backlog(db)
    out["index_s"], out["index_cpu_s"] = round(time.perf_counter() - t, 2), round(cpu_s() - c, 2)
    out["fold_s"] = round(out["read_and_fold_s"] - out["read_s"], 2)
    out["fts5_s"] = round(out["index_s"] - out["index_without_fts5_s"], 2)
    s.close()
    print(json.dumps(out))


def part_index(work: Path, country: Path) -> dict:
    shutil.rmtree(work / "p3", ignore_errors=True)
    Factory(work / "p3").make("agg", PROVINCE, Role.AGGREGATOR).close()
    out = subprocess.run(
        [sys.executable, __file__, "--child-costs", str(work / "p3" / "agg"), str(country)],
        capture_output=True,
        text=True,
        check=True,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
    )
    shutil.rmtree(work / "p3", ignore_errors=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--part", choices=("bundle", "country", "index", "all"), default="all")
    p.add_argument("--country", type=Path, help="part index: a country folder already written (default: --work's)")
    p.add_argument("--quick", action="store_true")
    p.add_argument("--work", default="/tmp/sotay-bench")
    p.add_argument("--repeat", type=int, default=3, help="runs of each contender in part 1 (median)")
    p.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    p.add_argument("--child-index", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--contender", nargs=3, help=argparse.SUPPRESS)
    p.add_argument("--child-costs", nargs=2, help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.contender:
        name, bundle, db_name = args.contender
        child_contender(name, Path(bundle), db_name)
        return
    if args.child:
        child_import(*args.child, index=args.child_index)
        return
    if args.child_costs:
        child_index_costs(*args.child_costs)
        return
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    results = {}
    if args.part in ("bundle", "all"):
        results["bundle"] = part_bundle(work, 5_000 if args.quick else 100_000, args.repeat)
        print(json.dumps(results["bundle"], indent=1), flush=True)
    if args.part in ("country", "all"):
        results["country"] = part_country(work, *((40, 12_000) if args.quick else (3321, 1_000_000)))
        print(json.dumps(results["country"], indent=1), flush=True)
    if args.part == "index":  # the country folder of part 2 (or --country), imported again
        country = args.country or work / "country"
        if args.country is None:
            write_country(country, *((40, 12_000) if args.quick else (3321, 1_000_000)))
        results["index"] = part_index(work, country)
        print(json.dumps(results["index"], indent=1), flush=True)


if __name__ == "__main__":
    main()
