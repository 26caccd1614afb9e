"""Enum labels: one table per enum in core, the same words in the CLI and the reports.

The bug these guard against: one table keyed by the members' string values let ``GroupKind.OTHER``
("Khác") overwrite ``TalkFormat.OTHER`` ("Hình thức khác") and ``UnitKind.COMMUNE`` overwrite
``Role.COMMUNE``, because members of different enums share values.
"""

from __future__ import annotations

import inspect
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from enum import StrEnum
from pathlib import Path

import pytest
from sotay_cli import sotay

from desktop_app import cli
from desktop_app.core import enums, labels
from desktop_app.core.enums import GroupKind, Role, TalkFormat, UnitKind
from desktop_app.core.labels import label, label_of
from desktop_app.reports import periods
from desktop_app.reports.build import build_report

ROOT = Path(__file__).resolve().parents[2]
ALL_ENUMS = [
    obj for _name, obj in inspect.getmembers(enums, inspect.isclass) if issubclass(obj, StrEnum) and obj is not StrEnum
]


def test_every_enum_of_core_has_its_own_table():
    assert set(labels.TABLES) == set(ALL_ENUMS)


@pytest.mark.parametrize("enum_type", ALL_ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_exactly_one_label_and_labels_are_unique_within_the_enum(enum_type):
    table = labels.TABLES[enum_type]
    assert list(table) == list(enum_type)  # every member once, in the enum's order, nothing else
    assert all(isinstance(text, str) and text.strip() for text in table.values())
    assert len(set(table.values())) == len(table), f"two members of {enum_type.__name__} read the same"


def test_members_with_equal_values_keep_their_own_labels():
    assert TalkFormat.OTHER == GroupKind.OTHER  # equal strings: a table keyed by value cannot tell them apart
    assert label(TalkFormat.OTHER) == "Hình thức khác"
    assert label(GroupKind.OTHER) == "Khác"
    assert label(Role.COMMUNE) == "Xã, phường (ghi nhật ký)"
    assert label(UnitKind.COMMUNE) == "Xã, phường, đặc khu"


def test_a_code_from_a_newer_version_is_shown_as_it_is():
    assert label_of(TalkFormat, "other") == "Hình thức khác"
    assert label_of(TalkFormat, "drone_show") == "drone_show"


def test_lupdate_extracts_exactly_the_labels_under_their_context(tmp_path):
    """Every label is marked for Qt's translation with the context the window asks for."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate is not installed")
    ts = tmp_path / "labels.ts"
    subprocess.run(
        [
            str(lupdate),
            "-source-language",
            "vi",
            "-target-language",
            "en",
            str(ROOT / "desktop_app" / "core" / "labels.py"),
            "-ts",
            str(ts),
        ],
        check=True,
        capture_output=True,
    )
    found = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(ts).getroot().iter("context")
        for message in context.iter("message")
    }
    texts = [text for table in labels.TABLES.values() for text in table.values()]
    texts += [*labels.QUARANTINE_REASON_TEXTS.values(), labels.UNKNOWN_QUARANTINE_REASON]
    texts += labels.TALK_FORMAT_UNITS.values()  # the words a count of each format takes
    texts += labels.KEY_POINT_REASON_TEXTS.values()  # why a sentence was drafted as a key point
    assert found == {(labels.LABEL_CONTEXT, text) for text in texts}


@pytest.mark.parametrize(
    ("flag_path", "values"),
    [
        (("init", "--role"), [r.value for r in Role]),
        (("talks", "add", "--format"), [f.value for f in TalkFormat]),
        (("talks", "list", "--format"), [f.value for f in TalkFormat]),
        (("groups", "add", "--kind"), [k.value for k in GroupKind]),
        (("units", "add", "--kind"), [k.value for k in UnitKind if not k.official]),
    ],
)
def test_cli_choices_are_the_enum_values(flag_path, values):
    parser = cli.build_parser()
    *commands, flag = flag_path
    for name in commands:
        parser = next(a for a in parser._actions if a.choices and name in a.choices).choices[name]
    option = next(a for a in parser._actions if flag in a.option_strings)
    assert list(option.choices) == values


def test_the_cli_lists_and_shows_the_other_format_with_its_own_label(tmp_path):
    data = tmp_path / "xa"
    assert sotay("init", "--unit", "30130", data_dir=data).returncode == 0
    added = sotay(
        "talks",
        "add",
        "--date",
        "01/08/2026",
        "--place",
        "Ấp Tân Mỹ",
        "--format",
        "other",
        "--attendance",
        "12",
        "--json",
        data_dir=data,
    )
    assert added.returncode == 0, added.stderr
    listed = sotay("talks", "list", data_dir=data)
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if "Ấp Tân Mỹ" in line)
    assert "Hình thức khác" in line and "Khác " not in line
    shown = sotay("talks", "show", json.loads(added.stdout)["id"], data_dir=data)
    assert shown.returncode == 0 and "Hình thức khác" in shown.stdout
    report = sotay("report", "--period", "2026-Q3", "--by", "format", "--format", "json", data_dir=data)
    assert report.returncode == 0, report.stderr
    assert "Hình thức khác" in report.stdout and '"Khác"' not in report.stdout


def test_a_report_names_the_other_format_with_its_own_label(services):
    services.talks.add(held_on="2026-08-01", attendance=12, format="other")
    services.talks.add(held_on="2026-08-02", attendance=30, format="meeting")
    report = build_report(
        services.session.db, "30130", periods.parse("2026-Q3"), by=("format",), today=services.session.today
    )
    rows = {row.key: row.label for row in report.breakdowns["format"]}
    assert rows == {"meeting": "Hội nghị, buổi nói chuyện", "other": "Hình thức khác"}
