"""Migration ``0015_search_prefixes``: the search index keeps its one- and two-letter prefixes, so
a word still being typed ("nghị qu", "t") is answered from one list instead of FTS5 merging the
lists of every indexed word that starts so (0.3–0.5 s over 100,000 documents, ~1 ms with the
prefixes). The index grows about 1.9× and is rebuilt from ``search_docs`` once, here; longer
prefixes expand to few Vietnamese syllables and need no list of their own.

The record's kind is indexed too (its own column, weight 0 in the ranking), so a search of the
library's documents skips a million talks inside the index instead of ranking them and throwing
them away afterwards.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0015_search_prefixes"

SQL = """
        DROP TABLE search_fts;
        CREATE VIRTUAL TABLE search_fts USING fts5(
            title, body, kind, content='search_docs', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2'
        );
        DROP TRIGGER search_docs_ai;
        DROP TRIGGER search_docs_ad;
        DROP TRIGGER search_docs_au;
        CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
            INSERT INTO search_fts(rowid, title, body, kind) VALUES (new.rowid, new.title, new.body, new.kind);
        END;
        CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
            INSERT INTO search_fts(search_fts, rowid, title, body, kind)
                VALUES ('delete', old.rowid, old.title, old.body, old.kind);
        END;
        CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
            INSERT INTO search_fts(search_fts, rowid, title, body, kind)
                VALUES ('delete', old.rowid, old.title, old.body, old.kind);
            INSERT INTO search_fts(rowid, title, body, kind) VALUES (new.rowid, new.title, new.body, new.kind);
        END;
        INSERT INTO search_fts(search_fts) VALUES ('rebuild');
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
