"""The reasons an import sets a row aside: one table (core/labels.py) with a label and a sentence for
every code, and an exchange that writes no code outside it."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_app.core import labels
from desktop_app.core.enums import QuarantineReason
from desktop_app.core.labels import label_of, quarantine_reason_text

EXCHANGE = Path(__file__).resolve().parents[2] / "desktop_app" / "exchange"


def test_every_reason_has_a_label_and_a_sentence_of_its_own():
    assert list(labels.QUARANTINE_REASON_LABELS) == list(QuarantineReason)
    assert list(labels.QUARANTINE_REASON_TEXTS) == list(QuarantineReason)
    sentences = [quarantine_reason_text(reason.value) for reason in QuarantineReason]
    assert all(s.strip() and not s.endswith(".") for s in sentences)  # callers end the sentence
    assert len(set(sentences)) == len(sentences)
    assert label_of(QuarantineReason, "clock_ahead") == "Đồng hồ máy gửi chạy nhanh"


def test_a_reason_from_a_newer_version_reads_as_one_of_authorization():
    assert quarantine_reason_text("newer_reason") == "Đơn vị gửi không được phép ghi bản ghi này (newer_reason)"
    assert label_of(QuarantineReason, "newer_reason") == "newer_reason"


def test_a_translation_is_asked_for_the_words_of_the_table():
    asked: list[str] = []
    quarantine_reason_text("own_record", lambda text: asked.append(text) or "translated")
    quarantine_reason_text("newer_reason", lambda text: asked.append(text) or "%1 translated")
    assert asked == [labels.QUARANTINE_REASON_TEXTS[QuarantineReason.OWN_RECORD], labels.UNKNOWN_QUARANTINE_REASON]
    assert quarantine_reason_text("newer_reason", lambda text: "(%1) translated") == "(newer_reason) translated"


def test_the_exchange_writes_reasons_only_as_members_of_the_enum():
    """mypy types every set-aside row's reason as ``QuarantineReason``; a code spelled as a bare string
    would slip past that table, so none is left in the exchange's source."""
    codes = {reason.value for reason in QuarantineReason}
    spelled = [
        f"{path.name}:{node.lineno} {node.value!r}"
        for path in sorted(EXCHANGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and node.value in codes
    ]
    assert spelled == []
