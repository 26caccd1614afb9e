"""Helpers for the exchange tests: many installations made fast, and database dumps to compare."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from desktop_app.core.enums import Role
from desktop_app.services import Services
from desktop_app.storage import units

TODAY = dt.date(2026, 11, 20)
PROVINCE = "P82"  # Đồng Tháp
COMMUNE = "30130"  # Xã Thanh Bình


def fixed_today() -> dt.date:
    return TODAY


class Factory:
    """Makes installations by copying one database that already holds the national unit list."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.template = base / "_template"
        if not (self.template / "sotay.db").exists():
            s = Services.open(self.template, today=fixed_today)
            units.ensure_official(s.db)
            s.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            s.close()

    def make(self, name: str, unit: str, role: Role = Role.COMMUNE) -> Services:
        folder = self.base / name
        shutil.copytree(self.template, folder)
        s = Services.open(folder, today=fixed_today)
        s.init(unit, role, name)
        return s

    def communes(self, n: int) -> list[str]:
        s = Services.open(self.template, today=fixed_today)
        try:
            codes = [r[0] for r in s.db.execute(
                "SELECT code FROM units WHERE kind = 'commune' AND province_code = ? ORDER BY code LIMIT ?",
                [PROVINCE, n])]
        finally:
            s.close()
        return codes


def add_talks(s: Services, n: int, start: int = 0, **fields) -> list:
    out = []
    for i in range(start, start + n):
        out.append(s.add_talk(held_on=TODAY - dt.timedelta(days=i % 300), format="meeting",
                              place=f"Nhà văn hóa ấp {i}", attendance=10 + i % 90,
                              topics=["Chuyển đổi số"], notes=f"Buổi số {i}: phòng chống lừa đảo", **fields))
    return out


def dump(s: Services) -> list[str]:
    """Every row of every table (FTS shadow tables included), as SQL text, sorted."""
    return sorted(s.db.conn.iterdump())


SYNCED = ("units", "topics", "documents", "groups", "talks", "read_receipts", "talk_topics", "talk_groups",
          "talk_documents", "document_topics", "blobs", "search_docs")


def content(s: Services, tables: tuple[str, ...] = SYNCED) -> dict[str, list[tuple]]:
    """The merged content (what must not depend on import order): synced tables and what triggers
    derive from them, plus history as a set of versions."""
    conn = s.db.conn
    out = {}
    for t in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
        keep = [c for c in cols if c not in ("rowid",)]
        if t == "search_docs":
            keep = ["kind", "ref_id", "title", "body"]
        out[t] = sorted(conn.execute(f"SELECT {', '.join(keep)} FROM {t}").fetchall(), key=repr)
    out["history"] = sorted(conn.execute("SELECT table_name, record_id, hlc, row FROM history").fetchall())
    return out
