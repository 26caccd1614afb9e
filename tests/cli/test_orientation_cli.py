"""``sotay orientation``: a province sets a month's topics, its communes' talks reach it in their
logs, and ``coverage`` counts each commune's covered topics (issue 16 item 1)."""

from __future__ import annotations

import datetime as dt
import json

from exchange_helpers import PROVINCE, TODAY, Factory

from desktop_app.cli import run
from desktop_app.core.enums import Role


def _json(capsys, args) -> dict:
    assert run(args) == 0
    return json.loads(capsys.readouterr().out)


def _ok_text(capsys, args) -> str:
    assert run(args) == 0
    return capsys.readouterr().out


def test_orientation_added_at_the_province_and_covered_by_two_talks(tmp_path, capsys):
    f = Factory(tmp_path)
    month = TODAY.strftime("%Y-%m")
    commune = f.make("c", "30130")
    for held_on, topics in (
        (TODAY.replace(day=1), ["phong chong lua dao qua mang"]),
        (TODAY, ["Chuyển đổi số", "Bảo vệ môi trường"]),
        (TODAY.replace(day=1) - dt.timedelta(days=1), ["An toàn giao thông"]),
    ):
        commune.talks.add(held_on=held_on, format="meeting", place="Nhà văn hóa ấp 1", attendance=30, topics=topics)
    commune.close()
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    c, a = ["--data-dir", str(tmp_path / "c")], ["--data-dir", str(tmp_path / "a")]

    assert run(c + ["orientation", "add", "--period", month, "--topic", "X"]) == 1
    assert "Chỉ đơn vị tổng hợp" in capsys.readouterr().err
    for topic, extra in (
        ("Phòng, chống lừa đảo qua mạng", ["--priority", "high", "--format", "meeting"]),
        ("Bảo vệ môi trường", ["--document", "doc-1"]),
        ("An toàn giao thông", []),
    ):
        _json(
            capsys,
            a + ["orientation", "add", "--period", month, "--topic", topic, "--due", "28/12/2026", *extra, "--json"],
        )
    assert run(a + ["orientation", "add", "--period", "2026-13", "--topic", "X"]) == 1
    assert "Kỳ" in capsys.readouterr().err
    listed = _json(capsys, a + ["orientation", "list", "--period", month, "--json"])["topics"]
    assert [t["priority"] for t in listed] == ["high", "normal", "normal"]
    assert listed[0]["formats"] == ["meeting"] and listed[0]["due_on"] == "2026-12-28"

    assert run(a + ["pack", "export", "--orientation", "2026-10", "--to", str(tmp_path / "none")]) == 1
    capsys.readouterr()  # no orientation for that month: nothing to send
    assert run(a + ["pack", "export", "--orientation", month, "--to", str(tmp_path / "down")]) == 0
    assert run(c + ["import", str(tmp_path / "down"), "--trust"]) == 0
    capsys.readouterr()
    received = _json(capsys, c + ["orientation", "list", "--json"])["topics"]
    assert [t["topic"] for t in received] == [t["topic"] for t in listed]
    assert "2/3" in _ok_text(capsys, c + ["orientation", "coverage", "--period", month])

    before = _json(capsys, a + ["orientation", "coverage", "--period", month, "--json"])
    assert next(u for u in before["units"] if u["unit_code"] == "30130")["count"] == 0

    assert run(c + ["export", "--to", str(tmp_path / "inbox")]) == 0
    assert run(a + ["import", str(tmp_path / "inbox"), "--trust"]) == 0
    capsys.readouterr()
    after = _json(capsys, a + ["orientation", "coverage", "--period", month, "--json"])
    row = next(u for u in after["units"] if u["unit_code"] == "30130")
    by_id = {t["id"]: t["topic"] for t in after["topics"]}
    # the traffic talk was held the month before: it does not count for this month
    assert sorted(by_id[i] for i in row["covered"]) == ["Bảo vệ môi trường", "Phòng, chống lừa đảo qua mạng"]
    assert row["count"] == 2
    assert all(u["count"] == 0 for u in after["units"] if u["unit_code"] != "30130")
    assert run(a + ["orientation", "coverage", "--period", month]) == 0
    assert "2/3" in capsys.readouterr().out


def test_key_dates_are_added_listed_and_a_bad_one_refused(tmp_path, capsys):
    f = Factory(tmp_path)
    f.make("a", PROVINCE, Role.AGGREGATOR).close()
    a = ["--data-dir", str(tmp_path / "a")]
    add = a + ["orientation", "add", "--period", "2026-12", "--topic", "Kỷ niệm ngày thành lập QĐND"]
    for bad, said in (
        ("2026-12-32:Ngày không có", "không phải là ngày hợp lệ"),
        ("2026-12-22", "thiếu tên ngày"),
        (":Ngày thành lập QĐND", "thiếu ngày"),
    ):
        assert run(add + ["--key-date", bad]) == 1
        err = capsys.readouterr().err
        assert "Ngày cần nhớ" in err and said in err and "Traceback" not in err
    assert run(a + ["orientation", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["topics"] == []  # nothing half-written
    topic = _json(
        capsys,
        add
        + ["--key-date", "2026-12-22:Ngày thành lập QĐND", "--key-date", "19/12/2026:Toàn quốc kháng chiến", "--json"],
    )
    assert topic["key_dates"] == [
        {"on": "2026-12-19", "label": "Toàn quốc kháng chiến"},
        {"on": "2026-12-22", "label": "Ngày thành lập QĐND"},
    ]
    listed = _ok_text(capsys, a + ["orientation", "list"])
    assert "22/12/2026 — Ngày thành lập QĐND" in listed
    upcoming = _json(capsys, a + ["calendar", "list", "--upcoming", "31", "--json"])["reminders"]
    assert {"on": "2026-12-19", "title": "Toàn quốc kháng chiến", "from_orientation": True}.items() <= next(
        r for r in upcoming if r["from_orientation"]
    ).items()
