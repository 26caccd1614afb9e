"""A document deleted at the province reaches the communes through a pack made in the window: the
pack box lists deleted documents, ticked at first when a commune is known to hold them."""

from __future__ import annotations

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory
from PySide6.QtCore import Qt

from desktop_app.core.enums import Role
from desktop_app.ui.pages.exchange import ExchangePage

pytestmark = pytest.mark.gui


def _rows(box) -> list[tuple[str, bool | None]]:
    """Each row's text and tick (None: not tickable, a heading)."""
    out = []
    for n in range(box.documents.count()):
        item = box.documents.item(n)
        tickable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        out.append((item.text(), item.checkState() == Qt.CheckState.Checked if tickable else None))
    return out


def _import(services, path) -> None:
    outcome = services.exchange.import_files(services.exchange.plan([path], trust_all=True)).files[0]
    assert outcome.status == "applied", outcome.detail


def test_a_deletion_reaches_a_commune_through_a_pack_made_in_the_window(tmp_path, qtbot, monkeypatch):
    factory = Factory(tmp_path)
    province = factory.make("p", PROVINCE, Role.AGGREGATOR)
    read = province.library.add_document(title="Cảnh báo lừa đảo qua mạng", topics=["An ninh mạng"], body="Cảnh báo.")
    unread = province.library.add_document(title="Bản tóm tắt ba điều cần nhớ", body="Ba điều.")
    first = province.exchange.export_pack(document_ids=[read.id, unread.id], to=tmp_path / "first")
    commune = factory.make("c", COMMUNE)
    _import(commune, first.path)
    commune.library.mark_read(read.id)  # its read receipt goes up with the log
    _import(province, commune.exchange.export_log(tmp_path / "up").path)
    province.library.delete(read.id)
    province.library.delete(unread.id)

    page = ExchangePage(province, None)  # no runner: the work runs inline
    qtbot.addWidget(page)
    page.show()
    box = page.packs
    assert _rows(box) == [
        ("Tài liệu đã xoá (gửi để các đơn vị cũng xoá):", None),
        ("Đã xoá: Bản tóm tắt ba điều cần nhớ", False),  # no unit is known to hold it
        ("Đã xoá: Cảnh báo lừa đảo qua mạng", True),  # a commune read it: its deletion is ticked
    ]
    assert box.save_button.isEnabled()
    assert "và xoá 1 tài liệu ở các đơn vị nhận gói:\n• Cảnh báo lừa đảo qua mạng" in box.content.text()
    box.refresh()  # a tick the user removes stays removed
    box.documents.item(2).setCheckState(Qt.CheckState.Unchecked)
    box.refresh()
    assert _rows(box)[2] == ("Đã xoá: Cảnh báo lừa đảo qua mạng", False)
    box.documents.item(2).setCheckState(Qt.CheckState.Checked)

    down = tmp_path / "down"
    monkeypatch.setattr("desktop_app.ui.widgets.Ask.folder", staticmethod(lambda *a: down))
    box.save_button.click()
    (pack,) = down.glob("*.sotay")
    _import(commune, pack)
    assert [d.title for d in commune.library.documents()] == ["Bản tóm tắt ba điều cần nhớ"]
    commune.close()
    province.close()


def test_a_unit_with_no_deleted_document_shows_no_heading(tmp_path, qtbot):
    province = Factory(tmp_path).make("p", PROVINCE, Role.AGGREGATOR)
    province.library.add_document(title="Nghị quyết", body="Tóm tắt.")
    page = ExchangePage(province, None)
    qtbot.addWidget(page)
    page.show()
    assert _rows(page.packs) == [("Nghị quyết", False)]
    province.close()
