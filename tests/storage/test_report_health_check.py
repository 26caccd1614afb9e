"""The health check (``PRAGMA quick_check``, seconds on a national database) runs before a
connection's first write to the file: a report only fills temporary tables, so it must not pay it."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from desktop_app.reports import periods
from desktop_app.reports.build import ALL, build_report
from desktop_app.services import Services
from desktop_app.storage import db as storage_db
from desktop_app.storage.store import writes_file

GOLDEN = Path(__file__).parent.parent / "data" / "sotay-schema-0001.db"


@pytest.fixture
def checks(tmp_path, monkeypatch):
    """A migrated copy of the golden database, and the health checks run on it from now on."""
    shutil.copy(GOLDEN, tmp_path / storage_db.DB_NAME)
    Services.open(tmp_path).close()  # migrated: the open's own writes are not under test
    ran: list[str] = []
    real = storage_db.require_sound

    def counted(db):
        ran.append("quick_check")
        real(db)

    monkeypatch.setattr(storage_db, "require_sound", counted)
    return tmp_path / storage_db.DB_NAME, ran


@pytest.mark.parametrize("root", [ALL, "P82"])
def test_a_report_does_not_wait_for_the_health_check(checks, root):
    path, ran = checks
    db = storage_db.connect(path)
    try:
        report = build_report(db, root, periods.parse("2026"), today=dt.date(2026, 12, 31))
        assert report.totals.sessions > 0
        assert ran == []
        db.execute("UPDATE settings SET value = value WHERE 0")  # a real write, even an empty one
        assert ran == ["quick_check"]
    finally:
        db.close()


@pytest.mark.parametrize(
    "sql, expected",
    [
        ("CREATE TEMP TABLE report_scope_1 (code TEXT)", False),
        ("create temporary table x AS SELECT 1", False),
        ("INSERT INTO temp.report_scope_1 SELECT 1", False),
        ("  DROP TABLE IF EXISTS temp.report_sel_1", False),
        ("DELETE FROM temp.summary_cells", False),
        ("CREATE TABLE temp_notes (x)", True),
        ("INSERT INTO talks_temp SELECT 1", True),
        ("INSERT INTO main.talks SELECT * FROM temp.x", True),
        ("DELETE FROM summary_dirty", True),
        ("DROP TABLE report_scope_1", True),
        ("SELECT * FROM temp.x", False),
    ],
)
def test_only_statements_on_temporary_tables_are_spared(sql, expected):
    assert writes_file(sql) is expected
