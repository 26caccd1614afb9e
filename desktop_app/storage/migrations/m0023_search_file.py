"""Migration ``0023_search_file``: the search index leaves the database for a file of its own
(issue 18).

The index (``search_docs`` and the three FTS5 indexes of 0015) now lives in ``sotay-search.db``
beside the database (``storage/search_file.py``), so that it has its own write lock: a large import
writes the database while another connection indexes what the import has committed. Triggers
cannot write into another file, so every change of a talk, group or document (and a topic renamed,
which changes its documents' text) now only notes the record in ``search_backlog``, and the index is
brought up to date from the backlog (``deferred_index.index_backlog``) before a search reads it.

The backlog becomes a queue in write order (``seq``, never reused): the index file notes the last
entry it has indexed, in the same transaction as the index, so an indexer never needs the
database's write lock while an import holds it, and a record queued again after an indexer read it
is indexed again. The index file is made, and every record queued for it, when the database is
first opened after this migration.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0023_search_file"


def _queued(kind: str, table: str, *, paused: bool) -> str:
    """The three triggers that queue a record of ``table`` for the index when it changes."""
    when = "WHEN NOT EXISTS (SELECT 1 FROM search_pause) " if paused else ""
    return f"""
        CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} {when}BEGIN
            INSERT INTO search_backlog(kind, ref_id) VALUES ('{kind}', new.id);
        END;
        CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} {when}BEGIN
            INSERT INTO search_backlog(kind, ref_id) VALUES ('{kind}', new.id);
        END;
        CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN
            INSERT INTO search_backlog(kind, ref_id) VALUES ('{kind}', old.id);
        END;
        """


SQL = (
    """
        DROP TRIGGER talks_search_insert;
        DROP TRIGGER talks_search_update;
        DROP TRIGGER talks_search_delete;
        DROP TRIGGER groups_search_insert;
        DROP TRIGGER groups_search_update;
        DROP TRIGGER groups_search_delete;
        DROP TRIGGER documents_search_insert;
        DROP TRIGGER documents_search_update;
        DROP TRIGGER documents_search_delete;
        DROP TRIGGER topics_search_insert;
        DROP TRIGGER topics_search_update;
        DROP TABLE search_fts_document;
        DROP TABLE search_fts_talk;
        DROP TABLE search_fts_group;
        DROP TABLE search_docs;

        CREATE TABLE search_queue (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            ref_id TEXT NOT NULL
        );
        INSERT INTO search_queue(kind, ref_id) SELECT kind, ref_id FROM search_backlog;
        DROP TABLE search_backlog;
        ALTER TABLE search_queue RENAME TO search_backlog;
        """
    + _queued("talk", "talks", paused=True)
    + _queued("group", "groups", paused=True)
    + _queued("document", "documents", paused=False)
    + """
        CREATE TRIGGER topics_search_insert AFTER INSERT ON topics BEGIN
            INSERT INTO search_backlog(kind, ref_id)
                SELECT 'document', document_id FROM document_topics WHERE topic_id = new.id;
        END;
        CREATE TRIGGER topics_search_update AFTER UPDATE OF name ON topics BEGIN
            INSERT INTO search_backlog(kind, ref_id)
                SELECT 'document', document_id FROM document_topics WHERE topic_id = new.id;
        END;
        """
)


def apply(db: Database) -> None:
    db.executescript(SQL)
