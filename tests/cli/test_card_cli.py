"""``sotay card``: the card written as PDF or DOCX; refusals exit 1 in Vietnamese."""

from __future__ import annotations

import json

from sotay_cli import sotay


def test_card_writes_the_file_and_refuses_an_unknown_topic(tmp_path):
    folder = tmp_path / "xa"
    assert sotay("init", "--unit", "30130", "--name", "Hùng", data_dir=folder).returncode == 0
    assert sotay("demo", data_dir=folder).returncode == 0
    groups = json.loads(sotay("groups", "list", "--json", data_dir=folder).stdout)
    gid = next(g["id"] for g in groups["groups"] if g["name"] == "Ấp Tân Mỹ")
    out = tmp_path / "the.docx"
    made = sotay(
        "card", "--topic", "chuyen doi so", "--group", gid, "--format", "docx", "--out", str(out), data_dir=folder
    )
    assert made.returncode == 0, made.stderr
    assert out.stat().st_size > 0 and "Đã lưu thẻ chuẩn bị" in made.stdout
    bad = tmp_path / "x.pdf"
    refused = sotay("card", "--topic", "không", "--group", gid, "--format", "pdf", "--out", str(bad), data_dir=folder)
    assert refused.returncode == 1 and "Chưa có chuyên đề" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "x.pdf").exists()
