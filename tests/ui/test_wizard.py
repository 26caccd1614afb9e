"""The first run: role, unit found without diacritics, name, fingerprint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard

from desktop_app.core.enums import Role
from desktop_app.services import Services
from tests.conftest import fixed_today


def make_wizard(tmp_path, qtbot):
    from desktop_app.ui.wizard import SetupWizard

    services = Services.open(tmp_path / "fresh", today=fixed_today)
    wizard = SetupWizard(services)
    qtbot.addWidget(wizard)
    wizard.show()
    return services, wizard


def test_the_wizard_sets_up_a_commune(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    assert not services.identity.initialised
    assert wizard.role_page.commune.isChecked()
    wizard.next()
    page = wizard.unit_page
    assert not page.isComplete()
    page.search.setText("thanh binh")  # no diacritics
    labels = [page.results.item(i).text() for i in range(page.results.count())]
    assert any("Xã Thanh Bình" in t and "Đồng Tháp" in t for t in labels)
    row = next(i for i in range(page.results.count()) if "Đồng Tháp" in page.results.item(i).text())
    page.results.setCurrentRow(row)
    assert page.isComplete() and page.unit_code() == "30130"
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    wizard.next()
    wizard.name_page.name.setText("Nguyễn Văn Hùng")
    wizard.name_page.font_scale.setCurrentIndex(1)
    wizard.next()  # the commit page: the installation is created here
    assert services.identity.initialised
    inst = services.identity.installation
    assert (inst.unit_code, inst.role, inst.display_name) == ("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
    assert wizard.done_page.fingerprint.text() == inst.fingerprint
    assert "Xã Thanh Bình" in wizard.done_page.summary.text()
    assert services.identity.preference("ui.font_scale") == 125
    assert wizard.button(QWizard.WizardButton.FinishButton).text() == "Bắt đầu dùng"
    services.close()


def test_old_names_and_going_back_clears_the_unit(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    wizard.next()
    page = wizard.unit_page
    page.search.setText("tan my")  # a commune merged into Xã Thanh Bình in 2025
    codes = [page.results.item(i).data(256) for i in range(page.results.count())]
    assert "30130" in codes
    wizard.back()
    assert page.search.text() == "" and page.unit_code() is None
    wizard.role_page.aggregator.setChecked(True)
    wizard.next()
    page.search.setText("dong thap")
    codes = [page.results.item(i).data(256) for i in range(page.results.count())]
    assert "P82" in codes  # an aggregator may be a province
    services.close()


def test_a_province_cannot_be_a_commune_installation(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    wizard.next()
    wizard.unit_page.province.setCurrentIndex(wizard.unit_page.province.findData("P82"))
    wizard.unit_page.search.setText("thanh binh")
    QTest.keyClick(wizard.unit_page.search, Qt.Key.Key_Down)  # nothing is taken before the user highlights it
    assert wizard.unit_page.unit_code() == "30130"  # filtered to Đồng Tháp, so first is ours
    services.close()


def test_a_bare_code_shared_by_a_province_and_a_commune_names_both(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    wizard.role_page.aggregator.setChecked(True)
    wizard.next()
    page = wizard.unit_page
    page.search.setText("82")
    codes = [page.results.item(i).data(256) for i in range(page.results.count())]
    assert codes == ["P82", "00082"]  # both shown, none taken silently
    assert "Tỉnh Đồng Tháp (P82)" in page.status.text() and "Phường Cửa Nam" in page.status.text()
    assert "(00082)" in page.status.text()
    assert not page.isComplete()  # nothing preselected: the user picks one
    page.results.setCurrentRow(1)
    wizard.next()
    wizard.next()  # the confirmation
    wizard.name_page.name.setText("Trần Thị Lan")
    wizard.next()  # the commit page
    assert services.identity.installation.unit_code == "82"  # the commune the user picked
    services.close()


def test_a_code_typed_in_full_finds_its_one_unit(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    wizard.role_page.aggregator.setChecked(True)
    wizard.next()
    page = wizard.unit_page
    page.search.setText("P82")
    assert [page.results.item(i).data(256) for i in range(page.results.count())] == ["P82"]
    wizard.next()
    wizard.next()  # the confirmation
    wizard.name_page.name.setText("Trần Thị Lan")
    wizard.next()
    assert services.identity.installation.unit_code == "P82"
    services.close()


def test_an_aggregator_may_be_a_custom_unit_this_data_has(tmp_path, qtbot):
    from desktop_app.core.enums import UnitKind
    from desktop_app.core.records import Unit
    from desktop_app.storage import units

    services, wizard = make_wizard(tmp_path, qtbot)
    db = services.session.db
    units.ensure_official(db)
    cluster = "0190a0b0-0000-7000-8000-000000000001"
    units.save_custom(
        db,
        Unit(
            code=cluster,
            id=cluster,
            name="Cụm thi đua Tân Hồng",
            kind=UnitKind.CLUSTER,
            parent_code="P82",
            province_code="P82",
            owner_unit="P82",
            hlc="0000000000001-0000-p82",
        ),
    )
    wizard.next()
    wizard.unit_page.search.setText("tan hong")
    assert cluster not in [wizard.unit_page.results.item(i).data(256) for i in range(wizard.unit_page.results.count())]
    wizard.back()  # a commune installation is never a cluster; an aggregating one may be
    wizard.role_page.aggregator.setChecked(True)
    wizard.next()
    page = wizard.unit_page
    page.search.setText("cum tan hong")
    assert page.unit_code() == cluster and "Cụm" in page.results.currentItem().text()
    assert cluster not in page.results.currentItem().text()
    wizard.next()
    wizard.next()  # the confirmation
    wizard.name_page.name.setText("Trần Thị Lan")
    wizard.next()
    assert services.identity.installation.unit_code == cluster
    assert "Cụm thi đua Tân Hồng" in wizard.done_page.summary.text()
    services.close()


def test_escape_on_the_last_page_opens_the_window_and_before_setup_quits(tmp_path, qtbot):
    services, wizard = make_wizard(tmp_path, qtbot)
    with qtbot.waitSignal(wizard.rejected):  # nothing set up yet: Escape leaves
        QTest.keyClick(wizard, Qt.Key.Key_Escape)
    services.close()
    services, wizard = make_wizard(tmp_path / "second", qtbot)
    wizard.next()
    wizard.unit_page.search.setText("30130")
    wizard.next()
    wizard.next()
    wizard.name_page.name.setText("Nguyễn Văn Hùng")
    wizard.next()  # set up: the last page
    assert services.identity.initialised
    with qtbot.waitSignal(wizard.accepted):  # the window opens, the program does not quit
        QTest.keyClick(wizard, Qt.Key.Key_Escape)
    services.close()
