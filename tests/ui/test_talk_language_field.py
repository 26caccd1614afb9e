"""The talk form's language: Vietnamese unless changed (stored as none, no key spent), another
language picked or typed is saved, shown again when the talk is edited or copied, and a new talk
starts in Vietnamese again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop_app.ui.pages.talks.form import TalkForm

pytestmark = pytest.mark.gui


@pytest.fixture
def form(services, qtbot):
    widget = TalkForm(services)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_a_talk_is_in_vietnamese_unless_the_language_is_changed(form, services):
    form.place.setText("Ấp Tân Mỹ")
    form.attendance.setValue(30)
    assert form.language.currentText() == "Tiếng Việt"
    QTest.keyClick(form.date, Qt.Key.Key_Return)
    (plain,) = services.talks.list()
    assert plain.language is None


def test_a_language_picked_or_typed_is_saved_and_shown_again(form, services):
    form.place.setText("Chùa Phước Hưng")
    form.attendance.setValue(45)
    form.language.setCurrentIndex(form.language.findText("Tiếng Khmer"))
    saved = form.save()
    assert saved is not None and services.talks.get(saved.id).language == "Tiếng Khmer"
    assert form.language.currentText() == "Tiếng Việt"  # the next talk starts in Vietnamese
    form.load(saved, as_copy=True)
    assert form.language.currentText() == "Tiếng Khmer"
    form.load(saved)
    form.language.setCurrentText("Tiếng Xơ Đăng")  # not in the list: typed
    edited = form.save()
    assert edited is not None and services.talks.get(saved.id).language == "Tiếng Xơ Đăng"
