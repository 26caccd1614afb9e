"""``sotay library edit / delete / restore``: the same corrections as the window's form, through a
real subprocess; only the flags given change; refusals exit 1 in Vietnamese and change nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sotay_cli import sotay


@pytest.fixture
def commune(tmp_path) -> Path:
    folder = tmp_path / "xa-thanh-binh"
    assert sotay("init", "--unit", "30130", "--name", "Hùng", data_dir=folder).returncode == 0
    return folder


def _add(folder: Path, tmp_path: Path) -> str:
    text = tmp_path / "chithi.txt"
    text.write_text("16/02/2024 10:14 GMT+7\nNội dung chỉ thị.\n", encoding="utf-8")
    added = sotay("library", "add", str(text), "--issuer", "Ban Bí thư", "--json", data_dir=folder)
    assert added.returncode == 0, added.stderr
    return str(json.loads(added.stdout)["documents"][0]["id"])


def test_edit_changes_only_the_flags_given(commune, tmp_path):
    doc_id = _add(commune, tmp_path)
    edited = sotay(
        "library", "edit", doc_id, "--title", "Chỉ thị 30-CT/TW", "--number", "30-CT/TW", "--issued", "05/02/2024",
        "--topic", "Tuyên truyền miệng", "--topic", "Chỉ thị", "--required", "--json", data_dir=commune,
    )  # fmt: skip
    assert edited.returncode == 0, edited.stderr
    doc = json.loads(edited.stdout)
    assert (doc["title"], doc["issuer"], doc["number"], doc["issued_on"]) == (
        "Chỉ thị 30-CT/TW", "Ban Bí thư", "30-CT/TW", "2024-02-05",
    )  # fmt: skip
    assert (doc["topics"], doc["required"]) == (["Tuyên truyền miệng", "Chỉ thị"], True)
    again = sotay("library", "edit", doc_id, "--not-required", "--issued", "", "--no-topics", data_dir=commune)
    assert again.returncode == 0 and "Đã sửa: Chỉ thị 30-CT/TW" in again.stdout
    shown = json.loads(sotay("library", "show", doc_id, "--json", data_dir=commune).stdout)
    assert (shown["required"], shown["issued_on"], shown["topics"], shown["number"]) == (False, None, [], "30-CT/TW")


def test_a_refused_edit_exits_1_in_vietnamese_and_changes_nothing(commune, tmp_path):
    doc_id = _add(commune, tmp_path)
    before = sotay("library", "show", doc_id, "--json", data_dir=commune).stdout
    refused = sotay("library", "edit", doc_id, "--issued", "31/02/2024", data_dir=commune)
    assert refused.returncode == 1 and "không phải là ngày hợp lệ" in refused.stderr
    assert "Traceback" not in refused.stderr
    unknown = sotay("library", "delete", "no-such-id", data_dir=commune)
    assert unknown.returncode == 1 and "Không tìm thấy tài liệu" in unknown.stderr
    assert sotay("library", "show", doc_id, "--json", data_dir=commune).stdout == before


def test_delete_then_restore(commune, tmp_path):
    doc_id = _add(commune, tmp_path)
    deleted = sotay("library", "delete", doc_id, data_dir=commune)
    assert deleted.returncode == 0 and f"sotay library restore {doc_id}" in deleted.stdout
    assert json.loads(sotay("library", "list", "--json", data_dir=commune).stdout)["documents"] == []
    assert sotay("library", "restore", doc_id, data_dir=commune).returncode == 0
    listed = json.loads(sotay("library", "list", "--json", data_dir=commune).stdout)["documents"]
    assert [d["id"] for d in listed] == [doc_id]
