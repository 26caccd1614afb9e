# ruff: noqa: E501, W291, W293 - the SQL text is kept byte for byte as released (long lines, trailing blanks)
"""Migration ``0002_exchange``: exchange by file: ledger, keys, export chains, quarantine, receipts,
deferred search index.

The talk and group search triggers are re-created with a guard: while a bulk import holds a
row in ``search_pause`` (inside its own transaction, so nobody else ever sees it), they do
nothing; the import lists what it wrote in ``search_backlog`` (same transaction) and those
records are indexed afterwards in batches (``index_backlog``). The talk link triggers are
guarded the same way: a bulk import writes the link rows itself.

Frozen: the SQL here is the text this migration ran when it was released. Never edit it (a
database migrated before the edit would differ from one migrated after); change the schema in a
new migration. ``tests/storage/test_migrations.py`` holds the checksum of what it runs.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0002_exchange"

SQL = """
        -- Every bundle applied here, once: a repeated file is recognised by its hash in milliseconds.
        CREATE TABLE exchange_ledger (
            bundle_id TEXT PRIMARY KEY,
            file_sha256 TEXT NOT NULL,
            kind TEXT NOT NULL,
            sender_unit TEXT NOT NULL,
            sender_key_id TEXT NOT NULL,
            receiver TEXT NOT NULL,
            seq INTEGER NOT NULL DEFAULT 0,
            previous_bundle_id TEXT,
            previous_created_at TEXT,
            created_at TEXT NOT NULL,
            hlc_min TEXT,
            hlc_max TEXT,
            file_name TEXT NOT NULL,
            applied_at TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            clock_skew_ms INTEGER
        );
        CREATE INDEX exchange_ledger_sender ON exchange_ledger(sender_unit, created_at);
        CREATE INDEX exchange_ledger_previous ON exchange_ledger(previous_bundle_id);
        CREATE TABLE exchange_seen_files (
            file_sha256 TEXT PRIMARY KEY,
            bundle_id TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Public keys of other units: trusted on first use after the user confirmed the fingerprint.
        CREATE TABLE exchange_keys (
            key_id TEXT PRIMARY KEY,
            unit_code TEXT NOT NULL,
            public_key TEXT NOT NULL,
            encryption_key TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,            -- trusted | rotated | revoked
            first_seen TEXT NOT NULL,
            trusted_at TEXT,
            revoked_at TEXT,
            replaced_by TEXT,
            source TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX exchange_keys_unit ON exchange_keys(unit_code, status);

        -- This installation's own extra keys: the X25519 encryption key, retired signing keys.
        CREATE TABLE exchange_own_keys (
            key_id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,              -- x25519 | ed25519-retired
            private_key TEXT NOT NULL,
            public_key TEXT NOT NULL,
            created_at TEXT NOT NULL,
            retired_at TEXT
        );

        -- Bundles this installation wrote, per receiver chain, and their receipts when they come back.
        CREATE TABLE exchange_exports (
            bundle_id TEXT PRIMARY KEY,
            receiver TEXT NOT NULL,
            kind TEXT NOT NULL,
            seq INTEGER NOT NULL,
            previous_bundle_id TEXT,
            created_at TEXT NOT NULL,
            watermark TEXT NOT NULL DEFAULT '',
            file_name TEXT NOT NULL,
            file_sha256 TEXT NOT NULL,
            counts TEXT NOT NULL DEFAULT '{}',
            receipt_at TEXT,
            receipt_by TEXT,
            receipt_outcome TEXT
        );
        CREATE INDEX exchange_exports_receiver ON exchange_exports(receiver, seq);

        -- Records set aside on import (clock far ahead, owned by another unit); never applied.
        CREATE TABLE exchange_quarantine (
            bundle_id TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_id TEXT NOT NULL,
            hlc TEXT NOT NULL,
            reason TEXT NOT NULL,
            row TEXT NOT NULL,
            received_at TEXT NOT NULL,
            PRIMARY KEY (bundle_id, table_name, record_id)
        ) WITHOUT ROWID;

        -- Read receipts: a commune read a briefing document (synced up, owned by the commune).
        CREATE TABLE read_receipts (
            id TEXT PRIMARY KEY,
            owner_unit TEXT NOT NULL,
            hlc TEXT NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            extra TEXT NOT NULL DEFAULT '{}',
            document_id TEXT NOT NULL,
            document_hlc TEXT NOT NULL DEFAULT '',
            read_at TEXT NOT NULL
        );
        CREATE INDEX read_receipts_document ON read_receipts(document_id, owner_unit);
        CREATE INDEX read_receipts_hlc ON read_receipts(owner_unit, hlc);
        CREATE INDEX groups_hlc ON groups(owner_unit, hlc);
        CREATE INDEX topics_hlc ON topics(owner_unit, hlc);
        CREATE INDEX documents_hlc ON documents(owner_unit, hlc);

        CREATE TABLE search_pause (one INTEGER PRIMARY KEY CHECK (one = 1));
        CREATE TABLE search_backlog (
            kind TEXT NOT NULL, ref_id TEXT NOT NULL, PRIMARY KEY (kind, ref_id)
        ) WITHOUT ROWID;
        
            DROP TRIGGER IF EXISTS talks_search_insert;
            CREATE TRIGGER talks_search_insert AFTER INSERT ON talks
            WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN 
            DELETE FROM search_docs WHERE kind = 'talk' AND ref_id = new.id;
            INSERT INTO search_docs(kind, ref_id, title, body)
                SELECT 'talk', new.id, sotay_fold(new.place || ' ' || new.topics), sotay_fold(new.presenters || ' ' || new.questions_text || ' ' || new.question_themes || ' ' || new.follow_up_text || ' ' || new.notes) WHERE new.deleted = 0;
            END;
            
            DROP TRIGGER IF EXISTS talks_search_update;
            CREATE TRIGGER talks_search_update AFTER UPDATE ON talks
            WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN 
            DELETE FROM search_docs WHERE kind = 'talk' AND ref_id = new.id;
            INSERT INTO search_docs(kind, ref_id, title, body)
                SELECT 'talk', new.id, sotay_fold(new.place || ' ' || new.topics), sotay_fold(new.presenters || ' ' || new.questions_text || ' ' || new.question_themes || ' ' || new.follow_up_text || ' ' || new.notes) WHERE new.deleted = 0;
            END;
            
            DROP TRIGGER IF EXISTS groups_search_insert;
            CREATE TRIGGER groups_search_insert AFTER INSERT ON groups
            WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN 
            DELETE FROM search_docs WHERE kind = 'group' AND ref_id = new.id;
            INSERT INTO search_docs(kind, ref_id, title, body)
                SELECT 'group', new.id, sotay_fold(new.name), sotay_fold(new.channel_url || ' ' || new.notes) WHERE new.deleted = 0;
            END;
            
            DROP TRIGGER IF EXISTS groups_search_update;
            CREATE TRIGGER groups_search_update AFTER UPDATE ON groups
            WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN 
            DELETE FROM search_docs WHERE kind = 'group' AND ref_id = new.id;
            INSERT INTO search_docs(kind, ref_id, title, body)
                SELECT 'group', new.id, sotay_fold(new.name), sotay_fold(new.channel_url || ' ' || new.notes) WHERE new.deleted = 0;
            END;
            
        DROP TRIGGER IF EXISTS talks_links_insert;
        CREATE TRIGGER talks_links_insert AFTER INSERT ON talks
        WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN 
            INSERT OR IGNORE INTO talk_topics SELECT new.id, value FROM json_each(new.topics);
            INSERT OR IGNORE INTO talk_groups SELECT new.id, value FROM json_each(new.group_ids);
            INSERT OR IGNORE INTO talk_documents SELECT new.id, value FROM json_each(new.document_ids);
        END;
        DROP TRIGGER IF EXISTS talks_links_update;
        CREATE TRIGGER talks_links_update AFTER UPDATE OF topics, group_ids, document_ids ON talks
        WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN
            DELETE FROM talk_topics WHERE talk_id = old.id;
            DELETE FROM talk_groups WHERE talk_id = old.id;
            DELETE FROM talk_documents WHERE talk_id = old.id;
            INSERT OR IGNORE INTO talk_topics SELECT new.id, value FROM json_each(new.topics);
            INSERT OR IGNORE INTO talk_groups SELECT new.id, value FROM json_each(new.group_ids);
            INSERT OR IGNORE INTO talk_documents SELECT new.id, value FROM json_each(new.document_ids);
        END;
        """


def apply(db: Database) -> None:
    db.executescript(SQL)
