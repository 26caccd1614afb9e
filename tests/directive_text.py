# ruff: noqa: E501  (the directive is prose: one paragraph a line, as a file would carry it)
"""A long Vietnamese directive written for these tests (headings, numbered items, bullets,
abbreviations, dates and numbers), with the sentences a reader would underline, and a generator of
documents of any length in the same style for the benchmark."""

from __future__ import annotations

import random

TITLE = "Chỉ thị về tăng cường công tác tuyên truyền miệng trong tình hình mới"

DIRECTIVE = """CHỈ THỊ
Về tăng cường công tác tuyên truyền miệng trong tình hình mới
I. TÌNH HÌNH
Thời gian qua, công tác tuyên truyền miệng trên địa bàn xã đã có nhiều chuyển biến. Năm 2025 toàn xã tổ chức 244 cuộc có 17.270 lượt người dự, tăng 1.794 lượt so với năm trước. Tại hội nghị ngày 15/5/2026 ở TP. Cao Lãnh, các báo cáo viên được cập nhật thông tin thời sự.
Tuy nhiên, đội ngũ báo cáo viên, tuyên truyền viên còn thiếu thời gian nghiên cứu tài liệu, nội dung có lúc chưa sát với tâm tư của nhân dân. Một số nơi chưa kịp thời nắm bắt dư luận xã hội, v.v. Việc ứng dụng công nghệ số trong tuyên truyền còn hạn chế.
II. NHIỆM VỤ TRỌNG TÂM
1. Các cấp ủy phải trực tiếp lãnh đạo, chỉ đạo công tác tuyên truyền miệng và coi đây là nhiệm vụ chính trị thường xuyên.
2. Kiện toàn đội ngũ báo cáo viên, tuyên truyền viên ở từng thôn, ấp theo Hướng dẫn 155-HD/BTGTW.
3. Tăng cường ứng dụng công nghệ thông tin, trí tuệ nhân tạo, công nghệ số trong tuyên truyền miệng.
a) Mỗi ấp lập nhóm Zalo để thông tin kịp thời đến người dân.
b) Đài truyền thanh cơ sở phát lại nội dung hội nghị báo cáo viên hằng tháng.
III. TỔ CHỨC THỰC HIỆN
Điều 3. Ban Tuyên giáo và Dân vận chủ trì, phối hợp với UBND xã hướng dẫn, kiểm tra việc thực hiện Chỉ thị này theo Nghị định 30/2020/NĐ-CP. Định kỳ sáu tháng báo cáo kết quả về Ban Thường vụ Đảng ủy.
- Mặt trận Tổ quốc và các đoàn thể phổ biến Chỉ thị đến đoàn viên, hội viên.
- Các chi bộ đưa nội dung tuyên truyền miệng vào sinh hoạt định kỳ.
"""

# What a reader would underline: the core tasks, and the directive's own point about technology.
READER_PICKS = (
    "Các cấp ủy phải trực tiếp lãnh đạo, chỉ đạo công tác tuyên truyền miệng",
    "Kiện toàn đội ngũ báo cáo viên, tuyên truyền viên ở từng thôn, ấp",
    "Tăng cường ứng dụng công nghệ thông tin, trí tuệ nhân tạo, công nghệ số trong tuyên truyền miệng",
)

_SUBJECTS = ["Các cấp ủy", "Ủy ban nhân dân xã", "Mặt trận Tổ quốc", "Đoàn Thanh niên", "Hội Nông dân", "Các chi bộ"]
_VERBS = ["tăng cường", "chủ động", "tập trung", "đẩy mạnh", "thường xuyên", "kịp thời"]
_OBJECTS = [
    "tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
    "nắm bắt tâm tư, nguyện vọng của nhân dân ở thôn, ấp",
    "hướng dẫn người dân sử dụng dịch vụ công trực tuyến",
    "phòng, chống lừa đảo qua mạng xã hội và điện thoại",
    "xây dựng nông thôn mới nâng cao và đô thị văn minh",
    "phân loại rác thải sinh hoạt tại hộ gia đình",
    "thực hiện bảo hiểm y tế, bảo hiểm xã hội tự nguyện",
]
_TAILS = ["trong năm 2026", "theo Kế hoạch số 12-KH/ĐU ngày 15/5/2026", "đạt trên 1.794 lượt người", "tại TP. Cao Lãnh"]


def long_document(words: int = 40_000, seed: int = 17) -> str:
    """About ``words`` words of directive-like text in sections with numbered items and bullets."""
    rng = random.Random(seed)
    lines: list[str] = []
    count, section = 0, 0
    while count < words:
        section += 1
        lines.append(f"{section}. NỘI DUNG PHẦN {section}")
        for n in range(rng.randint(4, 9)):
            sentences = [
                f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}."
                for _ in range(rng.randint(2, 5))
            ]
            prefix = f"{n + 1}. " if n % 3 == 0 else ("- " if n % 3 == 1 else "")
            line = prefix + " ".join(sentences)
            lines.append(line)
            count += len(line.split())
    return "\n".join(lines)
