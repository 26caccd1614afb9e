"""Counts in English take their plural form from the translation (Qt's numerus forms, ``%Ln``):
"1 group", "2 groups"; Vietnamese has one form."""

from __future__ import annotations

from test_pages_fit import rebuilt


def test_the_groups_page_says_1_group_and_2_groups_in_english(app_controller, qtbot, qapp, demo_services):
    groups = demo_services.groups.list()
    for group in groups[2:]:
        demo_services.groups.delete(group.id)
    window = rebuilt(app_controller, qtbot, qapp, "en", 100)
    window.open_page("groups")
    page = window.pages["groups"]
    page.refresh()
    assert page.count.text() == "2 groups"
    demo_services.groups.delete(groups[1].id)
    page.refresh()
    assert page.count.text() == "1 group"


def test_vietnamese_keeps_its_one_form_and_its_thousands_dot(app_controller, qtbot, qapp, demo_services):
    window = app_controller.window
    window.open_page("talks")
    page = window.pages["talks"]
    qtbot.waitUntil(lambda: page.count_label.text().endswith(" buổi"))
    assert page.count_label.text() == f"{demo_services.talks.count():,} buổi".replace(",", ".")
