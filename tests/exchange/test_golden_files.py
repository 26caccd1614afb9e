"""Files written by released versions must keep opening and importing (STYLE.md: golden files)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent.parent / "data"
BUNDLE_0_1_0 = DATA / "bundle-v0.1.0-30130-log.sotay"


def sotay(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_log_bundle_from_version_0_1_0_imports(tmp_path):
    aggregator = tmp_path / "tinh-dong-thap"
    assert sotay(aggregator, "init", "--unit", "P82", "--role", "aggregator").returncode == 0
    refused = sotay(aggregator, "import", str(BUNDLE_0_1_0), "--json")
    assert refused.returncode == 1  # the sender's key is not trusted yet: nothing is written
    result = sotay(aggregator, "import", str(BUNDLE_0_1_0), "--trust", "--json")
    assert result.returncode == 0, result.stderr
    summary = json.loads(result.stdout)
    (outcome,) = summary["files"]
    assert outcome["status"] == "applied" and outcome["sender_unit"] == "30130"
    assert outcome["fingerprint"] == "6548 51FC 36A7 BC64"
    assert summary["totals"]["new"] == 8 + 14 + 30 and summary["totals"]["invalid"] == 0
    talks = json.loads(sotay(aggregator, "talks", "list", "--limit", "100", "--json").stdout)
    assert talks["total"] == 30 and {t["owner_unit"] for t in talks["talks"]} == {"30130"}
    again = json.loads(sotay(aggregator, "import", str(BUNDLE_0_1_0), "--json").stdout)
    assert again["files"][0]["status"] == "already_imported"
    assert sotay(aggregator, "check").returncode == 0
