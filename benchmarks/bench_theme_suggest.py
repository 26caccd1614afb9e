"""Concern theme suggestion per keystroke (issue 17, item 3): the budget is 50 ms.

Types each question of a set of long, realistic ones character by character, as the talk form does
(a suggestion after every character, over the whole text typed so far), through the service the
window calls, with the shipped theme list. Prints p50, p95 and max per keystroke.

    .venv/bin/python benchmarks/bench_theme_suggest.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.services import Services  # noqa: E402

BUDGET_MS = 50.0
QUESTIONS = [
    "Bà con ấp Tân Mỹ hỏi bao giờ được nhận tiền đền bù khi thu hồi đất làm đường liên xã, giá đền bù "
    "thấp hơn giá thị trường nhiều; có hộ chưa được cấp sổ đỏ nên không biết có được bồi thường không; "
    "đề nghị xã công khai bảng giá đất và phương án tái định cư.",
    "Nhiều người cao tuổi bị gọi điện giả danh công an, nhân viên ngân hàng, yêu cầu cài ứng dụng lạ "
    "và chuyển tiền; hỏi cách nhận biết lừa đảo trực tuyến, cách khóa tài khoản; có người mất tiền "
    "trong tài khoản không biết báo ở đâu. Đề nghị tăng cường tuyên truyền trên loa xã.",
    "Từ khi không còn huyện, làm thủ tục đất đai, chứng thực phải đi xa lên trụ sở xã mới; bà con muốn "
    "được hướng dẫn nộp hồ sơ trên dịch vụ công trực tuyến, cài VNeID định danh điện tử mức 2; "
    "hỏi con dấu và giấy tờ cũ còn dùng được không; tiền điện, giá xăng, giá gạo đều tăng.",
]


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        services = Services.open(Path(folder))
        talks = services.talks
        talks.suggest_themes("khởi động")  # the matcher is built once, on first use (not a keystroke)
        timings: list[float] = []
        for question in QUESTIONS:
            for end in range(1, len(question) + 1):
                start = time.perf_counter()
                talks.suggest_themes(question[:end])
                timings.append((time.perf_counter() - start) * 1000)
        services.close()
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[int(len(timings) * 0.95)]
    print(f"{len(timings)} keystrokes over {len(QUESTIONS)} questions of ~{len(QUESTIONS[0])} characters")
    print(f"per keystroke: p50 {p50:.2f} ms, p95 {p95:.2f} ms, max {timings[-1]:.2f} ms (budget {BUDGET_MS:g} ms)")
    return 0 if p95 <= BUDGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
