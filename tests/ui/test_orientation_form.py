"""The aggregator's orientation form (issue 16 item 1): opened from the orientation table of the
Báo cáo page, a month's topics typed with the keyboard, a key date, a document found by searching
the library, the formats and a due date; a refused date said in the form with nothing saved; then
"Gửi xuống" writes the pack, a commune imports it and its home shows the orientation; finally
the period is withdrawn."""

from __future__ import annotations

import pytest
from exchange_helpers import PROVINCE, TODAY, Factory
from PySide6.QtCore import Qt
from test_orientation_home import _window

from desktop_app.core.enums import Role
from desktop_app.exchange import import_paths
from desktop_app.ui.widgets import Ask

pytestmark = pytest.mark.gui
MONTH = TODAY.strftime("%Y-%m")  # today is 20/11/2026 in the tests


def _type(qtbot, field, text):
    """QTest types ASCII only: Vietnamese text is set, Enter is pressed with the keyboard."""
    field.setText(text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_an_orientation_is_issued_in_the_form_sent_down_and_shown_at_the_commune(
    qapp, qm_dir, qtbot, tmp_path, monkeypatch
):
    from desktop_app.ui.pages.reports.page import ReportsPage

    f = Factory(tmp_path)
    agg, commune = f.make("agg", PROVINCE, Role.AGGREGATOR), f.make("c", "30130")
    doc = agg.library.add_document(title="Đề cương phòng, chống lừa đảo qua mạng", body="Không chuyển tiền lạ.")
    agg.library.add_document(title="Hướng dẫn bầu cử", body="Ngày bầu cử.")
    page = ReportsPage(agg)
    qtbot.addWidget(page)
    page.show()
    try:
        form = page.orientation.open_form()
        assert form.isVisible() and form.code == MONTH and form.topics.count() == 0
        assert [form.period.itemData(i) for i in range(form.period.count())] == [
            "2026-11",
            "2026-12",
            "2027-01",
            "2026-Q4",
            "2027-Q1",
        ]
        form.high.setChecked(True)
        _type(qtbot, form.topic, "Phòng, chống lừa đảo qua mạng")
        _type(qtbot, form.topic, "An toàn giao thông")
        assert [form.topics.item(i).text() for i in range(2)] == [
            "Phòng, chống lừa đảo qua mạng (ưu tiên cao)",
            "An toàn giao thông",
        ]
        qtbot.keyClicks(form.day, "31/11/2026")
        _type(qtbot, form.day_label, "Ngày hội an ninh mạng")
        assert "không phải là ngày hợp lệ" in form.message.text() and form.key_dates.count() == 0
        form.day.clear()
        qtbot.keyClicks(form.day, "25/11/2026")
        _type(qtbot, form.day_label, "Ngày hội an ninh mạng")
        assert form.key_dates.item(0).text() == "25/11/2026 — Ngày hội an ninh mạng" and form.message.isHidden()
        qtbot.keyClicks(form.search, "lua dao")
        shown = [form.documents.item(i) for i in range(form.documents.count()) if not form.documents.item(i).isHidden()]
        assert [i.text() for i in shown] == ["Đề cương phòng, chống lừa đảo qua mạng"]
        shown[0].setCheckState(Qt.CheckState.Checked)
        form.formats[next(iter(form.formats))].setChecked(True)  # the first format: meetings
        qtbot.keyClicks(form.due, "31/02/2026")
        form.save_button.click()
        assert "Hạn hoàn thành" in form.message.text() and agg.orientation.list(MONTH) == []  # nothing saved
        form.due.clear()
        qtbot.keyClicks(form.due, "30/11/2026")

        monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: tmp_path / "down"))
        (tmp_path / "down").mkdir()
        form.send_button.click()
        qtbot.waitUntil(lambda: "Đã lưu gói" in form.message.text(), timeout=20000)
        saved = agg.orientation.list(MONTH)
        assert [(t.topic, t.priority.value) for t in saved] == [
            ("Phòng, chống lừa đảo qua mạng", "high"),
            ("An toàn giao thông", "normal"),
        ]
        assert all(
            t.document_ids == (doc.id,) and t.formats == ("meeting",) and t.due_on == "2026-11-30" for t in saved
        )
        (pack,) = (tmp_path / "down").iterdir()

        assert import_paths(commune.session.exchange_context(), [pack], trust=True).files[0].status == "applied"
        with _window(qapp, commune, qtbot) as window:
            card = window.pages["home"].orientation_card
            qtbot.waitUntil(card.isVisible)
            text = card.lines.text()
            assert "Ngày cần nhớ: 25/11/2026 — Ngày hội an ninh mạng" in text
            assert "○ <b>Phòng, chống lừa đảo qua mạng</b> · chưa có buổi · ưu tiên cao · hạn 30/11/2026" in text
            assert f"<a href='doc:{doc.id}'>Đề cương phòng, chống lừa đảo qua mạng</a>" in text

        form.load()  # opened again: the saved orientation, to change or withdraw
        assert form.topics.count() == 2 and form.due.text() == "30/11/2026" and form.chosen_documents() == [doc.id]
        monkeypatch.setattr(Ask, "confirm", staticmethod(lambda *a, **k: True))
        form.withdraw_button.click()
        assert agg.orientation.list(MONTH) == [] and form.topics.count() == 0
        assert "Đã rút 2 chủ đề" in form.message.text()
        form.close()
    finally:
        page.runner.cancel_all()
        agg.close()
        commune.close()
