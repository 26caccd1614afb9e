"""Trao đổi for an installation that sends down: receiving leads the page, packs are made from
chosen documents and saved, and the read receipts that come back say who has read what."""

from __future__ import annotations

import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory
from PySide6.QtCore import Qt

from desktop_app.core.enums import Role
from desktop_app.ui.pages.exchange import ExchangePage


@pytest.fixture
def factory(tmp_path):
    return Factory(tmp_path)


def sections(page: ExchangePage) -> list[str]:
    """The page's boxes from top to bottom, as shown (a hidden box is left out)."""
    layout = page.sending.parentWidget().layout()
    names = {page.sending: "send", page.drop.parentWidget(): "receive"}
    found = [layout.itemAt(n).widget() for n in range(layout.count())]
    return [names[w] for w in found if w in names and not w.isHidden()]


def test_a_commune_page_leads_with_sending_its_log(factory, qtbot):
    page = ExchangePage(factory.make("c", COMMUNE), None)
    qtbot.addWidget(page)
    assert sections(page) == ["send", "receive"]


def test_a_province_page_leads_with_receiving_and_has_no_log_to_send_up(factory, qtbot):
    page = ExchangePage(factory.make("p", PROVINCE, Role.AGGREGATOR), None)
    qtbot.addWidget(page)
    assert sections(page) == ["receive"]


def test_an_aggregator_with_a_level_above_sends_its_log_after_receiving(factory, qtbot):
    page = ExchangePage(factory.make("a", COMMUNE, Role.AGGREGATOR), None)
    qtbot.addWidget(page)
    assert sections(page) == ["receive", "send"]


def library(s, folder):
    """Three documents issued by the province: two on one topic, one on another."""
    leaflet = folder / "to-roi.txt"
    leaflet.write_text("Tờ rơi: phòng chống lừa đảo qua mạng, không chuyển tiền cho người lạ.", encoding="utf-8")
    scam = s.library.add_document(files=[leaflet], title="Phòng chống lừa đảo qua mạng", topics=["An ninh mạng"])
    short = s.library.add_document(title="Bản tóm tắt ba điều cần nhớ", topics=["An ninh mạng"], body="Ba điều.")
    other = s.library.add_document(title="Nghị quyết Đại hội Đảng bộ tỉnh", topics=["Nghị quyết"], body="Tóm tắt.")
    return scam, short, other


def ticked(page: ExchangePage) -> set[str]:
    return set(page.packs.chosen())


def test_a_pack_of_the_documents_of_a_topic_saved_and_imported_by_a_commune(factory, tmp_path, qtbot, monkeypatch):
    province = factory.make("p", PROVINCE, Role.AGGREGATOR)
    scam, short, other = library(province, tmp_path)
    page = ExchangePage(province, None)  # no runner: the work runs inline
    qtbot.addWidget(page)
    page.show()
    box = page.packs
    assert box.isVisible() and box.documents.count() == 3
    assert not box.save_button.isEnabled() and box.content.text() == "Chưa chọn tài liệu nào."

    box.topic.setCurrentIndex(box.topic.findData("An ninh mạng"))
    box.topic.activated.emit(box.topic.currentIndex())
    assert ticked(page) == {scam.id, short.id}
    shown = box.content.text()
    assert shown.startswith("Gói gồm 2 tài liệu, 1 tệp đính kèm, khoảng ")
    assert scam.title in shown and short.title in shown and other.title not in shown

    folder = tmp_path / "usb"
    folder.mkdir()
    monkeypatch.setattr("desktop_app.ui.widgets.Ask.folder", staticmethod(lambda *a: folder))
    box.save_button.click()
    saved = list(folder.glob("*.sotay"))
    assert len(saved) == 1
    assert box.result.text().startswith(f"Đã lưu gói: {saved[0].name} (")
    assert "2 tài liệu" in box.result.text() and str(folder) in box.result.text()
    assert box.open_folder.isVisible()

    commune = factory.make("c", COMMUNE)
    plan = commune.exchange.plan([saved[0]], trust_all=True)
    outcome = commune.exchange.import_files(plan).files[0]
    assert outcome.status == "applied", outcome.detail
    assert {d.title for d in commune.library.documents()} == {scam.title, short.title}


def test_a_refused_pack_says_why_in_vietnamese(factory, tmp_path, qtbot):
    province = factory.make("p", PROVINCE, Role.AGGREGATOR)
    scam, _short, _other = library(province, tmp_path)
    page = ExchangePage(province, None)
    qtbot.addWidget(page)
    page.show()
    page.packs.documents.item(0).setCheckState(Qt.CheckState.Checked)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    page.packs.save_to(blocked / "inside")  # a folder that cannot be made
    assert page.packs.result.text().startswith("Chưa lưu được gói: Không đọc/ghi được tệp ")
    assert page.packs.save_button.isEnabled()


def test_a_pack_sent_comes_back_read_and_the_page_counts_and_names_the_readers(factory, tmp_path, qtbot, monkeypatch):
    province = factory.make("p", PROVINCE, Role.AGGREGATOR)
    scam, short, other = library(province, tmp_path)
    page = ExchangePage(province, None)  # no runner: the work runs inline
    qtbot.addWidget(page)
    page.show()
    box = page.packs
    for n in range(box.documents.count()):  # tick two documents by hand
        item = box.documents.item(n)
        if item.data(Qt.ItemDataRole.UserRole) in (scam.id, short.id):
            item.setCheckState(Qt.CheckState.Checked)
    assert box.content.text().startswith("Gói gồm 2 tài liệu")
    down = tmp_path / "down"
    monkeypatch.setattr("desktop_app.ui.widgets.Ask.folder", staticmethod(lambda *a: down))
    box.save_button.click()
    (pack,) = down.glob("*.sotay")
    assert box.reads.sent_model.rowCount() == 1 and box.reads.sent_model.index(0, 2).data() == pack.name
    assert page.sent_model.index(0, 3).data() == pack.name  # the page's history has it too
    assert page.sent_model.index(0, 1).data() == box.reads.sent_model.index(0, 1).data() == "Mọi đơn vị cấp dưới"

    # two communes import the pack; one reads both documents, the other one; their logs go up
    first, second = factory.communes(2)
    up = tmp_path / "zalo"
    for name, code, read in (("c1", first, (scam, short)), ("c2", second, (scam,))):
        commune = factory.make(name, code)
        assert commune.exchange.import_files(commune.exchange.plan([pack], trust_all=True)).files[0].status == "applied"
        for doc in read:
            commune.library.mark_read(doc.id)
        log = commune.exchange.export_log(up)
        province.exchange.trust_file(log.path)  # the fingerprints were compared by phone
        commune.close()

    page.receive([up])
    assert page.apply_button.isVisible()
    page.apply_button.click()
    assert page.applied

    reading = {box.reads.reading_model.record(r).id: r for r in range(box.reads.reading_model.rowCount())}
    expected = box.reads.reading_model.record(0).expected
    assert expected > 2  # the communes of the province
    cell = lambda doc, col: box.reads.reading_model.index(reading[doc.id], col).data()  # noqa: E731
    assert (cell(scam, 2), cell(short, 2), cell(other, 2)) == (f"2/{expected}", f"1/{expected}", f"0/{expected}")
    assert cell(scam, 3) == "2"

    box.reads.reading_table.selectRow(reading[scam.id])
    box.reads.readers_button.click()
    dialog = box.reads.dialog
    assert dialog is not None and dialog.isVisible()
    names = {province.units.get(code).name for code in (first, second)}
    read = [dialog.read.item(n).text() for n in range(dialog.read.count())]
    assert {line.split(" — ")[0] for line in read} == names
    assert all(line.endswith("(bản mới nhất)") for line in read)
    unread = {dialog.unread.item(n).text() for n in range(dialog.unread.count())}
    assert dialog.unread.count() == expected - 2 and not unread & names
    assert dialog.read_label.text() == "Đã đọc (2)"
