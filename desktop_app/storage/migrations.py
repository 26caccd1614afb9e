"""Schema migrations, applied in order by sqlite-utils ``Migrations``. Never edit a released one."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("sotay")

# Columns every synced table starts with (DESIGN.md, invariant 1).
IDENTITY = """
    id TEXT PRIMARY KEY,
    owner_unit TEXT NOT NULL,
    hlc TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    extra TEXT NOT NULL DEFAULT '{}'
"""


@migrations(name="0001_initial")
def m0001_initial(db: Database) -> None:
    db.executescript(
        f"""
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
            extra TEXT NOT NULL DEFAULT '{{}}'
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

        CREATE TABLE topics ({IDENTITY}, name TEXT NOT NULL);

        CREATE TABLE documents (
            {IDENTITY},
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
            {IDENTITY},
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
            {IDENTITY},
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
        """
        + "".join(_search_triggers(table, title, body) for table, (title, body) in SEARCHED.items())
    )


# What each searchable table puts in the index, as SQL over ``new``; sotay_fold is registered on
# every connection by ``storage.db`` and folds case, diacritics and đ.
SEARCHED = {
    "documents": (
        "new.title || ' ' || new.number || ' ' || new.issuer",
        "new.key_points || ' ' || new.body || ' ' || coalesce((SELECT group_concat(b.text, ' ') "
        "FROM json_each(new.attachments) a JOIN blobs b ON b.sha256 = json_extract(a.value, '$.sha256')), '')",
    ),
    "talks": (
        "new.place || ' ' || new.topics",
        "new.presenters || ' ' || new.questions_text || ' ' || new.question_themes || ' ' || "
        "new.follow_up_text || ' ' || new.notes",
    ),
    "groups": ("new.name", "new.channel_url || ' ' || new.notes"),
}


def _search_triggers(table: str, title: str, body: str) -> str:
    kind = table.rstrip("s")
    upsert = f"""
        DELETE FROM search_docs WHERE kind = '{kind}' AND ref_id = new.id;
        INSERT INTO search_docs(kind, ref_id, title, body)
            SELECT '{kind}', new.id, sotay_fold({title}), sotay_fold({body}) WHERE new.deleted = 0;"""
    return f"""
        CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} BEGIN {upsert}
        END;
        CREATE TRIGGER {table}_search_update AFTER UPDATE ON {table} BEGIN {upsert}
        END;
        CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} BEGIN
            DELETE FROM search_docs WHERE kind = '{kind}' AND ref_id = old.id;
        END;
        """


@migrations(name="0002_exchange")
def m0002_exchange(db: Database) -> None:
    """Exchange by file: ledger, keys, export chains, quarantine, receipts, deferred search index.

    The talk and group search triggers are re-created with a guard: while a bulk import holds a
    row in ``search_pause`` (inside its own transaction, so nobody else ever sees it), they do
    nothing; the import lists what it wrote in ``search_backlog`` (same transaction) and those
    records are indexed afterwards in batches (storage/deferred_index.py ``index_backlog``).
    """
    guarded = []
    for table in ("talks", "groups"):
        kind = table.rstrip("s")
        title, body = SEARCHED[table]
        upsert = f"""
            DELETE FROM search_docs WHERE kind = '{kind}' AND ref_id = new.id;
            INSERT INTO search_docs(kind, ref_id, title, body)
                SELECT '{kind}', new.id, sotay_fold({title}), sotay_fold({body}) WHERE new.deleted = 0;"""
        for event in ("insert", "update"):
            guarded.append(f"""
            DROP TRIGGER IF EXISTS {table}_search_{event};
            CREATE TRIGGER {table}_search_{event} AFTER {event.upper()} ON {table}
            WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN {upsert}
            END;
            """)
    # The talk link tables too: a bulk import writes the link rows itself (storage/merge.py
    # ``replace_talk_links``), a few microseconds instead of three json_each per talk.
    links = "".join(
        f"""
            INSERT OR IGNORE INTO {link} SELECT new.id, value FROM json_each(new.{column});"""
        for link, column in (
            ("talk_topics", "topics"),
            ("talk_groups", "group_ids"),
            ("talk_documents", "document_ids"),
        )
    )
    guarded.append(f"""
        DROP TRIGGER IF EXISTS talks_links_insert;
        CREATE TRIGGER talks_links_insert AFTER INSERT ON talks
        WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN {links}
        END;
        DROP TRIGGER IF EXISTS talks_links_update;
        CREATE TRIGGER talks_links_update AFTER UPDATE OF topics, group_ids, document_ids ON talks
        WHEN NOT EXISTS (SELECT 1 FROM search_pause) BEGIN
            DELETE FROM talk_topics WHERE talk_id = old.id;
            DELETE FROM talk_groups WHERE talk_id = old.id;
            DELETE FROM talk_documents WHERE talk_id = old.id;{links}
        END;
        """)
    db.executescript(
        """
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
        """
        + "".join(guarded)
    )


@migrations(name="0003_reports")
def m0003_reports(db: Database) -> None:
    """Period locks: approved figures, lock/unlock events, talks changed after approval (reports)."""
    from .reports_sql import REPORTS_SCHEMA

    db.executescript(REPORTS_SCHEMA)


@migrations(name="0004_talk_indexes")
def m0004_talk_indexes(db: Database) -> None:
    """Drop the two talk indexes of 0001 that 0003's covering indexes made redundant.

    ``talks_unit_date`` (unit, date, format, attendance) is a prefix of ``talks_report`` and
    ``talks_date`` (date, id) is served by ``talks_report_owner`` (date first): since 0003 the query
    planner picks the 0003 index for every talk query of the window, the reports and the exchange
    (EXPLAIN QUERY PLAN, benchmarks/README.md), so these two were only written, never read. Each cost
    an index insertion per talk; ``talks_date`` in particular puts every talk of a bundle on a
    different page (dates spread over the year), which made bulk imports write and journal about
    twice the pages.
    """
    db.execute("DROP INDEX IF EXISTS talks_unit_date")
    db.execute("DROP INDEX IF EXISTS talks_date")


@migrations(name="0005_exchange_identity")
def m0005_exchange_identity(db: Database) -> None:
    """Identity hardening of the exchange (issue 10).

    * The ledger is keyed on (sender unit, bundle id), not the bundle id alone, and keeps the sha256
      of the manifest: another unit reusing a bundle id no longer hides a genuine bundle, and a second
      file of the same sender with the same id but another manifest is told apart (rows applied before
      this migration have no manifest hash).
    * ``exchange_keys.rotated_from`` links a key trusted through a rotation statement to the key that
      signed it, so a revocation reaches the whole chain (filled from the old ``source`` text).
    * No retired private key is kept: the rotation statement the newest retired key signed for the
      current key is stored (public, in the setting ``key_rotation``) and the private keys are deleted.
    """
    db.executescript(
        """
        CREATE TABLE exchange_ledger_new (
            bundle_id TEXT NOT NULL,
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
            clock_skew_ms INTEGER,
            manifest_sha256 TEXT,
            PRIMARY KEY (sender_unit, bundle_id)
        );
        INSERT INTO exchange_ledger_new(bundle_id, file_sha256, kind, sender_unit, sender_key_id, receiver, seq,
            previous_bundle_id, previous_created_at, created_at, hlc_min, hlc_max, file_name, applied_at, counts,
            clock_skew_ms)
        SELECT bundle_id, file_sha256, kind, sender_unit, sender_key_id, receiver, seq, previous_bundle_id,
            previous_created_at, created_at, hlc_min, hlc_max, file_name, applied_at, counts, clock_skew_ms
        FROM exchange_ledger;
        DROP TABLE exchange_ledger;
        ALTER TABLE exchange_ledger_new RENAME TO exchange_ledger;
        CREATE INDEX exchange_ledger_sender ON exchange_ledger(sender_unit, created_at);
        CREATE INDEX exchange_ledger_previous ON exchange_ledger(previous_bundle_id);
        CREATE INDEX exchange_ledger_bundle ON exchange_ledger(bundle_id);

        ALTER TABLE exchange_keys ADD COLUMN rotated_from TEXT;
        UPDATE exchange_keys SET rotated_from = substr(source, 15) WHERE source LIKE 'rotation from %';
        CREATE INDEX exchange_keys_rotated_from ON exchange_keys(rotated_from);
        """
    )
    _keep_rotation_statement_only(db)


def _keep_rotation_statement_only(db: Database) -> None:
    """Sign, with the newest retired key, the statement that moves this unit to its current key, store
    it, and delete every retired private key. The statement's text is frozen here as version 1 of the
    format wrote it (docs/exchange-format.md §5), so this migration never depends on later code."""
    import json

    retired = db.execute(
        "SELECT key_id, private_key, public_key FROM exchange_own_keys WHERE kind = 'ed25519-retired' "
        "ORDER BY created_at DESC"
    ).fetchall()
    if not retired:
        return
    values = dict(db.execute("SELECT key, value FROM settings WHERE key IN ('unit_code', 'key_id', 'public_key')"))
    if len(values) == 3:
        from cryptography.hazmat.primitives import serialization

        unit_code, key_id, public_key = (json.loads(values[k]) for k in ("unit_code", "key_id", "public_key"))
        old_key_id, old_pem, old_public = retired[0]
        old = serialization.load_pem_private_key(old_pem.encode(), None)
        statement = f"sotay-key-rotation:v1:{unit_code}:{key_id}:{public_key}".encode()
        rotation = {"old_key_id": old_key_id, "old_public_key": old_public, "signature": old.sign(statement).hex()}
        db.execute(
            "INSERT INTO settings(key, value) VALUES ('key_rotation', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [json.dumps(rotation)],
        )
    before = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")  # the deleted keys' bytes are overwritten, not left in free pages
    db.execute("DELETE FROM exchange_own_keys WHERE kind = 'ed25519-retired'")
    db.execute(f"PRAGMA secure_delete = {int(before)}")


KNOWN = {m.name for m in migrations._migrations}
