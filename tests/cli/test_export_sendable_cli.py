"""``sotay export`` through a real subprocess refuses a log holding a talk an older version saved
over the limits: exit 1, the talk named on stderr, the list in ``--json``; nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from exchange_helpers import COMMUNE, Factory, add_talks
from sotay_cli import sotay

from desktop_app.services import Services
from desktop_app.storage import records_repo as repo


def test_export_refused_naming_the_talk_exit_1_and_json(tmp_path):
    Factory(tmp_path).make("c", COMMUNE).close()
    folder = tmp_path / "c"
    s = Services.open(folder)
    talk = add_talks(s, 2)[0]
    old = dataclasses.replace(
        talk,
        held_on=dt.date(2026, 3, 12),
        place="Nhà văn hóa ấp 1",
        topics=tuple(f"Chuyên đề {n}" for n in range(51)),
        hlc=s.session.next_version(),
    )
    repo.save_talk(s.session.db, old)  # as a version before the shared rules stored it
    s.close()
    out = tmp_path / "usb"

    plain = sotay("export", "--to", str(out), data_dir=folder)
    assert plain.returncode == 1 and plain.stdout == ""
    assert "Traceback" not in plain.stderr
    assert "Buổi 12/03/2026 · Nhà văn hóa ấp 1: Chuyên đề: nhiều quá 50 mục (hiện có 51)." in plain.stderr
    assert talk.id in plain.stderr  # the English detail names the record's id

    as_json = sotay("export", "--snapshot", "--to", str(out), "--json", data_dir=folder)
    assert as_json.returncode == 1
    body = json.loads(as_json.stdout)
    assert body["error"]["code"] == "unsendable_records"
    assert set(body["error"]) == {"code", "field", "message", "detail"}
    assert body["records"] == [
        {
            "table": "talks",
            "id": talk.id,
            "summary": "Buổi 12/03/2026 · Nhà văn hóa ấp 1",
            "field": "topics",
            "problem": "Chuyên đề: nhiều quá 50 mục (hiện có 51).",
            "detail": "topics has 51 items, the limit is 50",
        }
    ]
    assert "Chuyên đề: nhiều quá 50 mục" in as_json.stderr
    assert not out.exists()

    listed = sotay("receipts", "--json", data_dir=folder)  # no link of the export chain was recorded
    assert json.loads(listed.stdout)["sent"] == []
