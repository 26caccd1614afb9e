"""The sentence above the import table: a file whose every record is set aside ("Tạm giữ cả tệp")
is said as what will happen (and what did), never as "sẵn sàng nhập … có cảnh báo" or "Đã nhập"."""

from __future__ import annotations

import time

from exchange_helpers import PROVINCE, Factory, add_talks, fixed_today

from desktop_app.core.enums import Role
from desktop_app.services import Services
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog
from desktop_app.ui.pages.exchange.banner_text import BatchCounts, preview_banner, result_banner
from desktop_app.ui.widgets import Ask

YEAR_MS = 365 * 24 * 3600 * 1000


def test_a_batch_wholly_set_aside_is_said_as_set_aside(qapp):
    text, kind = preview_banner(BatchCounts(held_whole=1, held_records=3))
    assert text == (
        "1 tệp sẽ được tạm giữ cả tệp: không bản ghi nào của tệp được dùng cho đến khi bạn xem xét "
        "(lý do ở cột cuối). Xem bảng dưới rồi bấm “Nhập”."
    )
    assert kind == "warning" and "sẵn sàng" not in text and "có cảnh báo" not in text
    text, kind = result_banner(BatchCounts(held_whole=1, held_records=3))
    assert text == (
        "1 tệp được tạm giữ cả tệp: không bản ghi nào của tệp được dùng. 3 bản ghi bị tạm giữ: xem “Bản ghi tạm giữ”."
    )
    assert kind == "warning" and "Đã nhập" not in text


def test_files_kept_held_and_refused_are_each_counted_once(qapp):
    counts = BatchCounts(kept=2, warned=1, held_whole=1, refused=1, held_records=4)
    text, _ = preview_banner(counts)
    assert text.startswith("2 tệp sẵn sàng nhập, 1 tệp bị từ chối, có cảnh báo. 1 tệp sẽ được tạm giữ cả tệp")
    text, _ = result_banner(counts)
    assert text.startswith("Đã nhập 2 tệp; 1 tệp không nhập. 1 tệp được tạm giữ cả tệp")
    assert result_banner(BatchCounts(held_whole=2, refused=1))[0].startswith("1 tệp không nhập. 2 tệp được tạm giữ")
    # nothing held, nothing refused: the plain sentences, quiet banners
    assert preview_banner(BatchCounts(kept=3)) == (
        "3 tệp sẵn sàng nhập, 0 tệp bị từ chối. Xem bảng dưới rồi bấm “Nhập”.",
        "info",
    )
    assert result_banner(BatchCounts(kept=3)) == ("Đã nhập 3 tệp; 0 tệp không nhập.", "success")


def test_the_page_says_a_file_will_be_and_was_set_aside_whole(tmp_path, qtbot, monkeypatch):
    factory = Factory(tmp_path)
    (code,) = factory.communes(1)
    factory.make("xa", code).close()
    commune = Services.open(tmp_path / "xa", today=fixed_today, now_ms=lambda: time.time_ns() // 10**6 + YEAR_MS)
    add_talks(commune, 2)
    folder = tmp_path / "zalo"
    commune.exchange.export_log(folder)
    commune.close()
    factory.make("tinh", PROVINCE, Role.AGGREGATOR).close()
    s = Services.open(tmp_path / "tinh", today=fixed_today)
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder))
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    page = ExchangePage(s, None)
    qtbot.addWidget(page)
    page.show()
    page.folder_button.click()
    page.trust_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.apply_button.isVisible(), timeout=20000)
    assert page.outcomes.index(0, 2).data() == "Tạm giữ cả tệp"
    banner = page.banner.text()
    assert banner.startswith("1 tệp sẽ được tạm giữ cả tệp") and "sẵn sàng nhập" not in banner
    assert page.banner.property("kind") == "warning"

    page.apply_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.applied, timeout=30000)
    banner = page.banner.text()
    assert banner.startswith("1 tệp được tạm giữ cả tệp") and "Đã nhập" not in banner
    assert "3 bản ghi bị tạm giữ" in banner  # two talks and their topic
    s.close()
