"""Search indexing deferred by bulk imports: the pause flag and backlog the search triggers honour,
the batched indexing of that backlog, and the date-ordered indexes a large batch drops and builds
once at its end."""

from __future__ import annotations

from collections.abc import Callable

from . import settings
from .sql_parts import schema_sql
from .store import Store


def pause_search(db: Store) -> None:
    """Inside an import transaction: changed talks and groups go to the backlog, not the index."""
    db.conn.execute("INSERT OR IGNORE INTO search_pause(one) VALUES (1)")


def resume_search(db: Store) -> None:
    db.conn.execute("DELETE FROM search_pause")


def backlog_size(db: Store) -> int:
    return int(db.conn.execute("SELECT count(*) FROM search_backlog").fetchone()[0])


_INDEX_SQL = {
    "talk": (
        "talks",
        "t.place || ' ' || t.topics",
        "t.presenters || ' ' || t.questions_text || ' ' || t.question_themes || ' ' || "
        "t.follow_up_text || ' ' || t.notes",
    ),
    "group": ("groups", "t.name", "t.channel_url || ' ' || t.notes"),
}


DEFAULT_BATCH = 20_000

# FTS5 keeps the terms of the rows a transaction inserts in memory and writes them out as a new
# segment each time they pass its hash size (1 MiB unless set), then merges those segments: a
# batch of 20,000 talks wrote several small segments that FTS5 merged again. With 64 MiB a batch
# is written as one segment (a national year's index: 27.7 → 22–23 s, 9 segments instead of 13,
# searches as fast). It is a ceiling, not an allocation, kept in each index's own configuration.
BULK_HASHSIZE = 64 * 1024 * 1024


def index_backlog(
    db: Store,
    batch: int = DEFAULT_BATCH,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Index what bulk imports deferred, one committed batch at a time; returns rows indexed.

    Must produce exactly what the search triggers of migration 0001 produce. Each batch is taken
    from the backlog into a temporary table and handled with one statement per step (remove the
    old entries, index the current rows, clear the backlog), not one look-up per record. A batch
    of 20,000 talks holds the write lock about half a second; FTS5 writes fewer, larger segments
    than with 5,000 (a million talks index in about 0.88 of the time)."""
    conn = db.conn
    total = backlog_size(db)
    if total:
        _fts_hashsize(db, BULK_HASHSIZE)
    done = 0
    while True:
        if cancel is not None and cancel():
            break
        with db.atomic():
            conn.execute("DROP TABLE IF EXISTS temp.sotay_index_batch")
            conn.execute(
                "CREATE TEMP TABLE sotay_index_batch AS SELECT kind, ref_id FROM main.search_backlog LIMIT ?", [batch]
            )
            taken = conn.execute("SELECT count(*) FROM temp.sotay_index_batch").fetchone()[0]
            if not taken:
                conn.execute("DROP TABLE temp.sotay_index_batch")
                break
            conn.execute(
                "DELETE FROM main.search_docs WHERE (kind, ref_id) IN (SELECT kind, ref_id FROM temp.sotay_index_batch)"
            )
            for kind, (table, title, body) in _INDEX_SQL.items():
                conn.execute(
                    f"INSERT INTO main.search_docs(kind, ref_id, title, body) SELECT ?, t.id, "
                    f"sotay_fold({title}), sotay_fold({body}) FROM temp.sotay_index_batch b "
                    f"JOIN main.{table} t ON t.id = b.ref_id WHERE b.kind = ? AND t.deleted = 0",
                    [kind, kind],
                )
            conn.execute(
                "DELETE FROM main.search_backlog WHERE (kind, ref_id) IN "
                "(SELECT kind, ref_id FROM temp.sotay_index_batch)"
            )
            conn.execute("DROP TABLE temp.sotay_index_batch")
        done += taken
        if progress is not None:
            progress(done, total)
    return done


def _fts_hashsize(db: Store, size: int) -> None:
    """The FTS5 hash size of the indexes the backlog fills (``BULK_HASHSIZE``), set once."""
    for kind in _INDEX_SQL:
        fts = f"search_fts_{kind}"
        held = db.conn.execute(f"SELECT v FROM main.{fts}_config WHERE k = 'hashsize'").fetchone()
        if held is None or held[0] != size:
            with db.atomic():
                db.conn.execute(f"INSERT INTO main.{fts}({fts}, rank) VALUES ('hashsize', ?)", [size])


# Indexes ordered by date put every talk of a bundle on a page of its own, so a folder of
# thousands of bundles rewrites most of such an index once per bundle. For a large batch they are
# dropped first and built once at the end. Their SQL is kept in settings in the same transaction
# as the drop, so a batch that is killed half-way gets them back at the next start (storage.db).
BULK_SUSPENDED_INDEXES = ("talks_report_owner",)
SUSPENDED_SETTING = "bulk.suspended_indexes"


def suspend_indexes(db: Store) -> list[str]:

    conn = db.conn
    kept = [sql for _, sql in schema_sql(conn, "index", BULK_SUSPENDED_INDEXES)]
    if not kept:
        return []
    with db.atomic():
        settings.put(db, SUSPENDED_SETTING, (settings.get(db, SUSPENDED_SETTING) or []) + kept)
        for name in BULK_SUSPENDED_INDEXES:
            conn.execute(f"DROP INDEX IF EXISTS {name}")
    return kept


def restore_indexes(db: Store) -> int:
    """Build again what ``suspend_indexes`` dropped (after the batch, or after a crash)."""

    pending = settings.get(db, SUSPENDED_SETTING) or []
    if not pending:
        return 0
    conn = db.conn
    with db.atomic():
        for sql in pending:
            conn.execute(sql.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS", 1))
        conn.execute("DELETE FROM settings WHERE key = ?", [SUSPENDED_SETTING])
    return len(pending)
