"""``sotay units areas`` and ``sotay talks languages``: the lists the forms offer, kept as settings
of this installation (the shipped entries first, the user's own after, added, renamed, hidden or
removed), the same lists the window's Settings edits; a refusal says why in Vietnamese, exit 1."""

from __future__ import annotations

import json

from sotay_cli import sotay


def _ok(*args, data_dir):
    result = sotay(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result


def test_the_area_list_grows_is_renamed_and_hidden(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    _ok("units", "areas", "--add", "vùng biên giới", data_dir=d)
    _ok("units", "tag", "30130", "--tag", "vùng biên giới", data_dir=d)
    _ok("units", "areas", "--rename", "vùng biên giới", "vùng giáp biên", data_dir=d)
    data = json.loads(_ok("units", "areas", "--hide", "vùng giáp biên", "--json", data_dir=d).stdout)
    assert [a["name"] for a in data["areas"] if a["shipped"]] == [
        "vùng sâu",
        "vùng xa",
        "vùng đồng bào dân tộc thiểu số",
        "địa bàn phức tạp, nhạy cảm",
    ]
    assert data["areas"][-1] == {"name": "vùng giáp biên", "shipped": False, "hidden": True}
    assert json.loads(_ok("units", "tag", "30130", "--json", data_dir=d).stdout)["tags"] == ["vùng giáp biên"]
    assert "vùng giáp biên  (tự thêm, đã ẩn)" in _ok("units", "areas", data_dir=d).stdout
    refused = sotay("units", "areas", "--add", "Vùng Sâu", data_dir=d)
    assert refused.returncode == 1 and "đã có trong danh sách vùng ưu tiên" in refused.stderr
    assert "Traceback" not in refused.stderr
    refused = sotay("units", "areas", "--hide", "vùng sâu", data_dir=d)
    assert refused.returncode == 1 and "chỉ đổi tên, ẩn được vùng tự thêm" in refused.stderr


def test_the_talk_languages_take_the_users_own(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    data = json.loads(_ok("talks", "languages", "--add", "Tiếng Xơ Đăng", "--json", data_dir=d).stdout)
    assert data["languages"][0] == "Tiếng Khmer" and data["languages"][-1] == "Tiếng Xơ Đăng"
    assert data["own"] == ["Tiếng Xơ Đăng"]
    assert "Tiếng Xơ Đăng  (tự thêm)" in _ok("talks", "languages", data_dir=d).stdout
    data = json.loads(_ok("talks", "languages", "--remove", "Tiếng Xơ Đăng", "--json", data_dir=d).stdout)
    assert data["own"] == [] and "Tiếng Xơ Đăng" not in data["languages"]
    refused = sotay("talks", "languages", "--add", "tiếng việt", data_dir=d)
    assert refused.returncode == 1 and "đã có trong danh sách ngôn ngữ" in refused.stderr
