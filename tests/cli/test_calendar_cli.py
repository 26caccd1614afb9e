"""``sotay calendar list|add|remove``: the shipped days, local changes, the near ones, and refusals
with exit 1 and a Vietnamese reason."""

from __future__ import annotations

import json

from sotay_cli import sotay


def _ok(*args, data_dir):
    result = sotay(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result


def test_calendar_is_listed_edited_and_reminds(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    shipped = json.loads(_ok("calendar", "list", "--json", data_dir=d).stdout)["entries"]
    assert {"id": "quoc-khanh", "kind": "holiday", "start": "09-02", "end": "09-02", "shipped": True}.items() <= next(
        e for e in shipped if e["id"] == "quoc-khanh"
    ).items()
    added = json.loads(
        _ok(
            "calendar",
            "add",
            "--title",
            "Tết Nguyên đán",
            "--date",
            "17/2",
            "--end",
            "22/2",
            "--kind",
            "holiday",
            "--json",
            data_dir=d,
        ).stdout
    )
    assert (added["start"], added["end"], added["shipped"]) == ("02-17", "02-22", False)
    said = _ok("calendar", "add", "--id", "sinh-nhat-bac", "--title", "Sinh nhật Bác", data_dir=d).stdout
    assert "Đã sửa mục lịch: 19/5" in said
    _ok("calendar", "remove", "quoc-khanh", data_dir=d)
    after = json.loads(_ok("calendar", "list", "--json", data_dir=d).stdout)["entries"]
    assert len(after) == len(shipped) and "quoc-khanh" not in {e["id"] for e in after}
    near = json.loads(_ok("calendar", "list", "--upcoming", "366", "--json", data_dir=d).stdout)["reminders"]
    assert len(near) == len(after) and all(r["text"].split(":")[0] for r in near)
    assert [r["days_left"] for r in near] == sorted(r["days_left"] for r in near)


def test_calendar_refusals_exit_1_in_vietnamese(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    for args, said in [
        (("add", "--title", "Ngày nhuận", "--date", "29/2"), "không có trong năm"),
        (("add", "--title", "Thiếu ngày"), "Cần tên (--title) và ngày (--date)"),
        (("remove", "khong-co"), "Không có mục lịch"),
    ]:
        result = sotay("calendar", *args, data_dir=d)
        assert result.returncode == 1 and said in result.stderr and "Traceback" not in result.stderr
    assert json.loads(_ok("calendar", "list", "--json", data_dir=d).stdout)["entries"][0]["id"] == "tet-duong-lich"
