"""``sotay library add --legacy-preview``: the before and after of legacy-encoded text, nothing
stored; a plain add stores Unicode and says so; an unsure file exits 1 in Vietnamese."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from legacy_samples import HEADING, PASSAGE, VNI_RUN, legacy_text_file, mixed_docx, unsure_text_file
from sotay_cli import sotay

from desktop_app.core.legacy_encoding import TCVN3, encode


@pytest.fixture
def commune(tmp_path) -> Path:
    folder = tmp_path / "xa"
    assert sotay("init", "--unit", "30130", "--name", "Hùng", data_dir=folder).returncode == 0
    return folder


def _documents(folder: Path) -> list[dict]:
    listed = sotay("library", "list", "--json", data_dir=folder)
    return list(json.loads(listed.stdout)["documents"])


def test_the_preview_shows_before_and_after_and_stores_nothing(commune, tmp_path):
    docx_file, text_file = mixed_docx(tmp_path / "mixed.docx"), legacy_text_file(tmp_path / "cu.txt", TCVN3)
    shown = sotay("library", "add", str(docx_file), str(text_file), "--legacy-preview", data_dir=commune)
    assert shown.returncode == 0, shown.stderr
    assert "mixed.docx: bảng mã TCVN3 và VNI → Unicode" in shown.stdout
    assert f"Sau:   {HEADING}" in shown.stdout and f"Trước: {encode(PASSAGE, TCVN3)}" in shown.stdout
    as_json = sotay("library", "add", str(docx_file), "--legacy-preview", "--json", data_dir=commune)
    [file] = json.loads(as_json.stdout)["files"]
    assert file["encoding"] == "mixed" and file["samples"][-1]["after"] == VNI_RUN
    assert _documents(commune) == []


def test_an_add_stores_unicode_and_an_unsure_file_exits_1(commune, tmp_path):
    added = sotay("library", "add", str(legacy_text_file(tmp_path / "cu.txt", TCVN3)), "--json", data_dir=commune)
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["warnings"] == [
        "Tệp “cu.txt” gõ bằng bảng mã cũ TCVN3 (ABC): chữ đã được chuyển sang Unicode."
    ]
    [doc] = _documents(commune)
    shown = sotay("library", "show", doc["id"], "--json", data_dir=commune)
    assert json.loads(shown.stdout)["body"] == PASSAGE
    refused = sotay("library", "add", str(unsure_text_file(tmp_path / "lan.txt")), data_dir=commune)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "bảng mã cũ" in refused.stderr + refused.stdout
    assert len(_documents(commune)) == 1
