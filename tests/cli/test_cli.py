"""The `sotay` command line through a real subprocess: the public contract district staff script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sotay_cli import sotay


@pytest.fixture
def commune(tmp_path) -> Path:
    folder = tmp_path / "xa-thanh-binh"
    result = sotay("init", "--unit", "30130", "--role", "commune", "--name", "Nguyễn Văn Hùng", data_dir=folder)
    assert result.returncode == 0, result.stderr
    assert "Xã Thanh Bình" in result.stdout and "Đồng Tháp" in result.stdout
    return folder


def test_version_imports_no_qt_and_no_sqlite_utils():
    probe = (
        "import sys, runpy; sys.argv=['sotay','--version']\n"
        "try:\n    runpy.run_module('desktop_app', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','sqlite_utils','vietnam_provinces'))]\n"
        "print('LOADED', bad)"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert "LOADED []" in result.stdout and "sotay 0." in result.stdout


def test_talks_list_imports_no_qt(commune):
    probe = (
        "import sys, runpy; sys.argv=['sotay','--data-dir',sys.argv[1],'talks','list','--json']\n"
        "try:\n    runpy.run_module('desktop_app', run_name='__main__')\n"
        "except SystemExit: pass\n"
        "print('LOADED', [m for m in sys.modules if m.startswith(('PySide6','sqlite_utils'))])"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(commune)], capture_output=True, text=True)
    assert "LOADED []" in result.stdout, result.stdout + result.stderr


def test_library_add_then_search_without_marks(commune, tmp_path):
    text = tmp_path / "dinh-huong.txt"
    text.write_text("Định hướng tuyên truyền của Đảng ủy xã\nĐảng ủy xã lãnh đạo, tạo đồng thuận.\n", encoding="utf-8")
    added = sotay("library", "add", str(text), "--topic", "Chuyển đổi số", "--required", "--json", data_dir=commune)
    assert added.returncode == 0, added.stderr
    doc_id = json.loads(added.stdout)["documents"][0]["id"]
    found = sotay("library", "search", "dang uy", "--json", data_dir=commune)
    assert found.returncode == 0
    result = json.loads(found.stdout)
    assert result["query"] == "dang uy"
    (hit,) = result["results"]
    assert hit["id"] == doc_id and hit["title"] == "Định hướng tuyên truyền của Đảng ủy xã"
    assert "«Đảng» «ủy»" in hit["highlighted"]
    listed = json.loads(sotay("library", "list", "--json", data_dir=commune).stdout)
    assert [d["id"] for d in listed["documents"]] == [doc_id] and listed["documents"][0]["required"] is True
    shown = json.loads(sotay("library", "show", doc_id, "--json", data_dir=commune).stdout)
    assert shown["topics"] == ["Chuyển đổi số"]


@pytest.mark.parametrize(
    ("args", "field_words"),
    [
        (["talks", "add", "--date", "31/12/2099"], "Ngày"),
        (["talks", "add", "--attendance", "-3"], "Số lượt người dự"),
        (["talks", "add", "--place", "x" * 300], "Địa điểm"),
        (["talks", "add", "--date", "hôm qua"], "Ngày"),
        (["groups", "add", "--name", "  "], "Tên"),
        (["groups", "add", "--name", "Nhóm Zalo", "--contact-phone", "0912345678"], "Người liên hệ"),
        (["groups", "add", "--name", "Ấp Tân Mỹ", "--size", "-1"], "Quy mô"),
        (["library", "add", "/no/such/file.pdf"], "tệp"),
        (["units", "add", "--name", "", "--kind", "hamlet"], "Tên"),
    ],
)
def test_bad_input_exits_1_naming_the_field_and_writes_nothing(commune, args, field_words):
    before = sotay("talks", "list", "--json", "--deleted", data_dir=commune).stdout
    result = sotay(*args, data_dir=commune)
    assert result.returncode == 1
    assert field_words in result.stderr
    assert sotay("talks", "list", "--json", "--deleted", data_dir=commune).stdout == before
    check = sotay("check", "--json", data_dir=commune)
    assert check.returncode == 0 and json.loads(check.stdout)["ok"] is True


def test_usage_errors_exit_2(commune):
    assert sotay("talks", "add", "--format", "party", data_dir=commune).returncode == 2
    assert sotay("no-such-command", data_dir=commune).returncode == 2


def test_commands_before_init_say_what_to_do(tmp_path):
    result = sotay("talks", "list", data_dir=tmp_path / "empty")
    assert result.returncode == 1 and "sotay init" in result.stderr


def test_data_dir_from_environment(tmp_path):
    folder = tmp_path / "from-env"
    assert sotay("init", "--unit", "30130", env={"SOTAY_DATA_DIR": str(folder)}).returncode == 0
    assert (folder / "sotay.db").exists()


def test_talk_and_group_round_trip(commune):
    group = json.loads(
        sotay(
            "groups",
            "add",
            "--name",
            "Hội Nông dân xã",
            "--kind",
            "mass_organisation",
            "--size",
            "320",
            "--json",
            data_dir=commune,
        ).stdout
    )
    added = sotay(
        "talks",
        "add",
        "--date",
        "15/11/2026",
        "--place",
        "Nhà văn hóa ấp Tân Mỹ",
        "--topic",
        "Chuyển đổi số",
        "--group",
        group["id"],
        "--attendance",
        "45",
        "--questions",
        "Hỏi về VNeID",
        "--theme",
        "Thủ tục hành chính",
        "--questions-count",
        "3",
        "--json",
        data_dir=commune,
    )
    assert added.returncode == 0, added.stderr
    talk = json.loads(added.stdout)
    listed = json.loads(sotay("talks", "list", "--json", data_dir=commune).stdout)
    assert listed["total"] == 1 and listed["talks"][0]["id"] == talk["id"]
    assert listed["talks"][0]["held_on"] == "2026-11-15" and listed["talks"][0]["attendance"] == 45
    assert listed["talks"][0]["online"] == {"views": 0, "likes": 0, "shares": 0, "comments": 0, "points": 0}
    by_group = json.loads(sotay("talks", "list", "--group", group["id"], "--json", data_dir=commune).stdout)
    assert by_group["total"] == 1
    assert sotay("talks", "delete", talk["id"], data_dir=commune).returncode == 0
    assert json.loads(sotay("talks", "list", "--json", data_dir=commune).stdout)["total"] == 0
    assert sotay("talks", "restore", talk["id"], data_dir=commune).returncode == 0
    shown = json.loads(sotay("talks", "show", talk["id"], "--json", data_dir=commune).stdout)
    assert shown["question_themes"] == ["Thủ tục hành chính"] and shown["deleted"] is False
    groups = json.loads(sotay("groups", "list", "--json", data_dir=commune).stdout)["groups"]
    assert [g["name"] for g in groups] == ["Hội Nông dân xã"]


def test_units_search_and_custom_units(commune):
    found = json.loads(sotay("units", "search", "thanh binh", "--json", data_dir=commune).stdout)["units"]
    assert {"code": "30130", "name": "Xã Thanh Bình", "province_name": "Tỉnh Đồng Tháp"}.items() <= {
        k: v for u in found if u["code"] == "30130" for k, v in u.items()
    }.items()
    added = json.loads(
        sotay("units", "add", "--name", "Ấp Tân Mỹ", "--kind", "hamlet", "--json", data_dir=commune).stdout
    )["units"][0]
    assert added["parent_code"] == "30130" and added["official"] is False
    custom = json.loads(sotay("units", "list", "--custom", "--json", data_dir=commune).stdout)["units"]
    assert [u["name"] for u in custom] == ["Ấp Tân Mỹ"]
    provinces = json.loads(sotay("units", "list", "--json", data_dir=commune).stdout)["units"]
    assert len(provinces) == 34
    communes = json.loads(sotay("units", "list", "--province", "82", "--json", data_dir=commune).stdout)["units"]
    assert "30130" in {u["code"] for u in communes}


def test_demo_backup_check_restore(tmp_path):
    folder = tmp_path / "demo"
    assert sotay("demo", "--seed", "3", data_dir=folder).returncode == 0
    first = json.loads(sotay("talks", "list", "--limit", "5", "--json", data_dir=folder).stdout)
    assert first["total"] > 100
    backup = json.loads(sotay("backup", "--json", data_dir=folder).stdout)["backup"]
    assert Path(backup).exists()
    for talk in first["talks"]:
        sotay("talks", "delete", talk["id"], data_dir=folder)
    restored = sotay("restore", backup, data_dir=folder)
    assert restored.returncode == 0, restored.stderr
    assert json.loads(sotay("talks", "list", "--limit", "5", "--json", data_dir=folder).stdout) == first
    assert sotay("check", data_dir=folder).returncode == 0


def test_demo_is_deterministic_with_a_seed(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        assert sotay("demo", "--seed", "11", data_dir=folder).returncode == 0

    def content(folder: Path) -> list[dict]:
        listed = json.loads(sotay("talks", "list", "--limit", "500", "--json", data_dir=folder).stdout)
        return [{k: v for k, v in t.items() if k != "hlc"} for t in listed["talks"]]

    assert content(a) == content(b)


def test_output_cut_short_by_a_pipe_leaves_no_traceback(commune):
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `| head` that has already left: every write meets a closed pipe
    try:
        result = subprocess.run(
            [sys.executable, "-m", "desktop_app", "--data-dir", str(commune), "units", "list", "--province", "82"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    finally:
        os.close(write_end)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "Broken pipe" not in result.stderr


@pytest.mark.parametrize(
    ("args", "label", "field"),
    [
        ([a for i in range(51) for a in ("--topic", f"Chuyên đề {i}")], "Chuyên đề", "topics"),
        ([a for i in range(51) for a in ("--theme", f"Chủ đề {i}")], "Chủ đề ý kiến", "question_themes"),
        (["--topic", "x" * 121], "Chuyên đề", "topic"),
        (["--attendance", "20001"], "Số lượt người dự", "attendance"),
        (["--online-views", "100000001"], "Lượt xem", "online_views"),
        (["--place", "x" * 201], "Địa điểm", "place"),
    ],
)
def test_talks_add_refuses_what_a_receiver_would_refuse_naming_the_field(commune, args, label, field):
    result = sotay("talks", "add", *args, data_dir=commune)
    assert result.returncode == 1
    assert result.stderr.startswith(f"Lỗi: {label}:") and f"({field} " in result.stderr
    assert "Traceback" not in result.stderr
    assert json.loads(sotay("talks", "list", "--json", data_dir=commune).stdout)["total"] == 0


def test_talks_add_at_the_limits_is_saved_and_control_characters_are_stripped(commune):
    topics = [a for i in range(50) for a in ("--topic", f"Chuyên đề {i}")]
    result = sotay(
        "talks", "add", *topics, "--attendance", "20000", "--place", "Ấp\x01 Tân Mỹ", "--json", data_dir=commune
    )
    assert result.returncode == 0, result.stderr
    talk = json.loads(result.stdout)
    assert len(talk["topics"]) == 50 and talk["attendance"] == 20000 and talk["place"] == "Ấp Tân Mỹ"


def test_library_add_refuses_more_key_points_than_a_receiver_takes(commune, tmp_path):
    text = tmp_path / "de-cuong.txt"
    text.write_text("Đề cương tuyên truyền\nNội dung.", encoding="utf-8")
    points = [a for i in range(201) for a in ("--key-point", f"Ý chính {i}")]
    result = sotay("library", "add", str(text), *points, data_dir=commune)
    assert result.returncode == 1 and result.stderr.startswith("Lỗi: Ý chính:") and "(key_points " in result.stderr
    assert json.loads(sotay("library", "list", "--json", data_dir=commune).stdout) == {"documents": []}


def test_an_argument_the_locale_cannot_decode_is_cleaned_not_a_traceback(tmp_path):
    """Under a C locale without UTF-8 mode, an argument's undecodable bytes reach Python as lone
    surrogates; they are not text and cannot be stored, so they are dropped like control characters."""
    folder = tmp_path / "data"
    env = {**os.environ, "LC_ALL": "C", "PYTHONUTF8": "0"}
    env.pop("PYTHONIOENCODING", None)
    cmd = [sys.executable, "-m", "desktop_app", "--data-dir", str(folder), "init", "--unit", "30130", "--name"]
    result = subprocess.run([*cmd, b"Nguy\xe1n"], capture_output=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert b"Traceback" not in result.stderr
    shown = sotay("talks", "list", data_dir=folder)
    assert shown.returncode == 0
