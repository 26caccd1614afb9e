"""``sotay channels``: add, list, show, snapshot and import-meta as units script them, with the
``--json`` shapes the issue names and bad files refused with exit 1 and a Vietnamese reason."""

from __future__ import annotations

import json

from meta_files import page_series, post_csv, post_row, write
from sotay_cli import sotay


def _ok(*args, data_dir):
    result = sotay(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result


def test_channels_are_added_counted_listed_and_shown(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    page = json.loads(
        _ok("channels", "add", "--name", "Tuổi trẻ Thanh Bình", "--official", "--json", data_dir=d).stdout
    )
    _ok("channels", "add", "--platform", "zalo_group", "--name", "Nhóm Zalo ấp 1", "--admin", "Lê Hoa", data_dir=d)
    _ok("channels", "snapshot", page["id"], "--month", "2026-09", "--followers", "1000", data_dir=d)
    said = _ok("channels", "snapshot", page["id"], "--month", "2026-10", "--followers", "1794", data_dir=d).stdout
    assert "1.794" in said
    listing = json.loads(_ok("channels", "list", "--json", data_dir=d).stdout)
    assert len(listing["channels"]) == 2
    (unit,) = listing["units"]
    assert unit["unit_code"] == "30130" and unit["platforms"]["fanpage"] == {
        "channels": 1,
        "followers": 1794,
        "growth": 794,
    }
    assert unit["platforms"]["zalo_group"]["channels"] == 1
    shown = json.loads(_ok("channels", "show", page["id"], "--json", data_dir=d).stdout)
    assert [s["followers"] for s in shown["snapshots"]] == [1000, 1794] and shown["channel"]["official"] is True
    assert "Tuổi trẻ Thanh Bình" in _ok("channels", "list", data_dir=d).stdout


def test_import_meta_gives_the_figures_after_the_import_and_a_reexport_replaces_them(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", data_dir=d)
    page = json.loads(_ok("channels", "add", "--name", "Trang xã", "--json", data_dir=d).stdout)
    first = write(tmp_path / "t10.csv", post_csv([post_row(n, 100) for n in range(3)], 32, 4))
    daily = write(tmp_path / "daily.csv", page_series("Lượt theo dõi", [("2026-10-01", 7)]))
    args = ("channels", "import-meta", "--channel", page["id"], "--json")
    preview = json.loads(_ok(*args, str(first), str(daily), "--as-of", "2026-11-01", "--dry-run", data_dir=d).stdout)
    assert preview["dry_run"] is True and preview["new"] == 3
    done = json.loads(_ok(*args, str(first), str(daily), "--as-of", "2026-11-01", data_dir=d).stdout)
    assert {k: done[k] for k in ("posts", "new", "updated", "as_of")} == {
        "posts": 3,
        "new": 3,
        "updated": 0,
        "as_of": "2026-11-01",
    }
    assert done["totals"] == {"views": 300, "reach": 198, "reactions": 30, "comments": 6, "shares": 6}
    again = write(tmp_path / "t11.csv", post_csv([post_row(n, 150) for n in range(3)], 34, 9))
    later = json.loads(_ok(*args, str(again), "--as-of", "2026-11-20", data_dir=d).stdout)
    assert (later["new"], later["updated"], later["totals"]["views"]) == (0, 3, 450)


def test_bad_meta_files_exit_1_with_the_reason_and_change_nothing(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", data_dir=d)
    _ok("channels", "add", "--name", "Trang xã", data_dir=d)
    missing = write(tmp_path / "thieu.csv", post_csv([post_row(1)], drop=("Views",)))
    result = sotay("channels", "import-meta", str(missing), data_dir=d)
    assert result.returncode == 1 and "thiếu cột Views" in result.stderr and "Traceback" not in result.stderr
    plain = write(tmp_path / "excel.csv", post_csv([post_row(1)])[3:])
    result = sotay("channels", "import-meta", str(plain), data_dir=d)
    assert result.returncode == 1 and "BOM" in result.stderr
    result = sotay("channels", "import-meta", str(tmp_path / "khong-co.csv"), data_dir=d)
    assert result.returncode == 1 and "không mở được tệp" in result.stderr
    good = write(tmp_path / "ok.csv", post_csv([post_row(1)]))
    assert json.loads(_ok("channels", "import-meta", str(good), "--json", data_dir=d).stdout)["new"] == 1
