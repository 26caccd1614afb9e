"""Benchmarks of the foundation (issue 2), run by hand:

    .venv/bin/python benchmarks/bench_foundation.py [startup|search|insert|all] [--docs N] [--talks N]

- startup: `sotay --version` and `sotay talks list --json` against `python -c "import sqlite_utils"`,
  each the median of several runs in the same session (target ≤ 1.5×).
- search: p50/p95 of ranked queries over N documents of ~2,000 characters (target p50 ≤ 20 ms).
- insert: N talks written through the real schema with the storage's bulk path (set-based upsert,
  link rows, then the search index), against a bare executemany into a plain table of the same
  columns with no index and no trigger.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYLLABLES = (
    "tuyên truyền nghị quyết đảng ủy nhân dân đồng thuận chuyển đổi số nông thôn mới cán bộ đảng viên "
    "chính quyền địa phương hai cấp xã phường thôn ấp hội nghị báo cáo viên học tập quán triệt "
    "an ninh trật tự môi trường rác thải bảo hiểm y tế giáo dục văn hóa gia đình phụ nữ thanh niên "
    "nông dân cựu chiến binh mặt trận tổ quốc lừa đảo qua mạng ma túy giao thông thiên tai phòng chống "
    "kinh tế sản xuất lúa gạo trái cây thủy sản du lịch dịch vụ công trực tuyến định danh điện tử "
    "kế hoạch chương trình nhiệm vụ giải pháp kết quả hạn chế nguyên nhân bài học kinh nghiệm"
).split()


def timed_runs(cmd: list[str], runs: int = 7) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_startup() -> None:
    from desktop_app.services import Services
    from desktop_app.services.demo import fill_demo

    folder = Path(tempfile.mkdtemp(prefix="sotay-bench-"))
    s = Services.open(folder)
    fill_demo(s)
    s.close()
    py = sys.executable
    base = timed_runs([py, "-c", "import sqlite_utils"])
    version = timed_runs([py, "-m", "desktop_app", "--version"])
    listing = timed_runs([py, "-m", "desktop_app", "--data-dir", str(folder), "talks", "list", "--json"])
    print(f"import sqlite_utils       {base * 1000:7.1f} ms  (baseline)")
    print(f"sotay --version           {version * 1000:7.1f} ms  = {version / base:.2f} × baseline")
    print(f"sotay talks list --json   {listing * 1000:7.1f} ms  = {listing / base:.2f} × baseline")


ONSETS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
RHYMES = [
    "a",
    "ai",
    "am",
    "an",
    "ang",
    "anh",
    "ao",
    "at",
    "ac",
    "ach",
    "ăn",
    "ăng",
    "âm",
    "ân",
    "âu",
    "e",
    "em",
    "en",
    "eo",
    "ê",
    "ên",
    "êt",
    "i",
    "im",
    "in",
    "inh",
    "it",
    "ich",
    "o",
    "oa",
    "oai",
    "oan",
    "oang",
    "oc",
    "oi",
    "om",
    "on",
    "ong",
    "ô",
    "ôi",
    "ông",
    "ôt",
    "ơ",
    "ơi",
    "ơn",
    "u",
    "ua",
    "uân",
    "uc",
    "ui",
    "um",
    "un",
    "ung",
    "uy",
    "uyên",
    "ư",
    "ưa",
    "ưng",
    "ươc",
    "ương",
    "ươi",
    "y",
]
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]


def syllable_vocabulary(rng: random.Random, size: int = 6000) -> list[str]:
    """Plausible Vietnamese syllables (onset + rhyme + tone), NFC: a vocabulary of realistic size."""
    import unicodedata

    vocab = set(SYLLABLES)
    while len(vocab) < size:
        rhyme = rng.choice(RHYMES)
        tone = rng.choice(TONES)
        vowel = next(i for i, c in enumerate(rhyme) if c in "aăâeêioôơuưy")
        word = rng.choice(ONSETS) + rhyme[: vowel + 1] + tone + rhyme[vowel + 1 :]
        vocab.add(unicodedata.normalize("NFC", word))
    filler = [w for w in vocab if w not in SYLLABLES]
    rng.shuffle(filler)
    # Function words first; the topical words a cadre searches for come after them, moderately common.
    return filler[:60] + SYLLABLES + filler[60:]


_CUMULATIVE: dict[int, list[float]] = {}


def vietnamese_text(rng: random.Random, chars: int, vocab: list[str] | None = None) -> str:
    """Zipf-distributed words (frequency ∝ 1/rank): a few very common, most rare, as in real prose."""
    vocab = vocab or SYLLABLES
    if len(vocab) not in _CUMULATIVE:
        total, cumulative = 0.0, []
        for rank in range(len(vocab)):
            total += 1 / (rank + 1)
            cumulative.append(total)
        _CUMULATIVE[len(vocab)] = cumulative
    words = rng.choices(vocab, cum_weights=_CUMULATIVE[len(vocab)], k=chars // 5)
    return " ".join(words)[:chars]


def aggregator_with_documents(folder: Path, n_docs: int) -> tuple[Any, random.Random, list[str]]:
    """A P82 aggregator in ``folder`` holding ``n_docs`` documents of ~2,000 characters of the
    syllable corpus (indexed for search as they are written); returns the services, and the random
    source and vocabulary to write more of the same corpus with."""
    from desktop_app.core.enums import Role
    from desktop_app.services import Services

    s = Services.open(folder)
    s.identity.init("P82", Role.AGGREGATOR, "bench")
    rng = random.Random(1)
    vocab = syllable_vocabulary(rng)
    hlc = s.session.next_version()
    start = time.perf_counter()
    with s.session.db.atomic():
        s.session.db.executemany(
            "INSERT INTO documents(id, owner_unit, hlc, title, body, key_points) VALUES (?, 'P82', ?, ?, ?, '[]')",
            (
                (f"doc-{i:07d}", hlc, vietnamese_text(rng, 80, vocab), vietnamese_text(rng, 2000, vocab))
                for i in range(n_docs)
            ),
        )
    print(f"indexed {n_docs:,} documents of ~2,000 characters in {time.perf_counter() - start:.1f} s")
    return s, rng, vocab


def bench_search(n_docs: int) -> None:
    s, _rng, _vocab = aggregator_with_documents(Path(tempfile.mkdtemp(prefix="sotay-bench-search-")), n_docs)
    queries = [
        "dang uy",
        "nghi quyet",
        "chuyen doi so",
        "lua dao qua mang",
        "bao hiem y te",
        "thien tai",
        "du lich dich vu",
        "dinh danh dien tu",
        "cuu chien binh",
        "phong chong ma tuy",
        "dong thuan",
        "tuyen truyen",
        "ke hoach",
        "bai hoc kinh nghiem",
        "trai cay thuy san",
    ]
    times = []
    for _ in range(5):
        for q in queries:
            t = time.perf_counter()
            hits = s.library.search(q, ("document",), limit=20)
            times.append((time.perf_counter() - t) * 1000)
            assert hits, q
    times.sort()
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95)]
    print(
        f"search over {n_docs:,} documents: p50 {p50:.1f} ms, p95 {p95:.1f} ms, max {times[-1]:.1f} ms "
        f"({len(times)} queries; target p50 ≤ 20 ms → {p50 / 20:.2f} of the budget)"
    )
    s.close()


def bench_insert(n_talks: int) -> None:
    from desktop_app.core.enums import Role
    from desktop_app.core.ids import uuid7
    from desktop_app.services import Services

    folder = Path(tempfile.mkdtemp(prefix="sotay-bench-insert-"))
    s = Services.open(folder)
    s.identity.init("30130", Role.COMMUNE, "bench")
    rng = random.Random(2)
    day0 = dt.date(2025, 7, 1)
    formats = ["meeting", "loudspeaker", "zalo_post", "fanpage_post", "online_conference", "home_visit"]
    rows = [
        (
            uuid7(),
            "30130",
            f"{1_750_000_000_000 + i:015d}-00000-bench",
            (day0 + dt.timedelta(days=i % 500)).isoformat(),
            f"Nhà văn hóa ấp {rng.choice(SYLLABLES)}",
            "30130",
            rng.choice(formats),
            '["chuyen doi so"]',
            "[]",
            "[]",
            rng.randint(0, 150),
            vietnamese_text(rng, 100),
        )
        for i in range(n_talks)
    ]
    cols = (
        "id, owner_unit, hlc, held_on, place, unit_code, format, topics, group_ids, document_ids, attendance, "
        "questions_text"
    )
    from desktop_app.storage import deferred_index, merge

    # The storage's bulk path (what an import uses): set-based upsert, link rows in one statement,
    # search index built afterwards in batches.
    start = time.perf_counter()
    with s.session.db.atomic():
        deferred_index.pause_search(s.session.db)
        for n in range(0, n_talks, 100_000):
            merge.upsert_staged(
                s.session.db, "talks", "id", cols.split(", "), rows[n : n + 100_000], index_kind="talk", replaced=False
            )
        deferred_index.resume_search(s.session.db)
    loaded = time.perf_counter() - start
    deferred_index.index_backlog(s.session.db)
    real = time.perf_counter() - start
    print(f"  (rows and links {loaded:.1f} s, then the search index {real - loaded:.1f} s)")
    bare_db = s.session.db.conn.__class__(str(folder / "bare.db"), isolation_level=None)
    bare_db.execute("PRAGMA journal_mode=WAL")
    bare_db.execute(f"CREATE TABLE talks ({cols.replace('id, ', 'id TEXT PRIMARY KEY, ', 1)})")
    start = time.perf_counter()
    bare_db.execute("BEGIN")
    bare_db.executemany(f"INSERT INTO talks({cols}) VALUES ({', '.join('?' * 12)})", rows)
    bare_db.execute("COMMIT")
    bare = time.perf_counter() - start
    print(
        f"insert {n_talks:,} talks through the real schema (indexes, link tables, search index): "
        f"{real:.1f} s = {n_talks / real:,.0f} rows/s"
    )
    print(
        f"bare executemany into a plain table with the same columns: {bare:.1f} s "
        f"= {n_talks / bare:,.0f} rows/s (real schema costs {real / bare:.1f}×)"
    )
    start = time.perf_counter()
    count = s.session.db.execute("SELECT count(*) FROM talks WHERE deleted = 0").fetchone()[0]
    page = s.talks.list(limit=50)
    print(
        f"then: count {count:,} + first page of 50 in {(time.perf_counter() - start) * 1000:.0f} ms; "
        f"database {sum(p.stat().st_size for p in folder.glob('sotay.db*')) / 2**20:.0f} MiB"
    )
    assert len(page) == 50
    s.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("what", nargs="?", default="all", choices=("startup", "search", "insert", "all"))
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--talks", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.what in ("startup", "all"):
        bench_startup()
    if args.what in ("search", "all"):
        bench_search(args.docs)
    if args.what in ("insert", "all"):
        bench_insert(args.talks)


if __name__ == "__main__":
    main()
