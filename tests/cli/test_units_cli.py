"""Units on the command line: a bare code that is a province's and a commune's is refused naming both;
a file from a unit outside this installation's tree is imported only with --accept-outside."""

from __future__ import annotations

import json

from exchange_helpers import Factory, add_talks
from sotay_cli import sotay

from desktop_app.cli import run
from desktop_app.core.enums import Role


def test_init_refuses_a_bare_code_of_a_province_and_a_commune_naming_both(tmp_path):
    result = sotay("init", "--unit", "82", "--role", "aggregator", data_dir=tmp_path / "a")
    assert result.returncode == 1, result.stderr
    assert "Tỉnh Đồng Tháp (P82)" in result.stderr and "Phường Cửa Nam" in result.stderr
    assert "ghi rõ P82 hoặc 00082" in result.stderr
    assert "Traceback" not in result.stderr
    assert sotay("talks", "list", data_dir=tmp_path / "a").returncode == 1  # nothing was set up


def test_init_takes_the_province_or_the_commune_written_in_full(tmp_path):
    province = sotay("init", "--unit", "P82", "--role", "aggregator", data_dir=tmp_path / "p")
    assert province.returncode == 0 and "Tỉnh Đồng Tháp (mã P82)" in province.stdout
    commune = sotay("init", "--unit", "00082", data_dir=tmp_path / "c")
    assert commune.returncode == 0 and "Phường Cửa Nam" in commune.stdout


def test_a_file_from_outside_this_installations_tree_is_imported_only_when_accepted(tmp_path, capsys):
    f = Factory(tmp_path)
    commune = f.make("c", "30130")  # Xã Thanh Bình, Đồng Tháp
    add_talks(commune, 2)
    commune.close()
    f.make("a", "00082", Role.AGGREGATOR).close()  # Phường Cửa Nam, Hà Nội: the wrong set-up of the issue
    c, a = ["--data-dir", str(tmp_path / "c")], ["--data-dir", str(tmp_path / "a")]
    inbox = tmp_path / "inbox"
    assert run(c + ["export", "--to", str(inbox)]) == 0
    capsys.readouterr()

    assert run(a + ["import", str(inbox), "--trust", "--dry-run"]) == 1
    said = capsys.readouterr().out
    assert "Xã Thanh Bình (Tỉnh Đồng Tháp)" in said and "không thuộc Phường Cửa Nam" in said
    assert "--accept-outside" in said
    assert run(a + ["import", str(inbox), "--trust", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["files"][0]["reason"] == "outside_tree"
    assert run(a + ["talks", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0  # nothing was written

    assert run(a + ["import", str(inbox), "--trust", "--accept-outside", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["status"] == "applied"
    assert run(a + ["talks", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2


def test_init_sets_up_a_new_cluster_and_units_members_changes_its_members(tmp_path, capsys):
    d = ["--data-dir", str(tmp_path / "cum")]
    args = ["init", "--role", "aggregator", "--new-unit", "Cụm thi đua số 1", "--kind", "cluster", "--parent", "P82"]
    assert run(d + args + ["--member", "28249", "28261", "Xã Thanh Bình"]) == 0
    said = capsys.readouterr().out
    assert "Cụm thi đua số 1, Tỉnh Đồng Tháp" in said and "Đơn vị thành viên (3)" in said
    assert run(d + ["units", "members", "--json"]) == 0
    assert [u["code"] for u in json.loads(capsys.readouterr().out)["units"]] == ["28249", "28261", "30130"]

    assert run(d + ["units", "members", "--remove", "28249", "--add", "28270", "--json"]) == 0
    assert [u["code"] for u in json.loads(capsys.readouterr().out)["units"]] == ["28261", "28270", "30130"]
    assert run(d + ["units", "members", "--add", "82"]) == 1  # the province's and a Hà Nội ward's: refused
    err = capsys.readouterr().err
    assert "ghi rõ P82 hoặc 00082" in err and "Traceback" not in err
    assert run(d + ["units", "members", "--add", "00082"]) == 1  # a ward of Hà Nội: outside the parent
    assert "không thuộc Tỉnh Đồng Tháp" in capsys.readouterr().err
    assert run(d + ["units", "members", "--json"]) == 0
    assert [u["code"] for u in json.loads(capsys.readouterr().out)["units"]] == ["28261", "28270", "30130"]


def test_init_of_a_new_unit_refuses_an_incomplete_or_ambiguous_command(tmp_path):
    base = ["init", "--role", "aggregator", "--new-unit", "Cụm 2", "--kind", "cluster"]
    for args, said in (
        (base + ["--member", "28249"], "--parent"),  # no parent
        (base + ["--parent", "82", "--member", "28249"], "ghi rõ P82 hoặc 00082"),  # a bare 82
        (base + ["--parent", "P82"], "ít nhất một đơn vị thành viên"),
        (["init", "--new-unit", "Cụm 2", "--kind", "cluster", "--parent", "P82", "--member", "28249"], "aggregator"),
        (["init", "--kind", "cluster"], "--unit"),
    ):
        result = sotay(*args, data_dir=tmp_path / "x")
        assert result.returncode == 1 and said in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
    assert sotay("talks", "list", data_dir=tmp_path / "x").returncode == 1  # nothing was set up


def test_units_members_is_refused_outside_a_cluster(tmp_path):
    assert sotay("init", "--unit", "P82", "--role", "aggregator", data_dir=tmp_path / "p").returncode == 0
    result = sotay("units", "members", "--add", "28249", data_dir=tmp_path / "p")
    assert result.returncode == 1 and "không phải cụm hay đoàn thể" in result.stderr
