"""Records saved by an older version, before the shared rules: an export never carries one the
receiver's checker refuses. A deleted one travels reduced; a live one refuses the export by name."""

from __future__ import annotations

import dataclasses
import datetime as dt

import orjson
import pytest
from exchange_helpers import COMMUNE, PROVINCE, Factory, add_talks

from desktop_app.core.enums import Role
from desktop_app.exchange import export_log, export_pack, import_paths
from desktop_app.exchange.container import open_bundle
from desktop_app.exchange.rows import check_row
from desktop_app.exchange.sendable import UnsendableRecords
from desktop_app.storage import ledger
from desktop_app.storage import records_repo as repo

TOO_MANY_TOPICS = [f"Chuyên đề {n}" for n in range(51)]


@pytest.fixture
def pair(tmp_path):
    f = Factory(tmp_path)
    commune = f.make("commune", COMMUNE)
    province = f.make("province", PROVINCE, Role.AGGREGATOR)
    yield commune, province
    commune.close()
    province.close()


def old_talk(s, **changes):
    """A talk as a version before the shared rules stored it: straight through storage."""
    talk = add_talks(s, 1, start=900)[0]
    fields = {"held_on": dt.date(2026, 3, 12), "place": "Nhà văn hóa ấp 1", **changes}
    talk = dataclasses.replace(talk, hlc=s.session.next_version(), **fields)
    return repo.save_talk(s.session.db, talk)


def bundle_rows(path, table):
    data = open_bundle(path.read_bytes()).members.get(f"data/{table}.ndjson", b"")
    return [orjson.loads(line) for line in data.splitlines() if line]


def test_a_live_over_limit_talk_refuses_the_export_naming_it(pair, tmp_path):
    commune, _ = pair
    add_talks(commune, 3)
    talk = old_talk(commune, topics=tuple(TOO_MANY_TOPICS), notes="x" * 10_050)
    with pytest.raises(UnsendableRecords) as caught:
        export_log(commune.session.exchange_context(), to=tmp_path / "out", snapshot=True)
    exc = caught.value
    assert [(p.table, p.id, p.field) for p in exc.problems] == [
        ("talks", talk.id, "topics"),
        ("talks", talk.id, "notes"),
    ]
    topics, notes = exc.problems
    assert topics.summary == "Buổi 12/03/2026 · Nhà văn hóa ấp 1"
    assert topics.problem == "Chuyên đề: nhiều quá 50 mục (hiện có 51)."
    assert notes.problem == "Ghi chú: dài quá 10.000 ký tự (hiện có 10.050)."
    assert "Buổi 12/03/2026 · Nhà văn hóa ấp 1: Chuyên đề: nhiều quá 50 mục (hiện có 51)." in exc.message
    assert exc.reason == "unsendable_records" and talk.id in exc.detail
    # nothing written: no file, no link of the export chain
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())
    assert ledger.exports(commune.session.db) == []
    assert commune.talks.get(talk.id).topics == tuple(TOO_MANY_TOPICS)  # the record itself is untouched
    assert commune.talks.problems(talk.id) == exc.problems  # what the talk's form marks


def test_an_over_long_topic_item_and_attendance_are_named_too(pair, tmp_path):
    commune, _ = pair
    old_talk(commune, topics=("a" * 130,), attendance=25_000)
    with pytest.raises(UnsendableRecords) as caught:
        export_log(commune.session.exchange_context(), to=tmp_path)
    problems = {p.field: p.problem for p in caught.value.problems}
    assert problems == {
        "topics": "Chuyên đề: dài quá 120 ký tự (hiện có 130).",
        "attendance": "Số lượt người dự: 25.000 vượt mức tối đa 20.000; kiểm tra lại.",
    }


def test_a_deleted_over_limit_talk_travels_reduced_and_the_province_imports_it(pair, tmp_path):
    commune, province = pair
    add_talks(commune, 2)
    first = export_log(commune.session.exchange_context(), to=tmp_path / "1")
    assert import_paths(province.session.exchange_context(), [first.path], trust=True).by_status() == {"applied": 1}
    talk = old_talk(commune, topics=tuple(TOO_MANY_TOPICS), notes="n" * 10_050, attendance=25_000)
    commune.talks.delete(talk.id)
    assert len(commune.talks.get(talk.id).topics) == 51  # the stored tombstone keeps its content

    result = export_log(commune.session.exchange_context(), to=tmp_path / "2")
    [row] = bundle_rows(result.path, "talks")
    assert row["deleted"] is True and row["id"] == talk.id
    check_row("talks", row)
    assert len(row["topics"]) == 50 and row["attendance"] == 20_000 and row["notes"] == "n" * 10_000
    outcome = import_paths(province.session.exchange_context(), [result.path], trust=True)
    assert outcome.by_status() == {"applied": 1}, [f.message for f in outcome.files]
    assert province.session.db.execute("SELECT deleted FROM talks WHERE id = ?", [talk.id]).fetchone()[0] == 1
    assert len(commune.talks.get(talk.id).topics) == 51  # the export changed nothing stored
    # a snapshot carries the reduced tombstone too, and heals
    snapshot = export_log(commune.session.exchange_context(), to=tmp_path / "3", snapshot=True)
    assert import_paths(province.session.exchange_context(), [snapshot.path], trust=True).by_status() == {"applied": 1}


def test_a_tombstone_reduced_to_the_checkers_caps_field_by_field(pair, tmp_path):
    commune, _ = pair
    talk = old_talk(
        commune,
        place="p" * 250,
        question_themes=tuple(f"t{n}" for n in range(60)),
        questions_text="q" * 10_001,
        deleted=True,
    )
    row = bundle_rows(export_log(commune.session.exchange_context(), to=tmp_path).path, "talks")[0]
    assert row["id"] == talk.id and len(row["place"]) == 200 and len(row["question_themes"]) == 50
    assert len(row["questions_text"]) == 10_000
    check_row("talks", row)


def test_an_over_limit_document_refuses_the_pack(pair, tmp_path):
    _, province = pair
    doc = province.library.add_document(title="Đề cương tháng 3", key_points=["Ý chính"])
    repo.save_document(
        province.session.db,
        dataclasses.replace(doc, key_points=tuple(f"Ý {n}" for n in range(201)), hlc=province.session.next_version()),
    )
    with pytest.raises(UnsendableRecords) as caught:
        export_pack(province.session.exchange_context(), document_ids=[doc.id], to=tmp_path / "pack")
    [problem] = caught.value.problems
    assert (problem.table, problem.id, problem.field) == ("documents", doc.id, "key_points")
    assert problem.sentence == "Tài liệu “Đề cương tháng 3”: Ý chính: nhiều quá 200 mục (hiện có 201)."
    assert not (tmp_path / "pack").exists() or not list((tmp_path / "pack").iterdir())
