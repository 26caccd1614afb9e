"""Migration ``0008_document_topic_search``: a document is found by the names of its topics.

The document search triggers add the names of the document's topics (``documents.topics`` holds
their ids) to the indexed title; a topic added or renamed re-indexes the documents that carry it
(a pack may bring the topic after its documents); the documents already indexed are indexed again.

Frozen once released: the SQL here is the text this migration ran when it was released. Never edit
it then; change the schema in a new migration.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0008_document_topic_search"

_TITLE = (
    "sotay_fold({d}.title || ' ' || {d}.number || ' ' || {d}.issuer || ' ' || coalesce(("
    "SELECT group_concat(tp.name, ' ') FROM json_each({d}.topics) j JOIN topics tp ON tp.id = j.value), ''))"
)
_BODY = (
    "sotay_fold({d}.key_points || ' ' || {d}.body || ' ' || coalesce((SELECT group_concat(b.text, ' ') "
    "FROM json_each({d}.attachments) a JOIN blobs b ON b.sha256 = json_extract(a.value, '$.sha256')), ''))"
)


def _index_document(d: str) -> str:
    return f"SELECT 'document', {d}.id, {_TITLE.format(d=d)}, {_BODY.format(d=d)}"


def _reindex_documents_of_topic() -> str:
    return f"""
            DELETE FROM search_docs WHERE kind = 'document'
                AND ref_id IN (SELECT document_id FROM document_topics WHERE topic_id = new.id);
            INSERT INTO search_docs(kind, ref_id, title, body)
                {_index_document("d")} FROM documents d
                WHERE d.deleted = 0 AND d.id IN (SELECT document_id FROM document_topics WHERE topic_id = new.id);
            """


SQL = f"""
        DROP TRIGGER documents_search_insert;
        DROP TRIGGER documents_search_update;
        CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN
            DELETE FROM search_docs WHERE kind = 'document' AND ref_id = new.id;
            INSERT INTO search_docs(kind, ref_id, title, body) {_index_document("new")} WHERE new.deleted = 0;
        END;
        CREATE TRIGGER documents_search_update AFTER UPDATE ON documents BEGIN
            DELETE FROM search_docs WHERE kind = 'document' AND ref_id = new.id;
            INSERT INTO search_docs(kind, ref_id, title, body) {_index_document("new")} WHERE new.deleted = 0;
        END;
        CREATE TRIGGER topics_search_insert AFTER INSERT ON topics BEGIN {_reindex_documents_of_topic()} END;
        CREATE TRIGGER topics_search_update AFTER UPDATE OF name ON topics BEGIN {_reindex_documents_of_topic()} END;
        DELETE FROM search_docs WHERE kind = 'document';
        INSERT INTO search_docs(kind, ref_id, title, body) {_index_document("d")} FROM documents d WHERE d.deleted = 0;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
