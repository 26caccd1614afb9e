"""Migration ``0015_search_prefixes``: one search index per kind of record, each keeping its one-
and two-letter prefixes.

A word still being typed ("nghị qu", "t") is answered from the prefix's own list instead of FTS5
merging the lists of every indexed word that starts so (0.3–0.5 s over 100,000 documents, ~1 ms
with the prefixes); longer prefixes expand to few Vietnamese syllables and need no list of their
own. The index grows about 2× (talks 2.4×) and takes about 1.9× as long to write.

Documents, talks and groups are indexed apart: the library searches its documents without ranking
or stepping over the million talks an aggregator holds (they sit after the documents in rowid
order, and bm25 counts every match of a word in the index it reads). ``search_docs`` stays the one
content table; each index takes its own kind's rows.

Frozen once released: change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0015_search_prefixes"


def _index_of(kind: str) -> str:
    fts = f"search_fts_{kind}"
    return f"""
        CREATE VIRTUAL TABLE {fts} USING fts5(
            title, body, content='search_docs', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2'
        );
        CREATE TRIGGER search_docs_ai_{kind} AFTER INSERT ON search_docs WHEN new.kind = '{kind}' BEGIN
            INSERT INTO {fts}(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END;
        CREATE TRIGGER search_docs_ad_{kind} AFTER DELETE ON search_docs WHEN old.kind = '{kind}' BEGIN
            INSERT INTO {fts}({fts}, rowid, title, body) VALUES ('delete', old.rowid, old.title, old.body);
        END;
        CREATE TRIGGER search_docs_au_{kind} AFTER UPDATE ON search_docs
        WHEN old.kind = '{kind}' OR new.kind = '{kind}' BEGIN
            INSERT INTO {fts}({fts}, rowid, title, body)
                SELECT 'delete', old.rowid, old.title, old.body WHERE old.kind = '{kind}';
            INSERT INTO {fts}(rowid, title, body) SELECT new.rowid, new.title, new.body WHERE new.kind = '{kind}';
        END;
        INSERT INTO {fts}(rowid, title, body) SELECT rowid, title, body FROM search_docs WHERE kind = '{kind}';
        """


SQL = """
        DROP TRIGGER search_docs_ai;
        DROP TRIGGER search_docs_ad;
        DROP TRIGGER search_docs_au;
        DROP TABLE search_fts;
        """ + "".join(_index_of(kind) for kind in ("document", "talk", "group"))


def apply(db: Database) -> None:
    db.executescript(SQL)
