"""Nhóm: the priority areas a group lives in are ticked (or typed) in its form, saved, and ticked
again when the group is opened; a tag too long is marked on the field, nothing saved."""

from __future__ import annotations


def _box(page, tag):
    return page.tags.boxes[tag]


def test_a_groups_priority_areas_are_ticked_saved_and_shown_again(window, demo_services):
    window.open_page("groups")
    page = window.pages["groups"]
    page.new_group()
    page.name.setText("Ấp Tân Lợi (thử)")
    _box(page, "vùng sâu").click()
    _box(page, "vùng đồng bào dân tộc thiểu số").click()
    page.tags.others.setText("giáp biên giới; Vùng sâu")
    saved = page.save()
    assert saved is not None
    assert demo_services.groups.get(saved.id).tags == ("vùng sâu", "vùng đồng bào dân tộc thiểu số", "giáp biên giới")
    page.new_group()
    assert not any(b.isChecked() for b in page.tags.boxes.values()) and page.tags.others.text() == ""
    page.show_group(demo_services.groups.get(saved.id))
    ticked = [tag for tag, b in page.tags.boxes.items() if b.isChecked()]
    assert ticked == ["vùng sâu", "vùng đồng bào dân tộc thiểu số"]
    assert page.tags.others.text() == "giáp biên giới"

    page.tags.others.setText("x" * 61)
    assert page.save() is None
    assert page.fields["tags"].error.text() and demo_services.groups.get(saved.id).tags[-1] == "giáp biên giới"
