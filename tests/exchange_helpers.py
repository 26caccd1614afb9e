"""Helpers for the exchange tests: many installations made fast, and database dumps to compare."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from desktop_app.core.enums import Role
from desktop_app.services import Services
from desktop_app.storage import deferred_index, units

TODAY = dt.date(2026, 11, 20)
PROVINCE = "P82"  # Đồng Tháp
COMMUNE = "30130"  # Xã Thanh Bình
# every trigger on talks (links ×2, search ×3, period lock ×2, summary cells ×3, sender cells ×3): a
# bulk merge lifts some for a while, and after a crash or a fault they must all be back
TALK_TRIGGERS = 13


def fixed_today() -> dt.date:
    return TODAY


class Factory:
    """Makes installations by copying one database that already holds the national unit list."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.template = base / "_template"
        if not (self.template / "sotay.db").exists():
            s = Services.open(self.template, today=fixed_today)
            units.ensure_official(s.session.db)
            s.session.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            s.close()

    def make(self, name: str, unit: str, role: Role = Role.COMMUNE) -> Services:
        folder = self.base / name
        shutil.copytree(self.template, folder)
        s = Services.open(folder, today=fixed_today)
        s.identity.init(unit, role, name)
        return s

    def communes(self, n: int) -> list[str]:
        s = Services.open(self.template, today=fixed_today)
        try:
            codes = [
                r[0]
                for r in s.session.db.execute(
                    "SELECT code FROM units WHERE kind = 'commune' AND province_code = ? ORDER BY code LIMIT ?",
                    [PROVINCE, n],
                )
            ]
        finally:
            s.close()
        return codes


def add_talks(s: Services, n: int, start: int = 0, **fields) -> list:
    out = []
    for i in range(start, start + n):
        out.append(
            s.talks.add(
                held_on=TODAY - dt.timedelta(days=i % 300),
                format="meeting",
                place=f"Nhà văn hóa ấp {i}",
                attendance=10 + i % 90,
                topics=["Chuyển đổi số"],
                notes=f"Buổi số {i}: phòng chống lừa đảo",
                **fields,
            )
        )
    return out


def dump(s: Services) -> list[str]:
    """Every row of every table (FTS shadow tables included), as SQL text, sorted."""
    return sorted(s.session.db.conn.iterdump())


SYNCED = (
    "units",
    "topics",
    "documents",
    "groups",
    "talks",
    "read_receipts",
    "talk_topics",
    "talk_groups",
    "talk_documents",
    "document_topics",
    "blobs",
    "search_docs",
)


def content(s: Services, tables: tuple[str, ...] = SYNCED) -> dict[str, list[tuple]]:
    """The merged content (what must not depend on import order): synced tables and what triggers
    derive from them, plus history as a set of versions. The search index is read once it has
    caught up with its backlog, as every search reads it."""
    conn = s.session.db.conn
    if "search_docs" in tables:
        deferred_index.index_backlog(s.session.db)
    out = {}
    for t in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({t})")]
        keep = [c for c in cols if c not in ("rowid",)]
        if t == "search_docs":
            keep = ["kind", "ref_id", "title", "body"]
        out[t] = sorted(conn.execute(f"SELECT {', '.join(keep)} FROM {t}").fetchall(), key=repr)
    out["history"] = sorted(conn.execute("SELECT table_name, record_id, hlc, row FROM history").fetchall())
    return out


PLACES = [
    "Nhà văn hóa ấp Tân Mỹ",
    "Hội trường UBND xã",
    "Đài truyền thanh xã",
    "Trường THCS Thanh Bình",
    "Chợ Tân Thạnh",
    "Nhóm Zalo Người Dân Tân Mỹ",
]
NOTES = [
    "Tuyên truyền phòng chống lừa đảo qua mạng, hướng dẫn cài VNeID mức 2",
    "Phổ biến Luật Bảo vệ dữ liệu cá nhân; bà con hỏi về chuyển đổi số trong nông nghiệp",
    "Quán triệt Nghị quyết Đại hội Đảng bộ tỉnh; ý kiến về giá lúa và đường giao thông nông thôn",
    "Vận động hiến đất làm đường, giữ gìn vệ sinh môi trường, phòng chống sốt xuất huyết",
]
FORMATS = ["meeting", "meeting", "meeting", "loudspeaker", "zalo_post", "fanpage_post", "home_visit"]


def synthetic_talks(owner: str, n: int, clock, seed: int = 0, day0: dt.date = TODAY) -> list[dict]:
    """``n`` talk rows in bundle form (as an export writes them), made without the services layer."""
    import random

    from desktop_app.core.ids import uuid7

    rng = random.Random(seed)
    out = []
    for i in range(n):
        fmt = FORMATS[rng.randrange(len(FORMATS))]
        online = fmt in ("zalo_post", "fanpage_post")
        out.append(
            {
                "id": uuid7(),
                "owner_unit": owner,
                "hlc": clock.tick(),
                "deleted": False,
                "held_on": (day0 - dt.timedelta(days=rng.randrange(365))).isoformat(),
                "start_time": f"{rng.choice([7, 8, 14, 19]):02d}:{rng.choice(['00', '30'])}",
                "duration_min": rng.choice([30, 45, 60, 90]),
                "place": PLACES[rng.randrange(len(PLACES))],
                "unit_code": owner,
                "format": fmt,
                "topics": ["chuyen doi so"] if i % 3 else ["an ninh mang"],
                "document_ids": [],
                "group_ids": [],
                "presenters": "Nguyễn Văn Hùng",
                "attendance": 0 if online else rng.randint(5, 150),
                "online_views": rng.randint(100, 5000) if online else 0,
                "online_likes": rng.randint(0, 300) if online else 0,
                "online_shares": 0,
                "online_comments": 0,
                "online_points": 0,
                "questions_text": NOTES[rng.randrange(len(NOTES))] if i % 4 == 0 else "",
                "question_themes": ["giá lúa"] if i % 4 == 0 else [],
                "questions_count": 2 if i % 4 == 0 else 0,
                "follow_up_text": "",
                "follow_up_due": None,
                "follow_up_status": "none",
                "notes": NOTES[rng.randrange(len(NOTES))] + f" (buổi {i})",
            }
        )
    return out


def bulk_talks(s: Services, n: int, seed: int = 0) -> int:
    """Put ``n`` synthetic talks into an installation's own log quickly (one transaction)."""
    from desktop_app.exchange.rows import SPECS, check_row
    from desktop_app.storage import merge, settings

    rows = [check_row("talks", r) for r in synthetic_talks(s.identity.installation.unit_code, n, s.session.clock, seed)]
    with s.session.db.atomic():
        merge.upsert_rows(s.session.db, "talks", "id", SPECS["talks"].columns, rows)
        settings.put(s.session.db, "clock", s.session.clock.last)
    return n


def assert_links_follow_rows(s: Services) -> None:
    """The talk link tables hold exactly what the rows' JSON lists say (as the triggers would)."""
    for table, column, value in (
        ("talk_topics", "topics", "topic_id"),
        ("talk_groups", "group_ids", "group_id"),
        ("talk_documents", "document_ids", "document_id"),
    ):
        derived = set(s.session.db.execute(f"SELECT t.id, j.value FROM talks t, json_each(t.{column}) j").fetchall())
        stored = set(s.session.db.execute(f"SELECT talk_id, {value} FROM {table}").fetchall())
        assert derived == stored, table
