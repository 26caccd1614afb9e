"""National years of talks written straight into an aggregator's database, for ``bench_national.py``.

Each year's talks come from the 3,321 communes and are written as ``bench_reports.py`` writes them:
``executemany`` through the real schema (link-table triggers held back and the link rows written
set-based, as the exchange import does; the search index deferred and dropped), here in chunks of
one transaction each so that memory and the write-ahead log stay small at 10,000,000 talks. Every
year also gets its exchange ledger of monthly bundles (some communes silent, some late, some with
a gap), so who-has-reported reads a ledger that grows with history too.

Everything written here bypasses what the app maintains on its own writes: ``after_bulk_insert``
is the one place that brings such derived data back in step, and every bulk write ends there.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_reports import FORMATS, THEMES, TOPICS  # noqa: E402

from desktop_app.services import Services  # noqa: E402
from desktop_app.storage import units  # noqa: E402
from desktop_app.storage.store import Store  # noqa: E402

LAST_YEAR = 2026
GROWTH = 1.03  # a year's talks over the year before's, in the years of history
CHUNK = 200_000  # talks per transaction

COLUMNS = (
    "id, owner_unit, hlc, extra, held_on, unit_code, format, topics, attendance, online_views, "
    "online_likes, question_themes, questions_count, follow_up_status, deleted"
)


def history_sizes(years: int, per_year: int) -> dict[int, int]:
    """Talks per year of history (the ``years`` years before ``LAST_YEAR``), growing by ``GROWTH``
    a year and adding up to ``years × per_year``."""
    if years <= 0:
        return {}
    first = LAST_YEAR - years
    weights = [GROWTH**k for k in range(years)]
    scale = years * per_year / sum(weights)
    sizes = [round(w * scale) for w in weights]
    sizes[-1] += years * per_year - sum(sizes)
    return {first + k: n for k, n in enumerate(sizes)}


def communes(db: Store) -> list[str]:
    units.ensure_official(db)
    return [r[0] for r in db.execute("SELECT code FROM units WHERE kind = 'commune' ORDER BY code")]


def _rows(year: int, lo: int, hi: int, codes: list[str]) -> Iterator[tuple[object, ...]]:
    rng = random.Random(year * 1_000_003 + lo)
    start = dt.date(year, 1, 1)
    days = (dt.date(year + 1, 1, 1) - start).days
    for i in range(lo, hi):
        unit = codes[i % len(codes)]
        fmt = FORMATS[i % len(FORMATS)]
        online = fmt in ("zalo_post", "fanpage_post")
        yield (
            talk_id(year, i),
            unit,
            f"{year}{i:011d}-00000-bench",
            "{}",
            (start + dt.timedelta(days=(i * 7919) % days)).isoformat(),
            unit,
            fmt,
            f'["{TOPICS[i % len(TOPICS)]}"]',
            0 if online else rng.randint(5, 120),
            rng.randint(100, 4000) if online else 0,
            rng.randint(0, 300) if online else 0,
            f'["{THEMES[i % 5]}"]' if i % 9 == 0 else "[]",
            1 if i % 9 == 0 else 0,
            "open" if i % 27 == 0 else "none",
            1 if i % 500 == 0 else 0,
        )


def talk_id(year: int, i: int) -> str:
    """Ids ordered by year, then by number: appended to the key's B-tree as UUIDv7 ids would be."""
    return f"{year:04d}{i:028x}"


def insert_year(db: Store, year: int, talks: int, codes: list[str]) -> float:
    """Writes one national year of talks and its ledger; returns the seconds it took."""
    for name in TOPICS:
        db.execute(
            "INSERT OR IGNORE INTO topics(id, owner_unit, hlc, name) VALUES (?, 'P00', '0', ?)",
            [name, name.capitalize()],
        )
    started = time.perf_counter()
    for lo in range(0, talks, CHUNK):
        hi = min(talks, lo + CHUNK)
        with db.atomic():
            db.execute("INSERT OR IGNORE INTO search_pause(one) VALUES (1)")  # as a bulk import defers it
            db.executemany(f"INSERT INTO talks({COLUMNS}) VALUES ({', '.join('?' * 15)})", _rows(year, lo, hi, codes))
            # the pause also holds back the link triggers (the import writes link rows itself): do the same
            db.execute(
                "INSERT OR IGNORE INTO talk_topics(talk_id, topic_id) SELECT t.id, j.value FROM talks t, "
                "json_each(t.topics) j WHERE t.id BETWEEN ? AND ? AND t.topics != '[]'",
                [talk_id(year, lo), talk_id(year, hi - 1)],
            )
            db.execute("DELETE FROM search_backlog")
            db.execute("DELETE FROM search_pause")
    _ledger(db, year, codes)
    return time.perf_counter() - started


def _ledger(db: Store, year: int, codes: list[str]) -> None:
    rows = []
    for n, code in enumerate(codes):
        if n % 23 == 0:
            continue  # silent communes
        previous = None
        for month in range(1, 13):
            if n % 31 == 0 and month == 6:
                previous = f"lost-{code}-{year}-{month}"
                continue  # a gap in the chain
            created = dt.datetime(year, month, 28) + dt.timedelta(days=10 if n % 17 == 0 else 5)
            stamp = created.strftime("%Y-%m-%dT%H:%M:%S.000Z")
            bundle = f"{code}-{year}-{month:02d}"
            rows.append(
                (bundle, f"sha-{bundle}", "log", code, "k", "P00", year * 100 + month, previous, stamp)
                + ("0", "1", f"{bundle}.sotay", stamp, "{}")
            )
            previous = bundle
    with db.atomic():
        db.executemany(
            "INSERT INTO exchange_ledger(bundle_id, file_sha256, kind, sender_unit, sender_key_id, receiver, seq, "
            "previous_bundle_id, created_at, hlc_min, hlc_max, file_name, applied_at, counts) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def after_bulk_insert(s: Services) -> str:
    """Brings what the app derives from its talks back in step after talks were written around it.

    The one place to point at the summaries' rebuild: a version whose maintenance family offers
    ``rebuild_summaries`` gets it called here. Returns what was done, for the log.
    """
    rebuild = getattr(s.maintenance, "rebuild_summaries", None)
    if rebuild is None:
        return "no summaries to rebuild in this version"
    started = time.perf_counter()
    rebuild()
    return f"summaries rebuilt in {time.perf_counter() - started:.1f} s"


def analyze(folder: Path) -> float:
    """The planner's statistics, as ``bench_reports.py`` leaves them (the app itself never runs ANALYZE)."""
    s = Services.open(folder)
    try:
        started = time.perf_counter()
        s.session.db.execute("ANALYZE")
        s.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return time.perf_counter() - started
    finally:
        s.close()


def file_mb(folder: Path) -> float:
    """The database's size once its write-ahead log is folded back in, with its search index file."""
    return (
        sum(path.stat().st_size for path in (folder / "sotay.db", folder / "sotay-search.db") if path.exists()) / 2**20
    )
