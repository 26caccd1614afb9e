"""`sotay demo` in several communes of one province: each demo has ids of its own, so the province
imports every commune's demo log with nothing set aside and reports the sum of them."""

from __future__ import annotations

import datetime as dt
import json

from exchange_helpers import PROVINCE, Factory

from desktop_app.cli import run
from desktop_app.core.vntime import vn_now
from desktop_app.services import Services
from desktop_app.services.demo import fill_demo


def _json(capsys, *argv: str) -> dict:
    capsys.readouterr()
    assert run(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_two_communes_demo_logs_add_up_in_the_province(tmp_path, capsys):
    codes = Factory(tmp_path).communes(2)
    inbox = tmp_path / "zalo"
    today = vn_now().date()
    period = f"{today - dt.timedelta(days=400)}..{today}"
    totals = []
    for code in codes:
        folder = str(tmp_path / code)
        assert run(["--data-dir", folder, "init", "--unit", code, "--name", "Cán bộ"]) == 0
        assert run(["--data-dir", folder, "demo"]) == 0
        assert run(["--data-dir", folder, "export", "--to", str(inbox)]) == 0
        totals.append(_json(capsys, "--data-dir", folder, "report", "--period", period)["totals"])
    assert totals[0]["sessions"] == 160 and totals[0] == totals[1]  # the same year, told by each commune

    province = str(tmp_path / "tinh")
    assert run(["--data-dir", province, "init", "--unit", PROVINCE, "--role", "aggregator"]) == 0
    imported = _json(capsys, "--data-dir", province, "import", str(inbox), "--trust", "--json")
    files = imported["files"]
    assert len(files) == 2 and all(f["status"] == "applied" for f in files)
    assert all(f["counts"].get("quarantined", 0) == 0 and not f["set_aside"] for f in files)
    assert all(f["counts"]["new"] > 160 and f["counts"]["conflicting"] == 0 for f in files)
    s = Services.open(tmp_path / "tinh")
    try:
        assert s.quarantine.count() == 0
    finally:
        s.close()
    report = _json(capsys, "--data-dir", province, "report", "--period", period)["totals"]
    assert report["sessions"] == 320
    assert report["attendance"] == sum(t["attendance"] for t in totals)


def test_the_demo_is_the_same_for_a_seed_and_its_ids_differ_between_units(tmp_path):
    factory = Factory(tmp_path)
    first, second = factory.communes(2)
    ids = {}
    for name, code in (("a", first), ("b", first), ("c", second)):
        s = factory.make(name, code)
        fill_demo(s, seed=7, talks=20)
        ids[name] = [r[0] for r in s.session.db.execute("SELECT id FROM talks ORDER BY id")]
        s.close()
    assert ids["a"] == ids["b"]  # deterministic
    assert len(ids["c"]) == 20 and not set(ids["a"]) & set(ids["c"])
