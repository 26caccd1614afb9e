"""``sotay talks add --follow-up-outcome/--follow-up-resolved-on/--urgent``, ``talks resolve`` and
``talks list --urgent`` (issue 16, item 5): a refusal is a Vietnamese sentence with exit 1."""

from __future__ import annotations

import datetime as dt
import json

from sotay_cli import sotay

# days well inside the past whatever the clock and time zone (the command reads today itself)
HELD = dt.date.today() - dt.timedelta(days=20)
LATER = HELD + dt.timedelta(days=3)
NEXT = HELD + dt.timedelta(days=7)


def _dmy(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def _ok(*args, data_dir):
    result = sotay(*args, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    return result


def test_a_follow_up_resolved_and_urgent_concerns_listed(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    add = ("talks", "add", "--date", _dmy(HELD), "--follow-up", "Trả lời về giá điện", "--json")
    done = json.loads(
        _ok(*add, "--follow-up-outcome", "transferred", "--follow-up-resolved-on", _dmy(NEXT), data_dir=d).stdout
    )
    assert (done["follow_up_status"], done["follow_up_outcome"], done["follow_up_resolved_on"]) == (
        "done",
        "transferred",
        NEXT.isoformat(),
    )
    older = json.loads(_ok(*add, "--urgent", data_dir=d).stdout)
    newer = json.loads(
        _ok("talks", "add", "--date", _dmy(LATER), "--questions", "Sạt lở", "--urgent", "--json", data_dir=d).stdout
    )
    listed = json.loads(_ok("talks", "list", "--urgent", "--json", data_dir=d).stdout)
    assert [t["id"] for t in listed["talks"]] == [newer["id"], older["id"]] and listed["total"] == 2
    shown = _ok("talks", "show", done["id"], data_dir=d).stdout
    assert f"Đã chuyển cơ quan có thẩm quyền ngày {_dmy(NEXT)}" in shown

    resolved = json.loads(_ok("talks", "resolve", older["id"], "--on", _dmy(NEXT), "--json", data_dir=d).stdout)
    assert (resolved["follow_up_outcome"], resolved["follow_up_resolved_on"]) == ("answered", NEXT.isoformat())
    assert resolved["urgent"] is True  # the mark stays; the concern is no longer waiting
    listed = json.loads(_ok("talks", "list", "--urgent", "--json", data_dir=d).stdout)
    assert [t["id"] for t in listed["talks"]] == [newer["id"]]


def test_a_resolved_day_before_the_talk_is_refused_in_vietnamese(tmp_path):
    d = tmp_path / "d"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=d)
    talk = json.loads(_ok("talks", "add", "--date", _dmy(HELD), "--follow-up", "Trả lời", "--json", data_dir=d).stdout)
    refused = sotay("talks", "resolve", talk["id"], "--on", _dmy(HELD - dt.timedelta(days=1)), data_dir=d)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"Ngày giải quyết: {_dmy(HELD - dt.timedelta(days=1))} trước ngày của buổi ({_dmy(HELD)})" in refused.stderr
    plain = json.loads(_ok("talks", "add", "--date", _dmy(HELD), "--json", data_dir=d).stdout)
    refused = sotay("talks", "resolve", plain["id"], data_dir=d)
    assert refused.returncode == 1 and "không có việc cần theo dõi" in refused.stderr
    assert json.loads(_ok("talks", "show", talk["id"], "--json", data_dir=d).stdout)["follow_up_status"] == "open"


def test_an_urgent_concern_sent_up_is_listed_first_at_the_province(tmp_path):
    commune, province, out = tmp_path / "c", tmp_path / "p", tmp_path / "usb"
    _ok("init", "--unit", "30130", "--name", "Hùng", data_dir=commune)
    _ok("init", "--unit", "P82", "--role", "aggregator", "--name", "Lan", data_dir=province)
    calm = ("talks", "add", "--date", _dmy(HELD), "--theme", "Giá điện", "--questions", "Hỏi giá điện", "--json")
    older = json.loads(_ok(*calm, "--urgent", data_dir=commune).stdout)
    newer = json.loads(
        _ok(
            "talks", "add", "--date", _dmy(LATER), "--theme", "Môi trường", "--urgent", "--json", data_dir=commune
        ).stdout
    )
    _ok("talks", "add", "--date", _dmy(LATER), "--theme", "Đất đai", data_dir=commune)
    _ok("export", "--to", str(out), data_dir=commune)
    imported = _ok("import", str(out), "--trust", data_dir=province).stdout
    assert "2 ý kiến khẩn" in imported
    listed = json.loads(_ok("talks", "list", "--urgent", "--json", data_dir=province).stdout)
    assert [t["id"] for t in listed["talks"]] == [newer["id"], older["id"]]
    assert listed["talks"][0]["question_themes"] == ["Môi trường"]
