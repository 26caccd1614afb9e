"""The search index kept from its backlog: the queue every write adds to (the triggers of migration
0023, or a bulk import set-based while its pause flag holds them), its batched indexing into the
index file, and the date-ordered indexes a large batch drops and builds once at its end."""

from __future__ import annotations

from collections.abc import Callable

from . import settings
from .search_file import SCHEMA
from .sql_parts import schema_sql
from .store import Store


def pause_search(db: Store) -> None:
    """Inside an import transaction: the import queues its talks and groups set-based, not the triggers."""
    db.conn.execute("INSERT OR IGNORE INTO search_pause(one) VALUES (1)")


def resume_search(db: Store) -> None:
    db.conn.execute("DELETE FROM search_pause")


def backlog_size(db: Store) -> int:
    """The backlog entries the index does not hold yet."""
    return int(db.conn.execute("SELECT count(*) FROM main.search_backlog WHERE seq > ?", [_through(db)]).fetchone()[0])


# What each kind of record puts in the index: its title, its body (folded by ``sotay_fold``).
_DOCUMENT_TOPICS = (
    "coalesce((SELECT group_concat(tp.name, ' ') FROM json_each(t.topics) j "
    "JOIN main.topics tp ON tp.id = j.value), '')"
)
_ATTACHMENT_TEXT = (
    "coalesce((SELECT group_concat(b.text, ' ') FROM json_each(t.attachments) a "
    "JOIN main.blobs b ON b.sha256 = json_extract(a.value, '$.sha256')), '')"
)
_INDEX_SQL = {
    "document": (
        "documents",
        f"t.title || ' ' || t.number || ' ' || t.issuer || ' ' || {_DOCUMENT_TOPICS}",
        f"t.key_points || ' ' || t.body || ' ' || {_ATTACHMENT_TEXT}",
    ),
    "talk": (
        "talks",
        "t.place || ' ' || t.topics",
        "t.presenters || ' ' || t.questions_text || ' ' || t.question_themes || ' ' || "
        "t.follow_up_text || ' ' || t.notes",
    ),
    "group": ("groups", "t.name", "t.channel_url || ' ' || t.notes"),
}


DEFAULT_BATCH = 20_000


def index_backlog(
    db: Store,
    batch: int = DEFAULT_BATCH,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
    prune: bool = True,
) -> int:
    """Bring the search index up to date from the backlog, one committed batch at a time; returns
    how many records were indexed (or found deleted and taken out).

    Each batch takes the index file's write lock first and only then reads the database, so two
    indexers (the window's and an import's) take turns and the later one reads the newer rows. The
    batch's records are removed from the index and the live ones written again, with one statement
    per step, not one look-up per record, and the index file notes the batch's last ``seq`` in the
    same transaction: a record queued again meanwhile has a later one. The database is only read,
    so an import keeps writing meanwhile; the entries indexed are removed from it at the end
    (``prune``), which an indexer running beside an import leaves to the import."""
    conn = db.conn
    total = backlog_size(db)
    done = handled = 0
    while not (cancel is not None and cancel()):
        with db.atomic(immediate=False):
            conn.execute(f"UPDATE {SCHEMA}.search_meta SET value = value WHERE key = 'through'")  # the lock first
            through = _through(db)
            cut, taken = conn.execute(
                "SELECT max(seq), count(*) FROM "
                "(SELECT seq FROM main.search_backlog WHERE seq > ? ORDER BY seq LIMIT ?)",
                [through, batch],
            ).fetchone()
            if not taken:
                break
            conn.execute("DROP TABLE IF EXISTS temp.sotay_index_batch")
            conn.execute(
                "CREATE TEMP TABLE sotay_index_batch AS SELECT DISTINCT kind, ref_id FROM main.search_backlog "
                "WHERE seq > ? AND seq <= ?",
                [through, cut],
            )
            conn.execute(
                f"DELETE FROM {SCHEMA}.search_docs WHERE (kind, ref_id) IN "
                "(SELECT kind, ref_id FROM temp.sotay_index_batch)"
            )
            for kind, (table, title, body) in _INDEX_SQL.items():
                conn.execute(
                    f"INSERT INTO {SCHEMA}.search_docs(kind, ref_id, title, body) SELECT ?, t.id, "
                    f"sotay_fold({title}), sotay_fold({body}) FROM temp.sotay_index_batch b "
                    f"JOIN main.{table} t ON t.id = b.ref_id WHERE b.kind = ? AND t.deleted = 0",
                    [kind, kind],
                )
            done += conn.execute("SELECT count(*) FROM temp.sotay_index_batch").fetchone()[0]
            conn.execute("DROP TABLE temp.sotay_index_batch")
            conn.execute(f"UPDATE {SCHEMA}.search_meta SET value = ? WHERE key = 'through'", [str(cut)])
        handled += taken
        if progress is not None:
            progress(min(handled, total), total)
    if prune:
        through = _through(db)
        if conn.execute("SELECT 1 FROM main.search_backlog WHERE seq <= ? LIMIT 1", [through]).fetchone():
            with db.atomic():
                conn.execute("DELETE FROM main.search_backlog WHERE seq <= ?", [through])
    return done


def _through(db: Store) -> int:
    """The last backlog entry the index holds."""
    return int(db.conn.execute(f"SELECT value FROM {SCHEMA}.search_meta WHERE key = 'through'").fetchone()[0])


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
