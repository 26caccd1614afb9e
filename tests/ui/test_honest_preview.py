"""An honest result table: topics with the same name from several communes are shared vocabulary,
never a conflict or a warning; a file whose records were all set aside says so, with the reason in
words, before and after the import (and ``sotay import`` does not call it imported); the history's
counts are in Vietnamese."""

from __future__ import annotations

import time

from exchange_helpers import PROVINCE, Factory, add_talks, fixed_today

from desktop_app.cli import run
from desktop_app.core.enums import Role
from desktop_app.core.labels import quarantine_reason_text
from desktop_app.services import Services
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog
from desktop_app.ui.widgets import Ask

YEAR_MS = 365 * 24 * 3600 * 1000
COLUMNS = {"status": 2, "conflicting": 6, "notes": 8}


def _folder(tmp_path):
    """Three communes that all talked about "Chuyển đổi số", and one whose clock ran a year ahead."""
    factory = Factory(tmp_path)
    *communes, ahead = factory.communes(4)
    folder = tmp_path / "zalo"
    for n, code in enumerate(communes):
        s = factory.make(f"xa-{code}", code)
        add_talks(s, 2 + n)
        s.exchange.export_log(folder)
        s.close()
    s = factory.make(f"xa-{ahead}", ahead)
    s.close()
    s = Services.open(tmp_path / f"xa-{ahead}", today=fixed_today, now_ms=lambda: time.time_ns() // 10**6 + YEAR_MS)
    add_talks(s, 2)
    sent = s.exchange.export_log(folder).path
    s.close()
    factory.make("tinh", PROVINCE, Role.AGGREGATOR).close()
    return folder, sent.name, tmp_path / "tinh"


def _rows(page) -> dict[str, dict[str, str]]:
    model = page.outcomes
    return {
        model.index(r, 0).data(): {k: model.index(r, c).data() for k, c in COLUMNS.items()}
        for r in range(model.rowCount())
    }


def test_shared_topics_are_no_conflict_and_a_file_set_aside_says_why(tmp_path, qtbot, monkeypatch, capsys):
    folder, ahead_file, data = _folder(tmp_path)
    s = Services.open(data, today=fixed_today)
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder))
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    page = ExchangePage(s, None)
    qtbot.addWidget(page)
    page.show()
    page.folder_button.click()
    page.trust_button.click()
    reason = quarantine_reason_text("clock_ahead")

    for expected in (("Sẵn sàng nhập", "Tạm giữ cả tệp"), ("Đã nhập", "Tạm giữ cả tệp")):
        if expected[0] == "Đã nhập":
            page.apply_button.click()
            assert page.applied
        rows = _rows(page)
        assert len(rows) == 4
        for name, row in rows.items():
            if name == ahead_file:
                assert row["status"] == expected[1]
                assert row["notes"].startswith(  # two talks and their topic, said once, not in the code alone
                    f"Không bản ghi nào của tệp được nhập: tất cả bị tạm giữ. 3 bản ghi bị tạm giữ: {reason}."
                )
                assert "cách ly" not in row["notes"] and "clock_ahead" not in row["notes"]
                continue
            assert row["status"] == expected[0] and row["conflicting"] == "0" and "bản ghi" not in row["notes"]
        assert "Xung đột 0" in page.totals.text()

    received = page.received_model
    contents = [received.index(r, 4).data() for r in range(received.rowCount())]
    assert len(contents) == 4 and all(text for text in contents)
    assert any("mới" in text for text in contents) and "3 tạm giữ" in contents
    assert not any(word in text for text in contents for word in ("new", "unchanged", "quarantined"))
    s.close()

    # the command line says the same about the file set aside
    copy = tmp_path / "tinh-cli"
    Factory(tmp_path).make("tinh-cli", PROVINCE, Role.AGGREGATOR).close()
    assert run(["--data-dir", str(copy), "import", str(folder), "--trust"]) == 0
    out = capsys.readouterr().out
    assert f"[TẠM GIỮ] {ahead_file}" in out and out.count("[ĐÃ NHẬP]") == 3
