"""`sotay import` returns once a large import's data is committed and says the search index
follows; `sotay search` completes it first, saying so."""

from __future__ import annotations

import json

from exchange_helpers import PROVINCE, Factory, add_talks

from desktop_app.cli import run
from desktop_app.core.enums import Role
from desktop_app.services import import_batch


def test_a_large_import_returns_before_the_index_and_search_completes_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(import_batch, "INDEX_AT_ONCE", 2)
    f = Factory(tmp_path)
    commune = f.make("c", "30130")
    add_talks(commune, 4)
    commune.close()
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    c, a = ["--data-dir", str(tmp_path / "c")], ["--data-dir", str(tmp_path / "a")]
    assert run(c + ["export", "--to", str(tmp_path / "inbox")]) == 0
    capsys.readouterr()

    assert run(a + ["import", str(tmp_path / "inbox"), "--trust"]) == 0
    assert "Chỉ mục tìm kiếm còn 4 bản ghi" in capsys.readouterr().out
    assert run(a + ["talks", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 4

    assert run(a + ["search", "lừa đảo"]) == 0
    done = capsys.readouterr()
    assert "Đang lập chỉ mục tìm kiếm cho 4 bản ghi" in done.err
    assert done.out.count("[talk]") == 4
    assert run(a + ["search", "lừa đảo"]) == 0
    assert capsys.readouterr().err == ""


def test_the_json_summary_counts_what_the_index_still_lacks(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(import_batch, "INDEX_AT_ONCE", 2)
    f = Factory(tmp_path)
    commune = f.make("c", "30130")
    add_talks(commune, 3)
    commune.close()
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    assert run(["--data-dir", str(tmp_path / "c"), "export", "--to", str(tmp_path / "inbox")]) == 0
    capsys.readouterr()
    assert run(["--data-dir", str(tmp_path / "a"), "import", str(tmp_path / "inbox"), "--trust", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["indexed"] == 0 and summary["index_pending"] == 3
