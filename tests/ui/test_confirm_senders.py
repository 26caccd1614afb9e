"""New senders confirmed in one go through the window: a folder of a hundred commune logs, each
from its own commune of the province, waits on a hundred new keys; one table lists them (official
name, code, fingerprint, file), one action confirms the ticked ones and one click imports; the
fingerprint sheet copied and saved; a unit whose key changed (a reinstalled laptop) accepted after
the phone check, or left refused."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from exchange_helpers import PROVINCE, Factory, add_talks
from forge import document, forge, talk
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog

from desktop_app.core.enums import Role
from desktop_app.services.exchange import read_trust_list
from desktop_app.storage import records_repo as repo
from desktop_app.storage import units
from desktop_app.ui.pages.exchange import ChangedKeyDialog, ExchangePage, SendersDialog
from desktop_app.ui.widgets import Ask

COMMUNES = 100


@pytest.fixture
def province(tmp_path):
    """A factory whose aggregator is the province; closed at the end."""
    f = Factory(tmp_path)
    aggregator = f.make("province", PROVINCE, Role.AGGREGATOR)
    yield f, aggregator
    aggregator.close()


def _log(f: Factory, folder: str, code: str, talks: int = 2, written_name: str = "") -> dict:
    """A commune's log in the inbox folder; what it offers (code, fingerprint). ``written_name``:
    the name its own unit list gives it (an old list), which its files then write."""
    commune = f.make(folder, code)
    if written_name:
        commune.session.db.execute("UPDATE units SET name = ? WHERE code = ?", [written_name, code])
    add_talks(commune, talks)
    commune.exchange.export_log(f.base / "inbox")
    offered = {"code": code, "fingerprint": commune.exchange.own_key()["fingerprint"]}
    commune.close()
    return offered


def _page(qtbot, aggregator, folder, monkeypatch) -> ExchangePage:
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder))
    page = ExchangePage(aggregator, None)  # no runner: the work runs inline
    qtbot.addWidget(page)
    page.show()
    page.folder_button.click()
    return page


def _drive(qtbot, seen: list, tick: callable):
    """A replacement for ``SendersDialog.ask`` that builds the real dialog, ticks rows with
    ``tick(dialog)``, presses “Xác nhận các đơn vị đã chọn” and returns the dialog's answer."""

    def ask(parent, senders):
        dialog = SendersDialog(senders, parent)  # the page owns it, as in ``ask``
        seen.append(dialog)
        assert not dialog.confirm_button.isEnabled()  # nothing is confirmed without a tick
        tick(dialog)
        dialog.confirm_button.click()
        return dialog.chosen() if dialog.result() == QDialog.DialogCode.Accepted else []

    return ask


def test_a_hundred_new_senders_confirmed_with_one_action_and_imported_with_one_click(province, qtbot, monkeypatch):
    f, aggregator = province
    codes = f.communes(COMMUNES)
    official = {code: units.get(aggregator.session.db, code).name for code in codes}
    offered = [_log(f, f"c{code}", code, written_name="" if n else "Xã lớn") for n, code in enumerate(codes)]
    seen: list[SendersDialog] = []
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(_drive(qtbot, seen, lambda d: d.all_button.click())))

    page = _page(qtbot, aggregator, f.base / "inbox", monkeypatch)
    # the first preview says the files wait for their senders' keys, not that there is nothing to import
    banner = page.banner.text()
    assert f"{COMMUNES} tệp chờ xác nhận khoá" in banner and "Không có tệp nào để nhập" not in banner
    assert page.trust_button.isVisible() and not page.apply_button.isVisible()

    page.trust_button.click()
    (dialog,) = seen  # one table, not one dialog per commune
    table = dialog.table
    assert table.rowCount() == COMMUNES
    rows = {table.item(r, 1).text(): r for r in range(COMMUNES)}
    for sender in offered:
        row = rows[sender["code"]]
        assert table.item(row, 2).text() == sender["fingerprint"]
        assert table.item(row, 2).font() == QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        assert table.item(row, 3).text().endswith(".sotay")
    # the official name from the unit list; the name written in the file only where it differs
    first = table.item(rows[codes[0]], 0).text()
    assert first == f"{official[codes[0]]} (tên trong tệp: Xã lớn)"
    assert table.item(rows[codes[1]], 0).text() == official[codes[1]]
    assert all(table.item(r, 0).checkState() == Qt.CheckState.Checked for r in range(COMMUNES))

    # the preview ran again with the confirmed keys: every file is ready, nothing written yet
    assert page.apply_button.isVisible()
    assert [page.outcomes.record(r).status for r in range(COMMUNES)] == ["previewed"] * COMMUNES
    assert repo.count_talks(aggregator.session.db) == 0
    page.apply_button.click()
    assert page.applied
    assert [o.status for o in page.summary.files] == ["applied"] * COMMUNES
    assert repo.count_talks(aggregator.session.db) == 2 * COMMUNES
    keys = {k["unit_code"]: k for k in aggregator.exchange.list_keys()}
    assert {code: keys[code]["fingerprint"] for code in codes} == {s["code"]: s["fingerprint"] for s in offered}


def test_only_the_ticked_senders_are_confirmed_the_others_refused_as_before(province, qtbot, monkeypatch):
    f, aggregator = province
    codes = f.communes(3)
    for code in codes:
        _log(f, f"c{code}", code)
    seen: list[SendersDialog] = []
    chosen_code = codes[1]

    def tick_one(dialog: SendersDialog) -> None:
        dialog.tick(next(r for r in range(3) if dialog.table.item(r, 1).text() == chosen_code))
        assert dialog.confirm_button.isEnabled() and dialog.confirm_button.text().endswith("(1)")

    monkeypatch.setattr(SendersDialog, "ask", staticmethod(_drive(qtbot, seen, tick_one)))
    page = _page(qtbot, aggregator, f.base / "inbox", monkeypatch)
    page.trust_button.click()
    by_unit = {o.sender_unit: o for o in page.summary.files}
    assert by_unit[chosen_code].status == "previewed"
    for code in set(codes) - {chosen_code}:
        assert by_unit[code].status == "refused" and by_unit[code].reason == "unknown_key"
    page.apply_button.click()
    by_unit = {o.sender_unit: o for o in page.summary.files}
    assert by_unit[chosen_code].status == "applied"
    rows = {page.outcomes.record(r).sender_unit: r for r in range(3)}
    assert "Khoá mới được xác nhận" in page.outcomes.index(rows[chosen_code], 8).data()
    for code in set(codes) - {chosen_code}:
        note = page.outcomes.index(rows[code], 8).data()
        assert "chưa được xác nhận" in note and "Khoá mới được xác nhận" not in note


def test_the_fingerprint_sheet_is_copied_and_saved_and_reads_back_as_a_trust_list(province, qtbot, tmp_path):
    f, aggregator = province
    codes = f.communes(2)
    offered = [_log(f, f"c{code}", code, written_name="Xã lớn") for code in codes]
    waiting = aggregator.exchange.waiting_senders(
        aggregator.exchange.import_files(aggregator.exchange.plan([f.base / "inbox"]), dry_run=True).files
    )
    dialog = SendersDialog(waiting)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    sheet = tmp_path / "dau-van-tay.txt"
    dialog.write_sheet(sheet)
    assert sheet.read_text(encoding="utf-8") == copied
    for sender in offered:
        line = next(line for line in copied.splitlines() if line.startswith(sender["code"]))
        assert sender["fingerprint"] in line and "tên trong tệp: Xã lớn" in line
    assert read_trust_list(sheet) == {s["code"]: s["fingerprint"].replace(" ", "") for s in offered}
    dialog.write_sheet(tmp_path / "no-such-folder" / "sheet.txt")
    assert "Không lưu được" in dialog.banner.text()


@pytest.mark.parametrize("accept", [True, False])
def test_a_changed_key_is_accepted_after_the_phone_check_or_stays_refused(province, qtbot, monkeypatch, accept):
    f, aggregator = province
    (code,) = f.communes(1)
    old = _log(f, "before", code)
    aggregator.exchange.import_files(aggregator.exchange.plan([f.base / "inbox"], trust_all=True))
    (f.base / "inbox").rename(f.base / "imported")
    new = _log(f, "reinstalled", code, talks=3)  # the same commune, a new laptop: a new key
    asked = []
    monkeypatch.setattr(ChangedKeyDialog, "ask", staticmethod(lambda parent, sender: asked.append(sender) or accept))
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda *a: pytest.fail("no new sender to ask about")))

    page = _page(qtbot, aggregator, f.base / "inbox", monkeypatch)
    (outcome,) = page.summary.files
    assert outcome.status == "refused" and outcome.reason == "wrong_key"
    assert page.trust_button.isVisible()
    page.trust_button.click()
    (sender,) = asked  # why, and the old and new fingerprints
    assert (sender.unit_code, sender.old_fingerprint, sender.fingerprint) == (
        code,
        old["fingerprint"],
        new["fingerprint"],
    )
    keys = {k["fingerprint"]: k["status"] for k in aggregator.exchange.list_keys()}
    if not accept:
        assert page.summary.files[0].reason == "wrong_key"
        assert keys == {old["fingerprint"]: "trusted"}
        return
    assert keys == {old["fingerprint"]: "rotated", new["fingerprint"]: "trusted"}
    assert page.summary.files[0].status == "previewed" and page.apply_button.isVisible()
    page.apply_button.click()
    assert page.summary.files[0].status == "applied"
    assert repo.count_talks(aggregator.session.db) == 5


def test_a_file_refused_after_its_key_was_confirmed_does_not_say_the_key_was_confirmed(province, qtbot, monkeypatch):
    f, aggregator = province
    (code,) = f.communes(1)
    forge(f.base / "inbox", Ed25519PrivateKey.generate(), code, {"documents": [document(code)]})  # not its right
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    page = _page(qtbot, aggregator, f.base / "inbox", monkeypatch)
    page.trust_button.click()
    (outcome,) = page.summary.files
    assert (outcome.status, outcome.reason, outcome.key_action) == ("refused", "documents_not_allowed", "trust_new")
    note = page.outcomes.index(0, 8).data()
    assert "tài liệu" in note and "Khoá mới được xác nhận" not in note


def test_two_keys_for_one_unit_in_a_batch_are_not_asked_about_twice(province, qtbot, monkeypatch):
    f, aggregator = province
    (code,) = f.communes(1)
    for _ in range(2):  # two laptops set up for one commune: the batch offers two keys for it
        forge(f.base / "inbox", Ed25519PrivateKey.generate(), code, {"talks": [talk(code)]})
    asked = []
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: asked.append(senders) or senders))
    page = _page(qtbot, aggregator, f.base / "inbox", monkeypatch)
    page.trust_button.click()
    assert [len(senders) for senders in asked] == [2]  # both keys shown, in one table
    assert [o.reason for o in page.summary.files] == ["unknown_key"] * 2  # neither trusted while both are offered
    page.trust_button.click()  # nothing new to ask: the page says so instead of doing nothing
    assert len(asked) == 1
    assert "Không có khoá nào chờ xác nhận" in page.banner.text()
