"""``sotay library keypoints``: the draft printed, as text or JSON, stored nowhere; refusals exit 1."""

from __future__ import annotations

import json

from sotay_cli import sotay

from tests.directive_text import DIRECTIVE


def test_keypoints_prints_a_draft_and_stores_nothing(tmp_path):
    folder = tmp_path / "xa"
    assert sotay("init", "--unit", "30130", "--name", "Hùng", data_dir=folder).returncode == 0
    text = tmp_path / "chi-thi.txt"
    text.write_text(DIRECTIVE, encoding="utf-8")
    added = sotay("library", "add", str(text), "--title", "Chỉ thị tuyên truyền miệng", "--json", data_dir=folder)
    doc_id = json.loads(added.stdout)["documents"][0]["id"]

    shown = sotay("library", "keypoints", doc_id, "--count", "3", data_dir=folder)
    assert shown.returncode == 0, shown.stderr
    assert "Bản nháp do máy đề xuất" in shown.stdout and "  3. " in shown.stdout and "  4. " not in shown.stdout

    as_json = json.loads(sotay("library", "keypoints", doc_id, "--json", data_dir=folder).stdout)
    assert as_json["draft"] is True and len(as_json["key_points"]) == 5
    assert {"text", "score", "section", "reasons"} == set(as_json["key_points"][0])
    stored = json.loads(sotay("library", "show", doc_id, "--json", data_dir=folder).stdout)
    assert stored["key_points"] == []

    refused = sotay("library", "keypoints", doc_id, "--count", "0", data_dir=folder)
    assert refused.returncode == 1 and "Số ý chính phải từ 1 đến 30" in refused.stderr
    assert "Traceback" not in refused.stderr
    missing = sotay("library", "keypoints", "no-such-id", data_dir=folder)
    assert missing.returncode == 1 and "Không tìm thấy tài liệu" in missing.stderr
