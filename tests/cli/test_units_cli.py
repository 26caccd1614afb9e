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
