"""One table of field rules: what a local save accepts, the importer's row checker accepts, field by
field and at the edges, so nothing can be saved here that a receiver would refuse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import types

import pytest

from desktop_app.core.enums import GroupKind, TalkFormat, UnitKind
from desktop_app.core.errors import ValidationError
from desktop_app.core.records import Attachment, Document, Group, Talk
from desktop_app.core.rules import RULES, FieldRule
from desktop_app.core.text import without_controls
from desktop_app.core.validation import Limits, check_text, validate_document, validate_group, validate_talk
from desktop_app.exchange.rows import SPECS, RowError, check_row, to_bundle_row
from desktop_app.storage.rows import document_to_row, group_to_row, talk_to_row

TODAY = dt.date(2026, 11, 20)
HLC = "001764000000000-00000-abcd1234"
ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
BASE = {
    "talks": Talk(
        id=ID, owner_unit="30130", hlc=HLC, held_on=dt.date(2026, 11, 1), format=TalkFormat.MEETING, unit_code="30130"
    ),
    "groups": Group(
        id=ID,
        owner_unit="30130",
        hlc=HLC,
        name="Ấp Tân Mỹ",
        kind=GroupKind.HAMLET,
        unit_code="30130",
        contact_consent=True,
        consent_date=dt.date(2026, 11, 1),
    ),
    "documents": Document(id=ID, owner_unit="P82", hlc=HLC, title="Nghị quyết Đại hội"),
}
VALIDATE = {"talks": validate_talk, "groups": validate_group, "documents": validate_document}
TO_ROW = {"talks": talk_to_row, "groups": group_to_row, "documents": document_to_row}
ATTACHMENT = Attachment("a" * 64, "Đề cương.pdf", "application/pdf", 1234)


def _edges(rule: FieldRule) -> list:
    """Values on both sides of each limit of a rule."""
    cap, kind = rule.cap, rule.kind
    if kind == "text":
        return ["x" * cap, "x" * (cap + 1), "Đảng ủy", "", "   "]
    if kind == "int":
        return [0, cap, cap + 1, -1]
    if kind == "list":
        return [
            (),
            tuple(f"m{i}" for i in range(cap)),
            tuple(f"m{i}" for i in range(cap + 1)),
            ("x" * rule.item_cap,),
            ("x" * (rule.item_cap + 1),),
        ]
    if kind == "date":
        return [dt.date(1, 1, 1), dt.date(2026, 11, 20)] + ([None] if rule.nullable else [])
    if kind == "time":
        return ["", "00:00", "23:59", "24:00", "7:30", "19:3"]
    if kind == "phone":
        return ["", "0912 345 678", "+" + "1" * 20, "1" * 20, "1" * 21, "0912-abc", "1234567"]
    if kind == "enum":
        return [types.SimpleNamespace(value=v) for v in (*rule.values, "bogus")]  # what .value reads
    if kind == "unit":
        return ["30130", ""]
    if kind == "uuid":
        return ["01a229b6-8ede-70f5-9361-1857f40c0e54", "01A229B6-8EDE-70F5-9361-1857F40C0E54", "kênh 1", ""] + (
            [None] if rule.nullable else []
        )
    if kind == "bool":
        return [True, False]
    if kind == "attachments":
        return [
            (ATTACHMENT,) * cap,
            (ATTACHMENT,) * (cap + 1),
            (dataclasses.replace(ATTACHMENT, filename="x" * 255),),
            (dataclasses.replace(ATTACHMENT, filename="x" * 256),),
            (dataclasses.replace(ATTACHMENT, filename=""),),
        ]
    raise AssertionError(kind)


def _with(record, name: str, value):
    if name.startswith("online_"):
        online = dataclasses.replace(record.online, **{name[len("online_") :]: value})
        return dataclasses.replace(record, online=online)
    return dataclasses.replace(record, **{name: value})


def _locally_accepted(table: str, record) -> bool:
    try:
        VALIDATE[table](record, TODAY)
    except ValidationError:
        return False
    return True


def _imported(table: str, record) -> bool:
    try:
        check_row(table, to_bundle_row(SPECS[table], TO_ROW[table](record)))
    except RowError:
        return False
    return True


CASES = [(table, rule.name, value) for table in VALIDATE for rule in RULES[table] for value in _edges(rule)]


@pytest.mark.parametrize(("table", "name", "value"), CASES, ids=[f"{t}.{n}-{i}" for i, (t, n, _) in enumerate(CASES)])
def test_local_save_and_importer_agree_at_every_edge(table, name, value):
    record = _with(BASE[table], name, value)
    assert _locally_accepted(table, record) == _imported(table, record)


def test_the_edges_really_are_edges():
    """Both sides refuse one past each limit (the agreement above is not two yeses)."""
    talk = BASE["talks"]
    for name, value, ok in [
        ("topics", tuple(f"t{i}" for i in range(50)), True),
        ("topics", tuple(f"t{i}" for i in range(51)), False),
        ("question_themes", ("x" * 121,), False),
        ("attendance", 20_000, True),
        ("attendance", 20_001, False),
        ("online_points", 100_000_001, False),
    ]:
        record = _with(talk, name, value)
        assert _locally_accepted("talks", record) is ok and _imported("talks", record) is ok, name
    doc = _with(BASE["documents"], "key_points", tuple(f"ý {i}" for i in range(201)))
    assert not _locally_accepted("documents", doc) and not _imported("documents", doc)


@pytest.mark.parametrize("table", ["units", "topics"])
def test_names_of_units_and_topics_agree(table):
    row = {
        "units": {
            "code": ID,
            "owner_unit": "30130",
            "hlc": HLC,
            "deleted": False,
            "id": ID,
            "kind": "hamlet",
            "parent_code": "30130",
            "province_code": "P82",
        },
        "topics": {"id": "chuyen doi so", "owner_unit": "30130", "hlc": HLC, "deleted": False},
    }[table]
    cap = next(r.cap for r in RULES[table] if r.name == "name")
    outcomes = []
    for name in ("x" * cap, "x" * (cap + 1), "", " "):
        try:
            check_text(table, "name", name)
            local = True
        except ValidationError:
            local = False
        try:
            check_row(table, {**row, "name": name})
            imported = True
        except RowError:
            imported = False
        outcomes.append((local, imported))
    # both agree, and the edges are edges: the longest name is taken, one more, empty or blank is not
    assert outcomes == [(True, True), (False, False), (False, False), (False, False)], table


def test_the_importer_checks_with_the_shared_rules_themselves():
    """By construction: the importer's field objects are the rule table's, not copies of numbers."""
    for table, rules in RULES.items():
        fields = {f.name: f for f in SPECS[table].fields}
        for rule in rules:
            assert fields[rule.name] is rule, f"{table}.{rule.name}"


def test_configured_ceilings_never_exceed_the_shared_rules(services):
    services.identity.set_limits(max_attendance=1_000_000, max_online=10**12)
    assert services.identity.limits.max_attendance == 20_000 and services.identity.limits.max_online == 100_000_000
    with pytest.raises(ValidationError) as info:
        services.talks.add(attendance=20_001)
    assert info.value.field == "attendance"
    services.identity.set_limits(max_attendance=100)  # lowering stays possible
    with pytest.raises(ValidationError):
        services.talks.add(attendance=101)


def test_local_saves_refuse_what_the_importer_refuses_naming_the_field(services):
    for fields, field in [
        ({"topics": [f"Chuyên đề {i}" for i in range(51)]}, "topics"),
        ({"question_themes": [f"Chủ đề {i}" for i in range(51)]}, "question_themes"),
        ({"topics": ["x" * 121]}, "topic"),
        ({"group_ids": [ID] * 501}, "group_ids"),
    ]:
        with pytest.raises(ValidationError) as info:
            services.talks.add(**fields)
        assert info.value.field == field and info.value.detail
    with pytest.raises(ValidationError) as info:
        services.library.add_document(title="Đề cương", key_points=[f"Ý {i}" for i in range(201)])
    assert info.value.field == "key_points"
    with pytest.raises(ValidationError) as info:
        services.library.add_document(title="Đề cương", priority=101)
    assert info.value.field == "priority"
    assert services.talks.list() == [] and services.library.documents() == []


HOSTILE = "Ấp\x01 Tân\x7f Mỹ\x85\x1b"


def test_control_characters_are_stripped_on_local_save(services):
    talk = services.talks.add(
        place=HOSTILE,
        topics=["=Chuyển\x00 đổi số"],
        question_themes=["Y tế\x0b"],
        notes="dòng 1\r\ndòng\t2\x07\rdòng 3",
        presenters="Anh\nBa",
    )
    assert talk.place == "Ấp Tân Mỹ" and talk.topics == ("=Chuyển đổi số",)
    assert talk.question_themes == ("Y tế",) and talk.presenters == "Anh Ba"
    assert talk.notes == "dòng 1\ndòng\t2\ndòng 3"  # a multi-line text keeps its lines and tabs
    group = services.groups.add(name="Nhóm\x02 Zalo", kind="zalo_group", notes="a\x03b")
    assert (group.name, group.notes) == ("Nhóm Zalo", "ab")
    doc = services.library.add_document(title="Đề\x1f cương", key_points=["Ý\x01 một"], body="Nội\x00 dung")
    assert (doc.title, doc.key_points, doc.body) == ("Đề cương", ("Ý một",), "Nội dung")
    assert services.units.add("Ấp\x01 Mới", kind=UnitKind.HAMLET, parent_code="30130").name == "Ấp Mới"


def test_the_importer_strips_control_characters_as_a_local_save_does():
    """A released version saved control characters without complaint: refusing them would make the
    receiver refuse that sender's whole log for ever, so the importer strips them, as a save does."""
    row = to_bundle_row(SPECS["talks"], talk_to_row(BASE["talks"]))
    row.update(place=HOSTILE, topics=["an toan\x01", "\x02"], notes="dòng 1\r\ndòng 2\x00", presenters="A\tB")
    checked = dict(zip(SPECS["talks"].columns, check_row("talks", row), strict=True))
    assert checked["place"] == without_controls(HOSTILE, multiline=False) == "Ấp Tân Mỹ"
    assert checked["topics"] == '["an toan"]'  # an item left empty is dropped
    assert checked["notes"] == "dòng 1\ndòng 2" and checked["presenters"] == "A B"
    topic = check_row(
        "topics", {"id": "y te\x01", "owner_unit": "30130", "hlc": HLC, "deleted": False, "name": "Y tế\x01"}
    )
    assert topic[0] == "y te" and topic[-2] == "Y tế"


def test_validation_returns_the_same_record_when_nothing_needs_stripping():
    talk = _with(BASE["talks"], "place", "Nhà văn hóa ấp Tân Mỹ")
    assert validate_talk(talk, TODAY, Limits()) is talk


def test_control_characters_do_not_count_towards_a_cap():
    """Stripped before the cap is checked, on both sides: 120 letters and a U+0001 are a topic."""
    topic = "x" * 60 + "\x01" + "x" * 60
    row = to_bundle_row(SPECS["talks"], talk_to_row(BASE["talks"]))
    row.update(topics=[topic], place="y" * 100 + "\x02" + "y" * 100)
    checked = dict(zip(SPECS["talks"].columns, check_row("talks", row), strict=True))
    assert checked["topics"] == f'["{"x" * 120}"]' and checked["place"] == "y" * 200
    local = validate_talk(_with(_with(BASE["talks"], "topics", (topic,)), "place", row["place"]), TODAY)
    assert local.topics == ("x" * 120,) and local.place == "y" * 200
