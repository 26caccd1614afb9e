"""The exchange commands as a user types them: exit codes, --json shapes, Vietnamese messages."""

from __future__ import annotations

import json

from exchange_helpers import PROVINCE, Factory, add_talks

from desktop_app.cli import run
from desktop_app.core.enums import Role


def test_export_import_keys_ledger_receipts(tmp_path, capsys):
    f = Factory(tmp_path)
    commune = f.make("c", "30130")
    add_talks(commune, 3)
    commune.close()
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    c, a = ["--data-dir", str(tmp_path / "c")], ["--data-dir", str(tmp_path / "a")]
    out = tmp_path / "inbox"

    assert run(c + ["export", "--to", str(out), "--json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["kind"] == "log" and exported["counts"]["talks"] == 3
    assert exported["redaction"] == "contacts_removed"

    assert run(c + ["export", "--include-contacts"]) == 1
    assert "bắt buộc mã hóa" in capsys.readouterr().err

    assert run(a + ["import", str(out), "--json"]) == 1
    refused = json.loads(capsys.readouterr().out)
    assert refused["files"][0]["reason"] == "unknown_key"

    assert run(a + ["import", str(out), "--dry-run", "--trust", "--json"]) == 0
    preview = json.loads(capsys.readouterr().out)
    assert preview["dry_run"] and preview["files"][0]["status"] == "previewed"
    assert preview["totals"]["new"] >= 3

    assert run(a + ["import", str(out), "--trust"]) == 0
    text = capsys.readouterr().out
    assert "ĐÃ NHẬP" in text and "mới" in text
    assert run(a + ["import", str(out)]) == 0
    assert "ĐÃ CÓ" in capsys.readouterr().out

    assert run(a + ["keys", "list", "--json"]) == 0
    keys = json.loads(capsys.readouterr().out)
    assert keys[0]["unit_code"] == "30130" and keys[0]["status"] == "trusted"
    assert run(a + ["ledger", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["senders"][0]["unit_code"] == "30130"

    assert run(a + ["receipts", "export", "--for", "30130", "--to", str(tmp_path / "back")]) == 0
    capsys.readouterr()
    assert run(c + ["import", str(tmp_path / "back"), "--trust"]) == 0
    capsys.readouterr()
    assert run(c + ["receipts", "--json"]) == 0
    sent = json.loads(capsys.readouterr().out)["sent"]
    assert sent[0]["receipt_at"] and sent[0]["receipt_by"] == PROVINCE

    keyfile = tmp_path / "tinh.key"
    assert run(a + ["keys", "show", "--export", str(keyfile), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["keyfile"] == str(keyfile)
    passfile = tmp_path / "pass.txt"
    passfile.write_text("mật khẩu\n", encoding="utf-8")
    assert run(c + ["export", "--snapshot", "--encrypt-to", str(keyfile), "--include-contacts", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["encrypted"] is True
    try:
        run(c + ["export", "--passphrase-file", str(passfile), "--encrypt-to", str(keyfile)])
    except SystemExit as exc:  # argparse: a usage error
        assert exc.code == 2
    capsys.readouterr()

    assert run(a + ["keys", "revoke", "30130", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["status"] == "revoked"


def test_search_finds_what_an_interrupted_import_left_unindexed(tmp_path, capsys):
    """An import indexes for search after it has committed; if that was cut short (cancelled, the
    window closed), the next search indexes the rest first."""
    from desktop_app.exchange import export_log, import_paths
    from desktop_app.storage import deferred_index

    f = Factory(tmp_path)
    commune = f.make("c", "30130")
    add_talks(commune, 3)
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "inbox").path
    commune.close()
    agg = f.make("a", PROVINCE, Role.AGGREGATOR)
    assert import_paths(agg.session.exchange_context(), [bundle], trust=True, index=False).files[0].status == "applied"
    assert deferred_index.backlog_size(agg.session.db) == 3
    agg.close()
    assert run(["--data-dir", str(tmp_path / "a"), "search", "lừa đảo", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["results"]
    assert sorted(h["kind"] for h in hits) == ["talk"] * 3


def test_import_reports_the_search_index_as_its_last_step(tmp_path):
    from desktop_app.exchange import export_log, import_paths
    from desktop_app.exchange.importer import INDEXING

    f = Factory(tmp_path)
    commune = f.make("c", "30130")
    add_talks(commune, 4)
    bundle = export_log(commune.session.exchange_context(), to=tmp_path / "inbox").path
    agg = f.make("a", PROVINCE, Role.AGGREGATOR)
    steps = []
    summary = import_paths(
        agg.session.exchange_context(), [bundle], trust=True, progress=lambda *step: steps.append(step)
    )
    assert summary.indexed == 4
    assert steps[-1] == (4, 4, INDEXING)
    assert steps[0][2] == bundle.name
    agg.close()
    commune.close()


def test_for_names_a_unit_of_the_list_so_the_file_can_be_read(tmp_path, capsys):
    """``--for`` wrote whatever was typed into the manifest: a code with a trailing newline, an unknown
    code or a path made a file every receiver refuses (and a chain for a receiver that does not exist)."""
    f = Factory(tmp_path)
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    a = ["--data-dir", str(tmp_path / "a")]
    for bad in ("99999", "../../etc", "không có đơn vị này"):
        assert run(a + ["export", "--for", bad, "--to", str(tmp_path / "out"), "--json"]) == 1
        assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    assert run(a + ["export", "--for", "30130\n", "--to", str(tmp_path / "out"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["receiver"] == "30130"
    assert run(a + ["export", "--for", "Xã Thanh Bình", "--to", str(tmp_path / "out"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["receiver"] == "30130"


def test_trust_sender_trusts_the_new_key_of_that_unit_only(tmp_path, capsys):
    f = Factory(tmp_path)
    first, second = f.communes(2)
    inbox = tmp_path / "inbox"
    for code in (first, second):
        commune = f.make(f"c{code}", code)
        add_talks(commune, 2)
        commune.exchange.export_log(inbox)
        commune.close()
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    a = ["--data-dir", str(tmp_path / "a")]

    assert run(a + ["import", str(inbox), "--trust-sender", first, "--json"]) == 1
    files = {row["sender_unit"]: row for row in json.loads(capsys.readouterr().out)["files"]}
    assert files[first]["status"] == "applied" and files[first]["key_action"] == "trust_new"
    assert files[second]["status"] == "refused" and files[second]["reason"] == "unknown_key"

    # a unit this list does not know: refused before any file is read, in words
    assert run(a + ["import", str(inbox), "--trust-sender", "Xã Không Có Thật"]) == 1
    captured = capsys.readouterr()
    assert "Không" in captured.err and "Traceback" not in captured.err
    assert run(a + ["import", str(inbox), "--trust-sender", second]) == 0
    assert "ĐÃ NHẬP" in capsys.readouterr().out
