"""Files written by released versions must keep opening and importing (the golden files in ``tests/data``)."""

from __future__ import annotations

import json
from pathlib import Path

from sotay_cli import sotay

DATA = Path(__file__).parent.parent / "data"
BUNDLE_0_1_0 = DATA / "bundle-v0.1.0-30130-log.sotay"


def test_a_log_bundle_from_version_0_1_0_imports(tmp_path):
    aggregator = tmp_path / "tinh-dong-thap"
    assert sotay("init", "--unit", "P82", "--role", "aggregator", data_dir=aggregator).returncode == 0
    refused = sotay("import", str(BUNDLE_0_1_0), "--json", data_dir=aggregator)
    assert refused.returncode == 1  # the sender's key is not trusted yet: nothing is written
    result = sotay("import", str(BUNDLE_0_1_0), "--trust", "--json", data_dir=aggregator)
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    (outcome,) = summary["files"]
    assert outcome["status"] == "applied" and outcome["sender_unit"] == "30130"
    assert outcome["fingerprint"] == "6548 51FC 36A7 BC64"
    assert summary["totals"]["new"] == 8 + 14 + 30 and summary["totals"]["invalid"] == 0
    talks = json.loads(sotay("talks", "list", "--limit", "100", "--json", data_dir=aggregator).stdout)
    assert talks["total"] == 30 and {t["owner_unit"] for t in talks["talks"]} == {"30130"}
    again = json.loads(sotay("import", str(BUNDLE_0_1_0), "--json", data_dir=aggregator).stdout)
    assert again["files"][0]["status"] == "already_imported"
    assert sotay("check", data_dir=aggregator).returncode == 0
