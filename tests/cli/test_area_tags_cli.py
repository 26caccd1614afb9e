"""``sotay groups add|edit --tag`` and ``sotay units tag``: priority areas set from the command
line, shown back, cleared; a tag too long refused with exit 1 and a Vietnamese reason."""

from __future__ import annotations

import json

from sotay_cli import sotay


def _ok(*args, data_dir):
    result = sotay(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result


def test_groups_and_units_carry_priority_areas(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    group = json.loads(
        _ok(
            "groups", "add", "--name", "Ấp Tân Lợi", "--tag", "vùng sâu", "--tag", "vùng xa", "--json", data_dir=d
        ).stdout
    )
    assert group["tags"] == ["vùng sâu", "vùng xa"]
    edited = json.loads(_ok("groups", "edit", group["id"], "--tag", "vùng xa", "--json", data_dir=d).stdout)
    assert edited["tags"] == ["vùng xa"]
    assert "Vùng ưu tiên: vùng xa" in _ok("groups", "show", group["id"], data_dir=d).stdout
    assert json.loads(_ok("groups", "edit", group["id"], "--no-tag", "--json", data_dir=d).stdout)["tags"] == []
    nothing = sotay("groups", "edit", group["id"], data_dir=d)
    assert nothing.returncode == 1 and "Chưa có gì để đổi" in nothing.stderr

    tagged = json.loads(
        _ok("units", "tag", "30130", "--tag", "vùng đồng bào dân tộc thiểu số", "--json", data_dir=d).stdout
    )
    assert tagged == {"code": "30130", "tags": ["vùng đồng bào dân tộc thiểu số"]}
    assert "vùng đồng bào" in _ok("units", "tag", "30130", data_dir=d).stdout
    too_long = sotay("units", "tag", "30130", "--tag", "x" * 61, data_dir=d)
    assert too_long.returncode == 1 and "Vùng ưu tiên" in too_long.stderr and "Traceback" not in too_long.stderr
    assert json.loads(_ok("units", "tag", "30130", "--json", data_dir=d).stdout)["tags"] == [
        "vùng đồng bào dân tộc thiểu số"
    ]
