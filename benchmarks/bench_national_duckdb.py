"""DuckDB's side of ``bench_national.py``, run by the benchmark's own interpreter (never the app's):

    benchmarks/out/duckdb-venv/bin/python benchmarks/bench_national_duckdb.py CSV_FOLDER YEAR RUNS THREADS

Loads the exported tables into DuckDB's in-memory tables (timed apart), then times the issue's
five plain groupings of the year's live talks (totals, by province, by month, by format, by
topic), each with the same eight figures the app's report sums, every result fetched: the first
run of the five, then the median of RUNS. Prints one JSON line.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

import duckdb

COLUMNS = {
    "talks": {
        "id": "VARCHAR",
        "unit_code": "VARCHAR",
        "held_on": "DATE",
        "format": "VARCHAR",
        "attendance": "BIGINT",
        "online_views": "BIGINT",
        "online_likes": "BIGINT",
        "online_shares": "BIGINT",
        "online_comments": "BIGINT",
        "online_points": "BIGINT",
        "questions_count": "BIGINT",
        "deleted": "INTEGER",
    },
    "talk_topics": {"talk_id": "VARCHAR", "topic_id": "VARCHAR"},
    "topics": {"id": "VARCHAR", "name": "VARCHAR"},
    "units": {"code": "VARCHAR", "province_code": "VARCHAR"},
}

FIGURES = """count(*), coalesce(sum(t.attendance), 0), coalesce(sum(t.online_views), 0),
    coalesce(sum(t.online_likes), 0), coalesce(sum(t.online_shares), 0), coalesce(sum(t.online_comments), 0),
    coalesce(sum(t.online_points), 0), coalesce(sum(t.questions_count), 0)"""

IN_YEAR = "t.held_on BETWEEN ? AND ? AND t.deleted = 0"

GROUPINGS = {
    "totals": f"SELECT {FIGURES} FROM talks t WHERE {IN_YEAR}",
    "province": f"SELECT u.province_code, {FIGURES} FROM talks t JOIN units u ON u.code = t.unit_code "
    f"WHERE {IN_YEAR} GROUP BY 1 ORDER BY 1",
    "month": f"SELECT strftime(t.held_on, '%Y-%m') AS m, {FIGURES} FROM talks t WHERE {IN_YEAR} GROUP BY 1 ORDER BY 1",
    "format": f"SELECT t.format, {FIGURES} FROM talks t WHERE {IN_YEAR} GROUP BY 1 ORDER BY 1",
    "topic": f"SELECT coalesce(tt.topic_id, '') AS k, any_value(tp.name), {FIGURES} FROM talks t "
    f"LEFT JOIN talk_topics tt ON tt.talk_id = t.id LEFT JOIN topics tp ON tp.id = tt.topic_id "
    f"WHERE {IN_YEAR} GROUP BY 1 ORDER BY 3 DESC",
}


def main() -> None:
    folder, year, runs, threads = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    started = time.perf_counter()
    for table, columns in COLUMNS.items():
        path = str(folder / f"{table}.csv").replace("'", "''")
        con.execute(f"CREATE TABLE {table} AS SELECT * FROM read_csv('{path}', header = true, columns = {columns})")
    load_s = time.perf_counter() - started
    bounds = [f"{year}-01-01", f"{year}-12-31"]

    def once() -> dict[str, float]:
        took = {}
        for name, sql in GROUPINGS.items():
            started = time.perf_counter()
            con.execute(sql, bounds).fetchall()
            took[name] = time.perf_counter() - started
        return took

    first = once()
    rounds = [once() for _ in range(runs)]
    talks = con.execute(f"SELECT count(*) FROM talks t WHERE {IN_YEAR}", bounds).fetchone()
    print(
        json.dumps(
            {
                "version": duckdb.__version__,
                "threads": threads,
                "load_s": load_s,
                "first_s": sum(first.values()),
                "median_s": statistics.median(sum(r.values()) for r in rounds),
                "median_each": {name: statistics.median(r[name] for r in rounds) for name in GROUPINGS},
                "talks": talks[0] if talks else 0,
            }
        )
    )


if __name__ == "__main__":
    main()
