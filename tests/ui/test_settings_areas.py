"""Cài đặt: the units' priority areas ticked in a table found by typing (accents ignored), kept on this
machine as ``sotay units tag`` keeps them; the tag list (the shipped four plus the user's own, renamed
and hidden) and the talk languages (the shipped ones plus the user's own) edited here and offered
by the groups form, the units' table and the talk form; a user's own tag counts in the report's
priority-area comparison."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.core.enums import UnitKind

pytestmark = pytest.mark.gui
OWN = "vùng biên giới"


@pytest.fixture
def page(qtbot, services):
    from desktop_app.ui.pages.settings import SettingsPage

    for name in ("Ấp Tân Mỹ", "Ấp Tân Thạnh", "Ấp Bình Phú"):
        services.units.add(name, UnitKind.HAMLET, "30130")
    p = SettingsPage(services)
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    return p


def _shown(box) -> list[str]:
    proxy = box.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def _tick(qtbot, box, unit: str, tag: str) -> None:
    """Space on the unit's cell under ``tag``, as a keyboard user ticks it."""
    row = _shown(box).index(unit)
    column = 1 + box.model.tags.index(tag)
    box.table.setCurrentIndex(box.proxy.index(row, column))
    QTest.keyClick(box.table, Qt.Key.Key_Space)


def test_units_are_found_by_typing_and_ticked_tags_are_kept_here(qtbot, page, services):
    box = page.unit_tags
    assert _shown(box) == ["Xã Thanh Bình", "Ấp Bình Phú", "Ấp Tân Mỹ", "Ấp Tân Thạnh"]  # the commune first
    assert box.model.tags == ("vùng sâu", "vùng xa", "vùng đồng bào dân tộc thiểu số", "địa bàn phức tạp, nhạy cảm")
    QTest.keyClicks(box.filter, "tan my")
    assert _shown(box) == ["Ấp Tân Mỹ"]
    hamlet = next(u.code for u in services.units.own() if u.name == "Ấp Tân Mỹ")
    _tick(qtbot, box, "Ấp Tân Mỹ", "vùng sâu")
    _tick(qtbot, box, "Ấp Tân Mỹ", "vùng đồng bào dân tộc thiểu số")
    assert services.units.tags(hamlet) == ("vùng sâu", "vùng đồng bào dân tộc thiểu số")
    _tick(qtbot, box, "Ấp Tân Mỹ", "vùng sâu")
    assert services.units.tags(hamlet) == ("vùng đồng bào dân tộc thiểu số",)
    box.filter.clear()
    assert len(_shown(box)) == 4 and box.error.isHidden()


def test_an_own_tag_is_offered_everywhere_renamed_hidden_and_counted(qtbot, page, services):
    lists, units = page.area_lists, page.unit_tags
    lists.tag_name.insert(OWN)  # typed (keyClicks takes ASCII only)
    lists.add_tag.click()
    assert units.model.tags[-1] == OWN and services.areas.offered()[-1] == OWN
    lists.tag_name.insert("Vùng Biên Giới")  # the same name in other capitals: refused
    lists.add_tag.click()
    assert lists.error.isVisible() and "đã có trong danh sách vùng ưu tiên" in lists.error.text()
    assert [t.name for t in services.areas.tags()].count(OWN) == 1

    from desktop_app.ui.pages.groups import GroupsPage

    groups = GroupsPage(services)
    qtbot.addWidget(groups)
    groups.new_group()
    groups.name.setText("Tổ tự quản ấp Tân Mỹ")
    groups.tags.boxes[OWN].click()  # the user's own tag, a box like the shipped four
    group = groups.save()
    assert group is not None and services.groups.get(group.id).tags == (OWN,)
    services.talks.add(
        held_on=dt.date(2026, 11, 2), format="meeting", place="Ấp Tân Mỹ", attendance=25, group_ids=[group.id]
    )
    services.talks.add(held_on=dt.date(2026, 11, 3), format="meeting", place="Nhà văn hóa xã", attendance=40)
    tagged, rest = services.reports.build("30130", services.reports.period("2026-11")).report.areas
    assert (tagged.direct_talks, tagged.direct_attendance, rest.direct_talks, rest.direct_attendance) == (1, 25, 1, 40)

    _tick(qtbot, units, "Xã Thanh Bình", OWN)
    lists.tags.setCurrentRow([lists.tags.item(r).text() for r in range(lists.tags.count())].index(OWN))
    lists.tag_name.setText("vùng giáp biên")
    lists.rename_tag.click()
    assert services.units.tags("30130") == ("vùng giáp biên",) and units.model.tags[-1] == "vùng giáp biên"
    lists.tags.setCurrentRow(lists.tags.count() - 1)
    lists.hide_tag.click()
    assert lists.tags.item(lists.tags.count() - 1).text() == "vùng giáp biên (đã ẩn)"
    assert "vùng giáp biên" not in services.areas.offered() and "vùng giáp biên" not in units.model.tags
    groups.activated()
    assert "vùng giáp biên" not in groups.tags.boxes and services.units.tags("30130") == ("vùng giáp biên",)
    lists.tags.setCurrentRow(0)  # a shipped tag is neither renamed nor hidden
    assert not lists.rename_tag.isEnabled() and not lists.hide_tag.isEnabled()


def test_an_own_language_is_offered_by_the_talk_form_and_removed(qtbot, page, services):
    from desktop_app.ui.pages.talks.form import TalkForm

    lists = page.area_lists
    before = TalkForm(services)  # made before the language is added: its list is read again when it opens
    qtbot.addWidget(before)
    before.show()
    lists.language_name.insert("Tiếng Xơ Đăng")  # typed (QTest.keyClicks takes ASCII only)
    QTest.keyClick(lists.language_name, Qt.Key.Key_Return)
    assert services.areas.own_languages() == ["Tiếng Xơ Đăng"]
    form = TalkForm(services)
    qtbot.addWidget(form)
    assert form.language.findText("Tiếng Xơ Đăng") == form.language.count() - 1
    assert form.language.findText("Tiếng Khmer") > 0
    assert before.language.findText("Tiếng Xơ Đăng") == -1
    before.language.showPopup()
    assert before.language.findText("Tiếng Xơ Đăng") == before.language.count() - 1
    assert before.language.currentText() == "Tiếng Việt"
    before.language.hidePopup()

    lists.languages.setCurrentRow(0)  # a shipped language stays
    assert not lists.remove_language.isEnabled()
    lists.languages.setCurrentRow(lists.languages.count() - 1)
    lists.remove_language.click()
    assert services.areas.own_languages() == [] and lists.languages.count() == len(services.areas.languages())
    lists.language_name.insert("tiếng khmer")
    lists.add_language.click()
    assert "đã có trong danh sách ngôn ngữ" in lists.error.text() and services.areas.own_languages() == []
