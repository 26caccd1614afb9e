"""The commune's orientation card (issue 16 items 1 and 3): the period's key dates, each topic's
expected formats as words, its briefing documents as links that open them in the library, and how
near its due date is; the key dates also stand in the "Sắp đến" reminders, marked as orientation."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory
from test_orientation_home import _window

from desktop_app.core.enums import Role
from desktop_app.exchange import import_paths

pytestmark = pytest.mark.gui
MONTH = TODAY.strftime("%Y-%m")  # today is 20/11/2026 in the tests


def test_the_card_shows_key_dates_formats_documents_and_due_days(qapp, qm_dir, qtbot, tmp_path):
    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    doc = agg.library.add_document(title="Đề cương tuyên truyền phòng, chống lừa đảo", body="Không chuyển tiền lạ.")
    soon = TODAY + dt.timedelta(days=3)
    agg.orientation.add(
        MONTH,
        "Phòng, chống lừa đảo qua mạng",
        priority="high",
        due_on="30/11/2026",
        document_ids=(doc.id, "0190aaaa-0000-7000-8000-000000000000"),
        formats=("meeting", "zalo_post"),
        key_dates=(f"{soon.isoformat()}:Ngày hội an ninh mạng của tỉnh",),
    )
    agg.orientation.add(MONTH, "An toàn giao thông", due_on="15/11/2026")
    agg.orientation.add(MONTH, "Bảo vệ môi trường", due_on="20/11/2026")
    pack = agg.exchange.export_pack(document_ids=[doc.id], to=tmp_path / "down").path
    agg.close()
    assert import_paths(commune.session.exchange_context(), [pack], trust=True).files[0].status == "applied"
    commune.calendar.set_remind_days(7)
    with _window(qapp, commune, qtbot) as window:
        page = window.pages["home"]
        card = page.orientation_card
        qtbot.waitUntil(lambda: card.isVisible())
        text = card.lines.text()
        assert f"Ngày cần nhớ: {soon:%d/%m/%Y} — Ngày hội an ninh mạng của tỉnh" in text
        assert "hạn 30/11/2026 (còn 10 ngày)" in text
        assert "An toàn giao thông</b> · chưa có buổi · hạn 15/11/2026 (quá hạn)" in text
        assert "hạn 20/11/2026 (đến hạn hôm nay)" in text
        assert "Hình thức: Hội nghị, buổi nói chuyện, Bài đăng nhóm Zalo" in text
        assert f"<a href='doc:{doc.id}'>Đề cương tuyên truyền phòng, chống lừa đảo</a>" in text
        assert "1 tài liệu chưa có trên máy" in text

        reminders = page.calendar_card.lines.text()
        assert "<b>còn 3 ngày đến" in reminders and "Ngày hội an ninh mạng của tỉnh · theo định hướng" in reminders

        card.lines.linkActivated.emit(f"doc:{doc.id}")
        assert window.current_page() == "library"
        library = window.pages["library"]
        qtbot.waitUntil(lambda: library.list.selectionModel().hasSelection())
        assert library.list.selectionModel().selectedRows()[0].data() == "Đề cương tuyên truyền phòng, chống lừa đảo"

        commune.talks.add(held_on=TODAY, format="meeting", place="Ấp 1", attendance=25, topics=["An toàn giao thông"])
        page.refresh()
        assert "An toàn giao thông</b> · đã có buổi · hạn 15/11/2026<br>" in card.lines.text() + "<br>"
    commune.close()
