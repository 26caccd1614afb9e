"""Chuẩn bị buổi nói chuyện: opened from the talk log and from a group, the card previewed for the
chosen topic and group, saved as PDF and Word, printed; a refusal is shown in the dialog."""

from __future__ import annotations

import docx
from pdf_text import read_pdf
from PySide6.QtCore import Qt

from desktop_app.ui.card_dialog import TalkCardDialog

TOPIC = "Phòng, chống lừa đảo qua mạng"


def group_id(services, name: str) -> str:
    return next(g.id for g in services.groups.list() if g.name == name)


def test_the_dialog_previews_saves_and_prints_the_card(demo_services, qtbot, tmp_path, monkeypatch):
    gid = group_id(demo_services, "Ấp Tân Mỹ")
    dialog = TalkCardDialog(demo_services, None, gid, TOPIC)
    qtbot.addWidget(dialog)
    card = demo_services.assistant.talk_card(TOPIC, gid)
    shown = dialog.preview.toPlainText()
    assert "THẺ CHUẨN BỊ BUỔI NÓI CHUYỆN" in shown and f"Chuyên đề: {TOPIC}" in shown
    assert "Giả danh công an, tòa án gọi điện" in shown
    assert f"{card.year_sessions} buổi · {card.year_attendance} lượt người dự" in shown
    assert dialog.pdf_button.isEnabled()

    monkeypatch.setattr(dialog, "ask_path", lambda fmt: tmp_path / f"the.{fmt}")
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert len(read_pdf(tmp_path / "the.pdf").pages) == 1 and "Đã lưu thẻ" in dialog.banner.text()
    dialog.paper.setCurrentIndex(dialog.paper.findData("a4"))
    qtbot.mouseClick(dialog.docx_button, Qt.MouseButton.LeftButton)
    opened = docx.Document(str(tmp_path / "the.docx"))
    assert round(opened.sections[0].page_width.mm) == 210

    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(dialog, "ask_printer", lambda: printer)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert read_pdf(tmp_path / "printed.pdf").has(f"Chuyên đề: {TOPIC}")


def test_another_group_gives_its_own_card(demo_services, qtbot):
    dialog = TalkCardDialog(demo_services, None, group_id(demo_services, "Ấp Tân Mỹ"), TOPIC)
    qtbot.addWidget(dialog)
    dialog.group.setCurrentIndex(dialog.group.findData(group_id(demo_services, "Hội Nông dân xã")))
    assert "Đối tượng: Hội Nông dân xã" in dialog.preview.toPlainText()
    assert dialog.card is not None and dialog.card.group_name == "Hội Nông dân xã"


def test_opened_from_the_talk_log_and_from_a_group(window, demo_services, monkeypatch, qtbot):
    opened = []
    monkeypatch.setattr(TalkCardDialog, "show_for", staticmethod(lambda *args: opened.append(args[3:])))
    window.open_page("talks")
    talks = window.pages["talks"]
    talks.table.selectRow(0)
    talk = talks.selected_talk()
    qtbot.mouseClick(talks.card_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == (talk.group_ids[0] if talk.group_ids else None, talk.topics[0] if talk.topics else None)
    window.open_page("groups")
    groups = window.pages["groups"]
    groups.table.selectRow(0)
    qtbot.mouseClick(groups.card_button, Qt.MouseButton.LeftButton)
    assert opened[-1] == (groups.current.id, None)


def test_a_refusal_is_shown_in_the_dialog(demo_services, qtbot):
    gid = group_id(demo_services, "Ấp Tân Mỹ")
    dialog = TalkCardDialog(demo_services, None, gid, TOPIC)
    qtbot.addWidget(dialog)
    demo_services.session.db.execute("UPDATE groups SET deleted = 1 WHERE id = ?", [gid])
    dialog.refresh()
    assert "Nhóm này đã bị xoá" in dialog.banner.text() and not dialog.pdf_button.isEnabled()


def test_through_the_windows_runner_the_card_arrives_from_a_worker(window, demo_services, qtbot):
    gid = group_id(demo_services, "Ấp Tân Mỹ")
    dialog = TalkCardDialog(demo_services, window.runner, gid, TOPIC, window)
    qtbot.waitUntil(lambda: dialog.card is not None, timeout=10_000)
    assert dialog.pdf_button.isEnabled() and f"Chuyên đề: {TOPIC}" in dialog.preview.toPlainText()
    dialog.deleteLater()
