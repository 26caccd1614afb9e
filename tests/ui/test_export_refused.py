"""Gửi nhật ký refused for a talk an older version saved over the limits: the page lists it, opens
it in the talk form with the problem at its field; fixed and saved, the log is sent."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QApplication

from desktop_app.storage import records_repo as repo
from desktop_app.ui.widgets import Ask

TOO_MANY = tuple(f"Chuyên đề {n}" for n in range(51))


def store_as_an_older_version(services, talk, **changes):
    return repo.save_talk(
        services.session.db, dataclasses.replace(talk, hlc=services.session.next_version(), **changes)
    )


def test_send_refused_lists_the_talk_and_opens_it_to_fix(window, demo_services, qtbot, tmp_path, monkeypatch):
    live, deleted = demo_services.talks.list(limit=2)
    live = store_as_an_older_version(demo_services, live, topics=TOO_MANY, place="Nhà văn hóa ấp 1")
    store_as_an_older_version(demo_services, deleted, topics=TOO_MANY, deleted=True)  # travels reduced
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: usb))
    page = window.pages["exchange"]
    QApplication.processEvents()
    window.export()
    page.send_button.click()
    qtbot.waitUntil(lambda: page.send_button.isEnabled() and page.unsendable.isVisible(), timeout=20000)

    assert "Chưa tạo được tệp: 1 bản ghi" in page.send_result.text()
    assert page.unsendable.count() == 1
    assert not page.progress_label.isVisible()  # the send's progress never shows under "Nhận tệp"
    day = live.held_on.strftime("%d/%m/%Y")
    assert page.unsendable.item(0).text() == (
        f"Buổi {day} · Nhà văn hóa ấp 1: Chuyên đề: nhiều quá 50 mục (hiện có 51)."
    )
    assert list(usb.iterdir()) == [] and page.sent_model.rowCount() == 0

    assert page.open_record_button.isVisible() and page.open_record_button.isEnabled()
    page.open_record_button.click()
    assert window.current_page() == "talks"
    form = window.pages["talks"].form
    assert form.editing is not None and form.editing.id == live.id
    topics = form.fields["topics"]
    assert topics.error.isVisibleTo(form) and "nhiều quá 50 mục (hiện có 51)" in topics.error.text()
    assert "vượt quy định" in form.summary.label.text()

    form.topics.setText("; ".join(TOO_MANY[:50]))
    assert not topics.error.isVisibleTo(form)
    assert form.save() is not None
    assert len(demo_services.talks.get(live.id).topics) == 50

    window.export()
    page.send_button.click()
    qtbot.waitUntil(lambda: page.send_button.isEnabled() and "Đã tạo tệp" in page.send_result.text(), timeout=20000)
    assert not page.unsendable.isVisible()
    assert len(list(usb.glob("*.sotay"))) == 1


def test_the_list_double_click_opens_the_talk_with_every_problem_marked(
    window, demo_services, qtbot, tmp_path, monkeypatch
):
    [talk] = demo_services.talks.list(limit=1)
    store_as_an_older_version(demo_services, talk, notes="n" * 10_050, topics=TOO_MANY)
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: tmp_path))
    page = window.pages["exchange"]
    window.export()
    page.send_button.click()
    qtbot.waitUntil(lambda: page.unsendable.isVisible(), timeout=20000)
    assert page.unsendable.count() == 2
    assert "Chuyên đề: nhiều quá 50 mục (hiện có 51)." in page.unsendable.item(0).text()
    assert "Ghi chú: dài quá 10.000 ký tự (hiện có 10.050)." in page.unsendable.item(1).text()
    page.unsendable.itemActivated.emit(page.unsendable.item(1))
    form = window.pages["talks"].form
    assert window.current_page() == "talks" and form.editing.id == talk.id
    assert form.fields["notes"].error.text() == "Ghi chú: dài quá 10.000 ký tự (hiện có 10.050)."
    assert "nhiều quá 50 mục" in form.fields["topics"].error.text()
    assert "(2 chỗ)" in form.summary.label.text()


def test_a_group_over_the_limits_opens_in_the_groups_page(window, demo_services, qtbot, tmp_path, monkeypatch):
    group = demo_services.groups.list()[0]
    repo.save_group(
        demo_services.session.db,
        dataclasses.replace(group, notes="g" * 10_001, hlc=demo_services.session.next_version()),
    )
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: tmp_path))
    page = window.pages["exchange"]
    window.export()
    page.send_button.click()
    qtbot.waitUntil(lambda: page.unsendable.isVisible(), timeout=20000)
    assert page.unsendable.item(0).text() == (f"Nhóm “{group.name}”: Ghi chú: dài quá 10.000 ký tự (hiện có 10.001).")
    page.open_record_button.click()
    groups = window.pages["groups"]
    assert window.current_page() == "groups" and groups.current.id == group.id
    assert "dài quá 10.000 ký tự" in groups.fields["notes"].error.text()
    assert "vượt quy định" in groups.banner.label.text()
