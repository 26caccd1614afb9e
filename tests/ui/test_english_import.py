"""An import in the English window: the result table's words, the reasons and the banner's sentence
are English; only data (file names, unit names) stays as it is."""

from __future__ import annotations

import shutil

import pytest
from test_translations import VIETNAMESE

from desktop_app.core.enums import Role
from desktop_app.services import Services
from desktop_app.ui.i18n import Language, set_number_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.exchange import ExchangePage, SendersDialog
from desktop_app.ui.widgets import Ask
from tests.conftest import fixed_today

pytestmark = pytest.mark.gui


@pytest.fixture
def english(qapp, qm_dir):
    language = Language()
    assert language.install("en")
    set_number_language("en")
    yield
    language.install("vi")
    set_number_language("vi")


def test_an_import_reads_in_english(english, tmp_path, demo_template, qtbot, monkeypatch):
    commune_dir = tmp_path / "commune"
    shutil.copytree(demo_template, commune_dir)
    commune = Services.open(commune_dir, today=fixed_today)
    folder = tmp_path / "zalo"
    folder.mkdir()
    good = commune.exchange.export_log(folder).path
    commune.close()
    (folder / "30130_damaged.sotay").write_bytes(good.read_bytes()[:-100])
    aggregator = Services.open(tmp_path / "province", today=fixed_today)
    aggregator.identity.init("P82", Role.AGGREGATOR)
    window = MainWindow(aggregator)
    qtbot.addWidget(window)
    window.show()
    window.open_page("exchange")
    page: ExchangePage = window.pages["exchange"]
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: senders))
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder))
    progress: list[str] = []
    shows_progress = page._progress
    monkeypatch.setattr(
        page, "_progress", lambda *args: shows_progress(*args) or progress.append(page.progress_label.text())
    )
    page.folder_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.outcomes.rowCount() == 2, timeout=20000)
    page.trust_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.apply_button.isVisible(), timeout=20000)
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.applied, timeout=30000)

    assert progress and page.banner.label.text()
    names = [good.name, "30130_damaged.sotay", aggregator.units.get("30130").full_name, "Xã Thanh Bình"]
    texts = [page.banner.label.text(), *progress]
    for row in range(page.outcomes.rowCount()):
        texts += [str(page.outcomes.index(row, column).data() or "") for column in range(page.outcomes.columnCount())]
    found = []
    for text in texts:
        rest = text
        for name in names:
            rest = rest.replace(name, "")
        if VIETNAMESE.search(rest):
            found.append(text)
    window.close()
    aggregator.close()
    assert not found, "\n".join(found)
