"""Building another period keeps the composer's unsaved edits: built again, the period shows them,
still unsaved; nothing is saved without "Lưu phần này"."""

from __future__ import annotations

import pytest
from test_report_composer import Q3, _built, _page, _select, type_text

from desktop_app.reports import periods

pytestmark = pytest.mark.gui
Q2 = periods.parse("2026-Q2")


def test_an_edit_survives_building_another_period_and_stays_unsaved(qtbot, qm_dir, demo_services):
    page = _page(qtbot, demo_services)
    composer = _built(qtbot, page, Q3)
    _select(composer, "direction")
    draft = composer.editor.toPlainText()
    type_text(composer.editor, " Them mot y.")
    edited = composer.editor.toPlainText()
    assert edited != draft and composer.state.text() == "Có thay đổi chưa lưu."

    composer = _built(qtbot, page, Q2)
    _select(composer, "direction")
    assert "Them mot y." not in composer.editor.toPlainText()  # another period's own text

    composer = _built(qtbot, page, Q3)
    _select(composer, "direction")
    assert composer.editor.toPlainText() == edited
    assert composer.state.text() == "Có thay đổi chưa lưu."
    assert demo_services.reports.saved_sections(page.composer.built.report.unit_code, Q3) == {}
