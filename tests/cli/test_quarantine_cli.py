"""`sotay quarantine …`, `sotay clock …` and the start-up clock warning, through a real subprocess."""

from __future__ import annotations

import json
import time
from pathlib import Path

from exchange_helpers import COMMUNE, PROVINCE, Factory, add_talks, fixed_today
from sotay_cli import sotay

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log
from desktop_app.services import Services

YEAR_MS = 365 * 24 * 3600 * 1000


def future_commune(tmp_path: Path) -> tuple[Path, Path, Path]:
    """A commune that logged three talks with its clock a year ahead, its log, and a province."""
    f = Factory(tmp_path)
    f.make("c", COMMUNE).close()
    f.make("p", PROVINCE, Role.AGGREGATOR).close()
    commune = Services.open(tmp_path / "c", today=fixed_today, now_ms=lambda: time.time_ns() // 1_000_000 + YEAR_MS)
    add_talks(commune, 3)
    export_log(commune.session.exchange_context(), to=tmp_path / "inbox")
    commune.close()
    return tmp_path / "c", tmp_path / "p", tmp_path / "inbox"


def test_quarantine_list_release_drop(tmp_path):
    _, province, inbox = future_commune(tmp_path)
    imported = sotay("import", str(inbox), "--trust", "--json", data_dir=province)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["totals"]["quarantined"] == 4  # three talks and their topic

    listed = sotay("quarantine", "list", data_dir=province)
    assert listed.returncode == 0 and "Xã Thanh Bình" in listed.stdout
    assert "đồng hồ máy gửi chạy nhanh" in listed.stdout and "4 bản ghi tạm giữ" in listed.stdout
    rows = json.loads(sotay("quarantine", "list", "--json", data_dir=province).stdout)["quarantine"]
    assert {r["reason"] for r in rows} == {"clock_ahead"} and all(r["releasable"] for r in rows)
    assert {r["table"] for r in rows} == {"talks", "topics"} and rows[0]["sender_unit"] == COMMUNE
    talks = [r["id"] for r in rows if r["table"] == "talks"]

    unknown = sotay("quarantine", "release", "abcdef1234", data_dir=province)
    assert unknown.returncode == 1 and "abcdef1234" in unknown.stderr and "Traceback" not in unknown.stderr
    assert sotay("quarantine", "drop", "abcdef1234", data_dir=province).returncode == 1
    assert sotay("quarantine", "release", data_dir=province).returncode == 1  # neither ids nor --all

    released = sotay("quarantine", "release", talks[0], "--json", data_dir=province)
    assert released.returncode == 0, released.stderr
    result = json.loads(released.stdout)
    assert result["released"] == 1 and result["counts"]["new"] == 1 and Path(result["backup"]).exists()
    shown = json.loads(sotay("talks", "list", "--json", data_dir=province).stdout)
    assert len(shown["talks"] if isinstance(shown, dict) else shown) == 1

    dropped = sotay("quarantine", "drop", talks[1], data_dir=province)
    assert dropped.returncode == 0 and "Đã bỏ 1" in dropped.stdout
    rest = sotay("quarantine", "release", "--all", "--sender", COMMUNE, data_dir=province)
    assert rest.returncode == 0 and "Đã giải phóng 2" in rest.stdout
    assert "Không có bản ghi nào" in sotay("quarantine", "list", data_dir=province).stdout


def test_clock_warning_at_start_and_reset(tmp_path):
    commune, _, _ = future_commune(tmp_path)
    listed = sotay("talks", "list", "--json", data_dir=commune)
    assert listed.returncode == 0
    json.loads(listed.stdout)  # the warning never spoils the JSON on stdout
    assert "Cảnh báo" in listed.stderr and "chạy nhanh hơn đồng hồ máy tính" in listed.stderr
    assert "clock_ahead" in listed.stderr and "sotay clock reset" in listed.stderr
    assert "36" in listed.stderr and "ngày" in listed.stderr  # about 365 days

    shown = json.loads(sotay("clock", "show", "--json", data_dir=commune).stdout)
    assert shown["far_ahead"] and shown["ahead_ms"] > 360 * 24 * 3600 * 1000

    unconfirmed = sotay("clock", "reset", data_dir=commune)
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    assert json.loads(sotay("clock", "show", "--json", data_dir=commune).stdout)["far_ahead"]

    reset = sotay("clock", "reset", "--yes", data_dir=commune)
    assert reset.returncode == 0, reset.stderr
    assert "4 bản ghi" in reset.stdout
    after = sotay("talks", "list", data_dir=commune)
    assert after.returncode == 0 and "Cảnh báo" not in after.stderr
    assert not json.loads(sotay("clock", "show", "--json", data_dir=commune).stdout)["far_ahead"]
    assert sotay("clock", "reset", "--yes", data_dir=commune).returncode == 1  # nothing to reset any more
