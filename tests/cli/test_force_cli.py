"""``sotay force``: the roster, its courses and conferences from the command line, with the same
rules as the window (roles from the configured list, a phone only with consent, erasure)."""

from __future__ import annotations

import json

import pytest
from conftest import fixed_today
from sotay_cli import sotay

from desktop_app import cli
from desktop_app.services import Services


@pytest.fixture
def run(tmp_path, monkeypatch, capsys):
    """``sotay --data-dir D ARGS`` in this process, on the tests' fixed calendar: (exit code, stdout, stderr)."""
    opened = Services.open.__func__

    def open_on_fixed_day(cls, data_dir, today=None, now_ms=None):
        return opened(cls, data_dir, fixed_today) if now_ms is None else opened(cls, data_dir, fixed_today, now_ms)

    monkeypatch.setattr(Services, "open", classmethod(open_on_fixed_day))
    folder = tmp_path / "d"

    def sotay_here(*args: str):
        code = cli.run(["--data-dir", str(folder), *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    assert sotay_here("init", "--unit", "30130", "--name", "Nguyễn Văn A")[0] == 0
    return sotay_here


def test_add_edit_list_show_and_remove(run):
    code, out, err = run("force", "add", "--name", "Trần Thị Mai", "--role", "báo cáo viên", "--level", "Xã",
                         "--decision-number", "45-QĐ/ĐU", "--decision-date", "02/01/2026",
                         "--language", "Tiếng Việt", "--language", "Tiếng Khmer", "--phone", "0912345678",
                         "--phone-consent", "--json")  # fmt: skip
    assert code == 0, err
    member = json.loads(out)
    assert member["languages"] == ["Tiếng Việt", "Tiếng Khmer"] and member["phone"] == "0912345678"
    code, out, _ = run("force", "edit", member["id"], "--status", "paused", "--withdraw-phone-consent", "--json")
    edited = json.loads(out)
    assert (edited["status"], edited["status_since"], edited["phone"]) == ("paused", "2026-11-20", "")
    listed = json.loads(run("force", "list", "--json")[1])["members"]
    assert [(m["member"]["name"], m["talks"]) for m in listed] == [("Trần Thị Mai", 0)]
    assert "45-QĐ/ĐU 02/01/2026" in run("force", "show", member["id"])[1]
    code, out, _ = run("force", "remove", member["id"])
    assert code == 0 and "0 buổi" in out
    assert json.loads(run("force", "list", "--json")[1])["members"] == []
    code, _, err = run("force", "show", member["id"])
    assert code == 1 and "Không tìm thấy thành viên" in err


def test_refusals_are_vietnamese_and_exit_1(run):
    code, _, err = run("force", "add", "--name", "Lê Văn B", "--role", "giảng viên")
    assert code == 1 and "Vai trò" in err and "không có trong danh sách" in err
    code, _, err = run("force", "add", "--name", "Lê Văn B", "--role", "tuyên truyền viên", "--phone", "0912345678")
    assert code == 1 and "đồng ý" in err
    assert json.loads(run("force", "list", "--json")[1])["members"] == []
    assert run("force", "lists", "--level", "Tỉnh", "--level", "Xã, phường", "--json")[0] == 0
    code, out, _ = run("force", "add", "--name", "Lê Văn B", "--role", "tuyên truyền viên", "--level", "xã, phường")
    assert code == 0 and "Lê Văn B" in out


def test_trainings_conferences_and_the_untrained_list(run):
    ids = {}
    for name in ("Nguyễn Văn An", "Bùi Thị Bình"):
        ids[name] = json.loads(run("force", "add", "--name", name, "--role", "báo cáo viên", "--json")[1])["id"]
    code, out, err = run("force", "training", "add", ids["Nguyễn Văn An"], "--name", "Bồi dưỡng báo cáo viên",
                         "--start", "10/03/2026", "--end", "12/03/2026", "--result", "8,5",
                         "--certificate", "CC-2026-01", "--json")  # fmt: skip
    assert code == 0, err
    assert json.loads(out)["certificate"] == "CC-2026-01"
    run("force", "training", "add", ids["Bùi Thị Bình"], "--name", "Tập huấn 2025", "--start", "01/06/2025")
    untrained = json.loads(run("force", "list", "--untrained-this-year", "--json")[1])["members"]
    assert [m["member"]["name"] for m in untrained] == ["Bùi Thị Bình"]
    trainings = json.loads(run("force", "training", "list", "--member", ids["Nguyễn Văn An"], "--json")[1])
    assert [t["name"] for t in trainings["trainings"]] == ["Bồi dưỡng báo cáo viên"]
    code, _, err = run("force", "conference", "add", "--date", "15/10/2026", "--topic", "Thông tin thời sự tháng 10",
                       "--point", "Hội trường Đảng ủy xã", "--attendee", ids["Nguyễn Văn An"])  # fmt: skip
    assert code == 0, err
    conferences = json.loads(run("force", "conference", "list", "--json")[1])["conferences"]
    assert conferences[0]["attendee_ids"] == [ids["Nguyễn Văn An"]]
    code, _, err = run("force", "training", "add", ids["Bùi Thị Bình"], "--name", "Lớp", "--start", "30/02/2026")
    assert code == 1 and "không phải là ngày hợp lệ" in err


def test_the_real_command_refuses_without_a_traceback(tmp_path):
    data = tmp_path / "d"
    assert sotay("init", "--unit", "30130", "--name", "Nguyễn Văn A", data_dir=data).returncode == 0
    done = sotay("force", "add", "--name", "", "--role", "báo cáo viên", data_dir=data)
    assert done.returncode == 1 and "Họ và tên: không được để trống" in done.stderr
    assert "Traceback" not in done.stderr
