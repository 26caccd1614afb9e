"""The search backlog a bulk import leaves is indexed a batch at a time, each batch written by FTS5
as one segment (its terms kept in memory up to ``BULK_HASHSIZE``), not as several small segments
merged again; what it indexes is what the rows written one by one (queued by their triggers) index."""

from __future__ import annotations

from exchange_helpers import COMMUNE, Factory, synthetic_talks

from desktop_app.exchange.rows import SPECS, check_row
from desktop_app.storage import deferred_index, merge, search_file

TALKS = 3000  # over FTS5's default 1 MiB of pending terms


def segments(db) -> int:
    return int(db.execute("SELECT count(DISTINCT segid) FROM search_fts_talk_idx").fetchone()[0])


def test_a_batch_of_the_backlog_is_one_fts5_segment_and_matches_the_triggers(tmp_path):
    f = Factory(tmp_path)
    deferred, direct = f.make("deferred", COMMUNE), f.make("direct", COMMUNE)
    try:
        rows = [check_row("talks", r) for r in synthetic_talks(COMMUNE, TALKS, deferred.session.clock)]
        db = deferred.session.db
        with db.atomic():
            deferred_index.pause_search(db)
            merge.upsert_staged(db, "talks", "id", SPECS["talks"].columns, rows, index_kind="talk", replaced=False)
            deferred_index.resume_search(db)
        assert segments(db) == 0 and deferred_index.backlog_size(db) == TALKS
        assert deferred_index.index_backlog(db, batch=TALKS) == TALKS
        assert segments(db) == 1
        hashsize = db.execute("SELECT v FROM search_fts_talk_config WHERE k = 'hashsize'").fetchone()
        assert hashsize == (search_file.BULK_HASHSIZE,)

        with direct.session.db.atomic():  # the same rows queued by the search triggers
            merge.upsert_rows(direct.session.db, "talks", "id", SPECS["talks"].columns, rows)
        assert deferred_index.index_backlog(direct.session.db, batch=1000) == TALKS
        query = "SELECT kind, ref_id, title, body FROM search_docs ORDER BY kind, ref_id"
        assert db.execute(query).fetchall() == direct.session.db.execute(query).fetchall()
        for word in ("lua dao", "nghi quyet", "ng", "t"):
            assert {h.ref_id for h in deferred.library.search(word, ("talk",), limit=5000)} == {
                h.ref_id for h in direct.library.search(word, ("talk",), limit=5000)
            }
    finally:
        deferred.close()
        direct.close()
