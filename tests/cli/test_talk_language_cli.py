"""``sotay talks add --language``: Vietnamese by default (stored as null), another language kept by
name, one too long refused with exit 1 and a Vietnamese reason."""

from __future__ import annotations

import json

from sotay_cli import sotay


def _ok(*args, data_dir):
    result = sotay(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result


def test_talks_add_records_the_language(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    default = json.loads(_ok("talks", "add", "--place", "Ấp 1", "--json", data_dir=d).stdout)
    khmer = json.loads(_ok("talks", "add", "--place", "Ấp 2", "--language", "Tiếng Khmer", "--json", data_dir=d).stdout)
    assert default["language"] is None and khmer["language"] == "Tiếng Khmer"
    shown = json.loads(_ok("talks", "show", khmer["id"], "--json", data_dir=d).stdout)
    assert shown["language"] == "Tiếng Khmer"
    refused = sotay("talks", "add", "--language", "x" * 61, data_dir=d)
    assert refused.returncode == 1 and "Ngôn ngữ" in refused.stderr and "Traceback" not in refused.stderr
