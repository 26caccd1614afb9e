"""A cluster as this installation's unit, through the window: the wizard makes a new cluster under
Đồng Tháp with three members chosen in a filtered checklist (and refuses an empty name or no member);
Settings changes the members."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.core.enums import Role, UnitKind
from desktop_app.core.text import sort_key
from desktop_app.services import Services
from tests.conftest import fixed_today


def _names(checklist):
    return [checklist.units.item(i).text() for i in range(checklist.units.count())]


def test_the_wizard_makes_a_cluster_with_three_members(tmp_path, qtbot):
    from desktop_app.ui.wizard import SetupWizard

    services = Services.open(tmp_path / "fresh", today=fixed_today)
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    offer = wizard.new_unit_page.wanted
    wizard.next()
    assert not offer.isVisible()  # a commune installation makes no cluster
    wizard.back()
    wizard.role_page.aggregator.setChecked(True)
    wizard.next()
    wizard.unit_page.search.setText("P82")
    assert wizard.unit_page.unit_code() == "P82" and offer.isVisible()
    offer.setChecked(True)
    wizard.next()  # the unit found is confirmed as the new unit's parent
    assert wizard.currentPage() is wizard.confirm_page
    assert "Đơn vị mới sẽ thuộc Tỉnh Đồng Tháp" in wizard.confirm_page.question.text()
    assert wizard.confirm_page.title() == "Đơn vị mới thuộc đơn vị này?"  # not "Đúng đơn vị của bạn?"
    assert "tỉnh" in wizard.unit_page.finder.search_label.text()  # an aggregator may look for a province
    wizard.next()
    page = wizard.new_unit_page
    assert wizard.currentPage() is page and "Đồng Tháp" in page.parent_name.text()
    names = _names(page.members)
    assert len(names) > 100 and "Xã Thanh Bình" in names
    assert names == sorted(names, key=sort_key) != sorted(names)  # Vietnamese order, not code points
    assert page.members.count.text() == f"Đã chọn 0/{len(names)}"

    wizard.next()  # no name, no member: refused on this page, nothing set up
    assert wizard.currentPage() is page and "tên đơn vị mới" in page.error.text()
    page.name.setText("Cụm thi đua số 1")
    wizard.next()
    assert wizard.currentPage() is page and "ít nhất một đơn vị thành viên" in page.error.text()

    page.members.filter.setText("thanh binh")  # no diacritics
    assert page.members.shown_codes() == ["30130"]
    page.members.select_all.click()  # all of the filtered list: one
    page.members.filter.setText("my tho")  # Phường Mỹ Tho and one more
    shown = page.members.shown_codes()
    page.members.select_all.click()
    page.members.filter.clear()
    chosen = {"30130", *shown}
    assert set(page.members.checked_codes()) == chosen and len(chosen) == 3
    assert page.members.count.text() == f"Đã chọn 3/{len(names)}"
    page.kind.setCurrentIndex(page.kind.findData(UnitKind.MASS_ORGANISATION.value))
    page.kind.setCurrentIndex(page.kind.findData(UnitKind.CLUSTER.value))
    wizard.next()
    assert wizard.currentPage() is wizard.name_page and not services.identity.initialised
    wizard.name_page.name.setText("Trần Thị Lan")
    wizard.next()  # the commit page
    inst = services.identity.installation
    unit = services.units.get(inst.unit_code)
    assert (unit.name, unit.kind, unit.parent_code, inst.role) == (
        "Cụm thi đua số 1",
        UnitKind.CLUSTER,
        "P82",
        Role.AGGREGATOR,
    )
    assert {u.code for u in services.units.members()} == chosen
    assert "Cụm thi đua số 1" in wizard.done_page.summary.text()
    services.close()


def test_without_the_offer_ticked_the_aggregator_skips_the_new_unit_page(tmp_path, qtbot):
    from desktop_app.ui.wizard import SetupWizard

    services = Services.open(tmp_path / "fresh", today=fixed_today)
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.aggregator.setChecked(True)
    wizard.next()
    wizard.unit_page.search.setText("P82")
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    wizard.next()
    assert wizard.currentPage() is wizard.name_page
    wizard.name_page.name.setText("Trần Thị Lan")  # a name is asked for
    wizard.next()
    assert services.identity.installation.unit_code == "P82" and services.units.gathering() is None
    services.close()


def test_settings_changes_the_members(tmp_path, qtbot):
    from cluster_helpers import make_cluster
    from exchange_helpers import Factory

    from desktop_app.ui.pages.settings import SettingsPage

    f = Factory(tmp_path)
    first, second, third = f.communes(3)
    s = make_cluster(f, "cum", [first, second])
    try:
        page = SettingsPage(s)
        qtbot.addWidget(page)
        box = page.members_box
        assert box is not None and set(box.members.checked_codes()) == {first, second}
        assert set(box.members.shown_codes()[:2]) == {first, second}  # the members listed first
        assert s.identity.installation.unit_code not in page.unit.text()  # no id shown for a custom unit
        assert s.identity.installation.unit_code not in box.members.shown_codes()
        assert box.members.count.text().startswith("Đã chọn 2/")
        box.members.select_none.click()
        box.save.click()  # no member: refused, the list kept
        assert "ít nhất một đơn vị thành viên" in box.error.text() and not box.error.isHidden()
        assert {u.code for u in s.units.members()} == {first, second}
        for code in (second, third):
            item = next(
                box.members.units.item(i)
                for i in range(box.members.units.count())
                if box.members.units.item(i).data(Qt.ItemDataRole.UserRole) == code
            )
            item.setCheckState(Qt.CheckState.Checked)
        box.save.click()
        assert box.error.isHidden() and "Đã lưu 2 đơn vị thành viên" in box.status.text()
        assert {u.code for u in s.units.members()} == {second, third}
    finally:
        s.close()


def test_settings_of_a_province_shows_no_members(tmp_path, qtbot):
    from exchange_helpers import Factory

    from desktop_app.ui.pages.settings import SettingsPage

    s = Factory(tmp_path).make("tinh", "P82", Role.AGGREGATOR)
    try:
        page = SettingsPage(s)
        qtbot.addWidget(page)
        assert page.members_box is None
    finally:
        s.close()
