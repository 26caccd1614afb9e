"""The demo's force: a commune's báo cáo viên, tuyên truyền viên and cộng tác viên, their courses
and two conferences, with ids of the unit's own (an aggregator imports several communes' demos)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facade import Services

# name, role, level, expertise, languages, phone (with consent) — the first five present the demo's talks
MEMBERS = [
    ("Nguyễn Văn Hùng", "báo cáo viên", "Xã", "Xây dựng Đảng", ("Tiếng Việt",), "0913 200 101"),
    ("Trần Thị Mai", "báo cáo viên", "Tỉnh", "Pháp luật", ("Tiếng Việt",), "0912 345 678"),
    ("Lê Minh Tâm", "tuyên truyền viên", "Xã", "Chuyển đổi số", ("Tiếng Việt",), ""),
    ("Phạm Thị Hồng", "tuyên truyền viên", "Xã", "Y tế, an sinh xã hội", ("Tiếng Việt",), ""),
    ("Võ Văn Lộc", "tuyên truyền viên", "Xã", "Nông nghiệp", ("Tiếng Việt", "Tiếng Khmer"), "0939 118 224"),
    ("Đặng Thị Thu", "báo cáo viên", "Xã", "Quốc phòng, an ninh", ("Tiếng Việt",), ""),
    ("Huỳnh Văn Phúc", "tuyên truyền viên", "Xã", "Văn hóa, thể thao", ("Tiếng Việt",), ""),
    ("Ngô Thị Lan", "tuyên truyền viên", "Xã", "Phụ nữ, gia đình", ("Tiếng Việt",), ""),
    ("Bùi Văn Quang", "tuyên truyền viên", "Xã", "Môi trường", ("Tiếng Việt",), ""),
    ("Châu Thị Kim", "cộng tác viên dư luận xã hội", "", "Dư luận ở chợ, bến đò", ("Tiếng Việt", "Tiếng Khmer"), ""),
    ("Lâm Văn Sáu", "cộng tác viên dư luận xã hội", "", "Dư luận ở ấp Tân Thạnh", ("Tiếng Việt",), ""),
    ("Dương Thị Ngọc", "cộng tác viên dư luận xã hội", "", "Dư luận trên mạng xã hội", ("Tiếng Việt",), ""),
]
COURSES = [
    ("Bồi dưỡng nghiệp vụ báo cáo viên cơ sở", "Trung tâm Chính trị xã", "Giỏi"),
    ("Tập huấn kỹ năng tuyên truyền trên mạng xã hội", "Ban Tuyên giáo và Dân vận tỉnh", "Đạt"),
    ("Bồi dưỡng lý luận chính trị cho đảng viên mới", "Trung tâm Chính trị xã", "Khá"),
]


def fill_force(s: Services, seed: int, new_id: Callable[[dt.date], str]) -> int:
    """The roster, its courses and two conferences; returns how many members. Its own random
    stream, so the rest of the demo stays the same whatever is added here."""
    rng = random.Random(seed * 15)
    today = s.session.today
    members = []
    for n, (name, role, level, expertise, languages, phone) in enumerate(MEMBERS):
        recognised = dt.date(today.year - rng.randint(1, 4), rng.randint(1, 12), 15)
        members.append(
            s.force.add(
                id=new_id(recognised),
                name=name,
                role=role,
                level=level,
                decision_number=f"{rng.randint(10, 240)}-QĐ/ĐU" if role == "báo cáo viên" else "",
                decision_date=recognised if role == "báo cáo viên" else None,
                decision_body="Đảng ủy xã" if role == "báo cáo viên" else "",
                status="paused" if n == 8 else ("left" if n == 11 else "active"),
                status_since=today - dt.timedelta(days=40) if n in (8, 11) else None,
                expertise=expertise,
                languages=languages,
                phone=phone,
                phone_consent=bool(phone),
            )
        )
    for n, member in enumerate(members[:9]):
        name, organiser, result = COURSES[n % len(COURSES)]
        year = today.year if n % 4 != 3 else today.year - 1  # a few were last trained last year
        start = min(dt.date(year, 1 + (n * 2) % 10, 6), today - dt.timedelta(days=3))
        s.force.add_training(
            member.id,
            id=new_id(start),
            name=name,
            organiser=organiser,
            start=start,
            end=start + dt.timedelta(days=2),
            result=result,
            certificate=f"CC-{year}-{n + 1:03d}" if organiser.startswith("Trung tâm") else "",
        )
    active = [m.id for m in members if m.status.value == "active"]
    for months_ago, topic in ((1, "Thông tin thời sự, định hướng tuyên truyền tháng"), (2, "Hội nghị báo cáo viên")):
        held = (today.replace(day=1) - dt.timedelta(days=30 * months_ago)).replace(day=12)
        s.force.add_conference(
            id=new_id(held),
            held_on=held,
            topic=f"{topic} {held.month}/{held.year}",
            connection_point="Hội trường Đảng ủy xã",
            attendee_ids=rng.sample(active, 6),
        )
    return len(members)
