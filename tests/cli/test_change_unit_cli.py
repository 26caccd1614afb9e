"""`sotay init --change-unit`: the window's change of unit from a script; refused in Vietnamese,
exit 1 and nothing changed, when a file was sent and --yes is missing."""

from __future__ import annotations

from desktop_app.services import Services
from tests.sotay_cli import sotay


def unit_of(data_dir) -> str:
    s = Services.open(data_dir)
    try:
        return s.identity.installation.unit_code
    finally:
        s.close()


def test_change_unit_before_and_after_sending(tmp_path):
    data = tmp_path / "d"
    assert sotay("init", "--unit", "30130", "--name", "Hùng", data_dir=data).returncode == 0
    assert (
        sotay(
            "talks",
            "add",
            "--date",
            "20/11/2026",
            "--format",
            "meeting",
            "--place",
            "Ấp 1",
            "--attendance",
            "20",
            data_dir=data,
        ).returncode
        == 0
    )
    moved = sotay("init", "--change-unit", "30178", data_dir=data)
    assert moved.returncode == 0, moved.stderr
    assert "Xã Mỹ An Hưng" in moved.stdout and "Bản sao lưu" in moved.stdout
    assert unit_of(data) == "30178"

    assert sotay("export", "--to", str(tmp_path / "out"), data_dir=data).returncode == 0
    refused = sotay("init", "--change-unit", "30130", data_dir=data)
    assert refused.returncode == 1
    assert "đã gửi tệp lên" in refused.stderr and "--yes" in refused.stderr and "Traceback" not in refused.stderr
    assert unit_of(data) == "30178"  # nothing changed
    done = sotay("init", "--change-unit", "30130", "--yes", data_dir=data)
    assert done.returncode == 0, done.stderr
    assert "Khóa mới" in done.stdout and unit_of(data) == "30130"


def test_change_unit_on_a_computer_not_set_up_is_refused(tmp_path):
    result = sotay("init", "--change-unit", "30178", data_dir=tmp_path / "empty")
    assert result.returncode == 1 and "chưa được thiết lập" in result.stderr and "Traceback" not in result.stderr
