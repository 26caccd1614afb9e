"""The key tables: other units' public keys (trust on first use, rotation, revocation) and this
installation's extra keys (X25519 for encryption). SQL only; the rules are in ``exchange.keys``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .sql_parts import dicts
from .store import Store

COLUMNS = (
    "key_id",
    "unit_code",
    "public_key",
    "encryption_key",
    "status",
    "first_seen",
    "trusted_at",
    "revoked_at",
    "replaced_by",
    "source",
    "rotated_from",
)


def get(db: Store, key_id: str) -> dict[str, Any] | None:
    rows = dicts(db.conn.execute("SELECT * FROM exchange_keys WHERE key_id = ?", [key_id]))
    return rows[0] if rows else None


def trusted_for(db: Store, unit_code: str) -> dict[str, Any] | None:
    rows = dicts(
        db.conn.execute(
            "SELECT * FROM exchange_keys WHERE unit_code = ? AND status = 'trusted' ORDER BY trusted_at DESC",
            [unit_code],
        )
    )
    return rows[0] if rows else None


def list_all(db: Store) -> list[dict[str, Any]]:
    return dicts(db.conn.execute("SELECT * FROM exchange_keys ORDER BY unit_code, first_seen"))


def find(db: Store, prefix: str) -> list[dict[str, Any]]:
    """Keys whose id starts with ``prefix`` (spaces of a read-out fingerprint ignored) or whose unit
    is ``prefix``."""
    compact = prefix.replace(" ", "").lower()
    return dicts(
        db.conn.execute(
            "SELECT * FROM exchange_keys WHERE key_id LIKE ? OR unit_code = ? ORDER BY first_seen",
            [compact + "%", prefix],
        )
    )


def trust(
    db: Store,
    key_id: str,
    unit_code: str,
    public_key: str,
    when: str,
    source: str,
    encryption_key: str = "",
    rotated_from: str | None = None,
) -> None:
    """Trust a key; ``rotated_from`` names the key whose rotation statement vouched for it."""
    db.conn.execute(
        """
        INSERT INTO exchange_keys(key_id, unit_code, public_key, encryption_key, status, first_seen,
                                  trusted_at, source, rotated_from)
        VALUES (?, ?, ?, ?, 'trusted', ?, ?, ?, ?)
        ON CONFLICT(key_id) DO UPDATE SET status = 'trusted', trusted_at = excluded.trusted_at,
            encryption_key = CASE WHEN excluded.encryption_key != '' THEN excluded.encryption_key
                                  ELSE exchange_keys.encryption_key END
        WHERE exchange_keys.status != 'revoked'
        """,
        [key_id, unit_code, public_key, encryption_key, when, when, source, rotated_from],
    )


def set_encryption_key(db: Store, key_id: str, encryption_key: str) -> None:
    db.conn.execute(
        "UPDATE exchange_keys SET encryption_key = ? WHERE key_id = ? AND status != 'revoked'", [encryption_key, key_id]
    )


def retire(db: Store, old_key_id: str, new_key_id: str) -> None:
    db.conn.execute(
        "UPDATE exchange_keys SET status = 'rotated', replaced_by = ? WHERE key_id = ? AND status = 'trusted'",
        [new_key_id, old_key_id],
    )


def revoke(db: Store, key_id: str, when: str, unit_code: str = "", public_key: str = "", source: str = "") -> None:
    db.conn.execute(
        """
        INSERT INTO exchange_keys(key_id, unit_code, public_key, status, first_seen, revoked_at, source)
        VALUES (?, ?, ?, 'revoked', ?, ?, ?)
        ON CONFLICT(key_id) DO UPDATE SET status = 'revoked', revoked_at = excluded.revoked_at
        """,
        [key_id, unit_code, public_key, when, when, source],
    )


def rotation_chain(db: Store, key_id: str) -> list[str]:
    """``key_id`` and every key linked to it by rotation statements, before and after it: whoever held
    one key of the chain could have signed the rotation to the next one."""
    rows = db.conn.execute(
        """
        WITH RECURSIVE chain(key_id) AS (
            SELECT ?
            UNION
            SELECT k.key_id FROM exchange_keys k JOIN chain c ON k.rotated_from = c.key_id
            UNION
            SELECT k.rotated_from FROM exchange_keys k JOIN chain c ON k.key_id = c.key_id
            WHERE k.rotated_from IS NOT NULL
        ) SELECT key_id FROM chain
        """,
        [key_id],
    ).fetchall()
    return [r[0] for r in rows]


def revoked(db: Store) -> list[dict[str, Any]]:
    return dicts(db.conn.execute("SELECT * FROM exchange_keys WHERE status = 'revoked'"))


# --- this installation's own extra keys ----------------------------------------------------------


def own_keys(db: Store, kind: str) -> list[dict[str, Any]]:
    return dicts(db.conn.execute("SELECT * FROM exchange_own_keys WHERE kind = ? ORDER BY created_at DESC", [kind]))


def add_own_key(db: Store, key_id: str, kind: str, private_pem: str, public_hex: str, when: str) -> None:
    db.conn.execute(
        "INSERT OR IGNORE INTO exchange_own_keys(key_id, kind, private_key, public_key, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [key_id, kind, private_pem, public_hex, when],
    )


@contextmanager
def secure_delete(db: Store) -> Iterator[None]:
    """Within the block, deleted and overwritten bytes are zeroed in the file (a replaced private key
    must not stay readable in free pages); the setting is restored afterwards."""
    before = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        db.execute(f"PRAGMA secure_delete = {int(before)}")
