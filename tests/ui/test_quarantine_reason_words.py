"""The three front doors name a set-aside row's reason in the same words, from the one table of
core/labels.py: ``sotay quarantine list`` (text and ``--json``), the import's warnings that
``services.exchange`` returns, and the window's quarantine dialog (in Vietnamese as written, in English
from sotay_en.ts), for every reason code and for a code from a newer version."""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import orjson
import pytest
from exchange_helpers import fixed_today
from PySide6.QtWidgets import QApplication

from desktop_app.cli import run
from desktop_app.core.enums import QuarantineReason, Role
from desktop_app.core.labels import LABEL_CONTEXT, QUARANTINE_REASON_LABELS, quarantine_reason_text
from desktop_app.services import Services
from desktop_app.ui.i18n import Language
from desktop_app.ui.quarantine import QuarantineDialog

ROOT = Path(__file__).resolve().parents[2]
CODES = [reason.value for reason in QuarantineReason] + ["newer_reason"]
YEAR_MS = 365 * 24 * 3600 * 1000


def english(source: str) -> str:
    """The translation sotay_en.ts gives a text of core/labels.py."""
    root = ET.parse(ROOT / "resources" / "translations" / "sotay_en.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") == LABEL_CONTEXT:
            for message in context.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"no English for {source!r}")


@pytest.fixture
def set_aside(services):
    """One talk set aside for each reason code (as an import stores it), the record id naming the code."""
    from desktop_app.storage import quarantine

    rows = [
        (
            "bundle-1",
            "talks",
            code,
            "0001780000000000-0000-abcd",
            code,
            orjson.dumps({"id": code, "owner_unit": "30130", "held_on": "2026-11-18", "place": f"Ấp {n}"}).decode(),
            f"2026-11-20T08:00:{n:02d}.000Z",
        )
        for n, code in enumerate(CODES)
    ]
    with services.session.db.atomic():
        quarantine.quarantine(services.session.db, rows)
    return services


def window_reasons(dialog: QuarantineDialog) -> dict[str, tuple[str, str]]:
    """Each row's reason as the dialog shows it: the column's words and the sentence under the table."""
    shown = {}
    for row in range(dialog.model.rowCount()):
        dialog.table.setCurrentIndex(dialog.model.index(row, 0))
        shown[dialog.model.record(row).record_id] = (dialog.model.index(row, 0).data(), dialog.reason_label.text())
    return shown


def test_the_command_line_and_the_window_name_every_reason_alike(set_aside, qtbot, qm_dir, capsys):
    set_aside.close()
    data = str(set_aside.data_dir)
    assert run(["--data-dir", data, "quarantine", "list", "--json"]) == 0
    by_json = {q["record_id"]: q["reason_text"] for q in json.loads(capsys.readouterr().out)["quarantine"]}
    assert run(["--data-dir", data, "quarantine", "list"]) == 0
    by_text = [line.split("Lý do: ", 1)[1] for line in capsys.readouterr().out.splitlines() if "Lý do: " in line]
    sentences = {code: quarantine_reason_text(code) for code in CODES}
    assert by_json == sentences
    assert [text.removesuffix(" — chỉ bỏ được, không giải phóng được") for text in by_text] == list(sentences.values())
    assert sentences["newer_reason"] == "Đơn vị gửi không được phép ghi bản ghi này (newer_reason)"

    s = Services.open(set_aside.data_dir, today=fixed_today)
    language = Language()
    try:
        dialog = QuarantineDialog(s, None)  # no runner: the listing runs here
        qtbot.addWidget(dialog)
        vietnamese = window_reasons(dialog)
        assert {code: text for code, (_words, text) in vietnamese.items()} == {
            code: sentence + "." for code, sentence in sentences.items()
        }
        assert {code: words for code, (words, _text) in vietnamese.items()} == {
            **{reason.value: QUARANTINE_REASON_LABELS[reason] for reason in QuarantineReason},
            "newer_reason": "newer_reason",
        }

        assert language.install("en")
        dialog.refresh()
        in_english = window_reasons(dialog)
        for reason in QuarantineReason:
            words, text = in_english[reason.value]
            assert words == english(QUARANTINE_REASON_LABELS[reason]) != QUARANTINE_REASON_LABELS[reason]
            assert text == english(sentences[reason.value]) + "."
            assert text != sentences[reason.value] + "."
        assert in_english["newer_reason"][1] == "The sending unit may not write this record (newer_reason)."
    finally:
        language.install("vi")
        QApplication.processEvents()
        s.close()


def test_the_import_warnings_use_the_same_sentence(tmp_path):
    """A real import sets rows aside for ``clock_ahead``: the file's warning, which the window's result
    table and ``sotay import`` print, says it in the table's sentence."""
    commune = Services.open(tmp_path / "commune", today=fixed_today, now_ms=lambda: time.time_ns() // 10**6 + YEAR_MS)
    commune.identity.init("30130", Role.COMMUNE, "Nguyễn Văn Hùng")
    for n in range(3):
        commune.talks.add(held_on="18/11/2026", place=f"Nhà văn hóa ấp {n}", attendance=20, topics=["Chuyển đổi số"])
    sent = commune.exchange.export_log(tmp_path / "usb", snapshot=False).path
    commune.close()
    province = Services.open(tmp_path / "province", today=fixed_today)
    try:
        province.identity.init("P82", Role.AGGREGATOR, "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Tháp")
        summary = province.exchange.import_files(province.exchange.plan([sent], trust_all=True))
        outcome = summary.files[0]
        assert outcome.status == "applied" and outcome.set_aside == {"clock_ahead": 4}
        expected = f"4 bản ghi bị cách ly (clock_ahead): {quarantine_reason_text('clock_ahead')}."
        assert expected in outcome.warnings
        assert {q.reason for q in province.quarantine.list()} == {"clock_ahead"}
    finally:
        province.close()
