# ruff: noqa: E501, W291, W293 - the SQL text is kept byte for byte as released (long lines, trailing blanks)
"""Migration ``0001_initial``: the first schema: settings, units and their pre-2025 aliases, topics,
documents and attachment blobs, groups, talks with their link tables, history, and the
full-text search over folded text with the triggers that keep it current.

Frozen: the SQL here is the text this migration ran when it was released. Never edit it (a
database migrated before the edit would differ from one migrated after); change the schema in a
new migration. ``tests/storage/test_migrations.py`` holds the checksum of what it runs. The SQL
comment on ``talks_unit_date`` cites notes kept outside the repository and stays as released: the
measurement it means (a covering index over unit, date, format and attendance serves the roll-ups)
is in docs/architecture.md, Known platform facts.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0001_initial"

SQL = """
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

        CREATE TABLE units (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            parent_code TEXT,
            province_code TEXT,
            official INTEGER NOT NULL DEFAULT 0,
            folded TEXT NOT NULL,
            id TEXT NOT NULL,
            owner_unit TEXT NOT NULL DEFAULT '',
            hlc TEXT NOT NULL DEFAULT '',
            deleted INTEGER NOT NULL DEFAULT 0,
            extra TEXT NOT NULL DEFAULT '{}'
        );
        CREATE INDEX units_parent ON units(parent_code);
        CREATE INDEX units_province ON units(province_code, kind);

        CREATE TABLE unit_aliases (
            legacy_code TEXT NOT NULL,
            legacy_kind TEXT NOT NULL,
            legacy_name TEXT NOT NULL,
            legacy_parent TEXT NOT NULL DEFAULT '',
            folded TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            UNIQUE (legacy_kind, legacy_code, unit_code)
        );
        CREATE INDEX unit_aliases_unit ON unit_aliases(unit_code);

        CREATE TABLE topics (
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra TEXT NOT NULL DEFAULT '{}'
, name TEXT NOT NULL);

        CREATE TABLE documents (
            
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra TEXT NOT NULL DEFAULT '{}'
,
            title TEXT NOT NULL,
            issuer TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            issued_on TEXT,
            valid_until TEXT,
            required INTEGER NOT NULL DEFAULT 0,
            priority INTEGER NOT NULL DEFAULT 0,
            key_points TEXT NOT NULL DEFAULT '[]',
            body TEXT NOT NULL DEFAULT '',
            topics TEXT NOT NULL DEFAULT '[]',
            attachments TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX documents_issued ON documents(issued_on);

        CREATE TABLE document_topics (
            document_id TEXT NOT NULL, topic_id TEXT NOT NULL, PRIMARY KEY (topic_id, document_id)
        ) WITHOUT ROWID;
        CREATE INDEX document_topics_document ON document_topics(document_id);

        CREATE TRIGGER documents_links_insert AFTER INSERT ON documents BEGIN
            INSERT OR IGNORE INTO document_topics SELECT new.id, value FROM json_each(new.topics);
        END;
        CREATE TRIGGER documents_links_update AFTER UPDATE OF topics ON documents BEGIN
            DELETE FROM document_topics WHERE document_id = old.id;
            INSERT OR IGNORE INTO document_topics SELECT new.id, value FROM json_each(new.topics);
        END;

        -- Attachment contents, stored once by hash, with their text for search.
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            media_type TEXT NOT NULL,
            data BLOB NOT NULL,
            text TEXT NOT NULL DEFAULT ''
        );

        -- What this reader did with a document: local, never synced, kept across pack updates.
        CREATE TABLE document_local (
            document_id TEXT PRIMARY KEY,
            read_at TEXT,
            note TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE groups (
            
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra TEXT NOT NULL DEFAULT '{}'
,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            size INTEGER NOT NULL DEFAULT 0,
            channel_url TEXT NOT NULL DEFAULT '',
            contact_name TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '',
            contact_consent INTEGER NOT NULL DEFAULT 0,
            consent_date TEXT,
            notes TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX groups_unit ON groups(unit_code);

        CREATE TABLE talks (
            
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra TEXT NOT NULL DEFAULT '{}'
,
            held_on TEXT NOT NULL,
            start_time TEXT NOT NULL DEFAULT '',
            duration_min INTEGER NOT NULL DEFAULT 0,
            place TEXT NOT NULL DEFAULT '',
            unit_code TEXT NOT NULL,
            format TEXT NOT NULL,
            topics TEXT NOT NULL DEFAULT '[]',
            document_ids TEXT NOT NULL DEFAULT '[]',
            group_ids TEXT NOT NULL DEFAULT '[]',
            presenters TEXT NOT NULL DEFAULT '',
            attendance INTEGER NOT NULL DEFAULT 0,
            online_views INTEGER NOT NULL DEFAULT 0,
            online_likes INTEGER NOT NULL DEFAULT 0,
            online_shares INTEGER NOT NULL DEFAULT 0,
            online_comments INTEGER NOT NULL DEFAULT 0,
            online_points INTEGER NOT NULL DEFAULT 0,
            questions_text TEXT NOT NULL DEFAULT '',
            question_themes TEXT NOT NULL DEFAULT '[]',
            questions_count INTEGER NOT NULL DEFAULT 0,
            follow_up_text TEXT NOT NULL DEFAULT '',
            follow_up_due TEXT,
            follow_up_status TEXT NOT NULL DEFAULT 'none',
            notes TEXT NOT NULL DEFAULT ''
        );
        -- Covering index for roll-ups by unit and period (FACTS.md: unit, date, format, attendance).
        CREATE INDEX talks_unit_date ON talks(unit_code, held_on, format, attendance);
        CREATE INDEX talks_date ON talks(held_on, id);
        CREATE INDEX talks_hlc ON talks(owner_unit, hlc);

        CREATE TABLE talk_topics (
            talk_id TEXT NOT NULL, topic_id TEXT NOT NULL, PRIMARY KEY (topic_id, talk_id)
        ) WITHOUT ROWID;
        CREATE INDEX talk_topics_talk ON talk_topics(talk_id);
        CREATE TABLE talk_groups (
            talk_id TEXT NOT NULL, group_id TEXT NOT NULL, PRIMARY KEY (group_id, talk_id)
        ) WITHOUT ROWID;
        CREATE INDEX talk_groups_talk ON talk_groups(talk_id);
        CREATE TABLE talk_documents (
            talk_id TEXT NOT NULL, document_id TEXT NOT NULL, PRIMARY KEY (document_id, talk_id)
        ) WITHOUT ROWID;
        CREATE INDEX talk_documents_talk ON talk_documents(talk_id);

        -- The link tables follow the JSON lists of the talk row, which is what travels in bundles.
        CREATE TRIGGER talks_links_insert AFTER INSERT ON talks BEGIN
            INSERT OR IGNORE INTO talk_topics SELECT new.id, value FROM json_each(new.topics);
            INSERT OR IGNORE INTO talk_groups SELECT new.id, value FROM json_each(new.group_ids);
            INSERT OR IGNORE INTO talk_documents SELECT new.id, value FROM json_each(new.document_ids);
        END;
        CREATE TRIGGER talks_links_update AFTER UPDATE OF topics, group_ids, document_ids ON talks BEGIN
            DELETE FROM talk_topics WHERE talk_id = old.id;
            DELETE FROM talk_groups WHERE talk_id = old.id;
            DELETE FROM talk_documents WHERE talk_id = old.id;
            INSERT OR IGNORE INTO talk_topics SELECT new.id, value FROM json_each(new.topics);
            INSERT OR IGNORE INTO talk_groups SELECT new.id, value FROM json_each(new.group_ids);
            INSERT OR IGNORE INTO talk_documents SELECT new.id, value FROM json_each(new.document_ids);
        END;

        -- Versions that lost a merge or were replaced by an edit, kept so nothing is lost silently.
        CREATE TABLE history (
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            hlc TEXT NOT NULL,
            row TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE INDEX history_record ON history(record_id);

        -- Full-text search over a folded copy (FTS5 does not fold đ), one row per searchable record.
        CREATE TABLE search_docs (
            rowid INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            ref_id TEXT NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            UNIQUE (kind, ref_id)
        );
        CREATE VIRTUAL TABLE search_fts USING fts5(
            title, body, content='search_docs', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 2'
        );
        CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
            INSERT INTO search_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END;
        CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
            INSERT INTO search_fts(search_fts, rowid, title, body)
                VALUES ('delete', old.rowid, old.title, old.body);
        END;
        CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
            INSERT INTO search_fts(search_fts, rowid, title, body)
                VALUES ('delete', old.rowid, old.title, old.body);
            INSERT INTO search_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        END;
        
        CREATE TRIGGER documents_search_insert AFTER INSERT ON documents BEGIN 
        DELETE FROM search_docs WHERE kind = 'document' AND ref_id = new.id;
        INSERT INTO search_docs(kind, ref_id, title, body)
            SELECT 'document', new.id, sotay_fold(new.title || ' ' || new.number || ' ' || new.issuer), sotay_fold(new.key_points || ' ' || new.body || ' ' || coalesce((SELECT group_concat(b.text, ' ') FROM json_each(new.attachments) a JOIN blobs b ON b.sha256 = json_extract(a.value, '$.sha256')), '')) WHERE new.deleted = 0;
        END;
        CREATE TRIGGER documents_search_update AFTER UPDATE ON documents BEGIN 
        DELETE FROM search_docs WHERE kind = 'document' AND ref_id = new.id;
        INSERT INTO search_docs(kind, ref_id, title, body)
            SELECT 'document', new.id, sotay_fold(new.title || ' ' || new.number || ' ' || new.issuer), sotay_fold(new.key_points || ' ' || new.body || ' ' || coalesce((SELECT group_concat(b.text, ' ') FROM json_each(new.attachments) a JOIN blobs b ON b.sha256 = json_extract(a.value, '$.sha256')), '')) WHERE new.deleted = 0;
        END;
        CREATE TRIGGER documents_search_delete AFTER DELETE ON documents BEGIN
            DELETE FROM search_docs WHERE kind = 'document' AND ref_id = old.id;
        END;
        
        CREATE TRIGGER talks_search_insert AFTER INSERT ON talks BEGIN 
        DELETE FROM search_docs WHERE kind = 'talk' AND ref_id = new.id;
        INSERT INTO search_docs(kind, ref_id, title, body)
            SELECT 'talk', new.id, sotay_fold(new.place || ' ' || new.topics), sotay_fold(new.presenters || ' ' || new.questions_text || ' ' || new.question_themes || ' ' || new.follow_up_text || ' ' || new.notes) WHERE new.deleted = 0;
        END;
        CREATE TRIGGER talks_search_update AFTER UPDATE ON talks BEGIN 
        DELETE FROM search_docs WHERE kind = 'talk' AND ref_id = new.id;
        INSERT INTO search_docs(kind, ref_id, title, body)
            SELECT 'talk', new.id, sotay_fold(new.place || ' ' || new.topics), sotay_fold(new.presenters || ' ' || new.questions_text || ' ' || new.question_themes || ' ' || new.follow_up_text || ' ' || new.notes) WHERE new.deleted = 0;
        END;
        CREATE TRIGGER talks_search_delete AFTER DELETE ON talks BEGIN
            DELETE FROM search_docs WHERE kind = 'talk' AND ref_id = old.id;
        END;
        
        CREATE TRIGGER groups_search_insert AFTER INSERT ON groups BEGIN 
        DELETE FROM search_docs WHERE kind = 'group' AND ref_id = new.id;
        INSERT INTO search_docs(kind, ref_id, title, body)
            SELECT 'group', new.id, sotay_fold(new.name), sotay_fold(new.channel_url || ' ' || new.notes) WHERE new.deleted = 0;
        END;
        CREATE TRIGGER groups_search_update AFTER UPDATE ON groups BEGIN 
        DELETE FROM search_docs WHERE kind = 'group' AND ref_id = new.id;
        INSERT INTO search_docs(kind, ref_id, title, body)
            SELECT 'group', new.id, sotay_fold(new.name), sotay_fold(new.channel_url || ' ' || new.notes) WHERE new.deleted = 0;
        END;
        CREATE TRIGGER groups_search_delete AFTER DELETE ON groups BEGIN
            DELETE FROM search_docs WHERE kind = 'group' AND ref_id = old.id;
        END;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
