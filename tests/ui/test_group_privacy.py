"""Nhóm: unticking the contact's consent in the form removes the contact, in history too."""

from __future__ import annotations


def test_unticking_consent_removes_the_contact_everywhere(window, demo_services):
    window.open_page("groups")
    page = window.pages["groups"]
    page.new_group()
    page.name.setText("Chi hội Cựu chiến binh ấp 5")
    page.contact.setText("Trần Văn Bảy")
    page.phone.setText("0903 111 222")
    page.consent.setChecked(True)
    saved = page.save()
    assert saved is not None and saved.contact_name == "Trần Văn Bảy"

    page.consent.setChecked(False)  # the person asked to be forgotten; the fields still show them
    withdrawn = page.save()
    assert withdrawn is not None
    assert (withdrawn.contact_name, withdrawn.contact_phone, withdrawn.consent_date) == ("", "", None)
    assert "Đã xoá tên và số điện thoại người liên hệ" in page.banner.label.text()
    kept = demo_services.session.db.execute(
        "SELECT count(*) FROM history WHERE record_id = ? AND (row LIKE '%Bảy%' OR row LIKE '%0903%')", [saved.id]
    ).fetchone()[0]
    assert kept == 0
    page.show_group(demo_services.groups.get(saved.id))
    assert page.contact.text() == "" and page.phone.text() == ""
