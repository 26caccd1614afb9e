"""Trao đổi: the preview names why a forged file is refused and why rows of another are set aside."""

from __future__ import annotations

from forge import document, forge, talk

from desktop_app.core.enums import Role
from desktop_app.core.labels import quarantine_reason_text
from desktop_app.exchange import export_log, import_paths
from desktop_app.services import Services
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.exchange import ExchangePage
from desktop_app.ui.widgets import Ask
from tests.conftest import fixed_today


def test_the_preview_names_refusals_and_set_aside_rows_of_the_policy(tmp_path, qtbot, monkeypatch):
    province = Services.open(tmp_path / "province", today=fixed_today)
    province.identity.init("P82", Role.AGGREGATOR, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")
    commune = Services.open(tmp_path / "commune", today=fixed_today)
    commune.identity.init("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
    assert import_paths(
        province.session.exchange_context(),
        [export_log(commune.session.exchange_context(), to=tmp_path / "up").path],
        trust=True,
    ).files[0].status == ("applied")
    key = commune.identity.private_key()
    commune.close()
    folder = tmp_path / "zalo"
    planted = forge(folder, key, "30130", {"documents": [document("30130")]}, kind="pack", role="aggregator")
    neighbours = forge(folder, key, "30130", {"talks": [talk("30130", "28249")]})

    window = MainWindow(province)
    qtbot.addWidget(window)
    window.show()
    window.open_page("exchange")
    page: ExchangePage = window.pages["exchange"]
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder))
    page.folder_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.outcomes.rowCount() == 2, timeout=20000)
    rows = {page.outcomes.record(r).path.split("/")[-1]: r for r in range(2)}
    assert page.outcomes.index(rows[planted.name], 2).data() == "Bị từ chối"
    assert "đơn vị tổng hợp cấp trên" in page.outcomes.index(rows[planted.name], 8).data()
    assert page.outcomes.index(rows[neighbours.name], 2).data() == "Tạm giữ cả tệp"
    notes = page.outcomes.index(rows[neighbours.name], 8).data()
    assert quarantine_reason_text("outside_subtree") in notes and "outside_subtree" not in notes
    assert province.session.db.execute("SELECT count(*) FROM documents").fetchone() == (0,)
    window.close()
    province.close()
