"""A realistic demo: one commune's year of talks, its audience groups and a pack of briefing
documents, so a newcomer sees the app working at once. The same seed gives the same content."""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import uuid

from ..core.enums import GroupKind, Role, TalkFormat
from ..core.records import OnlineReach
from .facade import Services

DOCUMENTS = [
    (
        "Định hướng tuyên truyền tháng về Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025–2030",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "12-HD/BTGDV",
        True,
        ["Nghị quyết Đại hội Đảng bộ xã"],
        ["Mục tiêu tổng quát của nhiệm kỳ", "Ba khâu đột phá", "Nhiệm vụ của từng thôn, ấp"],
    ),
    (
        "Tài liệu tuyên truyền về chuyển đổi số và dịch vụ công trực tuyến",
        "Sở Khoa học và Công nghệ",
        "45/TL-SKHCN",
        True,
        ["Chuyển đổi số"],
        ["Hướng dẫn cài đặt VNeID mức 2", "Nộp hồ sơ trên Cổng dịch vụ công", "Thanh toán không dùng tiền mặt"],
    ),
    (
        "Cảnh báo các thủ đoạn lừa đảo qua mạng xã hội và điện thoại",
        "Công an tỉnh",
        "08/CA-PA05",
        True,
        ["Phòng, chống lừa đảo qua mạng"],
        ["Giả danh công an, tòa án gọi điện", "Đường link lạ, ứng dụng giả mạo", "Không chuyển tiền cho người lạ"],
    ),
    (
        "Đề cương tuyên truyền xây dựng nông thôn mới nâng cao",
        "Văn phòng Điều phối nông thôn mới tỉnh",
        "03/ĐC-VPĐP",
        False,
        ["Xây dựng nông thôn mới"],
        ["Tiêu chí thu nhập", "Cảnh quan, môi trường", "Vai trò của người dân"],
    ),
    (
        "Hướng dẫn phân loại rác thải sinh hoạt tại hộ gia đình",
        "Sở Nông nghiệp và Môi trường",
        "21/HD-SNNMT",
        False,
        ["Bảo vệ môi trường, phân loại rác"],
        ["Ba nhóm rác", "Lịch thu gom", "Xử lý rác hữu cơ tại nhà"],
    ),
    (
        "Tài liệu hỏi – đáp về tổ chức chính quyền địa phương hai cấp",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "15-TL/BTGDV",
        True,
        ["Tinh gọn bộ máy, chính quyền hai cấp"],
        ["Từ 1/7/2025 không còn cấp huyện", "Thủ tục hành chính tại xã", "Con dấu, giấy tờ cũ vẫn dùng được"],
    ),
    (
        "Kế hoạch tuyên truyền bảo hiểm y tế học sinh và hộ gia đình",
        "Bảo hiểm xã hội tỉnh",
        "77/KH-BHXH",
        False,
        ["Bảo hiểm y tế, bảo hiểm xã hội tự nguyện"],
        ["Mức đóng và hỗ trợ", "Quyền lợi khi khám chữa bệnh"],
    ),
    (
        "Đề cương tuyên truyền Tháng hành động phòng, chống ma túy",
        "Ban Chỉ đạo phòng, chống tội phạm tỉnh",
        "09/ĐC-BCĐ",
        False,
        ["Phòng, chống ma túy"],
        ["Tác hại của ma túy tổng hợp", "Dấu hiệu nhận biết", "Trách nhiệm của gia đình"],
    ),
]

BODY = (
    "Căn cứ chương trình công tác năm, để nâng cao nhận thức của cán bộ, đảng viên và nhân dân, "
    "báo cáo viên, tuyên truyền viên cơ sở tập trung tuyên truyền các nội dung sau. "
    "Thứ nhất, quán triệt quan điểm, mục tiêu của Đảng ủy, Hội đồng nhân dân và Ủy ban nhân dân xã; "
    "tạo đồng thuận trong nhân dân, phát huy vai trò của Mặt trận Tổ quốc và các đoàn thể. "
    "Thứ hai, nêu gương người tốt, việc tốt ở các thôn, ấp; kịp thời nắm bắt tâm tư, nguyện vọng "
    "của nhân dân và phản ánh về Ban Thường vụ Đảng ủy. "
    "Thứ ba, đa dạng hình thức: hội nghị, đài truyền thanh cơ sở, nhóm Zalo, fanpage của xã. "
)

HAMLETS = ["Tân Mỹ", "Tân Phú", "Tân Thạnh", "Bình Hòa", "Bình Thạnh", "Tân Hòa", "Phú Lợi"]
ORGANISATIONS = [
    "Hội Liên hiệp Phụ nữ xã",
    "Đoàn Thanh niên xã",
    "Hội Nông dân xã",
    "Hội Cựu chiến binh xã",
    "Hội Người cao tuổi xã",
]
PRESENTERS = ["Nguyễn Văn Hùng", "Trần Thị Mai", "Lê Minh Tâm", "Phạm Thị Hồng", "Võ Văn Lộc"]
QUESTIONS = [
    ("Bà con hỏi về thủ tục cấp lại giấy chứng nhận quyền sử dụng đất sau khi sáp nhập xã.", "Đất đai"),
    ("Nhiều hộ phản ánh đường liên ấp xuống cấp, đề nghị sửa trước mùa mưa.", "Hạ tầng"),
    ("Người dân lo ngại các cuộc gọi giả danh công an yêu cầu chuyển tiền.", "Lừa đảo qua mạng"),
    ("Hỏi mức hỗ trợ đóng bảo hiểm y tế cho hộ cận nghèo.", "An sinh xã hội"),
    ("Đề nghị tăng tần suất thu gom rác ở khu chợ.", "Môi trường"),
    ("Thắc mắc về nơi nộp hồ sơ hành chính khi không còn cấp huyện.", "Thủ tục hành chính"),
    ("Kiến nghị hỗ trợ giống lúa chất lượng cao cho vụ Đông Xuân.", "Sản xuất nông nghiệp"),
]


def _unit_salt(seed: int, unit_code: str) -> int:
    """74 bits from the seed and the unit: every unit's demo has ids of its own, so an aggregator
    can import the demo logs of several communes without records colliding."""
    return int.from_bytes(hashlib.sha256(f"{seed}:{unit_code}".encode()).digest()[:10]) >> 6


def _demo_id(rng: random.Random, day: dt.date, salt: int) -> str:
    """A UUIDv7 whose time part is the record's day and whose rest comes from the seed and the unit."""
    ms = int(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC).timestamp() * 1000)
    rand = ((rng.getrandbits(12) << 62) | rng.getrandbits(62)) ^ salt
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) << 64) | (0b10 << 62) | (rand & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


# (platform, name, url, administrator, official, followers a year ago, gained a month)
CHANNELS = [
    ("fanpage", "Xã Thanh Bình", "https://facebook.com/xathanhbinh", "Nguyễn Thị Lan", True, 4800, 50),
    ("fanpage", "Tuổi trẻ Thanh Bình", "https://facebook.com/tuoitrethanhbinh", "Phạm Văn Đức", True, 1500, 25),
    ("zalo_group", "Người Dân Tân Mỹ", "https://zalo.me/g/tanmy", "Trần Thị Mai", False, 900, 7),
    ("zalo_group", "Hội Nông dân xã Thanh Bình", "https://zalo.me/g/nongdanthanhbinh", "Lê Văn Tâm", False, 310, 3),
    ("zalo_oa", "UBND xã Thanh Bình", "https://zalo.me/xathanhbinh", "Văn phòng UBND xã", True, 2100, 40),
    ("facebook_account", "Tuyên truyền viên Lê Văn Tâm", "", "Lê Văn Tâm", False, 700, 6),
    (
        "youtube",
        "Truyền thanh xã Thanh Bình",
        "https://youtube.com/@truyenthanhthanhbinh",
        "Đài truyền thanh xã",
        True,
        400,
        12,
    ),
    ("tiktok", "Thanh Bình quê tôi", "https://tiktok.com/@thanhbinhquetoi", "Phạm Văn Đức", False, 300, 45),
]


def _demo_channels(s: Services, seed: int, salt: int, today: dt.date) -> dict[str, str]:
    """The unit's channels with twelve monthly counts; their own random stream, so the rest of
    the demo stays what it was. Returns the channel a Zalo or fanpage post goes out on, by format."""
    rng = random.Random(seed * 15 + 1)
    ids = []
    for platform, name, url, admin, official, start, gain in CHANNELS:
        channel = s.channels.add(
            id=_demo_id(rng, today, salt), platform=platform, name=name, url=url, admin_name=admin, official=official
        )
        ids.append(channel.id)
        followers = start
        for back in range(11, -1, -1):
            index = today.year * 12 + today.month - 1 - back
            month = f"{index // 12:04d}-{index % 12 + 1:02d}"
            followers += max(0, gain + rng.randint(-gain // 2, gain // 2))
            s.channels.snapshot(channel.id, month, followers)
    return {TalkFormat.FANPAGE_POST.value: ids[0], TalkFormat.ZALO_POST.value: ids[2]}


def fill_demo(services: Services, seed: int = 2026, unit_code: str = "30130", talks: int = 160) -> dict[str, int]:
    """Initialise if needed, then add documents, groups and a year of talks ending today. The same
    seed gives the same content in every unit, with ids of the unit's own."""
    rng = random.Random(seed)
    s = services
    if not s.identity.initialised:
        s.identity.init(unit_code, Role.COMMUNE, "Cán bộ tuyên truyền (dữ liệu mẫu)")
    salt = _unit_salt(seed, s.session.installation.unit_code)
    today = s.session.today
    with s.session.db.atomic():
        docs = []
        for n, (title, issuer, number, required, topics, points) in enumerate(DOCUMENTS):
            issued = today - dt.timedelta(days=30 * (len(DOCUMENTS) - n) + rng.randint(0, 20))
            docs.append(
                s.library.add_document(
                    id=_demo_id(rng, issued, salt),
                    title=title,
                    issuer=issuer,
                    number=number,
                    required=required,
                    topics=topics,
                    key_points=points,
                    issued_on=issued,
                    valid_until=issued + dt.timedelta(days=365) if n % 3 else None,
                    body=BODY + f"Nội dung trọng tâm: {'; '.join(points)}.",
                    priority=1 if required else 0,
                )
            )
        for doc in docs[: len(docs) // 2]:
            s.library.mark_read(doc.id)
        s.library.set_note(docs[0].id, "Nhấn mạnh phần ba khâu đột phá khi nói ở ấp Tân Mỹ.")
        groups = []
        for name in HAMLETS:
            groups.append(
                s.groups.add(
                    id=_demo_id(rng, today, salt),
                    name=f"Ấp {name}",
                    kind=GroupKind.HAMLET,
                    size=rng.randint(250, 900),
                    notes=f"Sinh hoạt tại nhà văn hóa ấp {name}.",
                )
            )
        for name in ORGANISATIONS:
            groups.append(
                s.groups.add(
                    id=_demo_id(rng, today, salt),
                    name=name,
                    kind=GroupKind.MASS_ORGANISATION,
                    size=rng.randint(80, 400),
                )
            )
        groups.append(
            s.groups.add(
                id=_demo_id(rng, today, salt),
                name="Nhóm Zalo Người Dân Tân Mỹ",
                kind=GroupKind.ZALO_GROUP,
                size=980,
                channel_url="https://zalo.me/g/tanmy",
                contact_name="Trần Thị Mai",
                contact_phone="0912 345 678",
                contact_consent=True,
                consent_date=today - dt.timedelta(days=200),
            )
        )
        groups.append(
            s.groups.add(
                id=_demo_id(rng, today, salt),
                name="Fanpage Xã Thanh Bình",
                kind=GroupKind.FANPAGE,
                size=5400,
                channel_url="https://facebook.com/xathanhbinh",
            )
        )
        channels = _demo_channels(s, seed, salt, today)
        formats = (
            [TalkFormat.MEETING] * 5
            + [TalkFormat.LOUDSPEAKER] * 3
            + [TalkFormat.ZALO_POST, TalkFormat.FANPAGE_POST, TalkFormat.ONLINE_CONFERENCE, TalkFormat.HOME_VISIT]
        )
        for _ in range(talks):
            held = today - dt.timedelta(days=rng.randint(0, 364))
            fmt = rng.choice(formats)
            doc = rng.choice(docs)
            hamlet = rng.choice(HAMLETS)
            online = OnlineReach()
            attendance = 0
            reached = []
            if fmt in (TalkFormat.ZALO_POST, TalkFormat.FANPAGE_POST):
                online = OnlineReach(
                    views=rng.randint(200, 4000),
                    likes=rng.randint(10, 300),
                    shares=rng.randint(0, 60),
                    comments=rng.randint(0, 40),
                )
                reached = [groups[-1] if fmt == TalkFormat.FANPAGE_POST else groups[-2]]
                place = "Trực tuyến"
            elif fmt == TalkFormat.ONLINE_CONFERENCE:
                online = OnlineReach(points=rng.randint(1, 8))
                attendance = rng.randint(20, 80)
                place = "Hội trường UBND xã"
            elif fmt == TalkFormat.LOUDSPEAKER:
                place = "Đài truyền thanh xã"
            else:
                attendance = rng.randint(15, 120) if fmt == TalkFormat.MEETING else rng.randint(3, 15)
                place = f"Nhà văn hóa ấp {hamlet}"
                reached = [g for g in groups if g.name == f"Ấp {hamlet}"] + rng.sample(groups[7:12], rng.randint(0, 2))
            question = rng.choice(QUESTIONS) if fmt == TalkFormat.MEETING and rng.random() < 0.5 else None
            follow = question is not None and rng.random() < 0.4
            answered = follow and held < today - dt.timedelta(days=60)
            s.talks.add(
                id=_demo_id(rng, held, salt),
                held_on=held,
                format=fmt,
                place=place,
                start_time=f"{rng.choice([7, 8, 14, 19]):02d}:{rng.choice(['00', '30'])}",
                duration_min=rng.choice([30, 45, 60, 90]),
                topics=list(doc.topics),
                document_ids=[doc.id],
                group_ids=[g.id for g in reached],
                presenters=rng.choice(PRESENTERS),
                attendance=attendance,
                online=online,
                channel_id=channels.get(fmt.value),
                questions_text=question[0] if question else "",
                question_themes=[question[1]] if question else [],
                questions_count=rng.randint(1, 6) if question else 0,
                follow_up_text="Chuyển ý kiến về UBND xã, trả lời tại buổi sau." if follow else "",
                follow_up_due=held + dt.timedelta(days=30) if follow else None,
                follow_up_status="done" if answered else ("open" if follow else "none"),
                # answered or transferred some days after (issue 16): no random draw, the demo's talks stay as they were
                follow_up_outcome=("transferred" if held.day % 4 == 0 else "answered") if answered else None,
                follow_up_resolved_on=held + dt.timedelta(days=2 + held.day % 25) if answered else None,
            )
        from .demo_force import fill_force

        members = fill_force(s, seed, lambda day: _demo_id(rng, day, salt))
    return {
        "tài liệu": len(docs),
        "nhóm": len(groups),
        "kênh": len(CHANNELS),
        "buổi": talks,
        "người trong lực lượng": members,
    }
