"""`sotay quarantine …`, `sotay clock …` and the start-up clock warning, through a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from exchange_helpers import COMMUNE, PROVINCE, Factory, add_talks, fixed_today

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log
from desktop_app.services import Services

YEAR_MS = 365 * 24 * 3600 * 1000


def sotay(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


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
    imported = sotay(province, "import", str(inbox), "--trust", "--json")
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout)["totals"]["quarantined"] == 4  # three talks and their topic

    listed = sotay(province, "quarantine", "list")
    assert listed.returncode == 0 and "Xã Thanh Bình" in listed.stdout
    assert "đồng hồ máy gửi chạy nhanh" in listed.stdout and "4 bản ghi tạm giữ" in listed.stdout
    rows = json.loads(sotay(province, "quarantine", "list", "--json").stdout)["quarantine"]
    assert {r["reason"] for r in rows} == {"clock_ahead"} and all(r["releasable"] for r in rows)
    assert {r["table"] for r in rows} == {"talks", "topics"} and rows[0]["sender_unit"] == COMMUNE
    talks = [r["id"] for r in rows if r["table"] == "talks"]

    unknown = sotay(province, "quarantine", "release", "abcdef1234")
    assert unknown.returncode == 1 and "abcdef1234" in unknown.stderr and "Traceback" not in unknown.stderr
    assert sotay(province, "quarantine", "drop", "abcdef1234").returncode == 1
    assert sotay(province, "quarantine", "release").returncode == 1  # neither ids nor --all

    released = sotay(province, "quarantine", "release", talks[0], "--json")
    assert released.returncode == 0, released.stderr
    result = json.loads(released.stdout)
    assert result["released"] == 1 and result["counts"]["new"] == 1 and Path(result["backup"]).exists()
    shown = json.loads(sotay(province, "talks", "list", "--json").stdout)
    assert len(shown["talks"] if isinstance(shown, dict) else shown) == 1

    dropped = sotay(province, "quarantine", "drop", talks[1])
    assert dropped.returncode == 0 and "Đã bỏ 1" in dropped.stdout
    rest = sotay(province, "quarantine", "release", "--all", "--sender", COMMUNE)
    assert rest.returncode == 0 and "Đã giải phóng 2" in rest.stdout
    assert "Không có bản ghi nào" in sotay(province, "quarantine", "list").stdout


def test_clock_warning_at_start_and_reset(tmp_path):
    commune, _, _ = future_commune(tmp_path)
    listed = sotay(commune, "talks", "list", "--json")
    assert listed.returncode == 0
    json.loads(listed.stdout)  # the warning never spoils the JSON on stdout
    assert "Cảnh báo" in listed.stderr and "chạy nhanh hơn đồng hồ máy tính" in listed.stderr
    assert "clock_ahead" in listed.stderr and "sotay clock reset" in listed.stderr
    assert "36" in listed.stderr and "ngày" in listed.stderr  # about 365 days

    shown = json.loads(sotay(commune, "clock", "show", "--json").stdout)
    assert shown["far_ahead"] and shown["ahead_ms"] > 360 * 24 * 3600 * 1000

    unconfirmed = sotay(commune, "clock", "reset")
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    assert json.loads(sotay(commune, "clock", "show", "--json").stdout)["far_ahead"]

    reset = sotay(commune, "clock", "reset", "--yes")
    assert reset.returncode == 0, reset.stderr
    assert "4 bản ghi" in reset.stdout
    after = sotay(commune, "talks", "list")
    assert after.returncode == 0 and "Cảnh báo" not in after.stderr
    assert not json.loads(sotay(commune, "clock", "show", "--json").stdout)["far_ahead"]
    assert sotay(commune, "clock", "reset", "--yes").returncode == 1  # nothing to reset any more
