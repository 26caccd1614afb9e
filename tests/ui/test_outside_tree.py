"""Trao đổi: a file from a unit outside this installation's tree is named as such in the preview and
imported only when the user keeps it."""

from __future__ import annotations

from exchange_helpers import Factory, add_talks
from PySide6.QtWidgets import QMessageBox

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log
from desktop_app.storage import records_repo as repo
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.pages.exchange import ConfirmOutsideDialog, ExchangePage, SendersDialog
from desktop_app.ui.widgets import Ask


def test_a_file_from_outside_the_tree_waits_for_the_users_word(tmp_path, qtbot, monkeypatch):
    f = Factory(tmp_path)
    commune = f.make("c", "30130")  # Xã Thanh Bình, Đồng Tháp
    add_talks(commune, 2)
    folder = tmp_path / "zalo"
    export_log(commune.session.exchange_context(), to=folder)
    commune.close()
    here = f.make("a", "00082", Role.AGGREGATOR)  # Phường Cửa Nam, Hà Nội: set up for the wrong 82
    window = MainWindow(here)
    qtbot.addWidget(window)
    window.show()
    window.open_page("exchange")
    page: ExchangePage = window.pages["exchange"]
    answers: list[bool] = [False, True]
    asked: list[list[str]] = []
    monkeypatch.setattr(
        ConfirmOutsideDialog, "ask", staticmethod(lambda parent, senders: asked.append(senders) or answers.pop(0))
    )
    monkeypatch.setattr(SendersDialog, "ask", staticmethod(lambda parent, senders: list(senders)))
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: folder))

    page.folder_button.click()  # the user leaves it out
    qtbot.waitUntil(lambda: page.worker is None and len(asked) == 1, timeout=20000)
    assert asked[0] == [f"{next(folder.iterdir()).name}: Xã Thanh Bình"]
    assert page.outcomes.index(0, 2).data() == "Đơn vị ngoài phạm vi"
    reason = page.outcomes.index(0, 8).data()
    assert "Xã Thanh Bình (Tỉnh Đồng Tháp)" in reason and "không thuộc Phường Cửa Nam" in reason
    assert not page.apply_button.isVisible()
    assert repo.count_talks(here.session.db) == 0

    page.folder_button.click()  # the same folder again: this time the user keeps it
    qtbot.waitUntil(lambda: page.worker is None and page.trust_button.isVisible(), timeout=20000)
    assert len(asked) == 2
    page.trust_button.click()  # then its sender's key, as for any new sender
    qtbot.waitUntil(lambda: page.worker is None and page.apply_button.isVisible(), timeout=20000)
    page.apply_button.click()
    qtbot.waitUntil(lambda: page.worker is None and page.applied, timeout=20000)
    assert page.outcomes.index(0, 2).data().startswith("Đã nhập")
    assert repo.count_talks(here.session.db) == 2
    assert len(asked) == 2  # asked once per batch, not again at the import
    received = [str(page.received_model.index(0, c).data()) for c in range(page.received_model.columnCount())]
    assert any(text.endswith(" mới") for text in received)  # the ledger's counts in words
    assert not any("new" in text for text in received)
    window.close()
    here.close()


def test_the_question_says_a_new_clusters_first_file_counts_once_placed(qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda parent, title, text, *a, **k: asked.append(text)))
    ConfirmOutsideDialog.ask(None, ["a.sotay: Cụm Thanh Bình"])
    text = asked[0]
    assert text.startswith("1 tệp đến từ đơn vị chưa thuộc đơn vị của máy này:\n\n• a.sotay: Cụm Thanh Bình")
    assert "Một cụm hay đoàn thể mới lập dưới đơn vị này tự xếp mình vào đây bằng tệp đầu tiên" in text
    assert "nên số liệu của chúng sẽ không có" not in text  # not said of every such file any more


def test_the_question_about_a_whole_countrys_folder_names_a_few_files_and_fits_the_screen(qtbot, monkeypatch):
    """Hundreds of files from other provinces (a whole country's folder has 3,153): five are named,
    the rest counted, and the question's buttons stay on a 1366×768 screen. Under a thousand, so
    the counts read the same in every locale."""
    asked: list[str] = []
    monkeypatch.setattr(Ask, "confirm", staticmethod(lambda parent, title, text, *a, **k: asked.append(text)))
    senders = [f"{n}_snapshot.sotay: Xã số {n}" for n in range(900)]
    ConfirmOutsideDialog.ask(None, senders)
    text = asked[0]
    assert text.startswith("900 tệp đến từ đơn vị chưa thuộc đơn vị của máy này:")
    assert text.count("\n• ") == 6 and "• 4_snapshot.sotay: Xã số 4" in text and "Xã số 5\n" not in text
    assert "• … và 895 tệp khác (bảng kết quả ghi lý do của từng tệp)" in text
    box = QMessageBox(QMessageBox.Icon.Question, "", text)
    qtbot.addWidget(box)
    assert box.sizeHint().height() < 700
