"""Key-value settings of this installation (identity, clock, preferences), as JSON values."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store

from typing import Any

import orjson


def get(db: Store, key: str, default: Any = None) -> Any:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return orjson.loads(row[0]) if row else default


def put(db: Store, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, orjson.dumps(value).decode()],
    )


def put_many(db: Store, values: dict[str, Any]) -> None:
    with db.atomic():
        for key, value in values.items():
            put(db, key, value)
