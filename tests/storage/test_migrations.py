"""Released migrations are frozen: what each one runs is pinned by a checksum, so an edit of a
released migration (or of anything it reads) fails here instead of silently giving new databases a
schema that old ones never get."""

from __future__ import annotations

import ast
import hashlib
import inspect
import sqlite3

import pytest
from sqlite_utils import Database

from desktop_app.core.text import fold
from desktop_app.storage.migrations import KNOWN, RELEASED, migrations
from desktop_app.storage.schema import SCHEMA_VERSION

# sha256 of the statements each migration runs on an empty installation, one per line, in order.
# A new migration adds a line here once it is released; a line is never changed.
RELEASED_CHECKSUMS = {
    "0001_initial": "eaf4d47a95a51981bb900c211b59185048a98cce9a0839e96b6d2b5415bdede2",
    "0002_exchange": "088b916f6604cb559e4987817409fa589e2c68fa9569d8bad7db755de861f418",
    "0003_reports": "fe72e40fa763ee8ac786ecfd43d9ec59f19f3fbfe17c59b563e6f839f96e46d6",
    "0004_talk_indexes": "76e0261bd2b57cbf64de56449a9dda4a507eb4b63c421b7f2a6f2677dbd968a0",
    "0005_exchange_identity": "badec91aa33095ed2f7798944515a68a666bde1257a096e52c62572a71c0a677",
}


def statements_run() -> dict[str, str]:
    """Each migration's checksum, from the statements SQLite was actually given (whatever module
    they came from), on an empty database."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    conn.create_function("sotay_fold", 1, lambda text: fold(text or ""), deterministic=True)
    db = Database(conn)
    traced: list[str] = []
    conn.set_trace_callback(traced.append)
    checksums = {}
    for migration in migrations._migrations:
        traced.clear()
        migration.fn(db)
        checksums[migration.name] = hashlib.sha256("\n".join(traced).encode()).hexdigest()
    conn.close()
    return checksums


def test_released_migrations_run_exactly_what_they_ran_when_released():
    run = statements_run()
    changed = [name for name, checksum in RELEASED_CHECKSUMS.items() if run.get(name) != checksum]
    assert changed == [], f"released migrations changed: {changed} (add a new migration instead)"


def test_every_migration_is_released_in_order_and_none_is_dropped():
    names = [m.name for m in migrations._migrations]
    assert names[: len(RELEASED_CHECKSUMS)] == list(RELEASED_CHECKSUMS)
    assert names == sorted(names) and len(names) == len(set(names)) == SCHEMA_VERSION
    assert KNOWN == set(names) == {module.NAME for module in RELEASED}


@pytest.mark.parametrize("module", RELEASED, ids=lambda m: m.NAME)
def test_a_migration_module_holds_its_own_sql(module):
    """A released migration imports nothing of this program (at any depth, functions included): it
    runs its own text, which a later edit of a live module cannot change."""
    tree = ast.parse(inspect.getsource(module))
    ours = [
        ast.unparse(node)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and (node.level > 0 or (node.module or "").startswith("desktop_app"))
        or isinstance(node, ast.Import)
        and any(alias.name.startswith("desktop_app") for alias in node.names)
    ]
    assert ours == []


def test_the_checksum_sees_a_change_in_a_released_migration(monkeypatch):
    """The guard itself: a one-word edit of a statement in 0003's text is caught."""
    from desktop_app.storage.migrations import m0003_reports

    edited = m0003_reports.SQL.replace("CREATE INDEX period_locks_unit", "CREATE INDEX IF NOT EXISTS period_locks_unit")
    assert edited != m0003_reports.SQL
    monkeypatch.setattr(m0003_reports, "SQL", edited)
    assert statements_run()["0003_reports"] != RELEASED_CHECKSUMS["0003_reports"]
