"""``sotay regularity`` and the ``regularity`` key of ``sotay report``: a commune that works only
around 30/4 and 19/5 of 2025 (53 ISO weeks), flagged "chỉ cao điểm"."""

from __future__ import annotations

import json

from sotay_cli import sotay


def _ok(*args, data_dir):
    result = sotay(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result


def test_regularity_and_the_report_json_say_how_regularly_the_unit_worked(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    for day in ("28/04/2025", "30/04/2025", "19/05/2025"):
        _ok("talks", "add", "--date", day, "--place", "Ấp 1", "--attendance", "10", data_dir=d)
    data = json.loads(_ok("regularity", "--period", "2025", "--json", data_dir=d).stdout)
    assert (data["weeks_active"], data["weeks_total"], data["longest_gap_days"]) == (2, 53, 226)
    assert (data["peak_share"], data["peak_only"]) == (1.0, True)
    assert [u["code"] for u in data["units"]] == ["30130"]
    said = _ok("regularity", "--period", "2025", data_dir=d).stdout
    assert "2/53 tuần, dài nhất 226 ngày không có hoạt động, 100 % vào tuần cao điểm  [chỉ cao điểm]" in said
    report = json.loads(_ok("report", "--period", "2025", data_dir=d).stdout)
    assert {k: report["regularity"][k] for k in data if k != "units"} == {k: v for k, v in data.items() if k != "units"}
    refused = sotay("regularity", "--period", "2025-13", data_dir=d)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
