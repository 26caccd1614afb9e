"""The window shows the enum labels of core/labels.py, in Vietnamese as written and in English from
sotay_en.ts; a talk of "another format" never reads like a group of "another kind"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.core.enums import GroupKind, TalkFormat
from desktop_app.core.labels import GROUP_KIND_LABELS, TALK_FORMAT_LABELS
from desktop_app.ui.i18n import Language
from desktop_app.ui.main_window import MainWindow

ENGLISH_FORMATS = [
    "Meeting or talk",
    "Local loudspeaker radio",
    "Online conference point",
    "Zalo group post",
    "Fanpage post",
    "Home visits",
    "Other format",
]
ENGLISH_GROUP_KINDS = [
    "Hamlet or residential group",
    "Mass organisation",
    "Zalo group",
    "Fanpage",
    "School",
    "Enterprise",
    "Other",
]


def combo_texts(combo, values) -> list[str]:
    return [combo.itemText(combo.findData(value.value)) for value in values]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_talk_formats_and_group_kinds_in_the_window(qtbot, demo_services, qm_dir, lang):
    demo_services.talks.add(held_on="2026-08-01", attendance=12, format="other", place="Ấp Tân Mỹ")
    language = Language()
    assert language.install(lang)
    try:
        window = MainWindow(demo_services)
        qtbot.addWidget(window)
        formats = ENGLISH_FORMATS if lang == "en" else list(TALK_FORMAT_LABELS.values())
        kinds = ENGLISH_GROUP_KINDS if lang == "en" else list(GROUP_KIND_LABELS.values())
        talks = window.pages["talks"]
        assert combo_texts(talks.format_filter, TalkFormat) == formats
        assert combo_texts(talks.form.format, TalkFormat) == formats
        assert combo_texts(window.pages["groups"].kind, GroupKind) == kinds
        talks.format_filter.setCurrentIndex(talks.format_filter.findData(TalkFormat.OTHER.value))
        qtbot.waitUntil(lambda: talks.model.rowCount() >= 1)
        shown = {talks.model.data(talks.model.index(row, 1)) for row in range(talks.model.rowCount())}
        assert shown == {formats[-1]}
    finally:
        language.install("vi")
        QApplication.processEvents()
