"""Translations are complete: every message of the .ts files is translated, the English one never
leaves a Vietnamese string on screen, and the .ts files hold every string the code asks for."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
VIETNAMESE = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
# proper names that stay Vietnamese in English: the program's name, example people and places
PROPER_NAMES = ("Sổ tay Tuyên truyền", "Nguyễn Văn Hùng", "Tân Mỹ")


def messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name") or "", message


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_message_is_translated(lang):
    problems = []
    for context, message in messages(TS_DIR / f"sotay_{lang}.ts"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is unfinished")
        elif not (translation.text or "").strip() and not translation.findall("numerusform"):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


def test_english_leaves_no_vietnamese_on_screen():
    problems = []
    for context, message in messages(TS_DIR / "sotay_en.ts"):
        text = message.findtext("translation") or ""
        for name in PROPER_NAMES:
            text = text.replace(name, "")
        if VIETNAMESE.search(text):
            problems.append(f"{context}: {message.findtext('source')!r} → {message.findtext('translation')!r}")
    assert not problems, "\n".join(problems)


def test_ts_files_hold_every_string_of_the_code(tmp_path):
    """pyside6-lupdate over the code, into copies of the .ts files, finds nothing new to translate."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    files = [
        *sorted(str(p) for p in (ROOT / "desktop_app" / "ui").rglob("*.py")),
        str(ROOT / "desktop_app" / "core" / "labels.py"),
    ]  # the enum labels, as update.sh
    for lang in ("en", "vi"):
        copy = tmp_path / "resources" / "translations" / f"sotay_{lang}.ts"  # same relative paths
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(TS_DIR / copy.name, copy)
        subprocess.run(
            [
                str(lupdate),
                "-no-obsolete",
                "-source-language",
                "vi",
                "-target-language",
                lang,
                *files,
                "-ts",
                str(copy),
            ],
            check=True,
            capture_output=True,
        )
        unfinished = [
            f"{context}: {m.findtext('source')!r}"
            for context, m in messages(copy)
            if m.find("translation") is None or m.find("translation").get("type") == "unfinished"
        ]
        assert not unfinished, (
            f"strings missing from sotay_{lang}.ts (run resources/translations/update.sh "
            "and translate them):\n" + "\n".join(unfinished)
        )


def test_about_and_update_notice_in_english(qtbot, demo_services, qm_dir, monkeypatch):
    """The strings added last (About, the update notice) really come out in English."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import updates
    from desktop_app.ui.about import about_text
    from desktop_app.ui.i18n import Language
    from desktop_app.ui.main_window import MainWindow

    language = Language()
    assert language.install("en")
    try:
        window = MainWindow(demo_services)
        qtbot.addWidget(window)
        assert updates.remember_bundle_version(
            demo_services.session.db,
            {"kind": "pack", "app_version": "99.0.0", "sender": {"unit_code": "P82", "unit_name": "Tỉnh Đồng Tháp"}},
        )
        notice = window.update_notice()
        assert notice.startswith("A newer version is available") and "99.0.0" in notice
        text = about_text(demo_services)
        assert "Data folder" in text and "Key fingerprint" in text and "Licence" in text
        assert window.findChild(type(window.actions()[0]), "action_about").text() == "About"
    finally:
        language.install("vi")
        QApplication.processEvents()
