"""Migration ``0005_exchange_identity``: identity hardening of the exchange (issue 10).

* The ledger is keyed on (sender unit, bundle id), not the bundle id alone, and keeps the sha256
  of the manifest: another unit reusing a bundle id no longer hides a genuine bundle, and a second
  file of the same sender with the same id but another manifest is told apart (rows applied before
  this migration have no manifest hash).
* ``exchange_keys.rotated_from`` links a key trusted through a rotation statement to the key that
  signed it, so a revocation reaches the whole chain (filled from the old ``source`` text).
* No retired private key is kept: the rotation statement the newest retired key signed for the
  current key is stored (public, in the setting ``key_rotation``) and the private keys are deleted.

Frozen: the SQL here is the text this migration ran when it was released. Never edit it (a
database migrated before the edit would differ from one migrated after); change the schema in a
new migration. ``tests/storage/test_migrations.py`` holds the checksum of what it runs.
"""

from __future__ import annotations

from sqlite_utils import Database

NAME = "0005_exchange_identity"

SQL = """
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


def apply(db: Database) -> None:
    db.executescript(SQL)
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
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        unit_code, key_id, public_key = (json.loads(values[k]) for k in ("unit_code", "key_id", "public_key"))
        old_key_id, old_pem, old_public = retired[0]
        old = serialization.load_pem_private_key(old_pem.encode(), None)
        assert isinstance(old, Ed25519PrivateKey)  # kind 'ed25519-retired'
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
