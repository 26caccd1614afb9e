"""One door: a folder with mixed files (a sender already trusted, a new sender confirmed, a new
sender not confirmed, a file locked with a passphrase, a damaged file) imported once through the
window and once through ``sotay import``, into two copies of the same database: the same outcome
for every file, the same stored rows, and one backup each."""

from __future__ import annotations

import json

from exchange_helpers import content, fixed_today
from mixed_inbox import PASSPHRASE, mixed_inbox

from desktop_app.cli import run
from desktop_app.services import Services
from desktop_app.ui.pages.exchange import ExchangePage, PassphraseDialog, SendersDialog
from desktop_app.ui.widgets import Ask


def _outcomes(files: list[dict]) -> dict[str, tuple]:
    return {
        f["path"].rsplit("/", 1)[-1]: (f["status"], f["reason"], f["key_action"], f["counts"], f["set_aside"])
        for f in files
    }


def _backups(s) -> list:
    return sorted((s.data_dir / "backups").glob("*before-import*.db"))


def _keys(s) -> list[tuple]:
    return sorted((k["unit_code"], k["key_id"], k["status"]) for k in s.exchange.list_keys())


def test_the_window_and_the_command_line_import_a_mixed_folder_the_same_way(tmp_path, qtbot, monkeypatch, capsys):
    inbox = mixed_inbox(tmp_path)
    by_window, by_cli = inbox.copy(tmp_path / "window"), inbox.copy(tmp_path / "cli")
    accept = {inbox.fingerprints[inbox.confirmed], inbox.fingerprints[inbox.locked]}

    # the window: choose the folder, type the passphrase asked for, confirm two of the three new keys
    asked_passphrase, asked_trust = [], []
    monkeypatch.setattr(Ask, "folder", staticmethod(lambda *a: inbox.folder))
    monkeypatch.setattr(
        PassphraseDialog, "ask", staticmethod(lambda parent, name, wrong: asked_passphrase.append(name) or PASSPHRASE)
    )
    monkeypatch.setattr(
        SendersDialog,
        "ask",
        staticmethod(
            lambda parent, senders: (
                asked_trust.extend(s.fingerprint for s in senders) or [s for s in senders if s.fingerprint in accept]
            )
        ),
    )
    page = ExchangePage(by_window, None)  # no runner: the work runs inline
    qtbot.addWidget(page)
    page.show()
    page.folder_button.click()
    assert asked_passphrase == [inbox.files[inbox.locked]]
    page.trust_button.click()
    assert sorted(asked_trust) == sorted(inbox.fingerprints[c] for c in (inbox.confirmed, inbox.declined, inbox.locked))
    assert page.apply_button.isVisible()
    page.apply_button.click()
    assert page.applied
    window_outcomes = _outcomes([o.as_dict() for o in page.summary.files])

    # the command line: the same choices, said as flags
    passphrase_file = tmp_path / "mat-khau.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    by_cli.close()
    code = run(
        ["--data-dir", str(tmp_path / "cli"), "import", str(inbox.folder), "--json"]
        + ["--trust-sender", inbox.confirmed, "--trust-sender", inbox.locked]
        + ["--passphrase-file", str(passphrase_file)]
    )
    assert code == 1  # two files refused
    cli_outcomes = _outcomes(json.loads(capsys.readouterr().out)["files"])
    by_cli = Services.open(tmp_path / "cli", today=fixed_today)

    assert window_outcomes == cli_outcomes
    status = {name: outcome[:3] for name, outcome in cli_outcomes.items()}
    assert status[inbox.files[inbox.pinned]] == ("applied", None, "known")
    assert status[inbox.files[inbox.confirmed]] == ("applied", None, "trust_new")
    assert status[inbox.files[inbox.locked]] == ("applied", None, "trust_new")
    assert status[inbox.files[inbox.declined]][:2] == ("refused", "unknown_key")
    assert status[inbox.files["damaged"]][0] == "refused"

    assert content(by_window) == content(by_cli)
    assert _keys(by_window) == _keys(by_cli)
    assert len(_backups(by_window)) == 1 and len(_backups(by_cli)) == 1
    by_window.close()
    by_cli.close()
