"""``sotay import --trust-unit`` and ``--trust-list``: new senders confirmed by code, or by code and
the fingerprint read over the phone; a key whose fingerprint differs from the list stays refused."""

from __future__ import annotations

import json

from exchange_helpers import PROVINCE, Factory, add_talks

from desktop_app.cli import run
from desktop_app.core.enums import Role


def _inbox(tmp_path, n: int) -> tuple[list[str], dict[str, str]]:
    """``n`` communes' logs in one folder; their codes and each one's key fingerprint."""
    f = Factory(tmp_path)
    codes = f.communes(n)
    fingerprints = {}
    for code in codes:
        commune = f.make(f"c{code}", code)
        add_talks(commune, 2)
        commune.exchange.export_log(tmp_path / "inbox")
        fingerprints[code] = commune.exchange.own_key()["fingerprint"]
        commune.close()
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    return codes, fingerprints


def _statuses(capsys) -> dict[str, str]:
    return {row["sender_unit"]: row["status"] for row in json.loads(capsys.readouterr().out)["files"]}


def test_trust_unit_is_repeatable_and_trusts_those_units_only(tmp_path, capsys):
    codes, _ = _inbox(tmp_path, 3)
    a = ["--data-dir", str(tmp_path / "a"), "import", str(tmp_path / "inbox"), "--json"]
    assert run(a + ["--trust-unit", codes[0], "--trust-unit", codes[1]]) == 1  # the third is still refused
    assert _statuses(capsys) == {codes[0]: "applied", codes[1]: "applied", codes[2]: "refused"}
    assert run(a + ["--trust-sender", codes[2]]) == 0  # the older flag keeps working
    assert _statuses(capsys)[codes[2]] == "applied"


def test_trust_list_trusts_only_the_keys_whose_fingerprint_matches(tmp_path, capsys):
    codes, fingerprints = _inbox(tmp_path, 3)
    listed = tmp_path / "dau-van-tay.txt"
    listed.write_text(
        "# checked by phone on Monday\n"
        f"{codes[0]}  {fingerprints[codes[0]]}  # the sheet's own layout\n"
        f"{codes[1]} {fingerprints[codes[1]].replace(' ', '').lower()}\n"
        f"{codes[2]}  {'0000 1111 2222 3333'}  # read wrong over the phone: not trusted\n",
        encoding="utf-8",
    )
    a = ["--data-dir", str(tmp_path / "a"), "import", str(tmp_path / "inbox"), "--json"]
    assert run(a + ["--dry-run", "--trust-list", str(listed)]) == 1
    assert _statuses(capsys) == {codes[0]: "previewed", codes[1]: "previewed", codes[2]: "refused"}
    assert run(a + ["--trust-list", str(listed)]) == 1
    assert _statuses(capsys) == {codes[0]: "applied", codes[1]: "applied", codes[2]: "refused"}


def test_a_trust_list_that_cannot_be_read_is_refused_in_words(tmp_path, capsys):
    _inbox(tmp_path, 1)
    bad = tmp_path / "bad.txt"
    bad.write_text("30130 not-a-fingerprint\n", encoding="utf-8")
    a = ["--data-dir", str(tmp_path / "a"), "import", str(tmp_path / "inbox")]
    assert run(a + ["--trust-list", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Dòng 1" in err and "bad.txt" in err and "Traceback" not in err
    assert run(a + ["--trust-list", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert "missing.txt" in err and "Traceback" not in err


def test_a_changed_key_is_shown_with_both_fingerprints_and_accepted_with_keys_trust(tmp_path, capsys):
    f = Factory(tmp_path)
    (code,) = f.communes(1)
    prints = []
    for name, folder in (("before", "inbox"), ("reinstalled", "later")):
        commune = f.make(name, code)
        add_talks(commune, 2)
        commune.exchange.export_log(tmp_path / folder)
        prints.append(commune.exchange.own_key()["fingerprint"])
        commune.close()
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    a = ["--data-dir", str(tmp_path / "a")]
    assert run(a + ["import", str(tmp_path / "inbox"), "--trust"]) == 0
    capsys.readouterr()

    assert run(a + ["import", str(tmp_path / "later"), "--trust"]) == 1  # --trust never replaces a key
    out = capsys.readouterr().out
    (line,) = [line for line in out.splitlines() if line.startswith("Khóa của")]
    assert f"khóa cũ {prints[0]}" in line and f"khóa mới {prints[1]}" in line
    later = next((tmp_path / "later").iterdir())
    assert line.endswith(f"sotay keys trust {later}")
    assert run(a + ["keys", "trust", str(later)]) == 0
    assert run(a + ["import", str(tmp_path / "later")]) == 0
    assert "ĐÃ NHẬP" in capsys.readouterr().out
