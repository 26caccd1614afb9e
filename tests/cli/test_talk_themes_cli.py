"""``sotay talks themes``: the list in force, suggestions for a text, and a newer list adopted (an
older one refused with exit 1 in Vietnamese)."""

from __future__ import annotations

import json

from sotay_cli import sotay

from desktop_app.storage.theme_list import as_json, shipped


def test_themes_list_suggest_and_load(tmp_path):
    folder = tmp_path / "tinh"
    assert sotay("init", "--unit", "P82", "--role", "aggregator", data_dir=folder).returncode == 0
    listed = json.loads(sotay("talks", "themes", "--json", data_dir=folder).stdout)
    assert listed["version"] == shipped().version and len(listed["themes"]) == len(shipped().themes)
    asked = sotay("talks", "themes", "--suggest", "Hỏi về rút bảo hiểm xã hội một lần", "--json", data_dir=folder)
    assert json.loads(asked.stdout)["suggestions"][0]["id"] == "bao-hiem-xa-hoi"
    newer = as_json(shipped())
    newer["version"] += 1
    newer["themes"].append({"id": "cau-dan-sinh", "name": "Cầu dân sinh", "synonyms": ["cầu khỉ"]})
    path = tmp_path / "chu-de.json"
    path.write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    loaded = sotay("talks", "themes", "--load", str(path), data_dir=folder)
    assert loaded.returncode == 0 and f"phiên bản {newer['version']}" in loaded.stdout
    again = sotay("talks", "themes", "--load", str(path), data_dir=folder)
    assert again.returncode == 1 and "không mới hơn" in again.stderr + again.stdout
    assert "Traceback" not in again.stderr
